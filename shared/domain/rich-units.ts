// The units of a rich text as a reader counts them (issue 9): paragraphs, headings, list items
// ("kohta 2", "2.1") and table cells ("taulukko 1, rivi 3, sarake 2"). Versions are compared,
// summarised and reviewed unit by unit, never as one flat string, and a Word review copy's
// tracked changes and comments are placed by unit and character offset.
//
// A unit's text is what prints: text, a live value's figure, a hard break as "\n"; marks (bold,
// links, comment anchors) are not text. A list item's own text is its paragraphs (joined by
// "\n"); its nested lists are units of their own. A table cell is one unit with all its text.
// Empty paragraphs, headings and list items print nothing (export, preview) and are no units;
// every table cell is one, empty or not, so that tables keep their shape.
import type { UnitKind, UnitPlace } from './compare-types';
import { liveValueText } from './rich-text';
import type { RichDoc, RichMark, RichNode } from './rich-text';
import { hasPrintableText } from './rich-text';
import { tableGrid } from './rich-table';

/** Indices through `content` arrays from the doc: [2, 0, 1] is doc.content[2].content[0].content[1]. */
export type NodePath = readonly number[];

/** One inline node of a unit, with where its text stands in the unit's text. */
export interface UnitSegment {
  kind: 'text' | 'liveValue' | 'hardBreak';
  /** Character range in the unit's text. */
  from: number;
  to: number;
  text: string;
  /** The node's marks as stored, comment anchors included (a reader rebuilding runs picks the ones it prints). */
  marks: readonly RichMark[];
  /** The inline node itself. */
  path: NodePath;
}

/** A paragraph or heading whose text is part of the unit; blocks are separated by "\n" in the unit's text. */
export interface UnitBlock {
  type: 'paragraph' | 'heading';
  path: NodePath;
  from: number;
  to: number;
}

export interface RichUnit {
  place: UnitPlace;
  text: string;
  /** The unit's node: a paragraph, heading, listItem, tableCell or tableHeader. */
  path: NodePath;
  blocks: UnitBlock[];
  segments: UnitSegment[];
  /** A numbered list's item: its number as printed ("2", "2.1"); null for every other unit. */
  point: string | null;
}

interface Counters {
  paragraph: number;
  heading: number;
  table: number;
}

class UnitBuilder {
  text = '';
  readonly blocks: UnitBlock[] = [];
  readonly segments: UnitSegment[] = [];

  /** Adds a paragraph or heading (and its inline nodes) to the unit's text. */
  addBlock(node: RichNode, path: NodePath): void {
    if (this.blocks.length > 0) this.text += '\n';
    const from = this.text.length;
    this.addInline(node.content ?? [], path);
    this.blocks.push({ type: node.type === 'heading' ? 'heading' : 'paragraph', path, from, to: this.text.length });
  }

  private addInline(nodes: readonly RichNode[], parent: NodePath): void {
    nodes.forEach((node, index) => {
      const path = [...parent, index];
      const text = node.type === 'text' ? (node.text ?? '') : node.type === 'liveValue' ? liveValueText(node) : node.type === 'hardBreak' ? '\n' : null;
      if (text === null) {
        // A block found inline (malformed JSON): its text still counts, as the export keeps it.
        this.addInline(node.content ?? [], path);
        return;
      }
      const kind = node.type === 'text' ? 'text' : node.type === 'liveValue' ? 'liveValue' : 'hardBreak';
      const from = this.text.length;
      this.text += text;
      this.segments.push({ kind, from, to: this.text.length, text, marks: node.marks ?? [], path });
    });
  }

  unit(place: UnitPlace, path: NodePath, point: string | null): RichUnit {
    return { place, text: this.text, path, blocks: this.blocks, segments: this.segments, point };
  }
}

function isTextBlock(node: RichNode): boolean {
  return node.type === 'paragraph' || node.type === 'heading';
}

function isList(node: RichNode): boolean {
  return node.type === 'bulletList' || node.type === 'orderedList';
}

/** Every paragraph and heading inside a node (a table cell's whole text), in document order. */
function addAllBlocks(builder: UnitBuilder, nodes: readonly RichNode[], parent: NodePath): void {
  nodes.forEach((node, index) => {
    const path = [...parent, index];
    if (isTextBlock(node)) {
      if (hasPrintableText(node.content)) builder.addBlock(node, path);
    } else addAllBlocks(builder, node.content ?? [], path);
  });
}

function listStart(list: RichNode): number {
  const start = list.attrs?.start;
  return list.type === 'orderedList' && typeof start === 'number' && Number.isInteger(start) ? start : 1;
}

function place(kind: UnitKind, index: number[]): UnitPlace {
  return { kind, index };
}

function tableUnits(table: RichNode, path: NodePath, counters: Counters, out: RichUnit[]): void {
  counters.table += 1;
  const grid = tableGrid(table);
  const rowPaths = new Map<RichNode, number>((table.content ?? []).map((row, index) => [row, index]));
  for (const cell of grid.cells) {
    const row = grid.rows[cell.row];
    const rowIndex = row === undefined ? undefined : rowPaths.get(row);
    const cellIndex = row?.content?.indexOf(cell.node) ?? -1;
    if (rowIndex === undefined || cellIndex < 0) continue;
    const cellPath = [...path, rowIndex, cellIndex];
    const builder = new UnitBuilder();
    addAllBlocks(builder, cell.node.content ?? [], cellPath);
    out.push(builder.unit({ kind: 'tableCell', index: [counters.table], row: cell.row + 1, column: cell.column + 1 }, cellPath, null));
  }
}

function listUnits(list: RichNode, path: NodePath, parentIndex: readonly number[], counters: Counters, out: RichUnit[]): void {
  const ordered = list.type === 'orderedList';
  const start = listStart(list);
  (list.content ?? []).forEach((item, position) => {
    const itemPath = [...path, position];
    const index = [...parentIndex, start + position];
    const builder = new UnitBuilder();
    // The item's own text first (it prints at its number), then whatever it holds below.
    const below: { node: RichNode; path: NodePath }[] = [];
    (item.type === 'listItem' ? (item.content ?? []) : [item]).forEach((child, childIndex) => {
      const childPath = item.type === 'listItem' ? [...itemPath, childIndex] : itemPath;
      if (isTextBlock(child)) {
        if (hasPrintableText(child.content)) builder.addBlock(child, childPath);
      } else below.push({ node: child, path: childPath });
    });
    if (builder.blocks.length > 0) out.push(builder.unit(place('listItem', index), itemPath, ordered ? index.join('.') : null));
    for (const child of below) {
      if (isList(child.node)) listUnits(child.node, child.path, index, counters, out);
      else blockUnits([child.node], child.path.slice(0, -1), counters, out, child.path.at(-1) ?? 0);
    }
  });
}

function blockUnits(nodes: readonly RichNode[], parent: NodePath, counters: Counters, out: RichUnit[], firstIndex = 0): void {
  nodes.forEach((node, offset) => {
    const path = [...parent, firstIndex + offset];
    if (isTextBlock(node)) {
      if (!hasPrintableText(node.content)) return;
      const kind = node.type === 'heading' ? 'heading' : 'paragraph';
      counters[kind] += 1;
      const builder = new UnitBuilder();
      builder.addBlock(node, path);
      out.push(builder.unit(place(kind, [counters[kind]]), path, null));
    } else if (isList(node)) listUnits(node, path, [], counters, out);
    else if (node.type === 'table') tableUnits(node, path, counters, out);
    // Containers out of place (malformed or pasted JSON) are read through; inline nodes at
    // block level are no unit (the editor never makes one).
    else if (node.content) blockUnits(node.content, path, counters, out);
  });
}

/** The units of a rich text in document order; none for null (a decision not written yet). */
export function richUnits(doc: RichDoc | null): RichUnit[] {
  if (doc === null) return [];
  const out: RichUnit[] = [];
  blockUnits(doc.content, [], { paragraph: 0, heading: 0, table: 0 }, out);
  return out;
}

export function samePath(a: NodePath, b: NodePath): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** The unit whose node is at `path`, or null. */
export function unitAt(doc: RichDoc | null, path: NodePath): RichUnit | null {
  return richUnits(doc).find((unit) => samePath(unit.path, path)) ?? null;
}

/** The node at a path, or undefined when the path leads nowhere. */
export function nodeAt(doc: RichDoc, path: NodePath): RichNode | undefined {
  let nodes: readonly RichNode[] | undefined = doc.content;
  let node: RichNode | undefined;
  for (const index of path) {
    node = nodes?.[index];
    if (node === undefined) return undefined;
    nodes = node.content;
  }
  return node;
}

/** A copy of the doc with the node at `path` replaced; the rest is shared, not copied. */
export function replaceNodeAt(doc: RichDoc, path: NodePath, replacement: RichNode): RichDoc {
  const replaceIn = (nodes: readonly RichNode[], depth: number): RichNode[] => {
    const index = path[depth] ?? -1;
    const node = nodes[index];
    if (node === undefined) throw new RangeError(`No node at ${path.join('.')}`);
    const next = depth === path.length - 1 ? replacement : { ...node, content: replaceIn(node.content ?? [], depth + 1) };
    return nodes.map((candidate, at) => (at === index ? next : candidate));
  };
  return { ...doc, content: replaceIn(doc.content, 0) };
}
