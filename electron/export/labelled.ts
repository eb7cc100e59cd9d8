// Label + text in the two layouts. Classic: the label at the margin and the text from 4.6 cm on the
// same line, by a hanging indent and a tab (real paragraphs, so readers and screen readers see one
// flow of text, no layout table); a label too long for its column wraps inside it, in the same
// weight, its last line beside the text. 2024: the label on its own line at the margin, the text
// below it. A label line always keeps with what follows (keepNext), so no label stands alone at
// the foot of a page.
import { Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import { classicLabelLines } from '../../shared/domain/page-geometry';
import { textRuns } from './inline';
import type { LayoutMetrics } from './layout';
import { afterTableGap, numberingRefs, styleIds } from './styles';

export interface LabelledOptions {
  /** The block follows a table, which has no space after of its own. */
  afterTable?: boolean;
}

export function labelled(label: string, first: ParagraphChild[], layout: LayoutMetrics, options: LabelledOptions = {}): Paragraph[] {
  const gap = options.afterTable ? { spacing: afterTableGap } : {};
  if (layout.labelsInline) {
    const lines = classicLabelLines(label);
    const last = lines.pop() ?? label;
    // The lines of a long label above its last one: the label column only, no space between them.
    const leading = lines.map(
      (line, index) =>
        new Paragraph({ children: textRuns(line), keepNext: true, keepLines: true, spacing: { after: 0, ...(index === 0 && options.afterTable ? afterTableGap : {}) } }),
    );
    return [
      ...leading,
      new Paragraph({
        children: [...textRuns(last), new TextRun({ children: [new Tab()] }), ...first],
        indent: { left: layout.textIndent, hanging: layout.textIndent },
        tabStops: [{ type: TabStopType.LEFT, position: layout.textIndent }],
        keepNext: true,
        ...(leading.length === 0 ? gap : {}),
      }),
    ];
  }
  const labelParagraph = new Paragraph({ style: styleIds.label, children: textRuns(label), ...gap });
  return first.length > 0 ? [labelParagraph, new Paragraph({ children: first, indent: { left: layout.textIndent } })] : [labelParagraph];
}

/** A plain paragraph in the text column. */
export function bodyParagraph(children: ParagraphChild[], layout: LayoutMetrics): Paragraph {
  return new Paragraph({ children, indent: { left: layout.textIndent } });
}

/** Label followed by one paragraph per line of text (recipients, preparers); nothing when there are no lines. */
export function labelledLines(label: string, lines: string[], layout: LayoutMetrics, options: LabelledOptions = {}): Paragraph[] {
  const kept = lines.map((line) => line.trim()).filter((line) => line !== '');
  const [first, ...rest] = kept;
  if (first === undefined) return [];
  return [...labelled(label, textRuns(first), layout, options), ...rest.map((line) => bodyParagraph(textRuns(line), layout))];
}

/** Numbered points ("1", "2", "3") as real list numbering: a fresh instance restarts at 1. */
export function numberedPoints(points: string[], instance: number, layout: LayoutMetrics): Paragraph[] {
  return points
    .filter((point) => point.trim() !== '')
    .map(
      (point) =>
        new Paragraph({
          children: textRuns(point),
          numbering: { reference: numberingRefs.points, level: 0, instance },
          indent: { left: layout.textIndent + 567, hanging: 567 },
        }),
    );
}
