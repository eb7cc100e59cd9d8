// The stored rich text as read-only React elements, the same way the Word export reads it.
import type { ReactNode } from 'react';
import type { LiveValueAttrs, RichMark, RichNode } from '../../../../../shared/domain/rich-text';
import { isSafeHref } from '../rich-text/extensions';

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
    }
  }, <span key={key}>{text}</span>);
}

function isCell(node: RichNode): boolean {
  return node.type === 'tableCell' || node.type === 'tableHeader';
}

/** Column shares as the export sizes them (electron/export/rich-table.ts): the editor's widths, else equal columns. */
function columnShares(table: RichNode): number[] {
  const cells = (table.content?.[0]?.content ?? []).filter(isCell);
  const widths = cells.flatMap((cell) => (Array.isArray(cell.attrs?.colwidth) ? (cell.attrs.colwidth as unknown[]) : [null]));
  const known = widths.every((width): width is number => typeof width === 'number' && width > 0);
  const base = known ? widths : widths.map(() => 1);
  const total = base.reduce((sum, width) => sum + width, 0);
  return base.map((width) => (width / total) * 100);
}

export function renderRich(node: RichNode, key: number): ReactNode {
  const children = (node.content ?? []).map((child, index) => renderRich(child, index));
  switch (node.type) {
    case 'doc':
      return <>{children}</>;
    case 'paragraph':
      return <p key={key}>{children}</p>;
    case 'text':
      return <span key={key}>{withMarks(node.text ?? '', node.marks, key)}</span>;
    case 'heading':
      return node.attrs?.level === 1 ? <p key={key} className="preview-h1">{children}</p> : <p key={key} className="preview-h2">{children}</p>;
    case 'bulletList':
      return <ul key={key}>{children}</ul>;
    case 'orderedList':
      return <ol key={key}>{children}</ol>;
    case 'listItem':
      return <li key={key}>{children}</li>;
    case 'table':
      return (
        <table key={key} className="preview-table">
          <colgroup>
            {columnShares(node).map((share, index) => (
              <col key={index} style={{ width: `${String(share)}%` }} />
            ))}
          </colgroup>
          <tbody>{children}</tbody>
        </table>
      );
    case 'tableRow':
      return <tr key={key}>{children}</tr>;
    case 'tableHeader':
      return <th key={key}>{children}</th>;
    case 'tableCell':
      return <td key={key}>{children}</td>;
    case 'hardBreak':
      return <br key={key} />;
    case 'liveValue': {
      const attrs = (node.attrs ?? {}) as Partial<LiveValueAttrs>;
      return <span key={key}>{attrs.frozenText ?? attrs.text ?? ''}</span>;
    }
  }
}
