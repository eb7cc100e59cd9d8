// A tracked change read back from Word, applied to a unit: only where the text is what the change
// deleted, with the formatting and the comment anchors of the text around kept.
import { describe, expect, it } from 'vitest';
import { quoteOfComment } from '../../../shared/domain/comment-marks';
import { richDocSchema } from '../../../shared/domain/rich-text-schema';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { richUnits } from '../../../shared/domain/rich-units';
import { applyTextChange } from '../../../shared/domain/text-change';
import { bold, comment, docOf, listItem, ordered, para, paragraphNode, table, text } from './fixtures';

const live = { type: 'liveValue', attrs: { metric: 'runningGrantedCents', activeOn: '2024-01-01', areas: [], frozenText: null, text: '125 000 €' } } as const;

const doc: RichDoc = docOf(
  para(text('Lautakunta myöntää '), text('Kokkolan lukiolle', bold), text(' avustusta 12 500 € '), text('etäopetuksen kehittämiseen', comment('c1')), text('.')),
  para(text('Hankkeisiin on myönnetty '), live, text(' vuonna 2024.'), { type: 'hardBreak' }, text('Raportti keväällä.')),
  ordered({ type: 'listItem', content: [paragraphNode('hyväksyä suunnitelman'), paragraphNode('Suunnitelma on liitteenä.')] }, listItem('antaa tiedoksi')),
  table([['Koulu', 'Oppilaita'], ['Ykspihlaja', '245']]),
);
const units = richUnits(doc);
const unit = (text: string) => {
  const found = units.find((candidate) => candidate.text.startsWith(text));
  if (!found) throw new Error(text);
  return found;
};
const textOf = (changed: RichDoc | null, start: string) => richUnits(changed).find((candidate) => candidate.text.startsWith(start))?.text;

describe('applyTextChange', () => {
  it('replaces the words where Word says, the text after keeping its formatting and anchor', () => {
    const first = unit('Lautakunta');
    const offset = first.text.indexOf('12 500');
    const changed = applyTextChange(doc, first.path, offset, '12 500', '13 000');
    expect(textOf(changed, 'Lautakunta')).toBe('Lautakunta myöntää Kokkolan lukiolle avustusta 13 000 € etäopetuksen kehittämiseen.');
    expect(changed?.content[0]?.content).toEqual([
      text('Lautakunta myöntää '),
      text('Kokkolan lukiolle', bold),
      text(' avustusta 13 000 € '),
      text('etäopetuksen kehittämiseen', comment('c1')),
      text('.'),
    ]);
    expect(richDocSchema.safeParse(changed).success).toBe(true);
    // The rest of the document is the same objects: nothing else was touched.
    expect(changed?.content[1]).toBe(doc.content[1]);
  });

  it('gives inserted text the formatting of the character before it, and a comment anchor only inside it', () => {
    const first = unit('Lautakunta');
    const afterBold = first.text.indexOf(' avustusta');
    expect(applyTextChange(doc, first.path, afterBold, '', ' ja Kaustarin lukiolle')?.content[0]?.content?.[1]).toEqual(text('Kokkolan lukiolle ja Kaustarin lukiolle', bold));
    const insideAnchor = first.text.indexOf(' kehittämiseen');
    const inside = applyTextChange(doc, first.path, insideAnchor, '', ' ja lähiopetuksen');
    expect(quoteOfComment(inside, 'c1')).toBe('etäopetuksen ja lähiopetuksen kehittämiseen');
    const atAnchorEnd = first.text.indexOf('.');
    const after = applyTextChange(doc, first.path, atAnchorEnd, '', ' vuosina 2024–2025');
    expect(quoteOfComment(after, 'c1')).toBe('etäopetuksen kehittämiseen');
    expect(textOf(after, 'Lautakunta')).toBe('Lautakunta myöntää Kokkolan lukiolle avustusta 12 500 € etäopetuksen kehittämiseen vuosina 2024–2025.');
  });

  it('deletes across formatting and shrinks an anchor, and writes a line break for "\\n"', () => {
    const first = unit('Lautakunta');
    const from = first.text.indexOf('lukiolle');
    const deleted = first.text.slice(from, first.text.indexOf('kehittämiseen'));
    const changed = applyTextChange(doc, first.path, from, deleted, 'lukion ');
    expect(textOf(changed, 'Lautakunta')).toBe('Lautakunta myöntää Kokkolan lukion kehittämiseen.');
    expect(quoteOfComment(changed, 'c1')).toBe('kehittämiseen');
    const broken = applyTextChange(doc, first.path, first.text.length - 1, '', '\nPäätös tulee voimaan heti');
    expect(broken?.content[0]?.content?.slice(-2)).toEqual([{ type: 'hardBreak' }, text('Päätös tulee voimaan heti.')]);
  });

  it('changes a list item\'s second paragraph and a table cell by their own offsets', () => {
    const point = unit('hyväksyä suunnitelman');
    const offset = point.text.indexOf('liitteenä');
    expect(textOf(applyTextChange(doc, point.path, offset, 'liitteenä', 'liitteenä 2'), 'hyväksyä')).toBe('hyväksyä suunnitelman\nSuunnitelma on liitteenä 2.');
    const cell = unit('245');
    expect(textOf(applyTextChange(doc, cell.path, 0, '245', '251'), '251')).toBe('251');
  });

  it('refuses a change whose deleted text is not there, and never cuts a live value or joins paragraphs', () => {
    const first = unit('Lautakunta');
    expect(applyTextChange(doc, first.path, first.text.indexOf('12 500'), '12 600', '13 000')).toBeNull();
    expect(applyTextChange(doc, first.path, 3, '12 500', '13 000')).toBeNull();
    expect(applyTextChange(doc, first.path, first.text.length + 2, '', 'x')).toBeNull();
    expect(applyTextChange(doc, [9], 0, '', 'x')).toBeNull();
    const second = unit('Hankkeisiin');
    const figure = second.text.indexOf('125 000');
    expect(applyTextChange(doc, second.path, figure, '125', '130')).toBeNull();
    // The whole figure may go: the reviewer wrote another number in its place.
    expect(textOf(applyTextChange(doc, second.path, figure, '125 000 €', '130 000 €'), 'Hankkeisiin')).toBe('Hankkeisiin on myönnetty 130 000 € vuonna 2024.\nRaportti keväällä.');
    const point = unit('hyväksyä suunnitelman');
    expect(applyTextChange(doc, point.path, point.text.indexOf('\n') - 3, 'man\nSuun', 'man. Suun')).toBeNull();
  });
});
