// The register's import as three stateless actions: preview (reads the file, writes nothing),
// apply (the same reading, refused when any row is invalid unless skipInvalid; then a backup and
// ONE transaction: the projects, one import_batches row for undo, the remembered mapping) and
// undo (the batch back in one transaction; CONFLICT when a project it touched changed since).
import type { ImportMapping, ImportPreview, ImportReport, ImportReportRow, ImportRowError, DuplicateAction } from '../../../shared/domain/register-import';
import { ServiceError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n/translate';
import * as importRepo from '../../../db/repositories/import-repository';
import type { StoredProjectRow } from '../../../db/repositories/import-repository';
import { inputToColumns } from '../../../db/repositories/project-rows';
import { updateProject } from '../../../db/repositories/projects-repository';
import type { ServiceDeps } from '../service-deps';
import { currentActor } from '../session/session-service';
import { inTransaction } from '../transaction';
import { nextTimestamp } from '../updated-at';
import { columnSamples } from './column-samples';
import { fileError } from './import-error';
import { resolveMapping, rememberMapping } from './mapping';
import { convertSheet, markDuplicates } from './preview';
import type { ConvertedRow } from './preview';
import { readSheet } from './read-sheet';
import type { Sheet } from './sheet';

export interface UploadedFile {
  fileName: string;
  dataBase64: string;
}

export interface ApplyRequest extends UploadedFile {
  mapping: ImportMapping;
  duplicateActions: Record<string, DuplicateAction>;
  skipInvalid: boolean;
}

/** Per touched project: its row before the import (null: added) and the stamp the import left. */
interface UndoEntry {
  id: string;
  before: StoredProjectRow | null;
  updatedAt: string;
}

/** Takes the backup an import is preceded by (backups' createBackup in the app). */
export type BackupBeforeImport = () => Promise<unknown>;

function decode(file: UploadedFile): Uint8Array {
  const bytes = Buffer.from(file.dataBase64, 'base64');
  if (bytes.length === 0) throw fileError('dataImport.error.empty');
  return bytes;
}

/** The errors of an invalid file in the refusal (the first ones: a screen or a terminal shows them). */
const maxRefusalIssues = 200;

export class ImportService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly backup: BackupBeforeImport,
  ) {}

  private async read(file: UploadedFile, mapping: ImportMapping | null) {
    const sheet: Sheet = await readSheet(decode(file));
    const resolved = await resolveMapping(this.deps.db, sheet, mapping);
    const converted = convertSheet(sheet, resolved.mapping, this.deps.now());
    return { sheet, ...resolved, ...converted };
  }

  async preview(file: UploadedFile & { mapping: ImportMapping | null }): Promise<ImportPreview> {
    const read = await this.read(file, file.mapping);
    markDuplicates(read.rows, await importRepo.liveProjectKeys(this.deps.db));
    const invalid = read.rows.filter((row) => row.errors.length > 0).length;
    return {
      fileName: file.fileName,
      format: read.sheet.format,
      encoding: read.sheet.encoding,
      delimiter: read.sheet.delimiter,
      mapping: read.mapping,
      mappingRemembered: read.remembered,
      columnSamples: columnSamples(read.sheet, read.mapping),
      rows: read.rows.map((row) => ({ row: row.row, values: row.values, errors: row.errors, duplicateOf: row.duplicateOf })),
      unknownValues: read.unknownValues,
      counts: { rows: read.rows.length, valid: read.rows.length - invalid, invalid, duplicates: read.rows.filter((row) => row.duplicateOf !== null).length },
    };
  }

  async apply(request: ApplyRequest): Promise<ImportReport> {
    const read = await this.read(request, request.mapping);
    const errors: ImportRowError[] = read.rows.flatMap((row) => row.errors);
    if (errors.length > 0 && !request.skipInvalid) {
      throw new ServiceError(
        'VALIDATION',
        `Import refused: ${String(read.rows.filter((row) => row.errors.length > 0).length)} invalid rows`,
        errors.slice(0, maxRefusalIssues).map((error) => ({ path: `rows.${String(error.row)}`, message: 'dataImport.apply.rowError', params: { row: error.row, column: error.column, message: error.message } })),
      );
    }
    if (!read.rows.some((row) => row.input !== null)) throw fileError('dataImport.error.noValidRows');
    await this.backup();
    const report = await inTransaction(this.deps.db, (trx) => this.write(trx, request, read.rows, errors, async () => rememberMapping(trx, read.sheet, read.mapping, this.deps.now().toISOString())));
    for (const row of report.rows) if (row.action === 'updated' && row.projectId) this.deps.projectCache.forget(row.projectId);
    return report;
  }

  private async write(trx: ServiceDeps['db'], request: ApplyRequest, rows: ConvertedRow[], errors: ImportRowError[], remember: () => Promise<void>): Promise<ImportReport> {
    const now = this.deps.now();
    const nowIso = now.toISOString();
    // Duplicates are decided on the register as it is inside the transaction, not as the preview saw it.
    markDuplicates(rows, await importRepo.liveProjectKeys(trx));
    const duplicateIds = rows.flatMap((row) => (row.input && row.duplicateOf ? [row.duplicateOf.id] : []));
    const before = new Map((await importRepo.storedProjectRows(trx, duplicateIds)).map((row) => [row.id, row]));
    const added: StoredProjectRow[] = [];
    const undo: UndoEntry[] = [];
    const reportRows: ImportReportRow[] = [];
    for (const row of rows) {
      const name = row.values.nameFi ?? '';
      if (!row.input) {
        reportRows.push({ row: row.row, action: 'skipped', projectId: null, nameFi: name, reason: translate('dataImport.report.invalid') });
        continue;
      }
      const duplicate = row.duplicateOf;
      if (!duplicate) {
        const id = this.deps.newId();
        added.push({ ...inputToColumns(row.input), id, is_sample: 0, created_at: nowIso, updated_at: nowIso, deleted_at: null });
        undo.push({ id, before: null, updatedAt: nowIso });
        reportRows.push({ row: row.row, action: 'added', projectId: id, nameFi: name, reason: '' });
        continue;
      }
      const stored = before.get(duplicate.id);
      // Two rows never name the same project: a repeat within the file is an invalid row (preview.ts).
      if (request.duplicateActions[String(row.row)] !== 'update' || !stored) {
        reportRows.push({ row: row.row, action: 'skipped', projectId: duplicate.id, nameFi: name, reason: translate('dataImport.report.duplicateSkipped') });
        continue;
      }
      const stamp = nextTimestamp(now, stored.updated_at);
      await updateProject(trx, duplicate.id, row.input, stamp);
      undo.push({ id: duplicate.id, before: stored, updatedAt: stamp });
      reportRows.push({ row: row.row, action: 'updated', projectId: duplicate.id, nameFi: name, reason: '' });
    }
    importRepo.insertProjectRowsSync(this.deps.sqlite, added);
    const count = (action: ImportReportRow['action']) => reportRows.filter((row) => row.action === action).length;
    const batchId = this.deps.newId();
    const report: ImportReport = { batchId, fileName: request.fileName, added: count('added'), updated: count('updated'), skipped: count('skipped'), errors, rows: reportRows, dryRun: false };
    const actor = await currentActor(this.deps, trx);
    await importRepo.insertImportBatch(trx, {
      id: batchId, kind: 'projects', file_name: request.fileName, created_at: nowIso, actor_id: actor.personId, actor_name: actor.name,
      report: JSON.stringify(report), undo: JSON.stringify(undo), undone_at: null,
    });
    await remember();
    return report;
  }

  async undo(batchId: string): Promise<{ removed: number; restored: number }> {
    const result = await inTransaction(this.deps.db, async (trx) => {
      const batch = await importRepo.getImportBatch(trx, batchId);
      if (!batch) throw new ServiceError('NOT_FOUND', `No import batch ${batchId}`, [{ path: 'batchId', message: 'dataImport.undo.notFound' }]);
      if (batch.undone_at !== null) throw new ServiceError('CONFLICT', `Import ${batchId} already undone`, [{ path: 'batchId', message: 'dataImport.undo.alreadyUndone' }]);
      const entries = JSON.parse(batch.undo) as UndoEntry[];
      const current = new Map((await importRepo.storedProjectRows(trx, entries.map((entry) => entry.id))).map((row) => [row.id, row]));
      const changed = entries.filter((entry) => {
        const now = current.get(entry.id);
        return now !== undefined && (now.updated_at !== entry.updatedAt || now.deleted_at !== null);
      });
      if (changed.length > 0) {
        throw new ServiceError(
          'CONFLICT',
          `Import ${batchId}: ${String(changed.length)} projects changed since`,
          changed.slice(0, 20).map((entry) => ({ path: `projects.${entry.id}`, message: 'dataImport.undo.changedSince', params: { name: current.get(entry.id)?.name_fi ?? '' } })),
        );
      }
      const removed = await importRepo.deleteProjectRows(trx, entries.filter((entry) => entry.before === null).map((entry) => entry.id));
      let restored = 0;
      for (const entry of entries) {
        if (entry.before === null) continue;
        await importRepo.putBackProjectRow(trx, entry.before);
        restored += 1;
      }
      await importRepo.markImportBatchUndone(trx, batchId, this.deps.now().toISOString());
      return { removed, restored, touched: entries.map((entry) => entry.id) };
    });
    for (const id of result.touched) this.deps.projectCache.forget(id);
    return { removed: result.removed, restored: result.restored };
  }
}
