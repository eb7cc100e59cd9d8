// The units a reader counts in a rich text: what each holds, where it stands, and how to reach it.
import { describe, expect, it } from 'vitest';
import { nodeAt, richUnits } from '../../../shared/domain/rich-units';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { bold, bullets, comment, docOf, headingNode, listItem, ordered, para, paragraphNode, table, text } from './fixtures';

const live = { type: 'liveValue', attrs: { metric: 'runningProjectCount', activeOn: '2024-01-01', areas: [], frozenText: null, text: '27' } } as const;

const doc: RichDoc = docOf(
  headingNode(1, 'Hankkeiden tilanne'),
  para(text('Käynnissä on '), live, text(' hanketta, joista '), text('merkittävin', bold, comment('c1')), text(' on Kielikylpy.'), { type: 'hardBreak' }, text('Rahoitus 12 500 €.')),
  paragraphNode(''),
  ordered(listItem('hyväksyä suunnitelman', ordered(listItem('liitteen 1 mukaisesti'), listItem('muutoksin'))), listItem('antaa tiedoksi')),
  bullets(listItem('Varhaiskasvatus')),
  paragraphNode('Taulukossa oppilasmäärät.'),
  table([
    ['Koulu', 'Oppilaita'],
    ['Ykspihlajan koulu', '245'],
  ]),
);

describe('richUnits', () => {
  const units = richUnits(doc);

  it('lists paragraphs, headings, list items and table cells in document order, skipping empty paragraphs', () => {
    expect(units.map((unit) => [unit.place.kind, unit.place.index.join('.'), unit.text])).toEqual([
      ['heading', '1', 'Hankkeiden tilanne'],
      ['paragraph', '1', 'Käynnissä on 27 hanketta, joista merkittävin on Kielikylpy.\nRahoitus 12 500 €.'],
      ['listItem', '1', 'hyväksyä suunnitelman'],
      ['listItem', '1.1', 'liitteen 1 mukaisesti'],
      ['listItem', '1.2', 'muutoksin'],
      ['listItem', '2', 'antaa tiedoksi'],
      ['listItem', '1', 'Varhaiskasvatus'],
      ['paragraph', '2', 'Taulukossa oppilasmäärät.'],
      ['tableCell', '1', 'Koulu'],
      ['tableCell', '1', 'Oppilaita'],
      ['tableCell', '1', 'Ykspihlajan koulu'],
      ['tableCell', '1', '245'],
    ]);
  });

  it('numbers the points of ordered lists only, nested ones as "1.2"', () => {
    expect(units.filter((unit) => unit.point !== null).map((unit) => unit.point)).toEqual(['1', '1.1', '1.2', '2']);
    expect(units.find((unit) => unit.text === 'Varhaiskasvatus')?.point).toBeNull();
  });

  it('places table cells by row and column, counting tables', () => {
    const cells = units.filter((unit) => unit.place.kind === 'tableCell').map((unit) => unit.place);
    expect(cells.at(-1)).toEqual({ kind: 'tableCell', index: [1], row: 2, column: 2 });
  });

  it('gives each unit the path to its node and each segment its marks and range', () => {
    for (const unit of units) expect(['heading', 'paragraph', 'listItem', 'tableCell', 'tableHeader']).toContain(nodeAt(doc, unit.path)?.type);
    const paragraph = units[1];
    if (!paragraph) throw new Error('no paragraph');
    const marked = paragraph.segments.find((segment) => segment.text === 'merkittävin');
    expect(marked?.marks).toEqual([bold, comment('c1')]);
    expect(paragraph.text.slice(marked?.from, marked?.to)).toBe('merkittävin');
    expect(nodeAt(doc, marked?.path ?? [])?.text).toBe('merkittävin');
    expect(paragraph.segments.map((segment) => segment.kind)).toEqual(['text', 'liveValue', 'text', 'text', 'text', 'hardBreak', 'text']);
  });

  it('follows an ordered list that starts at 3, and has no units for no decision', () => {
    const started: RichDoc = docOf({ type: 'orderedList', attrs: { start: 3 }, content: [listItem('kolmas'), listItem('neljäs')] });
    expect(richUnits(started).map((unit) => unit.point)).toEqual(['3', '4']);
    expect(richUnits(null)).toEqual([]);
  });

  it('reads a list item with two paragraphs as one unit of two blocks', () => {
    const two = docOf(ordered({ type: 'listItem', content: [paragraphNode('Ensimmäinen kappale.'), paragraphNode('Toinen kappale.')] }));
    const [unit] = richUnits(two);
    expect(unit?.text).toBe('Ensimmäinen kappale.\nToinen kappale.');
    expect(unit?.blocks.map((block) => [block.path.join('.'), block.from, block.to])).toEqual([
      ['0.0.0', 0, 20],
      ['0.0.1', 21, 36],
    ]);
  });
});
