// Read-back of Word's own additions, XML as Word writes it: split runs with rsids, proofErr, smart
// tags, content controls, fields, bookmarks, tracked changes merged into replacements, comments
// with replies, moved text. Each is matched against an item built here.
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../shared/domain/item';
import { paragraphsDoc } from '../../../shared/domain/rich-text';
import { seedAgendaItem } from '../../../shared/demo/seed-item';
import { readReviewCopy } from '../../../electron/services/review/word-read';
import type { ReviewReadInput } from '../../../electron/services/review/word-read';
import { ServiceError } from '../../../shared/errors';
import { bookmark, buildDocx, comment, commentRef, del, ins, p, r } from './docx-builder';

function item(): AgendaItem {
  return {
    ...seedAgendaItem(),
    id: 'item-1',
    title: 'Hankkeiden katsaus',
    background: paragraphsDoc(['Lautakunta seuraa hankkeita.', 'Hankkeita on 27.', 'Hankkeita on 27.']),
    proposal: paragraphsDoc(['Lautakunta merkitsee katsauksen tiedoksi.']),
    decision: null,
  };
}

const properties = { PykalaItemId: 'item-1', PykalaVersion: '3', PykalaOrganisation: 'Esimerkin kaupunki' };

function input(bytes: Uint8Array, overrides: Partial<ReviewReadInput> = {}): ReviewReadInput {
  return { bytes, fileName: 'katsaus.docx', item: item(), existingComments: [], titleOfItem: () => Promise.resolve(undefined), organisation: 'Esimerkin kaupunki', isOwnChange: () => false, ...overrides };
}

describe('reading Word additions', () => {
  it('joins split runs, skips proofErr and rsids, descends smart tags and content controls, reads a field result', async () => {
    const body = [
      bookmark(1, 'title', p(r('Hankkeiden '), '<w:proofErr w:type="spellStart"/>', r('kats', '00AAAAAA'), r('aus', '00BBBBBB'), '<w:proofErr w:type="spellEnd"/>')),
      bookmark(
        2,
        'background',
        [
          p('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">', r('Lautakunta'), '</w:smartTag>', r(' seuraa '), ins(10, 'kaikkia '), r('hankkeita.')),
          p(
            '<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>',
            r('Hankkeita on '),
            '</w:sdtContent></w:sdt>',
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD luku </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            r('27'),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            r('.'),
          ),
          p(r('Hankkeita on '), del(11, '27'), ins(12, '28'), r('.')),
        ].join(''),
      ),
      p(r('Päätösehdotus'), '<w:r><w:tab/></w:r>', bookmark(3, 'proposal', [r('Lautakunta merkitsee '), del(13, 'katsauksen '), r('tiedoksi.')].join(''))),
    ].join('');
    const { report } = await readReviewCopy(input(await buildDocx({ body, properties })));
    expect(report.exportedVersion).toBe(3);
    expect(report.notes).toEqual([]);
    expect(report.changes).toEqual([
      { id: 't1', author: 'Mikko Saari', date: '2024-01-12T14:05:00Z', field: 'background', unitText: 'Lautakunta seuraa hankkeita.', offset: 18, deleted: '', inserted: 'kaikkia ', match: 'matched' },
      { id: 't2', author: 'Mikko Saari', date: '2024-01-12T14:05:00Z', field: 'background', unitText: 'Hankkeita on 27.', offset: 13, deleted: '27', inserted: '28', match: 'matched' },
      { id: 't3', author: 'Mikko Saari', date: '2024-01-12T14:05:00Z', field: 'proposal', unitText: 'Lautakunta merkitsee katsauksen tiedoksi.', offset: 21, deleted: 'katsauksen ', inserted: '', match: 'matched' },
    ]);
  });

  it('reads comments and replies, matched by place even where the words occur twice', async () => {
    const body = bookmark(
      1,
      'background',
      [
        p(r('Lautakunta seuraa hankkeita.')),
        p(r('Hankkeita on 27.')),
        p(r('Hankkeita on '), '<w:commentRangeStart w:id="0"/><w:commentRangeStart w:id="1"/>', r('2'), r('7'), '<w:commentRangeEnd w:id="0"/><w:commentRangeEnd w:id="1"/>', commentRef(0), commentRef(1), r('.')),
      ].join(''),
    );
    const comments = comment(0, 'Mikko Saari', 'Tarkista luku.', '1A2B3C4D') + comment(1, 'Maria Esimerkki', 'Tarkistettu.', '2B3C4D5E');
    const commentsExtended = '<w15:commentEx w15:paraId="1A2B3C4D" w15:done="0"/><w15:commentEx w15:paraId="2B3C4D5E" w15:paraIdParent="1A2B3C4D" w15:done="0"/>';
    const { report, matched } = await readReviewCopy(input(await buildDocx({ body, comments, commentsExtended, properties })));
    expect(report.comments).toEqual([
      { id: 'c0', author: 'Mikko Saari', date: '2024-01-12T14:05:00Z', body: 'Tarkista luku.', quote: '27', field: 'background', parentId: null, match: 'matched' },
      { id: 'c1', author: 'Maria Esimerkki', date: '2024-01-12T14:05:00Z', body: 'Tarkistettu.', quote: '27', field: 'background', parentId: 'c0', match: 'matched' },
    ]);
    // The third paragraph of the background (path [2]), not the second with the same text.
    expect(matched.commentPlacements.get('c0')?.map(({ unit, from, to }) => ({ path: unit.path, from, to }))).toEqual([{ path: [2], from: 13, to: 15 }]);
  });

  it('reports moved text and does not list it as a change', async () => {
    const body = bookmark(
      1,
      'background',
      [
        p('<w:moveFromRangeStart w:id="20" w:author="Mikko Saari" w:name="move1"/>', '<w:moveFrom w:id="21" w:author="Mikko Saari"><w:r><w:t>Lautakunta seuraa hankkeita.</w:t></w:r></w:moveFrom>', '<w:moveFromRangeEnd w:id="20"/>'),
        p(r('Hankkeita on 27.')),
        p('<w:moveTo w:id="22" w:author="Mikko Saari"><w:r><w:t>Lautakunta seuraa hankkeita.</w:t></w:r></w:moveTo>'),
        p(r('Hankkeita on 27.')),
      ].join(''),
    );
    const { report } = await readReviewCopy(input(await buildDocx({ body, properties })));
    expect(report.changes).toEqual([]);
    expect(report.notes).toEqual(['Siirrettyä tekstiä ei tuoda: tee siirto sovelluksessa.']);
  });
});

describe('matching against the item as it is now', () => {
  const background = (paragraphs: string[]) => bookmark(1, 'background', paragraphs.join(''));

  it('skips the export\'s own tracked changes (ids from 900000) and reads the item\'s text through them', async () => {
    const body = background([
      // The export showed "26" → "27" since the chosen version; the reviewer then changed "27" → "28".
      p(r('Hankkeita on '), del(900001, '26'), '<w:ins w:id="900002" w:author="Maria Esimerkki" w:date="2024-01-10T10:00:00Z"><w:r><w:t>27</w:t></w:r></w:ins>', r('.')),
      p(r('Lautakunta seuraa '), del(3, 'hankkeita'), ins(4, 'kaikkia hankkeita'), r('.')),
    ]);
    const { report } = await readReviewCopy(input(await buildDocx({ body, properties }), { isOwnChange: ({ id }) => id !== null && id >= 900000 }));
    expect(report.changes.map(({ unitText, offset, deleted, inserted, match }) => ({ unitText, offset, deleted, inserted, match }))).toEqual([
      { unitText: 'Lautakunta seuraa hankkeita.', offset: 18, deleted: 'hankkeita', inserted: 'kaikkia hankkeita', match: 'matched' },
    ]);
  });

  it('places a change in a paragraph edited since the export by its place, and leaves one it cannot tell apart', async () => {
    const edited = { ...item(), background: paragraphsDoc(['Lautakunta seuraa tarkasti hankkeita.', 'Hankkeita on 28.', 'Hankkeita on 27.']) };
    const body = background([
      p(r('Lautakunta seuraa hankkeita'), ins(1, ' vuosittain'), r('.')),
      p(r('Hankkeita on 27.')),
      p(r('Hankkeita on '), del(2, '27'), ins(3, '28'), r('.')),
    ]);
    const { report, matched } = await readReviewCopy(input(await buildDocx({ body, properties }), { item: edited }));
    expect(matched.changePlacements.get('t1')?.unit.path).toEqual([0]);
    expect(report.changes.map(({ unitText, offset, match }) => ({ unitText, offset, match }))).toEqual([
      // The first paragraph got "tarkasti" since: paired by place, the insertion point maps past it.
      { unitText: 'Lautakunta seuraa tarkasti hankkeita.', offset: 36, match: 'matched' },
      // The item says 28 in one "Hankkeita on …" paragraph and 27 in the other now: which of the file's
      // two equal paragraphs became which cannot be known, so the change is not placed.
      { unitText: 'Hankkeita on 27.', offset: 13, match: 'notFound' },
    ]);
  });

  it('says alreadyPresent when the item reads as after the change', async () => {
    const edited = { ...item(), background: paragraphsDoc(['Lautakunta seuraa kaikkia hankkeita tarkasti.', 'Hankkeita on 27.', 'Hankkeita on 27.']) };
    const body = background([p(r('Lautakunta seuraa '), ins(1, 'kaikkia '), r('hankkeita tarkasti, ja paljon.'))]);
    const edited2 = { ...edited, background: paragraphsDoc(['Lautakunta seuraa kaikkia hankkeita tarkasti, ja paljon.']) };
    const first = await readReviewCopy(input(await buildDocx({ body, properties }), { item: edited2 }));
    expect(first.report.changes.map((change) => change.match)).toEqual(['alreadyPresent']);
  });

  it('reads table cells and headings, and counts changes outside the four fields without listing them', async () => {
    const withTable = {
      ...item(),
      background: { type: 'doc' as const, content: [{ type: 'heading' as const, attrs: { level: 2 }, content: [{ type: 'text' as const, text: 'Tilanne' }] }, { type: 'table' as const, content: [{ type: 'tableRow' as const, content: [{ type: 'tableCell' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'OKM' }] }] }, { type: 'tableCell' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: '12 500 €' }] }] }] }] }] },
    };
    const body = [
      p(r('Valmistelija'), '<w:r><w:tab/></w:r>', r('Maria '), ins(7, 'E. '), r('Esimerkki')),
      bookmark(1, 'background', [p(r('Tila'), ins(1, 'nne nyt'), del(2, 'nne')), '<w:tbl><w:tblPr/><w:tr><w:trPr><w:ins w:id="9" w:author="Mikko Saari" w:date="2024-01-12T14:05:00Z"/></w:trPr><w:tc><w:tcPr/>', p(r('OKM')), '</w:tc><w:tc>', p(r('12 '), del(3, '500'), ins(4, '600'), r(' €')), '</w:tc></w:tr></w:tbl>'].join('')),
    ].join('');
    const { report, matched } = await readReviewCopy(input(await buildDocx({ body, properties }), { item: withTable }));
    expect(report.changes.map(({ field, unitText, offset, deleted, inserted, match }) => ({ field, unitText, offset, deleted, inserted, match }))).toEqual([
      { field: 'background', unitText: 'Tilanne', offset: 4, deleted: 'nne', inserted: 'nne nyt', match: 'matched' },
      { field: 'background', unitText: '12 500 €', offset: 3, deleted: '500', inserted: '600', match: 'matched' },
    ]);
    expect(matched.changePlacements.get('t2')?.unit.path).toEqual([1, 0, 1, 0]);
    expect(report.notes).toEqual([
      'Taulukon rivien ja solujen lisäyksiä ja poistoja ei tuoda: tee ne sovelluksessa.',
      '1 muutos on muualla kuin otsikossa, selostuksessa, päätösehdotuksessa tai päätöksessä (esim. valmistelija tai muutoksenhaku), eikä sitä tuoda.',
    ]);
  });

  it('reports a paragraph the reviewer split, and leaves the change at the split unplaced', async () => {
    // Enter after "seuraa" and a new word: Word marks the first half's paragraph mark inserted.
    const body = background([
      `<w:p><w:pPr><w:rPr><w:ins w:id="5" w:author="Mikko Saari" w:date="2024-01-12T14:05:00Z"/></w:rPr></w:pPr>${r('Lautakunta seuraa')}</w:p>`,
      p(ins(6, 'Uusi kappale: '), r(' hankkeita.')),
      p(r('Hankkeita on '), del(7, '27'), ins(8, '26'), r('.')),
      p(r('Hankkeita on 27.')),
    ]);
    const { report } = await readReviewCopy(input(await buildDocx({ body, properties })));
    expect(report.changes.map(({ unitText, inserted, match }) => ({ unitText, inserted, match }))).toEqual([
      { unitText: 'Lautakunta seuraa hankkeita.', inserted: 'Uusi kappale: ', match: 'notFound' },
      { unitText: 'Hankkeita on 27.', inserted: '26', match: 'matched' },
    ]);
    expect(report.notes).toEqual(['Kappaleiden jakamista tai yhdistämistä ei tuoda: tee ne sovelluksessa. Niihin osuvat muutokset näkyvät löytymättöminä.']);
  });

  it('notes formatting changes, which are not text changes, and keeps reading through the formatting', async () => {
    const body = background([
      p('<w:r w:rsidR="00ABCDEF"><w:rPr><w:b/><w:rPrChange w:id="4" w:author="Mikko Saari" w:date="2024-01-12T14:05:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t xml:space="preserve">Lautakunta</w:t></w:r>', r(' seuraa hankkeita.')),
    ]);
    const { report } = await readReviewCopy(input(await buildDocx({ body, properties })));
    expect(report.changes).toEqual([]);
    expect(report.notes).toEqual(['Muotoilun muutoksia (lihavointi, tyylit) ei tuoda; vain tekstin muutokset.']);
  });

  it('finds the fields by text in a copy whose bookmarks are gone, and says so', async () => {
    const body = [p(r('Hankkeiden katsaus')), p(r('Lautakunta seuraa '), ins(1, 'kaikkia '), r('hankkeita.')), p(r('Päätösehdotus'), '<w:r><w:tab/></w:r>', r('Lautakunta merkitsee '), del(2, 'katsauksen '), r('tiedoksi.'))].join('');
    const { report } = await readReviewCopy(input(await buildDocx({ body, properties })));
    expect(report.changes.map(({ field, match }) => ({ field, match }))).toEqual([
      { field: 'background', match: 'matched' },
      { field: 'proposal', match: 'matched' },
    ]);
    expect(report.notes).toEqual(['Tiedostosta puuttuvat Pykälän kenttämerkit, joten kohdat on tunnistettu tekstin perusteella.']);
  });
});

describe('refusing what is not this item\'s review copy', () => {
  async function refusal(bytes: Uint8Array, overrides: Partial<ReviewReadInput> = {}): Promise<string> {
    const error: unknown = await readReviewCopy(input(bytes, overrides)).then(() => null, (reason: unknown) => reason);
    if (!(error instanceof ServiceError)) throw new Error(`expected a refusal, got ${String(error)}`);
    return error.fields?.map((field) => `${field.message} ${JSON.stringify(field.params ?? {})}`).join() ?? '';
  }

  it('names the other item, or says it is not a Pykälä copy', async () => {
    const body = p(r('Teksti'));
    expect(await refusal(await buildDocx({ body, properties: { ...properties, PykalaItemId: 'item-2' } }), { titleOfItem: (id) => Promise.resolve(id === 'item-2' ? 'Toinen asia' : undefined) })).toBe(
      'review.word.error.otherItem {"title":"Toinen asia"}',
    );
    expect(await refusal(await buildDocx({ body }))).toBe('review.word.error.notPykala {}');
    expect(await refusal(new Uint8Array())).toBe('review.word.error.empty {}');
    expect(await refusal(new TextEncoder().encode('%PDF-1.7 not a zip'))).toBe('review.error.notDocx {}');
  });
});
