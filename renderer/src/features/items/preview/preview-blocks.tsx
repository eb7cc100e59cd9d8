// The export's building blocks (electron/export/labelled.ts) as preview elements: a label with its
// text, lines of text under one label, and numbered points "1", "2", "3" in the text column.
import { createContext, useContext } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { classicLabelLines } from '../../../../../shared/domain/page-geometry';
import { richToPlainText } from '../../../../../shared/domain/rich-text';
import type { RichDoc, RichNode } from '../../../../../shared/domain/rich-text';
import type { LayoutPreset } from '../../../../../shared/domain/settings';
import { renderRich } from './rich-preview';

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

/** A point's text stands 1 cm right of the text column (styles.ts), so its tables have that much less room. */
const pointIndentPt = 72 / 2.54;

function isPrintable(node: RichNode): boolean {
  return node.type === 'table' || richToPlainText(node).trim() !== '';
}

/**
 * A proposal, decision or appeal text under its label, as the export prints it: a first paragraph
 * beside the label, the rest in the text column; with `points`, the top-level numbered list as the
 * seed's points ("1" at the text column). An empty label continues the row above (presenter row).
 */
export function RichBlock({ label, doc, points, widthPt }: { label: string; doc: RichDoc; points: boolean; widthPt: number }) {
  const blocks = doc.content.filter(isPrintable);
  const rendered = blocks.map((node, index) =>
    points && node.type === 'orderedList' ? (
      <ol key={index} className="preview-points">
        {(node.content ?? []).map((item, itemIndex) => renderRich(item, itemIndex, widthPt - pointIndentPt))}
      </ol>
    ) : (
      renderRich(node, index, widthPt)
    ),
  );
  const opensWithParagraph = blocks[0]?.type === 'paragraph';
  return (
    <Labelled label={label === '' ? undefined : label}>
      {opensWithParagraph || label === '' ? null : <LabelLine />}
      {rendered}
    </Labelled>
  );
}
