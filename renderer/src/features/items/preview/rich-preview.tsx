// The stored rich text as read-only React elements, the same way the Word export reads it
// (electron/export/rich-blocks.ts, rich-table.ts): empty paragraphs, headings and list items are
// not printed, table columns get the export's widths (shared/domain/rich-table.ts) and cells their
// spans and alignment.
import type { ReactNode } from 'react';
import { tableColumnWidthsPt, tableGrid } from '../../../../../shared/domain/rich-table';
import { cellPaddingPt } from '../../../../../shared/domain/rich-table';
import { hasPrintableText, tableCellAligns } from '../../../../../shared/domain/rich-text';
import type { LiveValueAttrs, RichMark, RichNode } from '../../../../../shared/domain/rich-text';
import { pointsPerCm } from '../../../../../shared/domain/page-geometry';
import { isSafeHref } from '../rich-text/extensions';

/** One list level indents its text 0.75 cm, as exported (styles.ts listStep). */
const listIndentPt = 0.75 * pointsPerCm;

function withMarks(text: string, marks: RichMark[] | undefined, key: number): ReactNode {
  return (marks ?? []).reduce<ReactNode>((inner, mark) => {
    switch (mark.type) {
      case 'bold':
        return <strong>{inner}</strong>;
      case 'italic':
        return <em>{inner}</em>;
      case 'underline':
        return <u>{inner}</u>;
      case 'link': {
        const href = typeof mark.attrs?.href === 'string' && isSafeHref(mark.attrs.href) ? mark.attrs.href : undefined;
        // Links in the preview are shown, not followed: tabbing through the page stays in the form.
        return <span className="preview-link" title={href}>{inner}</span>;
      }
      // A review comment's anchor never prints: the words show as they are.
      case 'comment':
        return inner;
    }
  }, <span key={key}>{text}</span>);
}

function alignClass(node: RichNode): string | undefined {
  const align = tableCellAligns.find((value) => value === node.attrs?.align);
  return align ? `preview-cell--${align}` : undefined;
}

function PreviewTable({ node, widthPt }: { node: RichNode; widthPt: number }) {
  const grid = tableGrid(node);
  if (grid.rows.length === 0 || grid.columns === 0) return null;
  const widths = tableColumnWidthsPt(node, widthPt);
  return (
    <table className="preview-table">
      <colgroup>
        {widths.map((width, index) => (
          <col key={index} style={{ width: `${String((width / widthPt) * 100)}%` }} />
        ))}
      </colgroup>
      <tbody>
        {grid.rows.map((_, rowIndex) => (
          <tr key={rowIndex}>
            {grid.cells
              .filter((cell) => cell.row === rowIndex)
              .map((cell, index) => {
                const Cell = cell.node.type === 'tableHeader' ? 'th' : 'td';
                const cellWidth = widths.slice(cell.column, cell.column + cell.colspan).reduce((sum, width) => sum + width, 0);
                return (
                  <Cell key={index} className={alignClass(cell.node)} colSpan={cell.colspan > 1 ? cell.colspan : undefined} rowSpan={cell.rowspan > 1 ? cell.rowspan : undefined}>
                    {renderBlocks(cell.node.content, cellWidth - 2 * cellPaddingPt)}
                  </Cell>
                );
              })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function renderInline(nodes: readonly RichNode[] | undefined): ReactNode[] {
  return (nodes ?? []).map((node, index) => renderRich(node, index, 0));
}

function renderBlocks(nodes: readonly RichNode[] | undefined, widthPt: number): ReactNode[] {
  return (nodes ?? []).map((node, index) => renderRich(node, index, widthPt));
}

/** A list item prints when it has text of its own or a list that does. */
function printedItems(list: RichNode): RichNode[] {
  return (list.content ?? []).filter((item) => hasPrintableText(item.content));
}

/** One node; widthPt is the room a table here may take (the text column, less list indents or cell padding). */
export function renderRich(node: RichNode, key: number, widthPt: number): ReactNode {
  switch (node.type) {
    case 'doc':
      return <>{renderBlocks(node.content, widthPt)}</>;
    case 'paragraph':
      return hasPrintableText(node.content) ? <p key={key}>{renderInline(node.content)}</p> : null;
    case 'text':
      return <span key={key}>{withMarks(node.text ?? '', node.marks, key)}</span>;
    case 'heading':
      if (!hasPrintableText(node.content)) return null;
      return node.attrs?.level === 1 ? <p key={key} className="preview-h1">{renderInline(node.content)}</p> : <p key={key} className="preview-h2">{renderInline(node.content)}</p>;
    case 'bulletList':
    case 'orderedList': {
      const items = printedItems(node);
      if (items.length === 0) return null;
      const children = items.map((item, index) => renderRich(item, index, widthPt - listIndentPt));
      return node.type === 'bulletList' ? <ul key={key}>{children}</ul> : <ol key={key}>{children}</ol>;
    }
    case 'listItem':
      return <li key={key}>{renderBlocks(node.content, widthPt)}</li>;
    case 'table':
      return <PreviewTable key={key} node={node} widthPt={widthPt} />;
    // Rows and cells outside a table (malformed input): their text, as the export keeps it.
    case 'tableRow':
    case 'tableHeader':
    case 'tableCell':
      return <div key={key}>{renderBlocks(node.content, widthPt)}</div>;
    case 'hardBreak':
      return <br key={key} />;
    case 'liveValue': {
      const attrs = (node.attrs ?? {}) as Partial<LiveValueAttrs>;
      return <span key={key}>{attrs.frozenText ?? attrs.text ?? ''}</span>;
    }
  }
}
