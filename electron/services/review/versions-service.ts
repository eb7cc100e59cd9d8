// The versions of an agenda item (issue 9): the history with author and one-line summary, two
// versions compared, an old version restored as a new one (nothing is lost).
import type { AgendaItem } from '../../../shared/domain/item';
import { itemLock } from '../../../shared/domain/item-workflow';
import { draftOf } from '../../../shared/domain/item-schema';
import type { ItemComparison, VersionChangeSummary, VersionEntry } from '../../../shared/domain/compare-types';
import { compareItems } from '../../../shared/domain/item-compare';
import { ServiceError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n/translate';
import * as itemsRepo from '../../../db/repositories/items-repository';
import * as versionsRepo from '../../../db/repositories/item-versions-repository';
import type { VersionHead } from '../../../db/repositories/item-versions-repository';
import { isStorageError } from '../../../db/storage-fault';
import { ItemService, unfreezeProposalTexts } from '../items/item-service';
import { isProposalFrozen } from '../items/item-rules';
import { itemNotFound } from '../items/item-write';
import { logger } from '../logger';
import type { ServiceDeps } from '../service-deps';
import { assertUnchanged } from '../updated-at';
import { summarizeChange } from '../../../shared/domain/version-summary';

function versionNotFound(id: string, version: number): ServiceError {
  return new ServiceError('NOT_FOUND', `Item ${id} has no version ${String(version)}`, [{ path: 'version', message: 'reviewService.error.versionNotFound' }]);
}

function toEntry(head: VersionHead, summary: VersionChangeSummary | null): VersionEntry {
  return { itemId: head.itemId, version: head.version, createdAt: head.createdAt, updatedAt: head.updatedAt, author: head.author, reason: head.reason, status: head.status, summary, note: head.note };
}

export class VersionsService {
  constructor(private readonly deps: ServiceDeps) {}

  private async assertItem(id: string): Promise<void> {
    const live = await itemsRepo.getItem(this.deps.db, id);
    if (live === undefined && (await itemsRepo.getDeletedItem(this.deps.db, id)) === undefined) throw itemNotFound(id);
  }

  /**
   * Oldest first, read without a single snapshot. Versions written before migration 009 (or by a
   * bulk write) get their summary now, once: it is stored for the next time, unless the database
   * cannot be written (then it is only shown).
   */
  async list(id: string): Promise<VersionEntry[]> {
    await this.assertItem(id);
    const heads = await versionsRepo.listVersionHeads(this.deps.db, id);
    const missing = heads.filter((head) => head.summary === undefined);
    const filled = missing.length === 0 ? new Map<number, VersionChangeSummary | null>() : await this.fillSummaries(id, heads, missing);
    return heads.map((head) => toEntry(head, head.summary === undefined ? (filled.get(head.version) ?? null) : head.summary));
  }

  private async fillSummaries(id: string, heads: readonly VersionHead[], missing: readonly VersionHead[]): Promise<Map<number, VersionChangeSummary | null>> {
    const previousOf = new Map(heads.map((head, index) => [head.version, heads[index - 1]?.version]));
    const wanted = new Set<number>();
    for (const head of missing) {
      wanted.add(head.version);
      const previous = previousOf.get(head.version);
      if (previous !== undefined) wanted.add(previous);
    }
    const snapshots = await versionsRepo.snapshotsOf(this.deps.db, id, [...wanted]);
    const filled = new Map<number, VersionChangeSummary | null>();
    for (const head of missing) {
      const previous = previousOf.get(head.version);
      const before = previous === undefined ? undefined : snapshots.get(previous);
      const after = snapshots.get(head.version);
      filled.set(head.version, before === undefined || after === undefined ? null : summarizeChange(draftOf(before), draftOf(after)));
    }
    try {
      await this.deps.db.transaction().execute((trx) => versionsRepo.storeSummaries(trx, id, filled));
    } catch (error) {
      if (!isStorageError(error)) throw error;
      logger.warn(`summaries of item ${id} not stored`, error instanceof Error ? error.message : String(error));
    }
    return filled;
  }

  /** Two versions compared word by word (logic's compareItems; comment anchors are no change). */
  async compare(id: string, from: number, to: number): Promise<ItemComparison> {
    await this.assertItem(id);
    const before = await versionsRepo.getVersion(this.deps.db, id, from);
    if (before === undefined) throw versionNotFound(id, from);
    const after = from === to ? before : await versionsRepo.getVersion(this.deps.db, id, to);
    if (after === undefined) throw versionNotFound(id, to);
    return { itemId: id, from, to, ...compareItems(draftOf(before.snapshot), draftOf(after.snapshot)) };
  }

  /**
   * The old version's content as a new version (reason 'restoreVersion', note "Palautettu
   * versiosta 3"); the status stays. Not while the proposal is approved (FROZEN), nor over a
   * change the caller has not seen (CONFLICT).
   */
  async restore(id: string, version: number, expectedUpdatedAt: string): Promise<AgendaItem> {
    const stored = await itemsRepo.getItem(this.deps.db, id);
    if (stored === undefined) throw itemNotFound(id);
    assertUnchanged(`Item ${id}`, stored.updatedAt, expectedUpdatedAt, 'reviewService.error.itemConflict');
    if (itemLock(stored.status) === 'record') throw new ServiceError('FROZEN', `Checked minutes of ${id} cannot change`, [{ path: 'version', message: 'reviewService.error.restoreLocked' }]);
    if (isProposalFrozen(stored.status)) throw new ServiceError('FROZEN', `Approved proposal of ${id} cannot change`, [{ path: 'version', message: 'reviewService.error.restoreFrozen' }]);
    const old = await versionsRepo.getVersion(this.deps.db, id, version);
    if (old === undefined) throw versionNotFound(id, version);
    // People removed from the list since are no longer preparers; an approved version's register
    // figures follow the register again in the open proposal (the update unfreezes its summaries).
    const known = await itemsRepo.existingPersonIds(this.deps.db, old.snapshot.preparerIds);
    const draft = { ...draftOf(old.snapshot), ...unfreezeProposalTexts(old.snapshot), preparerIds: old.snapshot.preparerIds.filter((person) => known.has(person)) };
    return new ItemService(this.deps).update(id, draft, expectedUpdatedAt, { reason: 'restoreVersion', note: translate('reviewService.versions.restoredFrom', { version }) });
  }
}
