// The review round (issue 9): send to the presenter with an optional message, approve, return with
// a reason, what the item shows of it, the presenter's queue and what each user last looked at.
// The status changes themselves are the item service's (one set of rules with items:setStatus).
import type { AgendaItem } from '../../../shared/domain/item';
import type { ItemReviewState } from '../../../shared/domain/review';
import { draftOf } from '../../../shared/domain/item-schema';
import { ServiceError } from '../../../shared/errors';
import type { ReviewQueueEntry } from '../../../shared/ipc/channels/review';
import * as itemsRepo from '../../../db/repositories/items-repository';
import * as reviewRepo from '../../../db/repositories/review-repository';
import { getVersion } from '../../../db/repositories/item-versions-repository';
import { ItemService } from '../items/item-service';
import { itemNotFound } from '../items/item-write';
import type { ServiceDeps } from '../service-deps';
import { reviewerOf } from '../session/session-service';
import { inTransaction } from '../transaction';
import { canReviewItem, reviewStateFromEvents } from '../../../shared/domain/review-rules';
import { hasChanges, summarizeChange } from '../../../shared/domain/version-summary';
import { reviewStepOf } from './review-step';

/** What a user last looked at, as "since I last looked" means it while the item is open (see markSeen). */
export function lastSeenOf(view: reviewRepo.ItemView | undefined, currentVersion: number): number | null {
  if (view === undefined) return null;
  // Once the editor has marked the current version seen, the look before it is the one to compare with.
  return view.version >= currentVersion ? view.previousVersion : view.version;
}

export class ReviewService {
  constructor(private readonly deps: ServiceDeps) {}

  private async mustGet(id: string): Promise<AgendaItem> {
    const item = await itemsRepo.getItem(this.deps.db, id);
    if (!item) throw itemNotFound(id);
    return item;
  }

  async state(id: string): Promise<ItemReviewState> {
    const item = await this.mustGet(id);
    const events = await reviewRepo.listEvents(this.deps.db, id, 50);
    const { permissive, user } = await reviewerOf(this.deps);
    const version = (await itemsRepo.currentVersion(this.deps.db, id)) ?? 1;
    const view = user === null ? undefined : await reviewRepo.getView(this.deps.db, id, user.id);
    return {
      itemId: id,
      events,
      ...reviewStateFromEvents(events, item.status),
      canReview: canReviewItem(user, item.presenterName, !permissive),
      lastSeenVersion: lastSeenOf(view, version),
    };
  }

  send(id: string, message: string, expectedUpdatedAt: string): Promise<AgendaItem> {
    return new ItemService(this.deps).setStatus(id, 'tarkastettavana', { expectedUpdatedAt, message });
  }

  /** Only from an open proposal (luonnos, tarkastettavana, palautettu): taking an item off an agenda is the meeting's. */
  async approve(id: string, expectedUpdatedAt: string): Promise<AgendaItem> {
    const item = await this.mustGet(id);
    if (item.status !== 'hyvaksytty' && reviewStepOf(item.status, 'hyvaksytty') !== 'approved') {
      throw new ServiceError('STATUS_NOT_ALLOWED', `Item ${id} in ${item.status} cannot be approved`, [{ path: 'status', message: 'reviewService.error.approveNotAllowed' }]);
    }
    return new ItemService(this.deps).setStatus(id, 'hyvaksytty', { expectedUpdatedAt, message: null });
  }

  returnForChanges(id: string, reason: string, expectedUpdatedAt: string): Promise<AgendaItem> {
    return new ItemService(this.deps).setStatus(id, 'palautettu', { expectedUpdatedAt, message: reason });
  }

  /** "Tarkastettavanani": the items in review the current user may approve, with what changed since they last looked. */
  async queue(): Promise<ReviewQueueEntry[]> {
    const { permissive, user } = await reviewerOf(this.deps);
    if (!permissive && user === null) return [];
    const rows = (await itemsRepo.itemsInReview(this.deps.db)).filter((row) => canReviewItem(user, row.presenterName, !permissive));
    const ids = rows.map((row) => row.summary.id);
    const sent = await reviewRepo.latestEventsOfKind(this.deps.db, ids, 'sent');
    const views = user === null ? new Map<string, reviewRepo.ItemView>() : await reviewRepo.viewsOf(this.deps.db, user.id, ids);
    const entries: ReviewQueueEntry[] = [];
    for (const row of rows) {
      const sentEvent = sent.get(row.summary.id);
      const seen = views.get(row.summary.id)?.version ?? null;
      entries.push({
        item: row.summary,
        presenterName: row.presenterName,
        sent: sentEvent === undefined ? null : { actor: sentEvent.actor, at: sentEvent.at, message: sentEvent.message },
        currentVersion: row.version,
        lastSeenVersion: seen,
        changesSinceSeen: seen === null || seen >= row.version ? null : await this.changesBetween(row.summary.id, seen, row.version),
      });
    }
    return entries;
  }

  private async changesBetween(itemId: string, from: number, to: number): Promise<ReviewQueueEntry['changesSinceSeen']> {
    const before = await getVersion(this.deps.db, itemId, from);
    const after = await getVersion(this.deps.db, itemId, to);
    if (before === undefined || after === undefined) return null;
    const summary = summarizeChange(draftOf(before.snapshot), draftOf(after.snapshot));
    return hasChanges(summary) ? summary : null;
  }

  /**
   * The current user has looked at this version. A higher version moves the last one to
   * previous_version, so "since I last looked" in the open editor still compares with it; the
   * same version again changes nothing. Nobody chosen (or nobody a user): nothing to remember.
   */
  async markSeen(id: string, version: number): Promise<{ version: number }> {
    return inTransaction(this.deps.db, async (trx) => {
      const current = await itemsRepo.currentVersion(trx, id);
      if (current === undefined || (await itemsRepo.getItem(trx, id)) === undefined) throw itemNotFound(id);
      const seen = Math.min(version, current);
      const { user } = await reviewerOf(this.deps, trx);
      if (user === null) return { version: seen };
      const view = await reviewRepo.getView(trx, id, user.id);
      if (view !== undefined && seen <= view.version) return { version: view.version };
      await reviewRepo.putView(trx, id, user.id, { version: seen, previousVersion: view?.version ?? null, seenAt: this.deps.now().toISOString() });
      return { version: seen };
    });
  }
}
