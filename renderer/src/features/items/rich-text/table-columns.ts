// Column widths in the editor. Dragging a column border (prosemirror-tables' column resizing)
// writes the width of that one column; the export scales the editor's widths to the page only when
// every column has one, so the widths the other columns had on screen are written at once too.
// Keyboard users widen or narrow the column at the cursor from the toolbar, or give the widths back
// to the content (the export then sizes the columns from their text).
import { Extension } from '@tiptap/core';
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { columnResizingPluginKey, isInTable, selectedRect, TableMap } from '@tiptap/pm/tables';

/** The narrowest column the editor writes, in its pixels. */
const minColumnPx = 30;

function colwidthOf(cell: PmNode): (number | null)[] {
  const widths = cell.attrs.colwidth as unknown;
  return Array.isArray(widths) ? (widths as unknown[]).map((width) => (typeof width === 'number' && width > 0 ? width : null)) : [];
}

/** Each column's width: the one written in the table, else the one drawn on screen now. */
function columnWidths(view: EditorView, table: PmNode, tableStart: number, map: TableMap): number[] {
  const widths: number[] = [];
  for (let column = 0; column < map.width; column += 1) {
    const cellPos = map.map[column] ?? 0;
    const cell = table.nodeAt(cellPos);
    const rect = map.findCell(cellPos);
    const written = cell ? colwidthOf(cell)[column - rect.left] : null;
    const dom = view.nodeDOM(tableStart + cellPos);
    const drawn = dom instanceof HTMLElement ? dom.getBoundingClientRect().width / (rect.right - rect.left) : minColumnPx;
    widths.push(Math.round(written ?? Math.max(minColumnPx, drawn)));
  }
  return widths;
}

/** Writes every cell's colwidth from one width per column. */
function writeWidths(tr: Transaction, table: PmNode, tableStart: number, map: TableMap, widths: (number | null)[]): void {
  const done = new Set<number>();
  for (const cellPos of map.map) {
    if (done.has(cellPos)) continue;
    done.add(cellPos);
    const cell = table.nodeAt(cellPos);
    if (!cell) continue;
    const rect = map.findCell(cellPos);
    const own = widths.slice(rect.left, rect.right);
    const colwidth = own.every((width): width is number => typeof width === 'number') ? own : null;
    if (JSON.stringify(colwidth) !== JSON.stringify(cell.attrs.colwidth)) tr.setNodeMarkup(tr.mapping.map(tableStart + cellPos), null, { ...cell.attrs, colwidth });
  }
}

/** Widens (factor > 1) or narrows the column at the cursor; the other columns keep their widths. */
export function resizeColumnAtCursor(editor: Editor, factor: number): boolean {
  const { state, view } = editor;
  if (!isInTable(state)) return false;
  const rect = selectedRect(state);
  const widths = columnWidths(view, rect.table, rect.tableStart, rect.map);
  widths[rect.left] = Math.max(minColumnPx, Math.round((widths[rect.left] ?? minColumnPx) * factor));
  const tr = state.tr;
  writeWidths(tr, rect.table, rect.tableStart, rect.map, widths);
  view.dispatch(tr);
  return true;
}

/** Forgets the table's widths: the export and the preview size its columns from their content. */
export function clearColumnWidths(editor: Editor): boolean {
  const { state, view } = editor;
  if (!isInTable(state)) return false;
  const rect = selectedRect(state);
  const tr = state.tr;
  writeWidths(tr, rect.table, rect.tableStart, rect.map, Array.from({ length: rect.map.width }, () => null));
  view.dispatch(tr);
  return true;
}

/** Tables where some columns have a width and others not (one column was just dragged). */
function partlySized(doc: PmNode): { table: PmNode; tableStart: number; map: TableMap }[] {
  const found: { table: PmNode; tableStart: number; map: TableMap }[] = [];
  doc.descendants((node, pos) => {
    // Tables stand in blocks that hold blocks (lists, cells), never inside a paragraph.
    if (node.type.name !== 'table') return !node.isTextblock;
    const map = TableMap.get(node);
    const known = Array.from({ length: map.width }, (_, column) => {
      const cellPos = map.map[column] ?? 0;
      const cell = node.nodeAt(cellPos);
      return cell ? colwidthOf(cell)[column - map.findCell(cellPos).left] != null : false;
    });
    if (known.some(Boolean) && !known.every(Boolean)) found.push({ table: node, tableStart: pos + 1, map });
    return false;
  });
  return found;
}

const completeKey = new PluginKey('completeColumnWidths');

/** After a drag sized one column, writes the widths the others are drawn at, in one more step. */
export const CompleteColumnWidths = Extension.create({
  name: 'completeColumnWidths',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: completeKey,
        view: () => {
          let scheduled = false;
          const complete = (view: EditorView) => {
            scheduled = false;
            if (view.isDestroyed || !view.editable) return;
            const tables = partlySized(view.state.doc);
            if (tables.length === 0) return;
            const tr = view.state.tr;
            for (const { table, tableStart, map } of tables) writeWidths(tr, table, tableStart, map, columnWidths(view, table, tableStart, map));
            view.dispatch(tr);
          };
          return {
            update: (view, previous) => {
              // Only when a drag has just ended: a stored table is never rewritten by being opened.
              const dragEnded = Boolean(columnResizingPluginKey.getState(previous)?.dragging) && !columnResizingPluginKey.getState(view.state)?.dragging;
              if (scheduled || !dragEnded || !view.editable) return;
              scheduled = true;
              // Not inside this update: ProseMirror finishes drawing first, and the widths are measured then.
              queueMicrotask(() => { complete(view); });
            },
          };
        },
      }),
    ];
  },
});
