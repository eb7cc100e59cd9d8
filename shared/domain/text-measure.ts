// How wide a text prints in the documents' font. Arial was drawn to Helvetica's advance widths, and
// Liberation Sans (LibreOffice's Arial) to Arial's, so the Helvetica metrics of the PDF standard
// fonts measure the exported page. One module for the export and the preview, so both size table
// columns and break long labels alike. The metrics load on first use (they are compressed).
import { Encodings, Font, FontNames } from '@pdf-lib/standard-fonts';

interface Metrics {
  font: Font;
  widths: Map<number, number>;
}

let loaded: { regular: Metrics; bold: Metrics } | null = null;

function metrics(bold: boolean): Metrics {
  loaded ??= {
    regular: { font: Font.load(FontNames.Helvetica), widths: new Map() },
    bold: { font: Font.load(FontNames.HelveticaBold), widths: new Map() },
  };
  return bold ? loaded.bold : loaded.regular;
}

/** Advance width of one character in thousandths of the font size; a character outside WinAnsi counts as an "n". */
export function charWidth(codePoint: number, bold: boolean): number {
  const { font, widths } = metrics(bold);
  const known = widths.get(codePoint);
  if (known !== undefined) return known;
  const glyph = Encodings.WinAnsi.canEncodeUnicodeCodePoint(codePoint) ? Encodings.WinAnsi.encodeUnicodeCodePoint(codePoint).name : 'n';
  const width = font.getWidthOfGlyph(glyph) ?? font.getWidthOfGlyph('n') ?? 556;
  widths.set(codePoint, width);
  return width;
}

/** Width in points of a text at a size in points. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  let total = 0;
  for (const char of text) total += charWidth(char.codePointAt(0) ?? 0x6e, bold);
  return (total * sizePt) / 1000;
}

/**
 * The pieces a line may break between: at spaces, and after a hyphen or dash (as Word and
 * LibreOffice do). "Opetus- ja kasvatuslautakunta" → ["Opetus-", "ja", "kasvatuslautakunta"].
 */
export function unbreakablePieces(text: string): string[] {
  return text.split(/\s+/u).flatMap((word) => word.match(/[^-\u2010\u2013\u2014\u00ad]+[-\u2010\u2013\u2014\u00ad]*|[-\u2010\u2013\u2014\u00ad]+/gu) ?? []).filter((piece) => piece !== '');
}

/**
 * A text broken into lines no wider than maxWidthPt, greedily at spaces and after hyphens, as a word
 * processor fills a line. A piece wider than a whole line stands on its own line (and runs over).
 */
export function breakIntoLines(text: string, maxWidthPt: number, sizePt: number, bold = false): string[] {
  const lines: string[] = [];
  let current = '';
  // Keep where each word ended so a space is put back only between words, not after a hyphen.
  for (const word of text.trim().split(/\s+/u).filter(Boolean)) {
    const pieces = unbreakablePieces(word);
    pieces.forEach((piece, index) => {
      const joiner = index === 0 && current !== '' ? ' ' : '';
      const candidate = current + joiner + piece;
      if (current === '' || textWidthPt(candidate.trimEnd(), sizePt, bold) <= maxWidthPt) current = candidate;
      else {
        lines.push(current);
        current = piece;
      }
    });
  }
  if (current !== '') lines.push(current);
  return lines;
}
