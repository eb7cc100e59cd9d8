// Rich text as HTML and back (the command line's item show / import): every text the editor can
// hold in its usual form comes back the same (property-tested), Word's HTML comes in cleaned,
// and what comes in is always a text the service's validation accepts.
import fc from 'fast-check';
import { richDocArbitrary as doc } from './rich-arbitraries';
import { describe, expect, it } from 'vitest';
import { comparableRichDoc } from '../../../shared/domain/draft-changes';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { richDocSchema } from '../../../shared/domain/rich-text-schema';
import { htmlToRich, richToHtml } from '../../../shared/format/rich-html';

const same = (a: RichDoc, b: RichDoc) => JSON.stringify(comparableRichDoc(a)) === JSON.stringify(comparableRichDoc(b));

describe('rich text as HTML', () => {
  it('comes back the same through HTML, and the service accepts what comes back', () => {
    fc.assert(
      fc.property(doc, (original) => {
        const back = htmlToRich(richToHtml(original));
        expect(comparableRichDoc(back)).toEqual(comparableRichDoc(original));
        expect(richDocSchema.safeParse(back).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('writes the tags the editor writes', () => {
    const html = richToHtml({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Lautakunta päättää' }] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a & b', marks: [{ type: 'bold' }] }] }] }] },
      ],
    });
    expect(html).toBe('<p>Lautakunta päättää</p><ol><li><p><strong>a &amp; b</strong></p></li></ol>');
  });

  it('reads Word\'s HTML as the editor does: structure kept, looks dropped, lists and cells in the editor\'s shape', () => {
    const word = `<html><body><!--StartFragment--><p class=MsoNormal style="color:red"><span style="font-weight:bold">Tuntijako</span> lukuvuodelle</p>
      <p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><![if !supportLists]>1.<![endif]>Koivula</p>
      <p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><![if !supportLists]>2.<![endif]>Mäntylä</p>
      <table><tr><td>Koulu</td><td style="text-align:right">Tunteja</td></tr><tr><td></td><td>98</td></tr></table>
      <div>irrallinen <i>teksti</i></div><!--EndFragment--></body></html>`;
    const parsed = htmlToRich(word);
    expect(parsed.content.map((node) => node.type)).toEqual(['paragraph', 'orderedList', 'table', 'paragraph']);
    expect(parsed.content[0]?.content).toEqual([{ type: 'text', text: 'Tuntijako', marks: [{ type: 'bold' }] }, { type: 'text', text: ' lukuvuodelle' }]);
    const cells = parsed.content[2]?.content?.[1]?.content ?? [];
    expect(cells[0]).toEqual({ type: 'tableCell', content: [{ type: 'paragraph' }] });
    expect(parsed.content[2]?.content?.[0]?.content?.[1]?.attrs).toEqual({ align: 'right' });
    expect(richDocSchema.safeParse(parsed).success).toBe(true);
    expect(htmlToRich('')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(htmlToRich('<script>alert(1)</script><a href="javascript:x">linkki</a>').content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'linkki' }] }]);
  });

  it('says when HTML cannot carry a text exactly (a double space), so show prints the editor\'s JSON too', () => {
    const spaced: RichDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'kaksi  välilyöntiä' }] }] };
    expect(same(htmlToRich(richToHtml(spaced)), spaced)).toBe(false);
  });
});
