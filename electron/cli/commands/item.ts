// pykala item import FILE.json --data DIR [--json]: a new draft from one item file; prints its id.
// pykala item show ID --data DIR [--json]: the item as the same file, so show → import reproduces it.
// pykala item versions ID --data DIR [--json]: the item's versions (item-versions.ts).
import fs from 'node:fs';
import path from 'node:path';
import { itemJsonSchema } from '../../../shared/domain/item-json';
import type { ItemJson } from '../../../shared/domain/item-json';
import { itemToJson } from '../../../shared/format/item-json';
import { formatFinnishDate } from '../../../shared/format/date';
import { presenterLine } from '../../../shared/format/item-document';
import { translate } from '../../../shared/i18n/translate';
import { dispatch } from '../../services/dispatch';
import { CliError, exitCodeFor } from '../cli-io';
import type { CliCommand, CliIo, OptionValues } from '../cli-io';
import { dataDirOf, openExisting } from '../context';
import { describeFieldIssues, describeJsonIssues } from '../json-issues';
import { callWithDetail } from './items-cli-call';
import { listItemVersions } from './item-versions';

/** Every failure is one line (scripts read stderr line by line): the reason, then each problem with its key. */
function refusal(file: string, problems: readonly string[]): string {
  return `${translate('cli.itemJson.refused', { file })} ${problems.join('; ')}`;
}

/** The file read and checked before the database is opened: a refused file changes nothing. */
function readItemFile(file: string): ItemJson {
  let raw: string;
  try {
    raw = fs.readFileSync(path.resolve(file), 'utf8');
  } catch {
    throw new CliError(translate('cli.itemJson.unreadable', { file }));
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/u, ''));
  } catch (error) {
    throw new CliError(translate('cli.itemJson.notJson', { file, detail: error instanceof Error ? error.message : String(error) }));
  }
  const parsed = itemJsonSchema.safeParse(data);
  if (!parsed.success) throw new CliError(refusal(file, describeJsonIssues(parsed.error.issues)));
  return parsed.data;
}

async function importItem(values: OptionValues, file: string, io: CliIo): Promise<void> {
  const json = readItemFile(file);
  const context = openExisting(dataDirOf(values));
  try {
    const envelope = await dispatch(context.handlers, 'items:import', json);
    if (!envelope.ok) {
      const { code, fields = [] } = envelope.error;
      const lines = fields.length > 0 ? describeFieldIssues(fields) : [translate(`error.${code}`)];
      throw new CliError(refusal(file, lines), exitCodeFor(code));
    }
    const { id } = envelope.value as { id: string };
    io.stdout.write(values.json === true ? `${JSON.stringify({ id })}\n` : `${translate('cli.itemJson.imported', { id })}\n`);
  } finally {
    context.close();
  }
}

async function showItem(values: OptionValues, id: string, io: CliIo): Promise<void> {
  const context = openExisting(dataDirOf(values));
  try {
    const item = await callWithDetail(context, 'items:get', { id });
    const people = await callWithDetail(context, 'people:list', {});
    const appealTexts = await callWithDetail(context, 'appealTexts:list', {});
    const json = itemToJson(item, people, appealTexts);
    io.stdout.write(values.json === true ? `${JSON.stringify(json, null, 2)}\n` : `${readable(json)}\n`);
  } finally {
    context.close();
  }
}

/** Without --json: the item's heading facts, one per line, for a person at a terminal. */
function readable(json: ItemJson): string {
  const line = (key: string, value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? null : `${translate(key)}: ${String(value)}`);
  return [
    json.title,
    line('items.parts.caseNumber', json.caseNumber),
    line('cli.itemJson.statusLabel', json.status === undefined ? null : translate(`items.status.${json.status}`)),
    line('items.parts.meetingDate', json.meetingDate ? formatFinnishDate(json.meetingDate) : null),
    line('items.parts.preparers', (json.preparers ?? []).map((person) => person.name).join(', ')),
    line('items.parts.presenter', presenterLine({ name: json.presenter?.name ?? '', title: json.presenter?.title ?? '' })),
    translate('cli.itemJson.moreWithJson'),
  ]
    .filter((part): part is string => part !== null)
    .join('\n');
}

export const itemCommand: CliCommand = {
  options: { json: { type: 'boolean' } },
  async run(values, positionals, io) {
    const [action, target, ...extra] = positionals;
    if (extra.length > 0 || target === undefined || (action !== 'import' && action !== 'show' && action !== 'versions')) throw new CliError(translate('cli.itemJson.usage'));
    if (action === 'import') await importItem(values, target, io);
    else if (action === 'versions') await listItemVersions(values, target, io);
    else await showItem(values, target, io);
  },
};
