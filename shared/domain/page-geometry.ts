// The A4 page every exported document is laid on (domain.md, "The document layout"), in
// centimetres. One source for the Word export and for the preview that imitates it.
import type { LayoutPreset } from './settings';
import { breakIntoLines } from './text-measure';

export const a4 = { widthCm: 21, heightCm: 29.7 } as const;

/** Left 2 cm, right 1.5 cm (≥ 1 cm), bottom 2 cm; the header 1 cm from the top edge, the body from 3.2 cm. */
export const pageMarginsCm = {
  left: 2,
  right: 1.5,
  top: 3.2,
  bottom: 2,
  header: 1,
  footer: 1,
} as const;

/** Where body text starts, from the left margin: classic SFS 2487 at 4.6 cm, the 2024 preset at 2.3 cm. */
export const textStartCm: Readonly<Record<LayoutPreset, number>> = { classic: 4.6, sfs2024: 2.3 };

/** Body text is 11 pt Arial; a centimetre is 72 / 2.54 points. */
export const bodyTextPt = 11;
export const pointsPerCm = 72 / 2.54;

/** Classic layout: a label keeps this much room before the text column, so it never touches the text. */
const labelGapCm = 0.25;

/**
 * A classic label's lines in its column (4.6 cm less the gap): one line for a usual label, and for
 * a long one ("Opetus- ja kasvatuslautakunnan puheenjohtaja") the lines it wraps to, broken at
 * spaces and hyphens in the body font. The export and the preview print the same lines.
 */
export function classicLabelLines(label: string): string[] {
  const lines = breakIntoLines(label, (textStartCm.classic - labelGapCm) * pointsPerCm, bodyTextPt);
  return lines.length > 0 ? lines : [label];
}

/** The width of the text column, from where body text starts to the right margin. */
export function textColumnCm(layout: LayoutPreset): number {
  return a4.widthCm - pageMarginsCm.left - pageMarginsCm.right - textStartCm[layout];
}

/** The height the body text may fill on one page: 24.5 cm. */
export const bodyHeightCm = a4.heightCm - pageMarginsCm.top - pageMarginsCm.bottom;

/**
 * How many pages a body of the given height fills, at least one. Both heights in the same unit;
 * a pixel of rounding does not start a new page.
 */
export function pageCountFor(contentHeight: number, pageBodyHeight: number): number {
  if (!(pageBodyHeight > 0) || !(contentHeight > 1)) return 1;
  return Math.max(1, Math.ceil((contentHeight - 1) / pageBodyHeight));
}
