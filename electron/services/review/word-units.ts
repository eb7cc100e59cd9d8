// The item's text as read-back sees it: every paragraph-like block (paragraph, heading; in lists
// and table cells too) of the four fields, in document order, with its path in the rich text and
// its printed text. These are exactly the blocks the export writes as one Word paragraph each
// (empty ones print nothing), so a paragraph of the returned file is found among them by its text.
import type { ComparedField } from '../../../shared/domain/compare-types';
import type { AgendaItem } from '../../../shared/domain/item';
import type { LiveValueAttrs, RichDoc, RichNode } from '../../../shared/domain/rich-text';
import { hasPrintableText } from '../../../shared/domain/rich-text';

export interface TextUnit {
  field: ComparedField;
  /** Child indexes from the doc to the block (the title: []). */
  path: number[];
  text: string;
}

function inlineText(nodes: readonly RichNode[] | undefined): string {
  let out = '';
  for (const node of nodes ?? []) {
    if (node.type === 'text') out += node.text ?? '';
    else if (node.type === 'hardBreak') out += '\n';
    else if (node.type === 'liveValue') {
      const attrs = node.attrs as Partial<LiveValueAttrs> | undefined;
      out += attrs?.frozenText ?? attrs?.text ?? '';
    } else out += inlineText(node.content);
  }
  return out;
}

function blockUnits(field: ComparedField, nodes: readonly RichNode[], path: number[], out: TextUnit[]): void {
  nodes.forEach((node, index) => {
    const here = [...path, index];
    if (node.type === 'paragraph' || node.type === 'heading') {
      if (hasPrintableText(node.content)) out.push({ field, path: here, text: inlineText(node.content) });
    } else if (node.content) blockUnits(field, node.content, here, out);
  });
}

export function richUnitsOf(field: ComparedField, doc: RichDoc | null): TextUnit[] {
  const out: TextUnit[] = [];
  if (doc) blockUnits(field, doc.content, [], out);
  return out;
}

/** The item's units field by field, in the order the review copy prints them. */
export function itemUnits(item: AgendaItem): Map<ComparedField, TextUnit[]> {
  return new Map<ComparedField, TextUnit[]>([
    ['title', item.title.trim() === '' ? [] : [{ field: 'title', path: [], text: item.title }]],
    ['background', richUnitsOf('background', item.background)],
    ['proposal', richUnitsOf('proposal', item.proposal)],
    ['decision', richUnitsOf('decision', item.decision)],
  ]);
}

/** The rich document of a field (null for the title, which is plain text). */
export function fieldDoc(item: AgendaItem, field: ComparedField): RichDoc | null {
  switch (field) {
    case 'title':
      return null;
    case 'background':
      return item.background;
    case 'proposal':
      return item.proposal;
    case 'decision':
      return item.decision;
  }
}
