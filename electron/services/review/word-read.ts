// Reading a returned review copy against the item as it is now: the checks of the file and of its
// properties (this item's copy, from Pykälä), then its comments and tracked changes matched. Pure
// apart from unzipping: the caller brings the item and its comments, so review:readWord and
// review:applyWord read the same way and the command line shows what the app would.
import type { AgendaItem } from '../../../shared/domain/item';
import type { WordReviewReport } from '../../../shared/domain/word-review';
import { translate } from '../../../shared/i18n/translate';
import { ownRevisionIdBase, reviewProperties } from '../../export/index';
import { readComments } from './word-comments';
import { readDocument } from './word-document';
import type { OwnChangeTest } from './word-document';
import { customPropertiesOf, fileRefusal, openReviewDocx } from './word-file';
import { matchReview } from './word-match';
import type { ExistingComment, MatchedReview } from './word-match';
import { itemUnits } from './word-units';

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/**
 * The export's own tracked changes: ids from ownRevisionIdBase on, or, where a program renumbered
 * the ids on saving (LibreOffice does), the author and time of one of the item's versions, which
 * is what the export writes on them (a reviewer's change is made after the export, so its time is
 * never a version's to the second).
 */
export function ownChangeTestFor(versions: readonly { author: string; at: string }[]): OwnChangeTest {
  const times = new Set(versions.map((version) => seconds(version.at)));
  // The export's date when no version changed a unit (the epoch) and its name for an author it has no name for.
  times.add(0);
  const authors = new Set([...versions.map((version) => version.author.trim()), translate('reviewWord.unknownAuthor')]);
  return ({ id, author, date }) => (id !== null && id >= ownRevisionIdBase) || (date !== null && times.has(seconds(date)) && authors.has(author.trim()));
}

export interface ReviewReadInput {
  bytes: Uint8Array;
  fileName: string;
  item: AgendaItem;
  existingComments: readonly ExistingComment[];
  /** The title of another item, to name it when the file is that item's copy (undefined: no such item here). */
  titleOfItem: (id: string) => Promise<string | undefined>;
  /** The organisation name in settings, to say when the copy came from another one's Pykälä. */
  organisation: string;
  isOwnChange: OwnChangeTest;
}

export interface ReviewRead {
  report: WordReviewReport;
  matched: MatchedReview;
}

export async function readReviewCopy(input: ReviewReadInput): Promise<ReviewRead> {
  const parts = await openReviewDocx(input.bytes);
  const properties = customPropertiesOf(parts);
  const fileItemId = properties.get(reviewProperties.itemId)?.trim() ?? '';
  if (fileItemId === '') throw fileRefusal('review.word.error.notPykala', 'no PykalaItemId property');
  if (fileItemId !== input.item.id) {
    const title = await input.titleOfItem(fileItemId);
    throw title === undefined
      ? fileRefusal('review.word.error.otherItemUnknown', `copy of ${fileItemId}`, { id: fileItemId })
      : fileRefusal('review.word.error.otherItem', `copy of ${fileItemId}`, { title });
  }
  const parsed = readDocument(parts.document, input.isOwnChange);
  const fileComments = readComments(parts.comments, parts.commentsExtended);
  const matched = matchReview(parsed, fileComments, itemUnits(input.item), input.existingComments);

  const notes: string[] = [];
  const organisation = properties.get(reviewProperties.organisation)?.trim() ?? '';
  if (organisation !== '' && input.organisation.trim() !== '' && organisation !== input.organisation.trim()) {
    notes.push(translate('review.word.note.otherOrganisation', { name: organisation }));
  }
  if (!parsed.bookmarked) notes.push(translate('review.word.note.noBookmarks'));
  for (const key of ['moved', 'paragraphMarks', 'tableStructure', 'formatting'] as const) {
    if (parsed.notes.has(key)) notes.push(translate(`review.word.note.${key}`));
  }
  if (parsed.outsideChanges > 0) notes.push(translate('review.word.note.outsideFields', { count: parsed.outsideChanges }));

  const versionText = properties.get(reviewProperties.version)?.trim() ?? '';
  const version = /^\d{1,9}$/u.test(versionText) ? Number(versionText) : null;
  return {
    report: { itemId: input.item.id, fileName: input.fileName, exportedVersion: version, comments: matched.comments, changes: matched.changes, notes },
    matched,
  };
}
