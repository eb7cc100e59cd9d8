// pykala import projects FILE --data DIR [--mapping MAP.json] [--dry-run] [--skip-invalid] [--json]:
// the register from a spreadsheet through the same channels as the app's import screen. With any
// invalid row nothing is written and the command exits 1 (unless --skip-invalid); a project
// already in the register (same name, funder and start) is skipped, never overwritten. --json
// prints exactly {"added", "updated", "skipped", "errors": [{"row", "column", "message"}]}.
import path from 'node:path';
import type { ImportMapping, ImportPreview, ImportRowError } from '../../../shared/domain/register-import';
import { translate } from '../../../shared/i18n/translate';
import { importMappingSchema, maxTransferFileBytes } from '../../../shared/ipc/channels/data-transfer';
import { CliError } from '../cli-io';
import { readInputFile } from '../input-file';
import type { CliCommand, CliIo } from '../cli-io';
import { dataDirOf, openExisting } from '../context';
import { callWithDetail } from './items-cli-call';

const t = (key: string, values: Record<string, string | number> = {}) => translate(`dataImport.cli.${key}`, values);

/** Read before the database is opened: an unreadable or oversized file changes nothing. */
const readInput = (file: string) => readInputFile(file, maxTransferFileBytes, { unreadable: t('unreadable', { file }), tooLarge: translate('dataTransfer.error.tooLarge') });

function readMapping(file: string): ImportMapping {
  let json: unknown;
  try {
    json = JSON.parse(readInput(file).bytes.toString('utf8'));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(t('badMapping', { file, detail: error instanceof Error ? error.message : String(error) }));
  }
  const parsed = importMappingSchema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(koko tiedosto)'}: ${issue.message}`).join('; ');
    throw new CliError(t('badMapping', { file, detail }));
  }
  return parsed.data;
}

interface Counts {
  added: number;
  updated: number;
  skipped: number;
  errors: ImportRowError[];
}

function errorLines(errors: readonly ImportRowError[]): string[] {
  return errors.map((error) => t('rowError', { row: error.row, column: error.column || '–', message: error.message }));
}

function print(io: CliIo, json: boolean, counts: Counts, extra: string[]): void {
  if (json) {
    const { added, updated, skipped, errors } = counts;
    io.stdout.write(`${JSON.stringify({ added, updated, skipped, errors: errors.map(({ row, column, message }) => ({ row, column, message })) }, null, 2)}\n`);
    return;
  }
  const lines = [t('added', { count: counts.added }), t('updated', { count: counts.updated }), t('skipped', { count: counts.skipped }), ...extra, ...errorLines(counts.errors)];
  io.stdout.write(`${lines.join('\n')}\n`);
}

/** What an import would do (duplicates skipped, invalid rows skipped under --skip-invalid). */
function dryRunCounts(preview: ImportPreview): Counts & { lines: string[] } {
  const lines: string[] = [];
  let added = 0;
  let skipped = 0;
  for (const row of preview.rows) {
    if (row.errors.length === 0 && row.duplicateOf === null) {
      added += 1;
      continue;
    }
    skipped += 1;
    const reason = translate(row.errors.length > 0 ? 'dataImport.report.invalid' : 'dataImport.report.duplicateSkipped');
    lines.push(t('skippedRow', { row: row.row, name: row.values.nameFi ?? '', reason }));
  }
  return { added, updated: 0, skipped, errors: preview.rows.flatMap((row) => row.errors), lines };
}

export const importCommand: CliCommand = {
  options: { mapping: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'skip-invalid': { type: 'boolean' }, json: { type: 'boolean' } },
  async run(values, positionals, io) {
    const [kind, file, ...extra] = positionals;
    if (kind !== 'projects' || file === undefined || extra.length > 0) throw new CliError(t('usage'));
    const { bytes } = readInput(file);
    const mapping = typeof values.mapping === 'string' ? readMapping(values.mapping) : null;
    const json = values.json === true;
    const skipInvalid = values['skip-invalid'] === true;
    const fileName = path.basename(file);
    const dataBase64 = bytes.toString('base64');
    const context = openExisting(dataDirOf(values));
    try {
      const preview = await callWithDetail(context, 'import:previewProjects', { fileName, dataBase64, mapping });
      const planned = dryRunCounts(preview);
      const invalidRows = preview.counts.invalid;
      if (invalidRows > 0 && !skipInvalid) {
        print(io, json, { added: 0, updated: 0, skipped: 0, errors: planned.errors }, []);
        throw new CliError(t('refused', { count: invalidRows }));
      }
      const info = t('fileInfo', { file: fileName, format: [preview.format.toUpperCase(), preview.encoding, preview.delimiter === '\t' ? 'tab' : preview.delimiter].filter(Boolean).join(', '), rows: preview.counts.rows });
      if (values['dry-run'] === true) {
        print(io, json, planned, [info, ...planned.lines, t('dryRun')]);
        return;
      }
      const report = await callWithDetail(context, 'import:applyProjects', { fileName, dataBase64, mapping: preview.mapping, duplicateActions: {}, skipInvalid });
      const skippedLines = report.rows.filter((row) => row.action === 'skipped').map((row) => t('skippedRow', { row: row.row, name: row.nameFi, reason: row.reason }));
      print(io, json, report, [info, ...skippedLines, ...(report.batchId ? [t('batch', { id: report.batchId })] : [])]);
    } finally {
      context.close();
    }
  },
};
