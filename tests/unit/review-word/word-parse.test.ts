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
