// The history of an item (issue 9): listed without parsing snapshots, summaries of versions
// written before migration 009 filled once and stored, restore as a new version, and a change of
// comment anchors only replacing the latest version in place.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ItemService } from '../../../electron/services/items/item-service';
import { writeItemVersion } from '../../../electron/services/items/item-write';
import { VersionsService } from '../../../electron/services/review/versions-service';
import { ReviewService } from '../../../electron/services/review/review-service';
import type { AgendaItem } from '../../../shared/domain/item';
import { draftOf } from '../../../shared/domain/item-schema';
import { paragraphsDoc } from '../../../shared/domain/rich-text';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { openTestDb, rejection } from '../items/helpers';
import type { TestDb } from '../items/helpers';
import { actAs, addUsers, readyItem } from './helpers';
import type { Users } from './helpers';

let t: TestDb;
let users: Users;
let items: ItemService;
let versions: VersionsService;
beforeEach(async () => {
  t = openTestDb();
  users = await addUsers(t.deps);
  items = new ItemService(t.deps);
  versions = new VersionsService(t.deps);
  await actAs(t.deps, users.secretary);
});
afterEach(() => {
  t.cleanup();
});

async function edit(item: AgendaItem, change: Partial<AgendaItem>): Promise<AgendaItem> {
  t.advance(120_000);
  return items.update(item.id, { ...draftOf(item), ...draftOf({ ...item, ...change }) }, item.updatedAt);
}

describe('versions:list', () => {
  it('fills the summaries of versions written before migration 009 once, and stores them', async () => {
    const item = await readyItem(t.deps);
    await edit(item, { title: 'Koulukuljetusten hankinta 2025' });
    t.handle.sqlite.prepare('UPDATE item_versions SET summary = NULL, author_id = NULL, author_name = ? WHERE item_id = ?').run('', item.id);
    const listed = await versions.list(item.id);
    expect(listed[0]?.summary).toBeNull();
    expect(listed.at(-1)?.summary?.fields.map((field) => field.field)).toEqual(['title']);
    const stored = t.handle.sqlite.prepare('SELECT count(*) AS n FROM item_versions WHERE item_id = ? AND summary IS NULL').get(item.id);
    expect(stored).toEqual({ n: 0 });
    expect(await versions.list(item.id)).toEqual(listed);
  });

  it('answers NOT_FOUND for an unknown item', async () => {
    expect((await rejection(versions.list('nope'))).code).toBe('NOT_FOUND');
  });
});

describe('versions:restore', () => {
  it('makes the old content a new version with its note, keeps the status, and refuses stale and frozen restores', async () => {
    const item = await readyItem(t.deps);
    const before = await versions.list(item.id);
    const v = before.at(-1)?.version ?? 0;
    const edited = await edit(item, { title: 'Väärä otsikko', background: paragraphsDoc(['Poistettu vahingossa.']) });
    expect((await rejection(versions.restore(item.id, v, item.updatedAt))).code).toBe('CONFLICT');
    expect((await rejection(versions.restore(item.id, 999, edited.updatedAt))).code).toBe('NOT_FOUND');
    t.advance(120_000);
    const restored = await versions.restore(item.id, v, edited.updatedAt);
    expect([restored.title, restored.background, restored.status]).toEqual([item.title, item.background, 'luonnos']);
    const after = await versions.list(item.id);
    expect(after).toHaveLength(before.length + 2);
    expect(after.at(-1)).toMatchObject({ reason: 'restoreVersion', note: `Palautettu versiosta ${String(v)}`, author: { name: 'Sanna Sihteeri' } });
    // Nothing lost: the wrong edit is still a version of its own.
    expect(after.at(-2)?.summary?.fields.map((field) => field.field)).toEqual(['title', 'background']);

    await actAs(t.deps, users.director);
    const approved = await new ReviewService(t.deps).approve(item.id, restored.updatedAt);
    const frozen = await rejection(versions.restore(item.id, 1, approved.updatedAt));
    expect([frozen.code, frozen.fields]).toEqual(['FROZEN', [{ path: 'version', message: 'reviewService.error.restoreFrozen' }]]);
  });
});

function marked(doc: RichDoc, id: string): RichDoc {
  const [first, ...rest] = doc.content;
  const text = first?.content?.[0]?.text ?? '';
  return { ...doc, content: [{ type: 'paragraph', content: [{ type: 'text', text: text.slice(0, 5) }, { type: 'text', text: text.slice(5), marks: [{ type: 'comment', attrs: { id } }] }] }, ...rest] };
}

describe('a change of comment anchors only', () => {
  it('replaces the latest version in place instead of adding one; a text change after it is a new version', async () => {
    const item = await readyItem(t.deps);
    const count = (await versions.list(item.id)).length;
    t.advance(120_000);
    const withMark: AgendaItem = { ...item, background: marked(item.background, 'c1'), updatedAt: new Date(Date.parse(item.updatedAt) + 120_000).toISOString() };
    await t.deps.db.transaction().execute((trx) => writeItemVersion(trx, withMark, 'update', t.deps.now(), { actor: { personId: users.director.id, name: 'Mikko Saari' } }));
    const listed = await versions.list(item.id);
    expect(listed).toHaveLength(count);
    // The version keeps its author and summary; its snapshot carries the mark.
    expect(listed.at(-1)?.author.name).toBe('Sanna Sihteeri');
    const snapshot = JSON.parse((t.handle.sqlite.prepare('SELECT snapshot FROM item_versions WHERE item_id = ? ORDER BY version DESC LIMIT 1').get(item.id) as { snapshot: string }).snapshot) as AgendaItem;
    expect(JSON.stringify(snapshot.background)).toContain('"comment"');
    expect((await items.get(item.id)).updatedAt).toBe(withMark.updatedAt);

    t.advance(120_000);
    const changed: AgendaItem = { ...withMark, title: 'Uusi', updatedAt: new Date(Date.parse(withMark.updatedAt) + 120_000).toISOString() };
    await t.deps.db.transaction().execute((trx) => writeItemVersion(trx, changed, 'update', t.deps.now(), { actor: { personId: users.secretary.id, name: 'Sanna Sihteeri' } }));
    expect(await versions.list(item.id)).toHaveLength(count + 1);
  });
});

describe('versions:compare', () => {
  it('compares two stored versions word by word, field by field', async () => {
    const item = await readyItem(t.deps);
    const first = (await versions.list(item.id)).at(-1)?.version ?? 0;
    await edit(item, { background: paragraphsDoc(['Koulukuljetukset kilpailutetaan uudelleen.', 'Tarjouksia saatiin kolme.']) });
    const last = (await versions.list(item.id)).at(-1)?.version ?? 0;
    const comparison = await versions.compare(item.id, first, last);
    expect([comparison.itemId, comparison.from, comparison.to]).toEqual([item.id, first, last]);
    const background = comparison.fields.find((field) => field.field === 'background');
    expect(background?.changed).toBe(1);
    const changed = background?.units.find((unit) => unit.change === 'changed');
    expect(changed?.parts.filter((part) => part.op === 'ins').map((part) => part.text.trim())).toEqual(['uudelleen']);
    expect((await rejection(versions.compare(item.id, first, 999))).code).toBe('NOT_FOUND');
  });
});

describe('a comment anchor saved by the editor', () => {
  it('is no new version through items:update, and the item keeps its text', async () => {
    const item = await readyItem(t.deps);
    const count = (await versions.list(item.id)).length;
    t.advance(120_000);
    const saved = await items.update(item.id, { ...draftOf(item), background: marked(item.background, '6f1c2b7e-7a53-4f0e-9d59-2b7a4c1d0e11') }, item.updatedAt);
    expect(JSON.stringify(saved.background)).toContain('6f1c2b7e-7a53-4f0e-9d59-2b7a4c1d0e11');
    expect(saved.updatedAt).not.toBe(item.updatedAt);
    expect(await versions.list(item.id)).toHaveLength(count);
    // Saving the same again is no change at all.
    expect((await items.update(item.id, draftOf(saved), saved.updatedAt)).updatedAt).toBe(saved.updatedAt);
  });
});
