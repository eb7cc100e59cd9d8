// A save that changes nothing writes nothing: opening an item in the editor must not add a
// version, move "Muokattu" or trip the frozen-proposal check of an approved item.
import { openingWithPoints } from '../../../shared/domain/rich-text-build';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaItem, ItemStatus } from '../../../shared/domain/item';
import type { ItemDraft } from '../../../shared/domain/item-schema';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { draftOf } from '../../../electron/services/items/item-rules';
import { ItemService, versionCoalesceMs } from '../../../electron/services/items/item-service';
import { openTestDb, rejection } from './helpers';
import type { TestDb } from './helpers';

let t: TestDb;
let items: ItemService;

beforeEach(() => {
  t = openTestDb();
  items = new ItemService(t.deps);
});
afterEach(() => {
  t.cleanup();
});

/** A background as an importer or an older version may store it: no attributes at their defaults. */
const storedBackground: RichDoc = {
  type: 'doc',
  content: [
    { type: 'heading', content: [{ type: 'text', text: 'Tausta' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Katso ' },
        { type: 'text', text: 'OKM:n sivu', marks: [{ type: 'link', attrs: { href: 'https://okm.fi' } }, { type: 'bold' }] },
      ],
    },
    { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ensimmäinen' }] }] }] },
    { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lukio' }] }] }] }] },
  ],
};

/** The same text as the editor's getJSON() gives it back: every attribute filled, marks in schema order, texts split. */
const editorBackground: RichDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Tausta' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Katso' },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'OKM:n sivu', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://okm.fi', target: null, rel: 'noopener noreferrer nofollow', class: null, title: null } }] },
      ],
    },
    { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ensimmäinen' }] }] }] },
    {
      type: 'table',
      content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lukio' }] }] }] }],
    },
  ],
};


async function itemWith(draft: Partial<ItemDraft>, status: ItemStatus = 'luonnos'): Promise<AgendaItem> {
  const template = await items.create('projectReview', '2025-03-20');
  return items.createFromDraft({ ...draftOf(template), ...draft }, { status });
}

describe('ItemService.update with nothing changed', () => {
  it('creates no version and keeps updatedAt when the draft is the stored one', async () => {
    const item = await itemWith({ title: 'Tallennettu otsikko' });
    const versionsBefore = await items.versions(item.id);
    // Past the autosave coalescing window, where any save would add a version of its own.
    t.advance(versionCoalesceMs * 2);
    const opened = await items.get(item.id);
    const result = await items.update(item.id, draftOf(opened), opened.updatedAt);
    expect(result.updatedAt).toBe(item.updatedAt);
    expect((await items.get(item.id)).updatedAt).toBe(item.updatedAt);
    expect(await items.versions(item.id)).toEqual(versionsBefore);
    // The next real edit continues from the unchanged updatedAt.
    const edited = await items.update(item.id, { ...draftOf(opened), title: 'Muutettu otsikko' }, result.updatedAt);
    expect(edited.updatedAt > item.updatedAt).toBe(true);
    expect(await items.versions(item.id)).toHaveLength(versionsBefore.length + 1);
  });

  it('treats the editor form of a stored background (default attributes, mark order, split texts) as no change', async () => {
    const item = await itemWith({ background: storedBackground });
    const versionsBefore = await items.versions(item.id);
    t.advance(versionCoalesceMs * 2);
    const result = await items.update(item.id, { ...draftOf(item), background: editorBackground }, item.updatedAt);
    expect(result.updatedAt).toBe(item.updatedAt);
    expect(result.background).toEqual(storedBackground);
    expect(await items.versions(item.id)).toEqual(versionsBefore);
  });

  it('lets the decision of an approved item be saved although the editor normalised its background', async () => {
    const approved = await itemWith({ background: storedBackground }, 'kasitelty');
    const versionsBefore = await items.versions(approved.id);
    t.advance(versionCoalesceMs * 2);
    // Only opened: nothing is written and nothing is "frozen".
    const opened = await items.update(approved.id, { ...draftOf(approved), background: editorBackground }, approved.updatedAt);
    expect(opened.updatedAt).toBe(approved.updatedAt);
    expect(await items.versions(approved.id)).toEqual(versionsBefore);
    // The secretary writes the decision at the meeting.
    const decision = openingWithPoints('Lautakunta päätti', ['merkitä katsauksen tiedoksi']);
    const handled = await items.update(approved.id, { ...draftOf(approved), background: editorBackground, decision }, opened.updatedAt);
    expect(handled.decision).toEqual(decision);
    expect(handled.background).toEqual(approved.background);
    expect(await items.versions(approved.id)).toHaveLength(versionsBefore.length + 1);
  });

  it('still refuses a real change of an approved background', async () => {
    const approved = await itemWith({ background: storedBackground }, 'hyvaksytty');
    const changed: RichDoc = { ...editorBackground, content: editorBackground.content.slice(1) };
    const error = await rejection(items.update(approved.id, { ...draftOf(approved), background: changed }, approved.updatedAt));
    expect(error.code).toBe('FROZEN');
    expect(error.fields).toEqual([{ path: 'background', message: 'items.error.frozen' }]);
    expect((await items.get(approved.id)).updatedAt).toBe(approved.updatedAt);
  });

  it('sees a heading level or list start that differs from the default as a change', async () => {
    const item = await itemWith({ background: storedBackground });
    const [heading, ...rest] = editorBackground.content;
    const level2: RichDoc = { type: 'doc', content: [{ ...heading, type: 'heading', attrs: { level: 2 } }, ...rest] };
    t.advance(versionCoalesceMs * 2);
    const saved = await items.update(item.id, { ...draftOf(item), background: level2 }, item.updatedAt);
    expect(saved.updatedAt > item.updatedAt).toBe(true);
    expect(saved.background.content[0]?.attrs).toEqual({ level: 2 });
  });
});
