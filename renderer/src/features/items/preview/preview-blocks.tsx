// The export's building blocks (electron/export/labelled.ts) as preview elements: a label with its
// text, lines of text under one label, and numbered points "1", "2", "3" in the text column.
import type { ReactNode } from 'react';
import { inlineLabelMaxChars } from '../../../../../shared/domain/page-geometry';
import { richToPlainText } from '../../../../../shared/domain/rich-text';
import type { RichDoc, RichNode } from '../../../../../shared/domain/rich-text';
import { renderRich } from './rich-preview';

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

function isPrintable(node: RichNode): boolean {
  return node.type === 'table' || richToPlainText(node).trim() !== '';
}

/**
 * A proposal, decision or appeal text under its label, as the export prints it: a first paragraph
 * beside the label, the rest in the text column; with `points`, the top-level numbered list as the
 * seed's points ("1" at the text column). An empty label continues the row above (presenter row).
 */
export function RichBlock({ label, doc, points }: { label: string; doc: RichDoc; points: boolean }) {
  const blocks = doc.content.filter(isPrintable);
  const rendered = blocks.map((node, index) =>
    points && node.type === 'orderedList' ? (
      <ol key={index} className="preview-points">
        {(node.content ?? []).map((item, itemIndex) => renderRich(item, itemIndex))}
      </ol>
    ) : (
      renderRich(node, index)
    ),
  );
  const opensWithParagraph = blocks[0]?.type === 'paragraph';
  return (
    <Labelled label={label === '' ? undefined : label}>
      {opensWithParagraph || label === '' ? null : <p>{emptyLine}</p>}
      {rendered}
    </Labelled>
  );
}
