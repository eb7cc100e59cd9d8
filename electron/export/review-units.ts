// The units of a rich field as the review copy prints them: each paragraph, heading, list item and
// table cell, with the paragraph nodes it is printed from, so a word-level diff of the unit's text
// can be laid back onto the runs (and their bold, italic, underline and links).
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { DiffPart, UnitDiff, UnitKind } from '../../shared/domain/compare-types';
import type { RichDoc, RichNode } from '../../shared/domain/rich-text';
import { liveValueText } from './inline';

export interface ReviewUnit {
  kind: UnitKind;
  /** The paragraph and heading nodes the unit prints (a table cell or list item may hold several). */
  nodes: RichNode[];
  text: string;
}

/** The text of one paragraph's inline content as units count it: a line break is "\n". */
export function inlineText(nodes: readonly RichNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.text ?? '';
        case 'liveValue':
          return liveValueText(node);
        case 'hardBreak':
          return '\n';
        default:
          return inlineText(node.content);
      }
    })
    .join('');
}

const isTextBlock = (node: RichNode) => node.type === 'paragraph' || node.type === 'heading';

function unitOf(kind: UnitKind, nodes: RichNode[]): ReviewUnit {
  return { kind, nodes, text: nodes.map((node) => inlineText(node.content)).join('\n') };
}

/** Every text block under a node, in document order (a table cell's paragraphs). */
function textBlocks(node: RichNode): RichNode[] {
  if (isTextBlock(node)) return [node];
  return (node.content ?? []).flatMap(textBlocks);
}

function blockUnits(nodes: readonly RichNode[] | undefined): ReviewUnit[] {
  const out: ReviewUnit[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'paragraph') out.push(unitOf('paragraph', [node]));
    else if (node.type === 'heading') out.push(unitOf('heading', [node]));
    else if (node.type === 'bulletList' || node.type === 'orderedList') {
      for (const item of node.content ?? []) {
        const children = item.type === 'listItem' ? (item.content ?? []) : [item];
        out.push(unitOf('listItem', children.filter(isTextBlock)));
        out.push(...blockUnits(children.filter((child) => !isTextBlock(child))));
      }
    } else if (node.type === 'table') {
      for (const row of node.content ?? []) for (const cell of row.content ?? []) out.push(unitOf('tableCell', textBlocks(cell)));
    } else if (node.type === 'text' || node.type === 'liveValue' || node.type === 'hardBreak') {
      out.push(unitOf('paragraph', [{ type: 'paragraph', content: [node] }]));
    } else {
      out.push(...blockUnits(node.content));
    }
  }
  return out;
}

export function docUnits(doc: RichDoc | null): ReviewUnit[] {
  return doc === null ? [] : blockUnits(doc.content);
}

/** One unit of the comparison with the units it was made from (the old one, the new one or both). */
export interface AlignedUnit {
  diff: UnitDiff;
  before: ReviewUnit | null;
  after: ReviewUnit | null;
}

export function wordParts(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({ op: change.added ? 'ins' : change.removed ? 'del' : 'same', text: change.value }));
}

/**
 * The units of two versions of a field aligned on their texts (jsdiff's diffArrays), a removed
 * unit followed by an added one paired as a changed unit with a word-level diff.
 */
export function alignUnits(before: ReviewUnit[], after: ReviewUnit[]): AlignedUnit[] {
  const out: AlignedUnit[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  const place = (unit: ReviewUnit) => ({ kind: unit.kind, index: [out.length + 1] });
  const changes = diffArrays(before.map((unit) => unit.text), after.map((unit) => unit.text));
  for (let index = 0; index < changes.length; index += 1) {
    const change = changes[index];
    if (change === undefined) continue;
    const next = changes[index + 1];
    if (change.removed && next?.added === true) {
      const paired = Math.min(change.count, next.count);
      for (let k = 0; k < Math.max(change.count, next.count); k += 1) {
        const old = k < change.count ? before[oldIndex + k] : undefined;
        const now = k < next.count ? after[newIndex + k] : undefined;
        if (k < paired && old && now) out.push({ diff: { change: 'changed', place: place(now), before: old.text, after: now.text, parts: wordParts(old.text, now.text) }, before: old, after: now });
        else if (old) out.push({ diff: { change: 'removed', place: place(old), before: old.text, after: '', parts: [{ op: 'del', text: old.text }] }, before: old, after: null });
        else if (now) out.push({ diff: { change: 'added', place: place(now), before: '', after: now.text, parts: [{ op: 'ins', text: now.text }] }, before: null, after: now });
      }
      oldIndex += change.count;
      newIndex += next.count;
      index += 1;
      continue;
    }
    for (let k = 0; k < change.count; k += 1) {
      if (change.removed) {
        const old = before[oldIndex];
        oldIndex += 1;
        if (old) out.push({ diff: { change: 'removed', place: place(old), before: old.text, after: '', parts: [{ op: 'del', text: old.text }] }, before: old, after: null });
      } else if (change.added) {
        const now = after[newIndex];
        newIndex += 1;
        if (now) out.push({ diff: { change: 'added', place: place(now), before: '', after: now.text, parts: [{ op: 'ins', text: now.text }] }, before: null, after: now });
      } else {
        const old = before[oldIndex];
        const now = after[newIndex];
        oldIndex += 1;
        newIndex += 1;
        if (old && now) out.push({ diff: { change: 'same', place: place(now), before: old.text, after: now.text, parts: [{ op: 'same', text: now.text }] }, before: old, after: now });
      }
    }
  }
  return out;
}
