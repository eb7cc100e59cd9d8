// Carrying work between machines (issue 10): export a meeting, an item or everything as one
// .pykala file; import one with add / skip / update / conflict decided per record (exchange-decide.ts).
// Every check of the file comes before any write; the import itself is ONE transaction after a
// backup, so a kill -9 leaves the database as before or as after; a dry run decides the same
// and writes nothing.
import type { ExchangeConflict, ExchangeEntry, ExchangeReport, ExchangeScope } from '../../../shared/domain/exchange';
import { exchangeFormatVersion } from '../../../shared/domain/exchange';
import { assertNever, ServiceError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n/translate';
import type { ExportFile } from '../../../shared/ipc/define';
import { withDate } from '../../export/file-name';
import { currentActor } from '../session/session-service';
import { readOrganisationSettings } from '../settings/settings-service';
import type { ServiceDeps } from '../service-deps';
import { inTransaction } from '../transaction';
import { agrees, decide } from './exchange-decide';
import type { Decision } from './exchange-decide';
import { buildExchangeFile, readExchangeFile, refusal } from './exchange-file';
import type { ExchangeFileContent, ExchangePart } from './exchange-file';
import { contentHash, readRecord, titleOf } from './exchange-records';
import { recordKeys } from './exchange-scope';
import * as store from './exchange-store';
import { addRecord, updateRecord } from './exchange-write';
import type { WriteContext } from './exchange-write';

/** A copy of the database before an import writes (backups service: createBackup(sqlite, 'exchange', now)). */
export type BackupBeforeImport = (deps: ServiceDeps) => Promise<unknown>;

export const exchangeMimeType = 'application/zip';

export interface ExportedExchange {
  fileName: string;
  bytes: Uint8Array;
  records: number;
}

interface Planned {
  part: ExchangePart;
  decision: Decision;
  incomingHash: string;
  localHash: string | null;
}

function reasonOf(decision: Decision): string {
  switch (decision.action) {
    case 'added':
      return translate('exchange.reason.added');
    case 'updated':
      return translate('exchange.reason.updated');
    case 'skipped':
      return translate(decision.why === 'unchanged' ? 'exchange.reason.unchanged' : 'exchange.reason.newerHere');
    case 'conflict':
      return translate('exchange.reason.changedBoth');
    default:
      return assertNever(decision);
  }
}

function schemaVersionOf(deps: ServiceDeps): number {
  return deps.sqlite.pragma('user_version', { simple: true }) as number;
}

/** Ends a dry run's transaction (rolled back) with the report it would have made. */
class DryRunDone extends Error {
  constructor(readonly report: ExchangeReport) {
    super('dry run');
  }
}

export class ExchangeService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly backup: BackupBeforeImport,
  ) {}

  /** The organisation id, made and stored the first time one is needed. Call inside a transaction. */
  private organisationId(): string {
    const { sqlite } = this.deps;
    const existing = store.readOrganisationId(sqlite);
    if (existing !== null) return existing;
    const id = this.deps.newId();
    store.writeOrganisationId(sqlite, id, this.deps.now().toISOString());
    return id;
  }

  private fileNameOf(scope: ExchangeScope): string {
    const kind = translate('exchange.fileKind');
    const named = (date: string | null, title: string): string => withDate(date, title, kind).replace(/\.docx$/u, '.pykala');
    switch (scope.kind) {
      case 'all':
        return named(this.deps.now().toISOString().slice(0, 10), translate('exchange.allTitle'));
      case 'meeting': {
        const row = this.deps.sqlite.prepare('SELECT body_name, number, year, date FROM meetings WHERE id = ?').get(scope.id) as { body_name: string; number: number; year: number; date: string };
        return named(row.date, `${row.body_name} ${String(row.number)}-${String(row.year)}`);
      }
      case 'item': {
        const row = this.deps.sqlite.prepare('SELECT title, meeting_date, updated_at FROM agenda_items WHERE id = ?').get(scope.id) as { title: string; meeting_date: string | null; updated_at: string };
        return named(row.meeting_date ?? row.updated_at.slice(0, 10), row.title);
      }
      default:
        return assertNever(scope);
    }
  }

  /** The file's bytes; reads only (the organisation id aside, made on first need). Bases are not changed. */
  async exportBytes(scope: ExchangeScope): Promise<ExportedExchange> {
    const { sqlite } = this.deps;
    const settings = await readOrganisationSettings(this.deps.db);
    const actor = await currentActor(this.deps);
    // One transaction (the connection held, so no other action's statements interleave): the records
    // agree with each other even while another instance writes, and the organisation id is made once.
    const { organisationId, keys, records } = await inTransaction(this.deps.db, () => {
      const chosen = recordKeys(sqlite, scope);
      return Promise.resolve({
        organisationId: this.organisationId(),
        keys: chosen,
        records: chosen.flatMap((key) => {
          const record = readRecord(sqlite, key.kind, key.id);
          return record === undefined ? [] : [{ record, baseHash: store.getBase(sqlite, key.kind, key.id), title: titleOf(record) }];
        }),
      });
    });
    const bytes = await buildExchangeFile(
      {
        format: 'pykala-exchange',
        formatVersion: exchangeFormatVersion,
        schemaVersion: schemaVersionOf(this.deps),
        organisationId,
        organisationName: settings.organisation,
        createdAt: this.deps.now().toISOString(),
        createdBy: actor.name,
        scope,
      },
      records,
    );
    return { fileName: this.fileNameOf(scope), bytes, records: keys.length };
  }

  async export(scope: ExchangeScope): Promise<ExportFile> {
    const exported = await this.exportBytes(scope);
    return { fileName: exported.fileName, mimeType: exchangeMimeType, dataBase64: Buffer.from(exported.bytes).toString('base64') };
  }

  /** Refuses another organisation's file once this database has exchanged; says whether the file's is adopted. */
  private organisationCheck(content: ExchangeFileContent, fileName: string): boolean {
    const { sqlite } = this.deps;
    const own = store.readOrganisationId(sqlite);
    if (own === content.manifest.organisationId) return false;
    if (own !== null && store.hasExchanged(sqlite)) throw refusal('otherOrganisation', { file: fileName, name: content.manifest.organisationName });
    return true;
  }

  private plan(content: ExchangeFileContent): Planned[] {
    const { sqlite } = this.deps;
    return content.parts.map((part) => {
      const local = readRecord(sqlite, part.part.kind, part.part.id);
      const localHash = local === undefined ? null : contentHash(local);
      const incomingHash = part.part.contentHash;
      const decision = decide({ local: localHash, incoming: incomingHash, localBase: store.getBase(sqlite, part.part.kind, part.part.id), senderBase: part.part.baseHash });
      return { part, decision, incomingHash, localHash };
    });
  }

  private report(fileName: string, dryRun: boolean, content: ExchangeFileContent, adopted: boolean, planned: readonly Planned[]): ExchangeReport {
    const entries: ExchangeEntry[] = planned.map(({ part, decision }) => ({
      kind: part.part.kind,
      id: part.part.id,
      title: titleOf(part.record),
      action: decision.action,
      reason: reasonOf(decision),
    }));
    const count = (action: ExchangeEntry['action']) => entries.filter((entry) => entry.action === action).length;
    return {
      fileName,
      dryRun,
      organisationName: content.manifest.organisationName,
      adoptedOrganisation: adopted,
      added: count('added'),
      updated: count('updated'),
      skipped: count('skipped'),
      conflicts: count('conflict'),
      entries,
    };
  }

  private async apply(context: WriteContext, planned: readonly Planned[]): Promise<void> {
    const at = context.now.toISOString();
    for (const { part, decision, incomingHash, localHash } of planned) {
      const { record } = part;
      switch (decision.action) {
        case 'added':
          await addRecord(context, record, part.part.path);
          break;
        case 'updated':
          await updateRecord(context, record, part.part.path);
          break;
        case 'skipped':
          break;
        case 'conflict':
          store.addConflict(context.sqlite, { id: this.deps.newId(), record, title: titleOf(record), localHash: localHash ?? '', incomingHash, fileName: context.fileName, at });
          break;
        default:
          assertNever(decision);
      }
      if (agrees(decision)) store.setBase(context.sqlite, record.kind, part.part.id, incomingHash, at);
    }
  }

  /** Every reference the written rows make must hold (deferred to the end, checked before the commit). */
  private checkReferences(fileName: string): void {
    const broken = this.deps.sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
    const first = broken[0];
    if (first !== undefined) throw refusal('brokenReference', { file: fileName, detail: `${first.table} → ${first.parent}` });
  }

  async import(fileName: string, bytes: Uint8Array, dryRun: boolean): Promise<ExchangeReport> {
    const content = await readExchangeFile(bytes, fileName, schemaVersionOf(this.deps));
    // The organisation is checked before the backup too, so a refused file leaves no trace at all.
    await inTransaction(this.deps.db, () => Promise.resolve(this.organisationCheck(content, fileName)));
    if (dryRun) {
      // The same work in a transaction that is rolled back: the same report, or the same refusal
      // (a row the schema refuses, a reference to nothing), and nothing written.
      try {
        await this.importInTransaction(content, fileName, true);
      } catch (error) {
        if (error instanceof DryRunDone) return error.report;
        throw error;
      }
      throw new Error('a dry run always rolls back');
    }
    await this.backup(this.deps);
    const { report, touchedProjects } = await this.importInTransaction(content, fileName, false);
    for (const id of touchedProjects) this.deps.projectCache.forget(id);
    return report;
  }

  private async importInTransaction(content: ExchangeFileContent, fileName: string, dryRun: boolean): Promise<{ report: ExchangeReport; touchedProjects: string[] }> {
    const { sqlite, db } = this.deps;
    const now = this.deps.now();
    const actor = await currentActor(this.deps);
    return inTransaction(db, async (trx) => {
      const adopted = this.organisationCheck(content, fileName);
      const planned = this.plan(content);
      // The rows refer to each other (a section to its item, a preparer to a person): checked at the end, all at once.
      sqlite.pragma('defer_foreign_keys = ON');
      if (adopted) store.writeOrganisationId(sqlite, content.manifest.organisationId, now.toISOString());
      await this.apply({ trx, sqlite, now, actor, fileName, note: translate('exchange.versionNote', { file: fileName }) }, planned);
      this.checkReferences(fileName);
      const report = this.report(fileName, dryRun, content, adopted, planned);
      if (dryRun) throw new DryRunDone(report);
      const touchedProjects = planned.filter(({ part, decision }) => part.part.kind === 'project' && decision.action !== 'skipped').map(({ part }) => part.part.id);
      return { report, touchedProjects };
    });
  }

  conflicts(): Promise<ExchangeConflict[]> {
    return Promise.resolve(store.openConflicts(this.deps.sqlite));
  }

  /** Keep local: resolved, and the base moves to the incoming hash (the next export sends local as an update). */
  async resolveConflict(id: string, keep: 'local' | 'incoming'): Promise<ExchangeConflict> {
    const { sqlite, db } = this.deps;
    const actor = await currentActor(this.deps);
    return inTransaction(db, async (trx) => {
      const stored = store.getConflict(sqlite, id);
      if (stored === undefined) throw new ServiceError('NOT_FOUND', `No exchange conflict ${id}`, [{ path: 'id', message: 'exchange.error.conflictNotFound' }]);
      if (stored.resolvedAt !== null) throw new ServiceError('CONFLICT', `Exchange conflict ${id} already resolved`, [{ path: 'id', message: 'exchange.error.conflictResolved' }]);
      const now = this.deps.now();
      const { incoming } = stored;
      const entityId = String(incoming.row.id);
      if (keep === 'incoming') {
        sqlite.pragma('defer_foreign_keys = ON');
        const context: WriteContext = { trx, sqlite, now, actor, fileName: stored.conflict.fileName, note: translate('exchange.resolvedNote', { file: stored.conflict.fileName }) };
        if (readRecord(sqlite, incoming.kind, entityId) === undefined) await addRecord(context, incoming, stored.conflict.fileName);
        else await updateRecord(context, incoming, stored.conflict.fileName);
        this.checkReferences(stored.conflict.fileName);
        if (incoming.kind === 'project') this.deps.projectCache.forget(entityId);
      }
      store.setBase(sqlite, incoming.kind, entityId, stored.incomingHash, now.toISOString());
      store.markResolved(sqlite, id, keep, now.toISOString());
      return stored.conflict;
    });
  }
}
