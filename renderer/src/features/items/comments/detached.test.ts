// "Irrallaan" as the pane shows it while the text is typed: the same rule as the service's read.
import { describe, expect, it } from 'vitest';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import type { RichDoc } from '../../../../../shared/domain/rich-text';
import type { ItemComment } from '../../../../../shared/domain/review';
import { anchoredIds, isDetached } from './detached';

const marked = (text: string, id: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'hyväksyä ' }, { type: 'text', text, marks: [{ type: 'bold' }, { type: 'comment', attrs: { id } }] }] }] }] }],
});

// Only the parts that carry comments matter here.
const draft = { title: 'Esiopetuksen kuljetukset', background: { type: 'doc', content: [] }, proposal: marked('suunnitelman', 'c1'), decision: null } as unknown as ItemDraft;

const comment = (field: ItemComment['field'], id: string, quote: string): ItemComment => ({
  id, itemId: 'i1', parentId: null, field, quote, body: 'x', author: { personId: null, name: '' }, createdAt: '', resolvedAt: null, resolvedBy: null, detached: false, source: 'app', updatedAt: '',
});

describe('detached comments as the form holds the text', () => {
  it('finds a rich field comment by its mark, deep in a list, whatever its other marks', () => {
    const anchored = anchoredIds(draft);
    expect(isDetached(comment('proposal', 'c1', 'suunnitelman'), draft, anchored)).toBe(false);
    // The same id in another field is not its anchor.
    expect(isDetached(comment('background', 'c1', 'suunnitelman'), draft, anchored)).toBe(true);
    expect(isDetached(comment('decision', 'c1', 'suunnitelman'), draft, anchored)).toBe(true);
  });

  it('detaches a comment whose mark is gone, though its words are still there', () => {
    const without = { ...draft, proposal: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'hyväksyä suunnitelman' }] }] } as RichDoc };
    expect(isDetached(comment('proposal', 'c1', 'suunnitelman'), without, anchoredIds(without))).toBe(true);
  });

  it('anchors a title comment by its quote', () => {
    expect(isDetached(comment('title', 't1', 'kuljetukset'), draft, anchoredIds(draft))).toBe(false);
    const renamed = { ...draft, title: 'Esiopetuksen kyydit' };
    expect(isDetached(comment('title', 't1', 'kuljetukset'), renamed, anchoredIds(renamed))).toBe(true);
  });
});
