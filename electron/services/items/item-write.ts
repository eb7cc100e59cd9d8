// Writing an agenda item with its version, shared by the item service, the review services and the
// meeting service (which moves items onto agendas and through a meeting): every change keeps a
// version with its author and a one-line summary against the version before, so any two can be
// compared; autosaves by the same person within a minute replace the previous autosave version; a
// change of comment anchors only (issue 9) is no new version: it replaces the latest in place.
import type { AgendaItem } from '../../../shared/domain/item';
import type { Actor } from '../../../shared/domain/review';
import { draftOf } from '../../../shared/domain/item-schema';
import { ServiceError } from '../../../shared/errors';
import * as repo from '../../../db/repositories/items-repository';
import type { VersionReason } from '../../../db/repositories/items-repository';
import * as versionsRepo from '../../../db/repositories/item-versions-repository';
import type { ItemVersion, StoredSummary } from '../../../db/repositories/item-versions-repository';
import { isSameDraft } from '../../../shared/domain/draft-changes';
import { summarizeChange } from '../../../shared/domain/version-summary';
import type { ServiceDeps } from '../service-deps';

type Trx = ServiceDeps['db'];

/** Autosaves within this long of the previous autosave version replace it instead of adding one. */
export const versionCoalesceMs = 60_000;

export function itemNotFound(id: string): ServiceError {
  return new ServiceError('NOT_FOUND', `No agenda item ${id}`, [{ path: 'id', message: 'items.error.notFound' }]);
}

export interface VersionAuthor {
  actor: Actor;
  /** A restore's source, a Word import's file name, a review step's message. */
  note?: string;
}

/** What changed from the version before (null: there is none). */
function summaryAgainst(previous: ItemVersion | undefined, item: AgendaItem): StoredSummary {
  return previous === undefined ? null : summarizeChange(draftOf(previous.snapshot), draftOf(item));
}

/**
 * Writes the row and its version: a new version, the latest autosave version replaced, or (only
 * comment anchors changed) the latest version's snapshot replaced. Returns the item's version
 * number now. Call inside a transaction.
 */
export async function writeItemVersion(trx: Trx, item: AgendaItem, reason: VersionReason, now: Date, author: VersionAuthor): Promise<number> {
  const latest = await versionsRepo.latestVersion(trx, item.id);
  const at = now.toISOString();
  // isSameDraft ignores comment anchors (draft-changes.ts): the same text is no new version.
  if (latest !== undefined && reason === 'update' && latest.snapshot.status === item.status && isSameDraft(draftOf(latest.snapshot), draftOf(item))) {
    if (!(await repo.updateItem(trx, item, latest.version))) throw itemNotFound(item.id);
    await versionsRepo.replaceVersion(trx, item, latest.version, at, 'keep');
    return latest.version;
  }
  const coalesce =
    reason === 'update' && latest?.reason === 'update' && latest.author.personId === author.actor.personId && now.getTime() - Date.parse(latest.createdAt) < versionCoalesceMs;
  const version = coalesce ? latest.version : (latest?.version ?? 0) + 1;
  if (latest === undefined) await repo.insertItem(trx, item, version);
  else if (!(await repo.updateItem(trx, item, version))) throw itemNotFound(item.id);
  if (coalesce) {
    const before = version > 1 ? await versionsRepo.getVersion(trx, item.id, version - 1) : undefined;
    await versionsRepo.replaceVersion(trx, item, version, at, summaryAgainst(before, item));
  } else {
    await versionsRepo.insertVersion(trx, item, version, reason, at, { author: author.actor, summary: summaryAgainst(latest, item), note: author.note ?? '' });
  }
  return version;
}

/** A version of the wastebasket's moves ('delete', 'restore'): the same content, a new number. */
export async function insertPlainVersion(trx: Trx, item: AgendaItem, version: number, reason: 'delete' | 'restore', at: string, actor: Actor): Promise<void> {
  await versionsRepo.insertVersion(trx, item, version, reason, at, { author: actor, summary: undefined });
}
