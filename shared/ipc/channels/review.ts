// The director's review (issue 9): the current user, the review round, comments, versions and the
// review copy in Word read back. Item exports with comments / tracked changes extend 'items:export'.
import { z } from 'zod';
import { channel } from '../define';
import type { AgendaItem, Person } from '../../domain/item';
import type { ItemComment, ItemReviewState, Actor } from '../../domain/review';
import { commentFields } from '../../domain/review';
import type { ItemComparison, VersionChangeSummary, VersionEntry } from '../../domain/compare-types';
import type { WordReviewReport } from '../../domain/word-review';
import type { ItemSummary } from './items';

const itemId = z.string().min(1).max(64);
const expectedUpdatedAt = z.string({ error: 'validation.required' }).max(40);
const version = z.number().int().min(1).max(1_000_000);
/** A returned review copy: 20 MB is far beyond any proposal with its comments (base64 is 4/3 of it). */
export const maxReviewFileBytes = 20 * 1024 * 1024;
const reviewFile = {
  itemId,
  fileName: z.string().trim().min(1).max(260),
  dataBase64: z.base64({ error: 'review.error.notDocx' }).max(Math.ceil((maxReviewFileBytes * 4) / 3) + 4, { error: 'review.error.tooLarge' }),
};

/** Who is using the app now (per app instance; the last choice is remembered in the data folder). */
export interface SessionState {
  user: Person | null;
  /** The people with a role: the ones offered in "Kuka käyttää?" and the user switch. */
  users: Person[];
}

export interface ReviewQueueEntry {
  item: ItemSummary;
  presenterName: string;
  sent: { actor: Actor; at: string; message: string } | null;
  currentVersion: number;
  lastSeenVersion: number | null;
  /** What changed between the version the user last saw and now (null: never seen, or nothing changed). */
  changesSinceSeen: VersionChangeSummary | null;
}

export interface WordApplyResult {
  item: AgendaItem;
  appliedChangeIds: string[];
  /** Accepted changes that could not be applied after all (the text moved meanwhile): reported, nothing guessed. */
  failedChangeIds: string[];
  importedCommentIds: string[];
}

export const sessionChannels = {
  'session:get': channel(z.object({})).returns<SessionState>(),
  /** One step on a shared laptop: the person must have a role. */
  'session:setUser': channel(z.object({ personId: z.string().min(1).max(64) })).returns<SessionState>(),
};

export const reviewChannels = {
  'review:state': channel(z.object({ id: itemId })).returns<ItemReviewState>(),
  /** "Lähetä esittelijälle" with an optional message. */
  'review:send': channel(z.object({ id: itemId, message: z.string().trim().max(2000, { error: 'validation.text.tooLong' }).default(''), expectedUpdatedAt })).returns<AgendaItem>(),
  /** Only the item's presenter or a deputy presenter (FORBIDDEN otherwise). */
  'review:approve': channel(z.object({ id: itemId, expectedUpdatedAt })).returns<AgendaItem>(),
  /** "Palauta korjattavaksi": the reason is required and shows on the item until the next send. */
  'review:return': channel(z.object({ id: itemId, reason: z.string().trim().min(1, { error: 'review.error.reasonRequired' }).max(2000, { error: 'validation.text.tooLong' }), expectedUpdatedAt })).returns<AgendaItem>(),
  /** "Tarkastettavanani": items in review that the current user may approve. */
  'review:queue': channel(z.object({})).returns<ReviewQueueEntry[]>(),
  /** The current user has looked at this version (the editor calls it when an item is opened). */
  'review:markSeen': channel(z.object({ id: itemId, version })).returns<{ version: number }>(),
  /** Reads a returned .docx against the item; changes nothing. */
  'review:readWord': channel(z.object(reviewFile)).returns<WordReviewReport>(),
  /** Applies the accepted changes (one new version authored by the reviewer) and imports the chosen comments. */
  'review:applyWord': channel(
    z.object({ ...reviewFile, acceptChangeIds: z.array(z.string().max(40)).max(10_000), importCommentIds: z.array(z.string().max(40)).max(10_000), expectedUpdatedAt }),
  ).returns<WordApplyResult>(),
};

export const versionChannels = {
  /** Every saved version, oldest first, with its author and one-line summary. */
  'versions:list': channel(z.object({ id: itemId })).returns<VersionEntry[]>(),
  'versions:compare': channel(z.object({ id: itemId, from: version, to: version })).returns<ItemComparison>(),
  /** The old version's content as a new version (status stays); nothing is lost. */
  'versions:restore': channel(z.object({ id: itemId, version, expectedUpdatedAt })).returns<AgendaItem>(),
};

const commentBody = z.string().trim().min(1, { error: 'review.error.commentEmpty' }).max(5000, { error: 'validation.text.tooLong' });

export const commentChannels = {
  'comments:list': channel(z.object({ itemId })).returns<ItemComment[]>(),
  /**
   * A new comment under the id the editor gave its mark (the editor saves the mark with the item's
   * autosave); a reply names its parent and has no anchor of its own.
   */
  'comments:add': channel(
    z.object({ id: z.uuid(), itemId, parentId: z.string().max(64).nullable().default(null), field: z.enum(commentFields), quote: z.string().max(5000).default(''), body: commentBody }),
  ).returns<ItemComment>(),
  'comments:resolve': channel(z.object({ id: z.string().min(1).max(64), resolved: z.boolean(), expectedUpdatedAt })).returns<ItemComment>(),
  /** Only its author; a comment with replies cannot be deleted (resolve it instead). */
  'comments:delete': channel(z.object({ id: z.string().min(1).max(64), expectedUpdatedAt })).returns<{ id: string }>(),
};
