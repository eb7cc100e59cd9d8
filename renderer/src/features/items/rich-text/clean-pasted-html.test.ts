// What Word 365 actually puts on the clipboard (trimmed): Office namespaces, conditional
// comments, mso styles, class names, fonts and colours around real structure.
import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml, removeControlCharacters } from '../../../../../shared/format/clean-html';
import { richTextExtensions } from './extensions';

const wordClipboard = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {font-family:Calibri} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head>
<body lang=FI style='tab-interval:36.0pt'><!--StartFragment-->
<h1 style='mso-outline-level:1'><span style='font-family:"Calibri Light";color:#2F5496'>Hankkeiden tilanne<o:p></o:p></span></h1>
<h3><span style='color:red'>Alaotsikko</span></h3>
<p class=MsoNormal style='margin-bottom:0cm'><span style='font-size:12.0pt;font-family:Arial;color:#C00000;background:yellow'>Käynnissä on <b><span style='font-family:Arial'>27</span></b> hanketta ja <i>useita</i> <u>verkostoja</u>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Varhaiskasvatus<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span>&nbsp; </span></span><![endif]>Perusopetus<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span>1.<span>&nbsp;&nbsp; </span></span><!--[endif]-->merkitä tiedoksi<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span>2.<span>&nbsp;&nbsp; </span></span><!--[endif]-->lähettää tiedoksi<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
 <tr><td width=302 valign=top style='width:226.55pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b>Alue</b></p></td>
  <td width=302 colspan=1 style='background:#D9E2F3'><p class=MsoNormal><b>Hankkeita</b></p></td></tr>
 <tr><td><p class=MsoNormal><font face="Times New Roman" color="#ff0000">Perusopetus</font></p></td><td><p class=MsoNormal>12</p></td></tr>
</table>
<p class=MsoNormal>Lisätietoja: <a href="https://www.kokkola.fi/" style='color:blue'>kokkola.fi</a> ja <a href="javascript:alert(1)">tämä</a>.</p>
<!--EndFragment--></body></html>`;

describe('cleanPastedHtml', () => {
  const cleaned = cleanPastedHtml(wordClipboard);

  it('drops every style, class, font, colour and Office namespace', () => {
    expect(cleaned).not.toMatch(/style=|class=|<font|<span|<o:p|mso-|Calibri|#C00000|<meta|<xml|<!--|<!\[|javascript:/iu);
  });

  it('keeps headings, emphasis, links and table cells', () => {
    expect(cleaned).toContain('<h1>Hankkeiden tilanne</h1>');
    expect(cleaned).toContain('<h2>Alaotsikko</h2>');
    expect(cleaned).toContain('<strong>27</strong>');
    expect(cleaned).toContain('<em>useita</em>');
    expect(cleaned).toContain('<u>verkostoja</u>');
    expect(cleaned).toContain('<a href="https://www.kokkola.fi/">kokkola.fi</a>');
    expect(cleaned).toMatch(/<table>\s*<tr>\s*<td><p><strong>Alue<\/strong><\/p><\/td>/u);
  });

  it("turns Word's list paragraphs into real bullet and numbered lists without the typed markers", () => {
    expect(cleaned).toContain('<ul><li><p>Varhaiskasvatus</p></li><li><p>Perusopetus</p></li></ul>');
    expect(cleaned).toContain('<ol><li><p>merkitä tiedoksi</p></li><li><p>lähettää tiedoksi</p></li></ol>');
  });

  it('drops the empty spacing paragraphs', () => {
    expect(cleaned).not.toMatch(/<p>[\s\u00a0]*<\/p>/u);
  });

  it('nests Word list levels', () => {
    const nested = cleanPastedHtml(
      `<p style='mso-list:l0 level1 lfo1'><![if !supportLists]>·<![endif]>A</p><p style='mso-list:l0 level2 lfo1'><![if !supportLists]>o<![endif]>A1</p><p style='mso-list:l0 level1 lfo1'><![if !supportLists]>·<![endif]>B</p>`,
    );
    expect(nested).toBe('<ul><li><p>A</p><ul><li><p>A1</p></li></ul></li><li><p>B</p></li></ul>');
  });

  it('keeps emphasis that web pages express only in CSS, and ignores Google Docs’ non-bold wrapper', () => {
    const docs = cleanPastedHtml('<b style="font-weight:normal;" id="docs-internal-guid-1"><p><span style="font-weight:700">Lihava</span> ja <span style="font-style:italic">kursiivi</span></p></b>');
    expect(docs).toBe('<p><strong>Lihava</strong> ja <em>kursiivi</em></p>');
  });

  it('removes control characters that XML cannot hold, also as entities', () => {
    expect(removeControlCharacters('a\u0001b\u000Bc\td\ne&#1;f&#x1F;g&#10;')).toBe('abc\td\nefg&#10;');
    expect(cleanPastedHtml('<p>Tekstiä\u0007\u000C</p>')).toBe('<p>Tekstiä</p>');
  });

  it('keeps table spans of 1–999 and drops a zero span, which no table cell may have', () => {
    expect(cleanPastedHtml('<table><tr><td colspan="2" rowspan="0">A</td><td colspan="0">B</td></tr></table>')).toBe('<table><tr><td colspan="2">A</td><td>B</td></tr></table>');
  });

  it('yields HTML that parses into our schema only', () => {
    // The schema itself rejects foreign nodes; this proves the cleaned tags are ones it knows.
    const schema = getSchema(richTextExtensions());
    const tags = new Set([...cleaned.matchAll(/<([a-z0-9]+)/gu)].map((m) => m[1]));
    const known = new Set(['h1', 'h2', 'p', 'strong', 'em', 'u', 'a', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'tbody', 'br']);
    expect([...tags].filter((tag) => tag !== undefined && !known.has(tag))).toEqual([]);
    expect(Object.keys(schema.marks)).toContain('underline');
  });
});
