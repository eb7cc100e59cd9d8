// Label + text in the two layouts. Classic: the label at the margin and the text from 4.6 cm on the
// same line, by a hanging indent and a tab (real paragraphs, so readers and screen readers see one
// flow of text, no layout table). 2024: the label on its own line at the margin, the text below it.
import { Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import { inlineLabelMaxChars } from '../../shared/domain/page-geometry';
import { textRuns } from './inline';
import type { LayoutMetrics } from './layout';
import { numberingRefs, styleIds } from './styles';

export function labelled(label: string, first: ParagraphChild[], layout: LayoutMetrics): Paragraph[] {
  const text = first.length > 0 ? first : [];
  if (layout.labelsInline && label.length <= inlineLabelMaxChars) {
    return [
      new Paragraph({
        children: [...textRuns(label), new TextRun({ children: [new Tab()] }), ...text],
        indent: { left: layout.textIndent, hanging: layout.textIndent },
        tabStops: [{ type: TabStopType.LEFT, position: layout.textIndent }],
        ...(text.length === 0 ? { keepNext: true } : {}),
      }),
    ];
  }
  const labelParagraph = new Paragraph({ style: styleIds.label, children: textRuns(label) });
  return text.length > 0 ? [labelParagraph, new Paragraph({ children: text, indent: { left: layout.textIndent } })] : [labelParagraph];
}

/** A plain paragraph in the text column. */
export function bodyParagraph(children: ParagraphChild[], layout: LayoutMetrics): Paragraph {
  return new Paragraph({ children, indent: { left: layout.textIndent } });
}

/** Label followed by one paragraph per line of text (recipients, preparers); nothing when there are no lines. */
export function labelledLines(label: string, lines: string[], layout: LayoutMetrics): Paragraph[] {
  const kept = lines.map((line) => line.trim()).filter((line) => line !== '');
  const [first, ...rest] = kept;
  if (first === undefined) return [];
  return [...labelled(label, textRuns(first), layout), ...rest.map((line) => bodyParagraph(textRuns(line), layout))];
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
