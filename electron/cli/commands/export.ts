// pykala export item ID --data DIR --out FILE.docx [--kind proposal|minutes] [--force]
//   [--comments] [--changes-since VERSION]   (the proposal's review copy, issue 9)
// pykala export summary --data DIR --active-on 2024-01-01 --out FILE.docx [--areas a,b] [--force]
// pykala export agenda|minutes MEETING_ID --data DIR --out FILE.docx [--force]
// pykala export extract ITEM_ID --data DIR --out FILE.docx [--force]   (the item's last handled §)
// The same services and Word export as the app; the file is written only when the export succeeded,
// and an existing file only with --force (output-file.ts).
import path from 'node:path';
import { responsibilityAreas } from '../../../shared/domain/project';
import { assertNever } from '../../../shared/errors';
import { parseFinnishDate } from '../../../shared/format/date';
import { translate } from '../../../shared/i18n/translate';
import type { ExportFile } from '../../../shared/ipc/define';
import { CliError } from '../cli-io';
import type { CliCommand, OptionValues } from '../cli-io';
import { dataDirOf, openExisting } from '../context';
import type { AppContext } from '../../services/app-context-types';
import { checkOutputFile, writeOutputFile } from '../output-file';
import { callWithDetail } from './items-cli-call';
import { lastHandledSection } from './meeting-export-cli';

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

/** --changes-since: a version number (1, 2, 3 … as `pykala item versions` lists them). */
function changesSinceOf(values: OptionValues): number | null {
  const raw = values['changes-since'];
  if (raw === undefined) return null;
  const text = String(raw).trim();
  if (!/^[1-9]\d{0,8}$/u.test(text)) throw new CliError(translate('reviewWord.error.badVersion', { value: text }));
  return Number(text);
}

const targets = ['item', 'summary', 'agenda', 'minutes', 'extract'] as const;
type Target = (typeof targets)[number];

type Request =
  | { what: 'item'; id: string; kind: Kind; comments: boolean; changesSince: number | null }
  | { what: 'summary'; activeOn: string; areas: string[] }
  | { what: 'agenda' | 'minutes'; id: string }
  | { what: 'extract'; itemId: string };

/** The request the command line asks for, every option checked before the database is opened. */
function requestOf(what: Target, id: string | undefined, values: OptionValues, usage: CliError): Request {
  if ((what === 'summary') !== (id === undefined)) throw usage;
  switch (what) {
    case 'summary':
      return { what, activeOn: activeOnOf(values), areas: areasOf(values) };
    case 'item': {
      const kind = kindOf(values);
      const comments = values.comments === true;
      const changesSince = changesSinceOf(values);
      if ((comments || changesSince !== null) && kind !== 'proposal') throw new CliError(translate('reviewWord.error.changesNeedProposal'));
      return { what, id: id ?? '', kind, comments, changesSince };
    }
    case 'agenda':
    case 'minutes':
      return { what, id: id ?? '' };
    case 'extract':
      return { what, itemId: id ?? '' };
    default:
      return assertNever(what);
  }
}

async function exportFile(context: AppContext, request: Request): Promise<ExportFile> {
  switch (request.what) {
    case 'item':
      return callWithDetail(context, 'items:export', { id: request.id, kind: request.kind, comments: request.comments, changesSince: request.changesSince });
    case 'summary':
      return callWithDetail(context, 'items:exportSummary', { activeOn: request.activeOn, areas: request.areas });
    case 'agenda':
      return callWithDetail(context, 'meetings:exportAgenda', { id: request.id });
    case 'minutes':
      return callWithDetail(context, 'meetings:exportMinutes', { id: request.id });
    case 'extract':
      return callWithDetail(context, 'meetings:exportExtract', { sectionId: await lastHandledSection(context, request.itemId) });
    default:
      return assertNever(request);
  }
}

export const exportCommand: CliCommand = {
  options: {
    out: { type: 'string' },
    force: { type: 'boolean' },
    kind: { type: 'string' },
    'active-on': { type: 'string' },
    areas: { type: 'string' },
    comments: { type: 'boolean' },
    'changes-since': { type: 'string' },
  },
  async run(values, positionals, io) {
    const [what, id, ...extra] = positionals;
    const usage = new CliError(translate('items.cli.usageExport'));
    const target = targets.find((candidate) => candidate === what);
    if (extra.length > 0 || target === undefined) throw usage;
    // Check every option before opening the database, so bad input changes nothing.
    const request = requestOf(target, id, values, usage);
    const out = outPath(values);
    const force = values.force === true;
    checkOutputFile(out, force);
    const context = openExisting(dataDirOf(values));
    let file: ExportFile;
    try {
      file = await exportFile(context, request);
    } finally {
      context.close();
    }
    const bytes = Buffer.from(file.dataBase64, 'base64');
    writeOutputFile(out, bytes, force);
    io.stdout.write(`${translate('items.cli.written', { file: out, bytes: bytes.length })}\n`);
  },
};
