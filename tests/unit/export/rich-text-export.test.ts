// The rich text walker: every node and mark of the editor's vocabulary reaches the document as
// real Word structure (headings, numbering, hyperlinks, header rows, fixed widths).
import { describe, expect, it } from 'vitest';
import { exportAgendaItem } from '../../../electron/export';
import { richMarkTypes, richNodeTypes } from '../../../shared/domain/rich-text';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { bodyParagraphs, findAll, first, readDocx, styleOf, textOf } from './docx-xml';
import type { DocxParts } from './docx-xml';
import { richSampler, richTable, seedInput } from './fixtures';

async function exportBackground(background: RichDoc, layout: 'classic' | 'sfs2024' = 'classic'): Promise<DocxParts> {
  const input = seedInput('proposal', layout);
  return readDocx(await exportAgendaItem({ ...input, item: { ...input.item, background } }));
}

function nodeTypesIn(doc: RichDoc): Set<string> {
  const seen = new Set<string>(['doc']);
  const walk = (nodes: RichDoc['content']) => {
    for (const node of nodes) {
      seen.add(node.type);
      walk(node.content ?? []);
    }
  };
  walk(doc.content);
  return seen;
}

describe('rich text in the export', () => {
  it('the sampler covers the whole vocabulary, so a new node or mark type needs a case here too', () => {
    expect([...nodeTypesIn(richSampler())].sort()).toEqual([...richNodeTypes].sort());
    const marks = new Set(JSON.stringify(richSampler()).match(/"type":"(bold|italic|underline|link|comment)"/gu) ?? []);
    expect(marks.size).toBe(richMarkTypes.length);
  });

  it('maps headings one level down, marks to run properties and links to real hyperlinks', async () => {
    const docx = await exportBackground(richSampler());
    const document = docx.part('word/document.xml');
    const paragraphs = bodyParagraphs(document);
    const byText = (text: string) => paragraphs.find((paragraph) => textOf(paragraph).startsWith(text));
    expect(styleOf(byText('Taustaa') ?? document)).toBe('Heading2');
    expect(styleOf(byText('Alaotsikko') ?? document)).toBe('Heading3');
    const runs = findAll(byText('Lihavoitu') ?? document, 'w:r');
    const run = (text: string) => runs.find((candidate) => textOf(candidate) === text) ?? document;
    expect(first(run('Lihavoitu'), 'w:b')).toBeDefined();
    expect(first(run('kursivoitu'), 'w:i')).toBeDefined();
    expect(first(run('alleviivattu'), 'w:u')).toBeDefined();
    const link = first(byText('Linkki') ?? document, 'w:hyperlink');
    expect(link && textOf(link)).toBe('Opetushallitus');
    const rels = docx.part('word/_rels/document.xml.rels');
    const target = findAll(rels, 'Relationship').find((rel) => rel.attrs.Id === link?.attrs['r:id']);
    expect(target?.attrs).toMatchObject({ Target: 'https://www.oph.fi/', TargetMode: 'External' });
    expect(findAll(byText('Linkki') ?? document, 'w:br')).toHaveLength(1);
    expect(textOf(byText('Käynnissä') ?? document)).toBe('Käynnissä 26 hanketta.');
  });

  it('numbers bullet and ordered lists with nesting levels, and restarts each ordered list', async () => {
    const background = richSampler();
    background.content.push({ type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'toinen lista' }] }] }] });
    const docx = await exportBackground(background);
    const paragraphs = bodyParagraphs(docx.part('word/document.xml'));
    const numbering = (text: string) => {
      const paragraph = paragraphs.find((candidate) => textOf(candidate) === text);
      return { level: paragraph && first(paragraph, 'w:ilvl')?.attrs['w:val'], numId: paragraph && first(paragraph, 'w:numId')?.attrs['w:val'] };
    };
    expect(numbering('ensimmäinen luettelokohta').level).toBe('0');
    expect(numbering('sisäkkäinen kohta').level).toBe('1');
    expect(numbering('numeroitu yksi').numId).toBe(numbering('numeroitu kaksi').numId);
    expect(numbering('toinen lista').numId).not.toBe(numbering('numeroitu yksi').numId);
    const formats = findAll(docx.part('word/numbering.xml'), 'w:numFmt').map((el) => el.attrs['w:val']);
    expect(formats).toContain('bullet');
    expect(formats).toContain('decimal');
  });

  it('writes tables with fixed widths, a repeating header row and rows that do not split', async () => {
    const docx = await exportBackground({ type: 'doc', content: [richTable(['Hanke', 'Rahoittaja'], [['A', 'OKM'], ['B', 'OPH']])] });
    const table = first(docx.part('word/document.xml'), 'w:tbl');
    expect(table).toBeDefined();
    if (!table) return;
    expect(first(table, 'w:tblLayout')?.attrs['w:type']).toBe('fixed');
    expect(first(table, 'w:tblInd')?.attrs['w:w']).toBe('2608');
    const columns = findAll(table, 'w:gridCol').map((col) => Number(col.attrs['w:w']));
    expect(columns).toHaveLength(2);
    expect(columns.every((width) => width > 0)).toBe(true);
    const rows = findAll(table, 'w:tr');
    expect(rows.map((row) => first(row, 'w:tblHeader') !== undefined)).toEqual([true, false, false]);
    expect(rows.every((row) => first(row, 'w:cantSplit') !== undefined)).toBe(true);
    expect(textOf(rows[0] ?? table)).toBe('HankeRahoittaja');
  });

  it('drops empty paragraphs and unsafe links but keeps their text', async () => {
    const docx = await exportBackground({
      type: 'doc',
      content: [
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: '   ' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'klikkaa', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
      ],
    });
    const document = docx.part('word/document.xml');
    expect(findAll(document, 'w:hyperlink')).toHaveLength(0);
    expect(bodyParagraphs(document).filter((paragraph) => textOf(paragraph).trim() === '')).toHaveLength(0);
    expect(bodyParagraphs(document).map(textOf)).toContain('klikkaa');
  });

  it('indents background text at 2.3 cm in the 2024 layout and hangs its headings at the margin', async () => {
    const paragraphs = bodyParagraphs((await exportBackground(richSampler(), 'sfs2024')).part('word/document.xml'));
    const indentOf = (start: string) => first(paragraphs.find((candidate) => textOf(candidate).startsWith(start)) ?? paragraphs[0]!, 'w:ind')?.attrs['w:left'];
    expect(indentOf('Lihavoitu')).toBe('1304');
    expect(indentOf('Taustaa')).toBe('0');
    expect(indentOf('Alaotsikko')).toBe('0');
  });

  it('keeps the background headings in the text column in the classic layout', async () => {
    const paragraphs = bodyParagraphs((await exportBackground(richSampler())).part('word/document.xml'));
    const heading = paragraphs.find((candidate) => textOf(candidate) === 'Taustaa');
    expect(heading && first(heading, 'w:ind')?.attrs['w:left']).toBe('2608');
  });
});
