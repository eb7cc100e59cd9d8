// The director's review (issue 9): who is working, the review round, comments anchored in the text.
// The model in words is in README "Review"; the rules are pure functions in review-rules.ts.

/** The roles a user of the app has (domain.md "Who does what"). */
export const userRoles = ['valmistelija', 'esittelija', 'poytakirjanpitaja'] as const;
export type UserRole = (typeof userRoles)[number];

/**
 * Who did something, as recorded: the person's id (null when the database had no users yet, e.g.
 * versions written before issue 9) and their name at the time, so the history still reads right
 * after the person is renamed or removed from the people list.
 */
export interface Actor {
  personId: string | null;
  name: string;
}

/** The review round's steps, each recorded with who and when. */
export const reviewEventKinds = ['sent', 'returned', 'approved', 'reopened', 'wordImported'] as const;
export type ReviewEventKind = (typeof reviewEventKinds)[number];

export interface ReviewEvent {
  id: string;
  itemId: string;
  kind: ReviewEventKind;
  actor: Actor;
  at: string;
  /** The optional message of a send, the required reason of a return, the file name of a Word import. */
  message: string;
  /** The item's version the step produced (or saw). */
  version: number;
}

/** Where a comment is anchored. The rich fields carry a `comment` mark with the comment's id; the title (plain text) is anchored by its quote. */
export const commentFields = ['title', 'background', 'proposal', 'decision'] as const;
export type CommentField = (typeof commentFields)[number];

/**
 * The rich-text mark that anchors a comment: attrs { id }. One mark per comment; a text run may carry
 * several (overlapping comments: the mark spec has `excludes: ''`). Marks never print and never
 * count as a change of the text (diffs, summaries, the approved proposal's freeze ignore them).
 */
export const commentMarkType = 'comment';

export interface CommentMarkAttrs {
  id: string;
}

export interface ItemComment {
  id: string;
  itemId: string;
  /** A reply belongs to a top-level comment (replies have no anchor of their own). */
  parentId: string | null;
  field: CommentField;
  /** The commented text as it was when the comment was made. */
  quote: string;
  body: string;
  author: Actor;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: Actor | null;
  /** Computed on read: the anchored text is no longer in the item (its mark is gone, or the title lost the quote). */
  detached: boolean;
  /** 'word' for a comment read back from a returned .docx. */
  source: 'app' | 'word';
  updatedAt: string;
}

/** What the item shows of its review round. */
export interface ItemReviewState {
  itemId: string;
  /** The latest events first, at most 50. */
  events: ReviewEvent[];
  /** Set while the item is approved (or later): "Hyväksynyt: Mikko Saari 12.1.2024 klo 14.05". */
  approved: { actor: Actor; at: string; version: number } | null;
  /** The reason of the latest return, shown until the next send. */
  returnReason: { actor: Actor; at: string; message: string } | null;
  /** The message of the latest send while the item is in review. */
  sentMessage: { actor: Actor; at: string; message: string } | null;
  /** Whether the current user may approve or return this item (presenter or deputy presenter). */
  canReview: boolean;
  /** The version the current user last looked at (null: never). */
  lastSeenVersion: number | null;
  /** The version of the latest approval, for "Muutokset hyväksynnän jälkeen" (null: never approved). */
  lastApprovedVersion: number | null;
}
