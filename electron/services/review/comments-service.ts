// Comments on an agenda item (issue 9). A top-level comment is anchored by a `comment` mark with
// its id in the rich text (the editor saves the mark with the item's autosave) or, in the plain
// title, by its quote; replies belong to a top-level comment. Whether a comment is detached (its
// anchored text is gone) is computed on every read, never stored.
import type { AgendaItem, ItemStatus } from '../../../shared/domain/item';
import { itemLock } from '../../../shared/domain/item-workflow';
import type { CommentField, ItemComment } from '../../../shared/domain/review';
import { ServiceError } from '../../../shared/errors';
import * as itemsRepo from '../../../db/repositories/items-repository';
import * as reviewRepo from '../../../db/repositories/review-repository';
import type { StoredComment } from '../../../db/repositories/review-repository';
import { itemNotFound } from '../items/item-write';
import type { ServiceDeps } from '../service-deps';
import { currentActor, reviewerOf } from '../session/session-service';
import { inTransaction } from '../transaction';
import { assertUnchanged, nextTimestamp } from '../updated-at';
import { commentIdsIn } from '../../../shared/domain/comment-marks';

type Db = ServiceDeps['db'];

export interface NewComment {
  id: string;
  itemId: string;
  parentId: string | null;
  field: CommentField;
  quote: string;
  body: string;
}

/** The proposal's texts can be commented while the proposal is still open. */
const openProposal: ReadonlySet<ItemStatus> = new Set<ItemStatus>(['luonnos', 'tarkastettavana', 'palautettu']);

function frozen(id: string, why: string, message: string): ServiceError {
  return new ServiceError('FROZEN', `Item ${id}: ${why}`, [{ path: 'field', message }]);
}

function commentNotFound(id: string, path = 'id'): ServiceError {
  return new ServiceError('NOT_FOUND', `No comment ${id}`, [{ path, message: path === 'parentId' ? 'reviewService.error.commentParentNotFound' : 'reviewService.error.commentNotFound' }]);
}

/** Whether a top-level comment's anchored text is gone from the item. */
export function isDetached(item: AgendaItem, comment: Pick<StoredComment, 'id' | 'field' | 'quote'>): boolean {
  if (comment.field === 'title') return comment.quote === '' || !item.title.includes(comment.quote);
  return !commentIdsIn(item[comment.field]).includes(comment.id);
}

/** Every comment of the item with `detached` as the text stands now (a reply follows its comment). */
export function withDetached(item: AgendaItem, comments: readonly StoredComment[]): ItemComment[] {
  const detachedTop = new Map(comments.filter((comment) => comment.parentId === null).map((comment) => [comment.id, isDetached(item, comment)]));
  return comments.map((comment) => ({ ...comment, detached: detachedTop.get(comment.parentId ?? comment.id) ?? true }));
}

export class CommentsService {
  constructor(private readonly deps: ServiceDeps) {}

  private async mustGetItem(db: Db, id: string): Promise<AgendaItem> {
    const item = await itemsRepo.getItem(db, id);
    if (!item) throw itemNotFound(id);
    return item;
  }

  private async mustGetComment(db: Db, id: string): Promise<StoredComment> {
    const comment = await reviewRepo.getComment(db, id);
    if (!comment) throw commentNotFound(id);
    return comment;
  }

  async list(itemId: string): Promise<ItemComment[]> {
    const item = await this.mustGetItem(this.deps.db, itemId);
    return withDetached(item, await reviewRepo.listComments(this.deps.db, itemId));
  }

  private async one(db: Db, itemId: string, id: string): Promise<ItemComment> {
    const item = await this.mustGetItem(db, itemId);
    const all = withDetached(item, await reviewRepo.listComments(db, itemId));
    const found = all.find((comment) => comment.id === id);
    if (!found) throw commentNotFound(id);
    return found;
  }

  /**
   * A new comment under the id of the editor's mark, or a reply. The proposal's texts take new
   * comments while the proposal is open, the decision until the minutes are checked; replies
   * until the minutes are checked.
   */
  async add(input: NewComment): Promise<ItemComment> {
    return inTransaction(this.deps.db, async (trx) => {
      const item = await this.mustGetItem(trx, input.itemId);
      if ((await reviewRepo.getComment(trx, input.id)) !== undefined) {
        throw new ServiceError('CONFLICT', `Comment ${input.id} exists already`, [{ path: 'id', message: 'reviewService.error.commentExists' }]);
      }
      const locked = itemLock(item.status) === 'record';
      let field = input.field;
      let quote = input.quote;
      if (input.parentId !== null) {
        const parent = await reviewRepo.getComment(trx, input.parentId);
        if (!parent || parent.itemId !== item.id) throw commentNotFound(input.parentId, 'parentId');
        if (parent.parentId !== null) throw new ServiceError('VALIDATION', `Comment ${parent.id} is a reply`, [{ path: 'parentId', message: 'reviewService.error.commentReplyToReply' }]);
        if (locked) throw frozen(item.id, 'minutes checked', 'reviewService.error.commentRecordLocked');
        // A reply has no anchor of its own: it stands with its comment.
        field = parent.field;
        quote = '';
      } else if (locked) {
        throw frozen(item.id, 'minutes checked', 'reviewService.error.commentRecordLocked');
      } else if (field !== 'decision' && !openProposal.has(item.status)) {
        throw frozen(item.id, `proposal closed (${item.status})`, 'reviewService.error.commentProposalClosed');
      }
      const now = nextTimestamp(this.deps.now(), null);
      const comment: StoredComment = {
        id: input.id,
        itemId: item.id,
        parentId: input.parentId,
        field,
        quote,
        body: input.body.trim(),
        author: await currentActor(this.deps, trx),
        createdAt: now,
        resolvedAt: null,
        resolvedBy: null,
        source: 'app',
        updatedAt: now,
      };
      await reviewRepo.insertComment(trx, comment);
      return this.one(trx, item.id, comment.id);
    });
  }

  /** Resolve or reopen; anyone may, until the minutes are checked. */
  async resolve(id: string, resolved: boolean, expectedUpdatedAt: string): Promise<ItemComment> {
    return inTransaction(this.deps.db, async (trx) => {
      const comment = await this.mustGetComment(trx, id);
      assertUnchanged(`Comment ${id}`, comment.updatedAt, expectedUpdatedAt, 'reviewService.error.commentConflict');
      const item = await this.mustGetItem(trx, comment.itemId);
      if (itemLock(item.status) === 'record') throw frozen(item.id, 'minutes checked', 'reviewService.error.commentRecordLocked');
      if ((comment.resolvedAt !== null) !== resolved) {
        const at = nextTimestamp(this.deps.now(), comment.updatedAt);
        await reviewRepo.setResolved(trx, id, resolved ? { at, by: await currentActor(this.deps, trx) } : null, at);
      }
      return this.one(trx, item.id, id);
    });
  }

  /** Only its author, and not once it has replies (resolve it instead). */
  async delete(id: string, expectedUpdatedAt: string): Promise<{ id: string }> {
    return inTransaction(this.deps.db, async (trx) => {
      const comment = await this.mustGetComment(trx, id);
      assertUnchanged(`Comment ${id}`, comment.updatedAt, expectedUpdatedAt, 'reviewService.error.commentConflict');
      const item = await this.mustGetItem(trx, comment.itemId);
      if (itemLock(item.status) === 'record') throw frozen(item.id, 'minutes checked', 'reviewService.error.commentRecordLocked');
      const { permissive, user } = await reviewerOf(this.deps, trx);
      if (!permissive && (user === null || user.id !== comment.author.personId)) {
        throw new ServiceError('FORBIDDEN', `Comment ${id} is ${comment.author.name}'s`, [{ path: 'id', message: 'reviewService.error.commentNotOwn' }]);
      }
      if (await reviewRepo.hasReplies(trx, id)) throw new ServiceError('VALIDATION', `Comment ${id} has replies`, [{ path: 'id', message: 'reviewService.error.commentHasReplies' }]);
      await reviewRepo.deleteComment(trx, id);
      return { id };
    });
  }
}
