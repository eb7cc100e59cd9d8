// Measures of the SFS 2487 layout (domain.md, "The document layout"), in twips (1/20 pt).
import { pageMarginsCm, textStartCm } from '../../shared/domain/page-geometry';
import type { LayoutPreset } from '../../shared/domain/settings';
import { assertNever } from '../../shared/errors';

/** Centimetres to twips: Word measures everything in twentieths of a point. */
export function cm(value: number): number {
  return Math.round((value * 1440) / 2.54);
}

export const pagePortrait = { width: 11906, height: 16838 } as const;

export const margins = {
  left: cm(pageMarginsCm.left),
  right: cm(pageMarginsCm.right),
  top: cm(pageMarginsCm.top),
  bottom: cm(pageMarginsCm.bottom),
  header: cm(pageMarginsCm.header),
  footer: cm(pageMarginsCm.footer),
} as const;

export const textWidthPortrait = pagePortrait.width - margins.left - margins.right;
export const textWidthLandscape = pagePortrait.height - margins.left - margins.right;

/** The tab grid: every 2.3 cm from the left margin; the document type sits on the 4th stop (9.2 cm). */
export const tabStep = cm(2.3);
export const documentTypeTab = cm(9.2);
export const documentNumberTab = cm(13.8);

export const bodyFont = 'Arial';
/** Half-points: 11 pt body text. */
export const bodySize = 22;
export const paragraphAfter = 120;
/** 1.1 line spacing (240 = single). */
export const lineSpacing = 264;

export interface LayoutMetrics {
  /** Where body text starts, from the left margin. */
  textIndent: number;
  /** Where the background's headings start: in the text column (classic), hanging at the margin (2024). */
  headingIndent: number;
  /** Classic: the label shares the line with the first text; 2024: the label is its own line hanging at the margin. */
  labelsInline: boolean;
}

export function layoutMetrics(preset: LayoutPreset): LayoutMetrics {
  switch (preset) {
    case 'classic':
      return { textIndent: cm(textStartCm.classic), headingIndent: cm(textStartCm.classic), labelsInline: true };
    case 'sfs2024':
      return { textIndent: cm(textStartCm.sfs2024), headingIndent: 0, labelsInline: false };
    default:
      return assertNever(preset);
  }
}
