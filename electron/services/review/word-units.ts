// The item's text as read-back sees it: every paragraph and heading of the four fields (in lists
// and table cells too), in document order, with its text. These are exactly the blocks the export
// writes as one Word paragraph each (empty ones print nothing), so a paragraph of the returned file
// is found among them by its text. Each knows its unit (logic's rich-units: a list item or table
// cell may hold several blocks) and where it starts in the unit's text, since changes and comment
// anchors are applied unit by unit.
import type { ComparedField } from '../../../shared/domain/compare-types';
import type { AgendaItem } from '../../../shared/domain/item';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { richUnits } from '../../../shared/domain/rich-units';
import type { NodePath } from '../../../shared/domain/rich-units';

export interface TextUnit {
  field: ComparedField;
  /** The block's path in the rich text (the title: []). */
  path: NodePath;
  /** The block's text as printed. */
  text: string;
  /** The path of the unit the block belongs to (logic's unit: paragraph, heading, list item, table cell). */
  unitPath: NodePath;
  /** Where the block's text starts in the unit's text. */
  base: number;
}

export function richUnitsOf(field: ComparedField, doc: RichDoc | null): TextUnit[] {
  return richUnits(doc).flatMap((unit) => unit.blocks.map((block) => ({ field, path: block.path, text: unit.text.slice(block.from, block.to), unitPath: unit.path, base: block.from })));
}

/** The item's blocks field by field, in the order the review copy prints them. */
export function itemUnits(item: AgendaItem): Map<ComparedField, TextUnit[]> {
  return new Map<ComparedField, TextUnit[]>([
    ['title', item.title.trim() === '' ? [] : [{ field: 'title', path: [], text: item.title, unitPath: [], base: 0 }]],
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
