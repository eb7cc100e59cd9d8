// The proposal's review copy (issue 9), read back as XML: custom properties, field bookmarks, the
// open comments as Word comments on the same words, the changes since an earlier version as
// tracked changes with author and date, formatting kept; and no trace of comments elsewhere.
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportAgendaItem, exportMeetingAgenda, exportMeetingExtract, exportMeetingMinutes, exportReviewCopy, ownRevisionIdBase } from '../../../electron/export';
import type { RichDoc, RichMark, RichNode } from '../../../shared/domain/rich-text';
import { findAll, first, readDocx, textOf } from './docx-xml';
import type { DocxParts, El } from './docx-xml';
import { preparers, richTable, settingsWith } from './fixtures';
import { agendaInput, meetingInput, meetingSections } from './meeting-fixtures';
import { comments, director, reviewInput, secretary, v3 } from './review-fixtures';
import { acceptedText, bookmarkTokens, commentedText, rejectedText, tokens } from './review-xml';
import type { Token } from './review-xml';

interface WordCommentXml {
  id: string;
  author: string;
  initials: string;
  date: string;
  text: string;
  paraId: string;
}

function wordCommentsOf(docx: DocxParts): WordCommentXml[] {
  return findAll(docx.part('word/comments.xml'), 'w:comment').map((comment) => ({
    id: comment.attrs['w:id'] ?? '',
    author: comment.attrs['w:author'] ?? '',
    initials: comment.attrs['w:initials'] ?? '',
    date: comment.attrs['w:date'] ?? '',
    text: findAll(comment, 'w:p').map(textOf).join('\n'),
    paraId: findAll(comment, 'w:p').at(-1)?.attrs['w14:paraId'] ?? '',
  }));
}

function commentWith(docx: DocxParts, text: string): WordCommentXml {
  const found = wordCommentsOf(docx).find((comment) => comment.text.includes(text));
  if (!found) throw new Error(`no comment with ${text}`);
  return found;
}

function customProperties(docx: DocxParts): Record<string, string> {
  return Object.fromEntries(findAll(docx.part('docProps/custom.xml'), 'property').map((property) => [property.attrs.name ?? '', textOf(property)]));
}

/** The item with every comment mark taken out (what it would be without comments). */
function withoutCommentMarks<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, inner: unknown) => (key === 'marks' && Array.isArray(inner) ? (inner as RichMark[]).filter((mark) => (mark.type as string) !== 'comment') : inner))) as T;
}

const texts = (part: Token[]) => part.filter((token): token is Extract<Token, { kind: 'text' }> => token.kind === 'text');
const insertedTexts = (part: Token[]) => texts(part).filter((token) => token.ins !== null);
const deletedTexts = (part: Token[]) => texts(part).filter((token) => token.del !== null);

async function reviewDocx(input = reviewInput()) {
  const docx = await readDocx(await exportReviewCopy(input));
  const document = docx.part('word/document.xml');
  return { docx, document, all: tokens(document) };
}

describe('the review copy: properties and bookmarks', () => {
  it('names the item, its version and the organisation in custom document properties', async () => {
    const { docx } = await reviewDocx();
    expect(customProperties(docx)).toEqual({ PykalaItemId: 'item-review-1', PykalaVersion: '3', PykalaOrganisation: 'Esimerkin kaupunki' });
    expect(docx.raw('[Content_Types].xml')).toContain('/docProps/custom.xml');
  });

  it('puts a bookmark around each field, the proposal without its label', async () => {
    const { all } = await reviewDocx();
    expect(acceptedText(bookmarkTokens(all, 'pykala_title'))).toBe('Perusopetuksen kerhotoiminta lukuvuonna 2024');
    expect(acceptedText(bookmarkTokens(all, 'pykala_background'))).toBe(
      'Kerhotoimintaa järjestetään kaikissa alakouluissa.\nAvustusta haetaan Opetushallitukselta syksyllä.\nKerhoja on kymmenen.\nUusi kappale kerhojen ohjaajista.',
    );
    expect(acceptedText(bookmarkTokens(all, 'pykala_proposal'))).toBe('Lautakunta päättää\nhyväksyä kerhosuunnitelman\nmerkitä tiedoksi haettavan avustuksen\nantaa tiedoksi kouluille');
    // No decision yet: no decision part and no bookmark.
    expect(all.some((token) => token.kind === 'bookmarkStart' && token.name === 'pykala_decision')).toBe(false);
  });

  it('prints a decision already written, in its own bookmark, and an empty field still has its bookmark', async () => {
    const item = v3();
    const decision = { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Lautakunta päätti hyväksyä ehdotuksen.' }] }] };
    const { all } = await reviewDocx(reviewInput({ item: { ...item, decision, background: { type: 'doc', content: [] } }, changes: null }));
    expect(acceptedText(bookmarkTokens(all, 'pykala_decision'))).toBe('Lautakunta päätti hyväksyä ehdotuksen.');
    expect(acceptedText(bookmarkTokens(all, 'pykala_background'))).toBe('');
  });
});

describe('the review copy: comments', () => {
  it('writes the open comments with author, initials and date, not the resolved one', async () => {
    const { docx } = await reviewDocx();
    const written = wordCommentsOf(docx);
    expect(written.map((comment) => comment.text).sort()).toEqual(
      [
        'Kommentoitu teksti ei ole enää asiassa: ”Tämä kappale poistetaan”\nMiksi tämä poistettiin?',
        'Liitetään, lisään liitteen.',
        'Liitetäänkö suunnitelma?\nToinen rivi.',
        'Lukuvuosi vai kalenterivuosi?',
        'Tarkista haun aikataulu.',
      ].sort(),
    );
    const plan = commentWith(docx, 'Liitetäänkö suunnitelma?');
    expect(plan).toMatchObject({ author: director.name, initials: 'MS' });
    expect(new Date(plan.date).toISOString()).toBe('2024-01-11T09:00:00.000Z');
    expect(commentWith(docx, 'Liitetään, lisään')).toMatchObject({ author: secretary.name, initials: 'LL' });
    expect(written.some((comment) => comment.text === 'Selvä.')).toBe(false);
    expect(new Set(written.map((comment) => comment.id)).size).toBe(written.length);
  });

  it('anchors each comment on the words its mark covers, a title comment on its quote', async () => {
    const { docx, all } = await reviewDocx();
    expect(commentedText(all, commentWith(docx, 'Liitetäänkö').id)).toBe('kerhosuunnitelman');
    expect(commentedText(all, commentWith(docx, 'haun aikataulu').id)).toBe('Opetushallitukselta');
    expect(commentedText(all, commentWith(docx, 'kalenterivuosi').id)).toBe('lukuvuonna');
    // The reply covers the same words as its comment, and is threaded to it in commentsExtended.xml.
    const reply = commentWith(docx, 'lisään liitteen');
    expect(commentedText(all, reply.id)).toBe('kerhosuunnitelman');
    const threads = findAll(docx.part('word/commentsExtended.xml'), 'w15:commentEx');
    const replyThread = threads.find((entry) => entry.attrs['w15:paraId'] === reply.paraId);
    expect(replyThread?.attrs['w15:paraIdParent']).toBe(commentWith(docx, 'Liitetäänkö').paraId);
  });

  it('writes a detached comment at the start of its field with its quote', async () => {
    const { docx, all } = await reviewDocx();
    const gone = commentWith(docx, 'Miksi tämä poistettiin?');
    expect(commentedText(all, gone.id)).toBe('');
    const background = bookmarkTokens(all, 'pykala_background');
    expect(background.findIndex((token) => token.kind === 'commentStart' && token.id === gone.id)).toBe(0);
  });

  it('pairs every range start with its end and reference, in that order, with ids that exist in comments.xml', async () => {
    const { docx, all } = await reviewDocx();
    const ids = wordCommentsOf(docx).map((comment) => comment.id);
    for (const id of ids) {
      const at = (kind: Token['kind']) => all.findIndex((token) => token.kind === kind && 'id' in token && token.id === id);
      const count = (kind: Token['kind']) => all.filter((token) => token.kind === kind && 'id' in token && token.id === id).length;
      expect([count('commentStart'), count('commentEnd'), count('commentRef')]).toEqual([1, 1, 1]);
      expect(at('commentStart')).toBeLessThan(at('commentEnd'));
      expect(at('commentEnd')).toBeLessThan(at('commentRef'));
    }
    const anchored = all.filter((token) => token.kind === 'commentStart').map((token) => ('id' in token ? token.id : ''));
    expect(anchored.sort()).toEqual([...ids].sort());
    expect(docx.raw('word/_rels/document.xml.rels')).toMatch(/Target="comments\.xml"/u);
    expect(docx.raw('[Content_Types].xml')).toMatch(/PartName="\/word\/comments\.xml"/u);
  });

  it('writes no comment without comments asked for', async () => {
    const { docx, all } = await reviewDocx(reviewInput({ comments: null }));
    expect(docx.files).not.toContain('word/comments.xml');
    expect(all.some((token) => token.kind === 'commentStart')).toBe(false);
  });
});

describe('the review copy: the package as Word checks it', () => {
  it('has every part well-formed, every relationship pointing at a part, and a content type for every part', async () => {
    const bytes = await exportReviewCopy(reviewInput());
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
    const docx = await readDocx(bytes);
    for (const name of docx.files) expect(() => docx.part(name), name).not.toThrow();
    const types = docx.part('[Content_Types].xml');
    const overrides = new Set(findAll(types, 'Override').map((el) => (el.attrs.PartName ?? '').replace(/^\//u, '')));
    const defaults = new Set(findAll(types, 'Default').map((el) => el.attrs.Extension ?? ''));
    for (const name of names.filter((part) => part !== '[Content_Types].xml')) expect(overrides.has(name) || defaults.has(name.split('.').pop() ?? ''), name).toBe(true);
    for (const rels of names.filter((name) => name.endsWith('.rels'))) {
      const base = path.posix.dirname(path.posix.dirname(rels));
      for (const rel of findAll(docx.part(rels), 'Relationship').filter((el) => el.attrs.TargetMode !== 'External')) {
        const target = rel.attrs.Target ?? '';
        const resolved = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(base, target));
        expect(names, `${rels} → ${target}`).toContain(resolved);
      }
    }
    for (const part of ['word/comments.xml', 'word/commentsExtended.xml']) expect(overrides.has(part), part).toBe(true);
  });
});

/** A list and a table, before and after: Mäntylä leaves the list, the table's rows as given. */
function tableInput(rowsBefore: string[][], rowsAfter: string[][]) {
  const item = v3();
  const p = (text: string): RichNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const list = (...texts: string[]): RichNode => ({ type: 'bulletList', content: texts.map((text) => ({ type: 'listItem', content: [p(text)] })) });
  const from = { ...item, background: { type: 'doc' as const, content: [list('Koivula', 'Mäntylä', 'Kuusikko'), richTable(['Koulu', 'Kerhoja'], rowsBefore)] } };
  const to = { ...item, background: { type: 'doc' as const, content: [list('Koivula', 'Kuusikko'), richTable(['Koulu', 'Kerhoja'], rowsAfter)] } };
  return reviewInput({ item: to, comments: null, changes: { from: { version: 1, item: from, author: secretary, at: '2024-01-08T09:00:00.000Z' }, between: [{ version: 2, item: to, author: director, at: '2024-01-09T09:00:00.000Z' }] } });
}

describe('the review copy: tracked changes', () => {
  it('writes the changes since the version word by word, with who made each and when', async () => {
    const { all } = await reviewDocx();
    const background = bookmarkTokens(all, 'pykala_background');
    expect(rejectedText(background)).toBe(
      'Kerhotoimintaa järjestetään kaikissa kouluissa.\nAvustusta haetaan Opetushallitukselta keväällä.\nTämä kappale poistetaan myöhemmin.\nKerhoja on kymmenen.\n',
    );
    const olli = { author: 'Olli Oikoja', date: '2024-01-10T11:00:00.000Z' };
    expect(deletedTexts(background).find((token) => token.text === 'kouluissa')?.del).toMatchObject(olli);
    expect(insertedTexts(background).find((token) => token.text === 'alakouluissa')?.ins).toMatchObject(olli);
    // The paragraph the secretary removed in version 2: deleted by her, its paragraph mark too.
    const removed = deletedTexts(background).find((token) => token.text === 'Tämä kappale poistetaan myöhemmin.');
    expect(removed?.del).toMatchObject({ author: secretary.name, date: '2024-01-09T10:00:00.000Z' });
    expect(background.some((token) => token.kind === 'paragraphEnd' && token.deletedMark?.author === secretary.name)).toBe(true);
    // A point changed in version 2 and left alone since: the secretary's change.
    const proposal = bookmarkTokens(all, 'pykala_proposal');
    expect(insertedTexts(proposal).find((token) => token.text.includes('haettavan'))?.ins).toMatchObject({ author: secretary.name, date: '2024-01-09T10:00:00.000Z' });
    // A whole new point: its text and its paragraph mark inserted.
    expect(insertedTexts(proposal).map((token) => token.text)).toContain('antaa tiedoksi kouluille');
    const newPoint = all.findIndex((token) => token.kind === 'text' && token.text === 'antaa tiedoksi kouluille');
    expect(all.slice(newPoint).find((token) => token.kind === 'paragraphEnd')).toMatchObject({ insertedMark: { author: 'Olli Oikoja' } });
    // The title: "lukuvuonna " inserted.
    expect(insertedTexts(bookmarkTokens(all, 'pykala_title')).map((token) => token.text).join('')).toBe('lukuvuonna ');
  });

  it('keeps bold, italic and links on unchanged, inserted and deleted parts', async () => {
    const { all } = await reviewDocx();
    const background = texts(bookmarkTokens(all, 'pykala_background'));
    expect(background.find((token) => token.text === 'kaikissa')?.bold).toBe(true);
    const autumn = background.find((token) => token.text.includes('syksyllä'));
    expect(autumn).toMatchObject({ italic: true, ins: { author: 'Olli Oikoja' } });
    expect(background.find((token) => token.text === 'Opetushallitukselta')?.link).toBe(true);
    // A changed word inside a link: the deleted part stays in the link, the inserted one too.
    const item = v3();
    const link: RichMark[] = [{ type: 'link', attrs: { href: 'https://www.oph.fi/' } }];
    const from = { ...item, background: { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Katso Opetushallituksen sivu', marks: link }] }] } };
    const to = { ...item, background: { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Katso Opetushallituksen ohje', marks: link }] }] } };
    const input = reviewInput({ item: to, comments: null, changes: { from: { version: 1, item: from, author: secretary, at: '2024-01-08T09:00:00.000Z' }, between: [{ version: 2, item: to, author: secretary, at: '2024-01-09T09:00:00.000Z' }] } });
    const changed = texts(bookmarkTokens((await reviewDocx(input)).all, 'pykala_background'));
    expect(changed.find((token) => token.text === 'sivu')).toMatchObject({ link: true, del: { author: secretary.name } });
    expect(changed.find((token) => token.text === 'ohje')).toMatchObject({ link: true, ins: { author: secretary.name } });
  });

  it('tracks list items and table cells as units: a removed point stays a numbered point, a table of the same shape changes cell by cell', async () => {
    const { document, all } = await reviewDocx(tableInput([['Koivula', '4'], ['Mäntylä', '2']], [['Koivula', '5'], ['Mäntylä', '2']]));
    const background = bookmarkTokens(all, 'pykala_background');
    expect(rejectedText(background)).toBe('Koivula\nMäntylä\nKuusikko\nKoulu\nKerhoja\nKoivula\n4\nMäntylä\n2');
    expect(acceptedText(background)).toBe('Koivula\nKuusikko\nKoulu\nKerhoja\nKoivula\n5\nMäntylä\n2');
    const removedPoint = findAll(document, 'w:p').find((paragraph) => textOf(paragraph) === 'Mäntylä' && first(paragraph, 'w:del') !== undefined);
    expect(removedPoint && first(removedPoint, 'w:numPr')).toBeDefined();
    const changedCell = findAll(document, 'w:tc').find((cell) => first(cell, 'w:ins') !== undefined);
    expect(changedCell && [findAll(changedCell, 'w:del').map(textOf), findAll(changedCell, 'w:ins').map(textOf)]).toEqual([['4'], ['5']]);
  });

  it('writes a reshaped table as the old table\'s text deleted and the new table\'s rows inserted', async () => {
    const { document, all } = await reviewDocx(tableInput([['Koivula', '4']], [['Koivula', '5'], ['Mäntylä', '3']]));
    const background = bookmarkTokens(all, 'pykala_background');
    expect(acceptedText(background)).toBe('Koivula\nKuusikko\nKoulu\nKerhoja\nKoivula\n5\nMäntylä\n3');
    const insertedRows = findAll(document, 'w:tr').filter((row) => findAll(first(row, 'w:trPr') ?? { name: '', attrs: {}, children: [], text: '' }, 'w:ins').length > 0);
    expect(insertedRows.map((row) => findAll(row, 'w:tc').map(textOf))).toEqual([['Koulu', 'Kerhoja'], ['Koivula', '5'], ['Mäntylä', '3']]);
    expect(deletedTexts(background).map((token) => token.text)).toEqual(['Mäntylä', 'Koulu', 'Kerhoja', 'Koivula', '4']);
  });

  it('numbers its own revisions from 900000 on, each id once', async () => {
    const { document } = await reviewDocx();
    const ids = [...findAll(document, 'w:ins'), ...findAll(document, 'w:del')].map((el: El) => Number(el.attrs['w:id']));
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.min(...ids)).toBeGreaterThanOrEqual(ownRevisionIdBase);
  });

  it('writes no tracked change without a version to compare with, nor when nothing changed', async () => {
    for (const input of [reviewInput({ changes: null }), reviewInput({ changes: { from: { version: 3, item: v3(), author: secretary, at: '2024-01-10T11:00:00.000Z' }, between: [] } })]) {
      const { document } = await reviewDocx(input);
      expect(findAll(document, 'w:ins')).toHaveLength(0);
      expect(findAll(document, 'w:del')).toHaveLength(0);
    }
  });
});

describe('comment marks in the ordinary exports', () => {
  it('never print: the proposal and the minutes of an item with comment marks have no comments and the same text', async () => {
    const item = v3();
    const plain = withoutCommentMarks(item);
    for (const kind of ['proposal', 'minutes'] as const) {
      const decision = kind === 'minutes' ? item.proposal : null;
      const base = { preparers, settings: settingsWith('classic'), kind, documentDate: '2024-01-23', author: 'x' };
      const withMarks = await readDocx(await exportAgendaItem({ ...base, item: { ...item, decision } }));
      const without = await readDocx(await exportAgendaItem({ ...base, item: { ...plain, decision } }));
      expect(withMarks.files).not.toContain('word/comments.xml');
      expect(findAll(withMarks.part('word/document.xml'), 'w:commentRangeStart')).toHaveLength(0);
      expect(findAll(withMarks.part('word/document.xml'), 'w:bookmarkStart')).toHaveLength(0);
      expect(withMarks.raw('docProps/custom.xml')).not.toContain('Pykala');
      expect(textOf(first(withMarks.part('word/document.xml'), 'w:body') ?? withMarks.part('word/document.xml'))).toBe(
        textOf(first(without.part('word/document.xml'), 'w:body') ?? without.part('word/document.xml')),
      );
    }
    expect(comments().length).toBeGreaterThan(0);
  });

  it('never print in the meeting agenda, the minutes or an extract either', async () => {
    const marked = (doc: RichDoc | null): RichDoc | null => (doc === null ? null : { ...doc, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kommentoitu kohta', marks: [{ type: 'comment', attrs: { id: 'c-1' } }] }] }, ...doc.content] });
    const withComments = meetingSections().map((section) => ({ ...section, item: { ...section.item, background: marked(section.item.background) ?? section.item.background, proposal: marked(section.item.proposal) ?? section.item.proposal }, decision: marked(section.decision) }));
    const input = { ...meetingInput(), sections: withComments };
    const section = withComments[4];
    if (!section) throw new Error('no § 5');
    const files = [
      await exportMeetingAgenda({ ...agendaInput(), sections: withComments.map((entry) => ({ ...entry, sectionNumber: null, outcome: null, handling: null, decision: null })) }),
      await exportMeetingMinutes(input),
      await exportMeetingExtract({ settings: input.settings, meeting: input.meeting, section, appealTexts: input.appealTexts, certifier: { name: 'Pekka Pöytäkirjanpitäjä', title: 'hallintosihteeri', date: '2024-01-30' }, author: 'x' }),
    ];
    for (const bytes of files) {
      const docx = await readDocx(bytes);
      const document = docx.part('word/document.xml');
      expect(docx.files).not.toContain('word/comments.xml');
      expect(findAll(document, 'w:commentRangeStart')).toHaveLength(0);
      expect(textOf(document)).toContain('Kommentoitu kohta');
    }
  });
});
