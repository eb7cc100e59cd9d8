// The export's review copy read straight back (no Word in between) and after Word's edits: every
// exported comment is known as already there (the detached one too, by its quote paragraph, and
// the reply by its thread), none of the export's own tracked changes is listed, and what the
// reviewer adds is matched. Pure: the export and the read-back meet only in the file.
import { describe, expect, it } from 'vitest';
import { exportReviewCopy } from '../../../electron/export';
import { planApply } from '../../../electron/services/review/word-apply';
import { ownChangeTestFor, readReviewCopy } from '../../../electron/services/review/word-read';
import { commentIdsIn, quoteOfComment } from '../../../shared/domain/comment-marks';
import { richToPlainText } from '../../../shared/domain/rich-text';
import type { ReviewReadInput } from '../../../electron/services/review/word-read';
import { comments, reviewInput, v3, versions } from '../export/review-fixtures';
import { WordSession } from './word-edits';

function input(bytes: Uint8Array, overrides: Partial<ReviewReadInput> = {}): ReviewReadInput {
  return {
    bytes,
    fileName: 'kerhot.docx',
    item: v3(),
    existingComments: comments(),
    titleOfItem: () => Promise.resolve(undefined),
    organisation: 'Esimerkin kaupunki',
    isOwnChange: ownChangeTestFor([versions().from, ...versions().between].map((version) => ({ author: version.author.name, at: version.at }))),
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
  it('applied: the accepted changes in every field, marks kept, the new comment anchored on its words', async () => {
    const session = await WordSession.open(await exportReviewCopy(reviewInput()));
    session.comment('Uusi kappale', 'Kuka ohjaa?');
    session.reply(0, 'Hyvä kysymys.', 'Liisa Laatija');
    session.replace('kerhotoiminta', 'kerhotoiminnan järjestäminen');
    session.insertAfter('antaa tiedoksi', ' kirjallisesti');
    session.replace('kaikissa', 'useimmissa');
    session.replace(' ohjaajista');
    const { report, matched } = await readReviewCopy(input(await session.splitRunsAndRsids().save()));
    const ids = report.changes.map((change) => change.id);
    let next = 0;
    const plan = planApply(v3(), matched, ids, report.comments.map((comment) => comment.id), () => `new-${String(++next)}`);
    expect(plan.failedChangeIds).toEqual([]);
    expect(plan.appliedChangeIds).toEqual(ids);
    expect(plan.item.title).toBe('Perusopetuksen kerhotoiminnan järjestäminen lukuvuonna 2024');
    expect(richToPlainText(plan.item.background)).toBe(
      'Kerhotoimintaa järjestetään useimmissa alakouluissa.\nAvustusta haetaan Opetushallitukselta syksyllä.\nKerhoja on kymmenen.\nUusi kappale kerhojen.',
    );
    expect(richToPlainText(plan.item.proposal)).toBe('Lautakunta päättää\nhyväksyä kerhosuunnitelman\nmerkitä tiedoksi haettavan avustuksen\nantaa tiedoksi kirjallisesti kouluille');
    // The text around the changes keeps its formatting, links and the director's anchors.
    expect(JSON.stringify(plan.item.background)).toContain('{"type":"text","text":" syksyllä","marks":[{"type":"italic"}]}');
    expect(JSON.stringify(plan.item.background)).toContain('"marks":[{"type":"link","attrs":{"href":"https://www.oph.fi/"}},{"type":"comment","attrs":{"id":"c-link"}}]');
    expect(quoteOfComment(plan.item.background, 'c-link')).toBe('Opetushallitukselta');
    expect(quoteOfComment(plan.item.proposal, 'c-plan')).toBe('kerhosuunnitelman');
    // Imported: the new comment (anchored) and the reply to the detached one; the exported ones are there already.
    expect(plan.imports.map(({ word, id, parentId, field, quote }) => ({ word: word.id, id, parentId, field, quote }))).toEqual([
      { word: report.comments.find((comment) => comment.body === 'Hyvä kysymys.')?.id, id: 'new-2', parentId: 'c-gone', field: 'background', quote: '' },
      { word: report.comments.find((comment) => comment.body === 'Kuka ohjaa?')?.id, id: 'new-1', parentId: null, field: 'background', quote: 'Uusi kappale' },
    ].sort((a, b) => (a.word ?? '').localeCompare(b.word ?? '', 'en', { numeric: true })));
    expect(commentIdsIn(plan.item.background)).toContain('new-1');
    expect(quoteOfComment(plan.item.background, 'new-1')).toBe('Uusi kappale');
  });
  it('an accepted change whose text is no longer there is returned unapplied, the others applied', async () => {
    const session = await WordSession.open(await exportReviewCopy(reviewInput()));
    session.replace('Kerhoja on kymmenen.', 'Kerhoja on yksitoista.');
    session.insertAfter('antaa tiedoksi', ' kirjallisesti');
    const bytes = await session.save();
    // Since the export, the secretary rewrote the sentence the director changed.
    const item = v3();
    const edited = { ...item, background: { ...item.background, content: item.background.content.map((node) => (node.content?.[0]?.text === 'Kerhoja on kymmenen.' ? { type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Kerhoja on kaksitoista.' }] } : node)) } };
    const { report, matched } = await readReviewCopy(input(bytes, { item: edited }));
    expect(report.changes.map((change) => change.match)).toEqual(['notFound', 'matched']);
    const plan = planApply(edited, matched, ['t1', 't2', 't9'], [], () => 'unused');
    expect(plan.appliedChangeIds).toEqual(['t2']);
    expect(plan.failedChangeIds).toEqual(['t1', 't9']);
    expect(richToPlainText(plan.item.background)).toBe(richToPlainText(edited.background));
  });
});
