// The export's review copy read straight back (no Word in between) and after Word's edits: every
// exported comment is known as already there (the detached one too, by its quote paragraph, and
// the reply by its thread), none of the export's own tracked changes is listed, and what the
// reviewer adds is matched. Pure: the export and the read-back meet only in the file.
import { describe, expect, it } from 'vitest';
import { exportReviewCopy, ownRevisionIdBase } from '../../../electron/export';
import { readReviewCopy } from '../../../electron/services/review/word-read';
import type { ReviewReadInput } from '../../../electron/services/review/word-read';
import { comments, reviewInput, v3 } from '../export/review-fixtures';
import { WordSession } from './word-edits';

function input(bytes: Uint8Array, overrides: Partial<ReviewReadInput> = {}): ReviewReadInput {
  return {
    bytes,
    fileName: 'kerhot.docx',
    item: v3(),
    existingComments: comments(),
    titleOfItem: () => Promise.resolve(undefined),
    organisation: 'Esimerkin kaupunki',
    isOwnChange: (id) => id >= ownRevisionIdBase,
    ...overrides,
  };
}

describe('the review copy read back', () => {
  it('as exported: the open comments are already there, the export\'s own changes are not the reviewer\'s', async () => {
    const { report } = await readReviewCopy(input(await exportReviewCopy(reviewInput())));
    expect(report).toMatchObject({ itemId: 'item-review-1', exportedVersion: 3, changes: [], notes: [] });
    expect(report.comments.map(({ body, quote, field, parentId, match }) => ({ body, quote, field, parent: parentId !== null, match }))).toEqual([
      // Detached when exported: written at the field's start with its quote as its first paragraph.
      { body: 'Miksi tämä poistettiin?', quote: 'Tämä kappale poistetaan', field: 'background', parent: false, match: 'alreadyPresent' },
      { body: 'Lukuvuosi vai kalenterivuosi?', quote: 'lukuvuonna', field: 'title', parent: false, match: 'alreadyPresent' },
      { body: 'Tarkista haun aikataulu.', quote: 'Opetushallitukselta', field: 'background', parent: false, match: 'alreadyPresent' },
      { body: 'Liitetäänkö suunnitelma?\nToinen rivi.', quote: 'kerhosuunnitelman', field: 'proposal', parent: false, match: 'alreadyPresent' },
      { body: 'Liitetään, lisään liitteen.', quote: 'kerhosuunnitelman', field: 'proposal', parent: true, match: 'alreadyPresent' },
    ]);
  });

  it('after Word: the reviewer\'s comment, reply, insertion, deletion and replacement are matched, in every field', async () => {
    const session = await WordSession.open(await exportReviewCopy(reviewInput()));
    session.comment('Uusi kappale', 'Kuka ohjaa?');
    session.reply(0, 'Hyvä kysymys.', 'Liisa Laatija');
    session.replace('kerhotoiminta', 'kerhotoiminnan järjestäminen');
    session.insertAfter('antaa tiedoksi', ' kirjallisesti');
    session.replace('Kerhoja on kymmenen.', 'Kerhoja on yksitoista.');
    session.replace(' ohjaajista');
    session.proofErr('alakouluissa');
    const { report } = await readReviewCopy(input(await session.splitRunsAndRsids().save()));
    expect(report.notes).toEqual([]);
    expect(report.changes.map(({ field, unitText, offset, deleted, inserted, match }) => ({ field, unitText, offset, deleted, inserted, match }))).toEqual([
      { field: 'title', unitText: 'Perusopetuksen kerhotoiminta lukuvuonna 2024', offset: 15, deleted: 'kerhotoiminta', inserted: 'kerhotoiminnan järjestäminen', match: 'matched' },
      { field: 'background', unitText: 'Kerhoja on kymmenen.', offset: 0, deleted: 'Kerhoja on kymmenen.', inserted: 'Kerhoja on yksitoista.', match: 'matched' },
      { field: 'background', unitText: 'Uusi kappale kerhojen ohjaajista.', offset: 21, deleted: ' ohjaajista', inserted: '', match: 'matched' },
      { field: 'proposal', unitText: 'antaa tiedoksi kouluille', offset: 14, deleted: '', inserted: ' kirjallisesti', match: 'matched' },
    ]);
    const added = report.comments.filter((comment) => comment.match !== 'alreadyPresent');
    expect(added.map(({ author, body, quote, field, match }) => ({ author, body, quote, field, match }))).toEqual([
      { author: 'Mikko Saari', body: 'Kuka ohjaa?', quote: 'Uusi kappale', field: 'background', match: 'matched' },
      // A reply to the detached comment (Word's comment 0, the oldest): it stands with its comment.
      { author: 'Liisa Laatija', body: 'Hyvä kysymys.', quote: 'Tämä kappale poistetaan', field: 'background', match: 'matched' },
    ]);
  });
});
