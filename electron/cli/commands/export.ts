// pykala export item ID --data DIR --out FILE.docx [--kind proposal|minutes] [--force]
// pykala export summary --data DIR --active-on 2024-01-01 --out FILE.docx [--areas a,b] [--force]
// The same services and Word export as the app; the file is written only when the export succeeded,
// and an existing file only with --force (output-file.ts).
import path from 'node:path';
import { responsibilityAreas } from '../../../shared/domain/project';
import { parseFinnishDate } from '../../../shared/format/date';
import { translate } from '../../../shared/i18n/translate';
import type { ExportFile } from '../../../shared/ipc/define';
import { CliError } from '../cli-io';
import type { CliCommand, OptionValues } from '../cli-io';
import { dataDirOf, openExisting } from '../context';
import { checkOutputFile, writeOutputFile } from '../output-file';
import { callWithDetail } from './items-cli-call';

const kinds = ['proposal', 'minutes'] as const;
type Kind = (typeof kinds)[number];

function outPath(values: OptionValues): string {
  const out = values.out;
  if (typeof out !== 'string' || out.trim() === '') throw new CliError(translate('items.cli.missingOption', { option: '--out' }));
  if (!out.toLowerCase().endsWith('.docx')) throw new CliError(translate('items.cli.outNotDocx'));
  return path.resolve(out);
}

function kindOf(values: OptionValues): Kind {
  const raw = values.kind ?? 'proposal';
  const kind = kinds.find((candidate) => candidate === raw);
  if (!kind) throw new CliError(translate('items.cli.badKind', { kind: String(raw) }));
  return kind;
}

function areasOf(values: OptionValues): string[] {
  if (typeof values.areas !== 'string') return [];
  const areas = values.areas.split(',').map((area) => area.trim()).filter(Boolean);
  const unknown = areas.find((area) => !(responsibilityAreas as readonly string[]).includes(area));
  if (unknown !== undefined) throw new CliError(translate('items.cli.badArea', { value: unknown }));
  return areas;
}

function activeOnOf(values: OptionValues): string {
  const raw = values['active-on'];
  if (typeof raw !== 'string') throw new CliError(translate('items.cli.missingOption', { option: '--active-on' }));
  const iso = parseFinnishDate(raw);
  if (iso === null) throw new CliError(translate('items.cli.badDate', { value: raw }));
  return iso;
}

export const exportCommand: CliCommand = {
  options: { out: { type: 'string' }, force: { type: 'boolean' }, kind: { type: 'string' }, 'active-on': { type: 'string' }, areas: { type: 'string' } },
  async run(values, positionals, io) {
    const [what, id, ...extra] = positionals;
    const usage = new CliError(translate('items.cli.usageExport'));
    if (extra.length > 0 || (what === 'item' && id === undefined) || (what === 'summary' && id !== undefined)) throw usage;
    if (what !== 'item' && what !== 'summary') throw usage;
    // Check every option before opening the database, so bad input changes nothing.
    const out = outPath(values);
    const force = values.force === true;
    checkOutputFile(out, force);
    const request: { id: string; kind: Kind } | { activeOn: string; areas: string[] } = what === 'item' && id !== undefined ? { kind: kindOf(values), id } : { activeOn: activeOnOf(values), areas: areasOf(values) };
    const context = openExisting(dataDirOf(values));
    let file: ExportFile;
    try {
      file = 'id' in request ? await callWithDetail(context, 'items:export', request) : await callWithDetail(context, 'items:exportSummary', request);
    } finally {
      context.close();
    }
    const bytes = Buffer.from(file.dataBase64, 'base64');
    writeOutputFile(out, bytes, force);
    io.stdout.write(`${translate('items.cli.written', { file: out, bytes: bytes.length })}\n`);
  },
};
