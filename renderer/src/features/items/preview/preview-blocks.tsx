// The export's building blocks (electron/export/labelled.ts) as preview elements: a label with its
// text, lines of text under one label, and numbered points "1", "2", "3" in the text column.
import type { ReactNode } from 'react';
import { inlineLabelMaxChars } from '../../../../../shared/domain/page-geometry';
import type { PointList } from '../../../../../shared/domain/item';

/** An empty paragraph still takes a line on the page (the label's line, or an empty opening). */
const emptyLine = '\u00a0';

/**
 * Label at the margin and text from the text column (classic); a label too long for its column,
 * and every label in the 2024 layout, stands on its own line above the text (preview.css).
 */
export function Labelled({ label, children }: { label?: string; children: ReactNode }) {
  const stacked = label !== undefined && label.length > inlineLabelMaxChars;
  return (
    <div className={stacked ? 'preview-row preview-row--stacked' : 'preview-row'}>
      <div className="preview-label">{label}</div>
      <div className="preview-text">{children}</div>
    </div>
  );
}

/** One paragraph per non-empty line, the first beside the label; nothing at all when every line is empty. */
export function LabelledLines({ label, lines }: { label: string; lines: readonly string[] }) {
  const kept = lines.map((line) => line.trim()).filter((line) => line !== '');
  if (kept.length === 0) return null;
  return (
    <Labelled label={label}>
      {kept.map((line, index) => (
        <p key={index}>{line}</p>
      ))}
    </Labelled>
  );
}

/** Numbered like the export's points: "1" at the text column, the text 1 cm further; empty points are not printed. */
export function NumberedPoints({ points }: { points: readonly string[] }) {
  const kept = points.filter((point) => point.trim() !== '');
  if (kept.length === 0) return null;
  return (
    <ol className="preview-points">
      {kept.map((point, index) => (
        <li key={index}>{point}</li>
      ))}
    </ol>
  );
}

/** Attachments: the label alone on its line, the numbered titles below it. */
export function NumberedLines({ label, lines }: { label: string; lines: readonly string[] }) {
  const kept = lines.map((line) => line.trim()).filter((line) => line !== '');
  if (kept.length === 0) return null;
  return (
    <Labelled label={label}>
      <p>{emptyLine}</p>
      <NumberedPoints points={kept} />
    </Labelled>
  );
}

/** The proposal or the decision: its opening beside the label, then the points. */
export function PointsBlock({ label, list }: { label: string; list: PointList }) {
  return (
    <Labelled label={label}>
      <p>{list.opening.trim() || emptyLine}</p>
      <NumberedPoints points={list.points.map((point) => point.text)} />
    </Labelled>
  );
}
