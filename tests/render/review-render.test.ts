// The proposal's review copy (issue 9) read by independent programs: LibreOffice converts it
// without error and its PDF shows the text with the changes; pandoc with --track-changes=all
// sees every insertion, deletion and comment with its author; a LibreOffice round trip to .docx
// keeps the comments and the tracked changes (what Word's Review pane shows).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportReviewCopy } from '../../electron/export';
import { findAll, parseXml, textOf } from '../unit/export/docx-xml';
import { reviewInput } from '../unit/export/review-fixtures';
import { convertToPdf, pandocBlocks, pandocText, pdfWords, renderDir, renderPngs, requireTools } from './render-tools';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const outDir = path.join(renderDir, 'review');
let pdf = '';

interface SpanInfo {
  classes: string[];
  attrs: Record<string, string>;
  text: string;
}

/** Every Span of pandoc's AST with its classes, attributes and text (comments carry their text in the span). */
function spans(node: unknown, out: SpanInfo[] = []): SpanInfo[] {
  if (Array.isArray(node)) {
    for (const child of node) spans(child, out);
    return out;
  }
  if (typeof node !== 'object' || node === null) return out;
  const { t, c } = node as { t?: string; c?: unknown };
  if (t === 'Span' && Array.isArray(c)) {
    const [[, classes, attrs], inlines] = c as [[string, string[], [string, string][]], unknown];
    out.push({ classes, attrs: Object.fromEntries(attrs), text: pandocText(inlines) });
  }
  spans(c, out);
  return out;
}

beforeAll(async () => {
  requireTools();
  pdf = convertToPdf({ 'review-copy': await exportReviewCopy(reviewInput()) }, outDir)['review-copy'] ?? '';
  renderPngs(pdf, 80);
}, 180_000);

describe('the review copy in LibreOffice', () => {
  it('converts without error and the PDF shows the text with its insertions and deletions', () => {
    const text = pdfWords(pdf).words.map((word) => word.text).join(' ');
    for (const expected of ['Perusopetuksen kerhotoiminta lukuvuonna 2024', 'alakouluissa.', 'hyväksyä kerhosuunnitelman', 'antaa tiedoksi kouluille', 'Uusi kappale kerhojen ohjaajista.']) expect(text).toContain(expected);
    // Deleted text stays visible (struck through) beside the inserted while the changes are not accepted.
    expect(text).toContain('Tämä kappale poistetaan myöhemmin.');
    expect(text).toContain('kouluissaalakouluissa.');
  });

  it('keeps the comments and the tracked changes through a LibreOffice round trip to .docx', async () => {
    const profile = mkdtempSync(path.join(tmpdir(), 'pykala-lo-'));
    const roundDir = path.join(outDir, 'roundtrip');
    try {
      const result = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', roundDir, path.join(outDir, 'review-copy.docx')], { encoding: 'utf8', timeout: 120_000 });
      expect(result.status, result.stderr).toBe(0);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const zip = await JSZip.loadAsync(readFileSync(path.join(roundDir, 'review-copy.docx')));
    const comments = parseXml((await zip.file('word/comments.xml')?.async('string')) ?? '<none/>');
    const bodies = findAll(comments, 'w:comment').map(textOf).join(' | ');
    for (const body of ['Liitetäänkö suunnitelma?', 'Liitetään, lisään liitteen.', 'Tarkista haun aikataulu.', 'Lukuvuosi vai kalenterivuosi?', 'Miksi tämä poistettiin?']) expect(bodies).toContain(body);
    const document = parseXml((await zip.file('word/document.xml')?.async('string')) ?? '<none/>');
    expect(findAll(document, 'w:ins').map(textOf).join(' ')).toContain('alakouluissa');
    expect(findAll(document, 'w:del').map((el) => findAll(el, 'w:delText').map(textOf).join('')).join(' ')).toContain('kouluissa');
    expect(findAll(document, 'w:bookmarkStart').map((el) => el.attrs['w:name'])).toEqual(expect.arrayContaining(['pykala_title', 'pykala_background', 'pykala_proposal']));
  });
});

describe('the review copy in pandoc --track-changes=all', () => {
  it('shows the insertions and deletions with their authors, and the comments on their words', () => {
    const all = spans(pandocBlocks(path.join(outDir, 'review-copy.docx'), ['--track-changes=all']));
    const of = (kind: string) => all.filter((span) => span.classes.includes(kind));
    expect(of('insertion').map((span) => span.text)).toEqual(expect.arrayContaining(['lukuvuonna', 'alakouluissa', 'syksyllä', 'antaa tiedoksi kouluille']));
    expect(of('deletion').map((span) => span.text)).toEqual(expect.arrayContaining(['kouluissa', 'keväällä', 'Tämä kappale poistetaan myöhemmin.']));
    expect(of('insertion').find((span) => span.text === 'alakouluissa')?.attrs).toMatchObject({ author: 'Olli Oikoja' });
    expect(of('deletion').find((span) => span.text.startsWith('Tämä kappale'))?.attrs).toMatchObject({ author: 'Liisa Laatija' });
    expect(of('insertion').find((span) => span.text.includes('haettavan'))?.attrs).toMatchObject({ author: 'Liisa Laatija' });
    const comments = of('comment-start');
    expect(comments.map((span) => span.attrs.author)).toEqual(expect.arrayContaining(['Mikko Saari', 'Liisa Laatija']));
    expect(comments.map((span) => span.text)).toEqual(expect.arrayContaining(['Tarkista haun aikataulu.', 'Lukuvuosi vai kalenterivuosi?']));
  });
});
