// Inputs of the proposal's review copy (issue 9): the proposal document plus the open comments as
// Word comments and the changes since an earlier version as Word tracked changes.
import type { AgendaItem } from '../../shared/domain/item';
import type { Actor, ItemComment } from '../../shared/domain/review';
import type { AgendaItemExportInput } from './types';

/** One saved version of the item as the review copy needs it: its content and who saved it when. */
export interface ReviewVersion {
  version: number;
  item: AgendaItem;
  author: Actor;
  /** When the version's text was last saved (ISO): the date of its tracked changes. */
  at: string;
}

export interface ReviewChangesInput {
  /** The version the changes are counted from ("changes since version N"). */
  from: ReviewVersion;
  /** The versions after it up to the exported one, oldest first: who made each change and when. */
  between: ReviewVersion[];
}

export interface ReviewCopyExportInput extends Omit<AgendaItemExportInput, 'kind'> {
  /** The exported version (custom property PykalaVersion, read back to know what the reviewer saw). */
  version: number;
  /** The item's comments (any state; the open top-level ones and their replies are written); null: none asked. */
  comments: ItemComment[] | null;
  /** The changes since an earlier version as tracked changes; null: none asked. */
  changes: ReviewChangesInput | null;
}

/** Our own w:ins / w:del ids start here, so the read-back knows them from the reviewer's (Word numbers its own from 0). */
export const ownRevisionIdBase = 900000;
