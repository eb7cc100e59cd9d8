// The export's building blocks (electron/export/labelled.ts) as preview elements: a label with its
// text, lines of text under one label, and numbered points "1", "2", "3" in the text column.
import { createContext, useContext } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { classicLabelLines } from '../../../../../shared/domain/page-geometry';
import type { PointList } from '../../../../../shared/domain/item';
import type { LayoutPreset } from '../../../../../shared/domain/settings';

/** The layout the preview draws (the classic one breaks long labels into lines, as exported). */
export const PreviewLayout = createContext<LayoutPreset>('classic');

/**
 * Label at the margin and text from the text column (classic); a label too long for its column
 * wraps inside it on the export's lines, its last line beside the text. The 2024 layout stands
 * every label on its own line above the text (preview.css).
 */
export function Labelled({ label, children }: { label?: string; children: ReactNode }) {
  const layout = useContext(PreviewLayout);
  const lines = label !== undefined && layout === 'classic' ? classicLabelLines(label) : [label ?? ''];
  return (
    <div className="preview-row" style={{ '--label-lead-lines': lines.length - 1 } as CSSProperties}>
      <div className="preview-label">
        {lines.length > 1 ? lines.map((line, index) => <span key={index} className="preview-label__line">{line}</span>) : label}
      </div>
      <div className="preview-text">{children}</div>
    </div>
  );
}

/** The classic label's own line when its text starts below it (no text beside it); the 2024 layout has none (preview.css). */
function LabelLine() {
  return <p className="preview-label-line">{'\u00a0'}</p>;
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
      <LabelLine />
      <NumberedPoints points={kept} />
    </Labelled>
  );
}

/** The proposal or the decision: its opening beside the label, then the points; an empty opening prints nothing. */
export function PointsBlock({ label, list }: { label: string; list: PointList }) {
  const opening = list.opening.trim();
  return (
    <Labelled label={label}>
      {opening ? <p>{opening}</p> : <LabelLine />}
      <NumberedPoints points={list.points.map((point) => point.text)} />
    </Labelled>
  );
}
