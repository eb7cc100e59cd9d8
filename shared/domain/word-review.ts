// What a returned review copy (.docx) holds, as read back against the item (issue 9).
// Nothing is applied by reading: the user accepts or rejects each change in the app.
import type { ComparedField } from './compare-types';

/** How a comment or a change found in the file relates to the item as it is now. */
export type WordMatch =
  /** Found at one place in the item's text: can be anchored / applied there. */
  | 'matched'
  /** Already in the item (an exported comment, or a change already made). */
  | 'alreadyPresent'
  /** Its text is not in the item now (or is there more than once and cannot be placed). */
  | 'notFound';

export interface WordComment {
  /** Stable within one file: "c" + the file's comment id. */
  id: string;
  author: string;
  date: string | null;
  body: string;
  /** The commented text in the file. */
  quote: string;
  field: ComparedField | null;
  /** A reply in Word (comments on comments): the parent's id in this file. */
  parentId: string | null;
  match: WordMatch;
}

export interface WordChange {
  /** Stable within one file: "t" + the order of the change in the document. */
  id: string;
  author: string;
  date: string | null;
  field: ComparedField | null;
  /** The unit (paragraph, list item, table cell) the change is in, as its text now. */
  unitText: string;
  /** Character offset in unitText where the change starts. */
  offset: number;
  deleted: string;
  inserted: string;
  match: WordMatch;
}

export interface WordReviewReport {
  itemId: string;
  fileName: string;
  /** The version the copy was exported from (from the file's properties). */
  exportedVersion: number | null;
  comments: WordComment[];
  changes: WordChange[];
  /** Parts of the file that were read but not understood (moved text, a table changed in structure …), in Finnish for the user. */
  notes: string[];
}
