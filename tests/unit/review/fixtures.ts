// Drafts and rich texts for the review tests: the sentences of a real education board's items.
import { itemDraftSchema } from '../../../shared/domain/item-schema';
import type { ItemDraft } from '../../../shared/domain/item-schema';
import type { RichDoc, RichMark, RichNode } from '../../../shared/domain/rich-text';
import { docOf, headingNode, orderedListNode, paragraphNode } from '../../../shared/domain/rich-text-build';

export { docOf, headingNode, orderedListNode, paragraphNode };

export function text(value: string, ...marks: RichMark[]): RichNode {
  return { type: 'text', text: value, ...(marks.length > 0 ? { marks } : {}) };
}

export const bold: RichMark = { type: 'bold' };
export const comment = (id: string): RichMark => ({ type: 'comment', attrs: { id } });

export function para(...content: RichNode[]): RichNode {
  return { type: 'paragraph', content };
}

export function cell(value: string, header = false): RichNode {
  return { type: header ? 'tableHeader' : 'tableCell', content: [paragraphNode(value)] };
}

export function table(rows: string[][], headerRow = true): RichNode {
  return { type: 'table', content: rows.map((row, index) => ({ type: 'tableRow', content: row.map((value) => cell(value, headerRow && index === 0)) })) };
}

export function listItem(value: string, ...below: RichNode[]): RichNode {
  return { type: 'listItem', content: [paragraphNode(value), ...below] };
}

export function ordered(...items: RichNode[]): RichNode {
  return { type: 'orderedList', content: items };
}

export function bullets(...items: RichNode[]): RichNode {
  return { type: 'bulletList', content: items };
}

export const proposalOpening = 'Sivistyslautakunta päättää';

/** A valid draft: every default filled by the schema, as the service stores it. */
export function draft(parts: { title?: string; background?: RichDoc; proposal?: RichDoc; decision?: RichDoc | null; caseNumber?: string; presenterName?: string }): ItemDraft {
  return itemDraftSchema.parse({
    title: parts.title ?? 'Perusopetuksen tuntijako lukuvuodelle 2024–2025',
    background: parts.background ?? docOf(paragraphNode('Opetussuunnitelman mukainen tuntijako vahvistetaan vuosittain.')),
    proposal: parts.proposal ?? docOf(paragraphNode(proposalOpening), orderedListNode(['hyväksyä tuntijaon liitteen mukaisesti', 'antaa koulujen rehtoreille tiedoksi'])),
    decision: parts.decision ?? null,
    caseNumber: parts.caseNumber ?? 'SIV/123/2024',
    presenterName: parts.presenterName ?? 'Mikko Saari',
    appeal: { textId: null, text: docOf(paragraphNode('Oikaisuvaatimusohje')) },
    publicity: { kind: 'public' },
  });
}
