// The review round's rules on a status change (issue 9), shared by review:send/approve/return and
// items:setStatus so that neither way around them exists: which step a change is, who may take
// it, and its event (who, when, which version).
import type { AgendaItem, ItemStatus } from '../../../shared/domain/item';
import type { Actor, ReviewEventKind } from '../../../shared/domain/review';
import { ServiceError } from '../../../shared/errors';
import { insertEvent } from '../../../db/repositories/review-repository';
import { canReviewItem } from '../../../shared/domain/review-rules';
import type { ServiceDeps } from '../service-deps';
import { reviewerOf } from '../session/session-service';

type Db = ServiceDeps['db'];

/** The proposal is still the preparer's: a change to approved from here is an approval. */
const openProposal: ReadonlySet<ItemStatus> = new Set<ItemStatus>(['luonnos', 'tarkastettavana', 'palautettu']);

/** The review step a status change is, if any. */
export function reviewStepOf(from: ItemStatus, to: ItemStatus): ReviewEventKind | null {
  if (to === 'tarkastettavana') return 'sent';
  if (to === 'palautettu') return 'returned';
  if (to === 'hyvaksytty' && openProposal.has(from)) return 'approved';
  if (to === 'luonnos' && !openProposal.has(from)) return 'reopened';
  return null;
}

function forbidden(item: AgendaItem, step: 'approved' | 'returned', user: Actor | null): ServiceError {
  const presenter = item.presenterName.trim();
  const verb = step === 'approved' ? 'Approve' : 'Return';
  const message = presenter === '' ? `reviewService.error.notPresenter${verb}Any` : `reviewService.error.notPresenter${verb}`;
  return new ServiceError('FORBIDDEN', `${user?.name ?? 'Nobody'} may not ${verb.toLowerCase()} item ${item.id} (presenter ${presenter || 'none'})`, [
    { path: 'id', message, params: { presenter } },
  ]);
}

/**
 * Refuses a step the current user may not take: approving and returning need the item's presenter
 * or a deputy presenter, unless nobody is a user yet (permissive). Returns who acts.
 */
export async function assertMayTakeStep(deps: ServiceDeps, db: Db, item: AgendaItem, step: ReviewEventKind | null): Promise<Actor> {
  const { permissive, user } = await reviewerOf(deps, db);
  const actor: Actor = user === null ? { personId: null, name: '' } : { personId: user.id, name: user.name };
  if (permissive || (step !== 'approved' && step !== 'returned')) return actor;
  if (user === null) throw new ServiceError('FORBIDDEN', `No current user to ${step === 'approved' ? 'approve' : 'return'} item ${item.id}`, [{ path: 'id', message: 'reviewService.error.noCurrentUser' }]);
  if (!canReviewItem(user, item.presenterName, true)) throw forbidden(item, step, actor);
  return actor;
}

export async function recordStep(deps: ServiceDeps, db: Db, item: AgendaItem, kind: ReviewEventKind, actor: Actor, message: string, version: number): Promise<void> {
  await insertEvent(db, { id: deps.newId(), itemId: item.id, kind, actor, at: item.updatedAt, message, version });
}
