// A new item is stored by the editor's first change (issue 7): items:newDraft writes nothing,
// items:create takes the editor's id and draft, and a second create of the same id is refused.
// Through the real handler table on a demo data folder, counting rows and versions in the file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/services/app-context';
import type { AppContext } from '../../../electron/services/app-context-types';
import { dispatch } from '../../../electron/services/dispatch';
import { collectLiveValues } from '../../../electron/services/items/live-values';
import type { AgendaItem } from '../../../shared/domain/item';
import type { ItemDraft } from '../../../shared/domain/item-schema';
import type { Envelope } from '../../../shared/ipc/define';

let dir: string;
let context: AppContext;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-lazy-'));
  context = openAppContext({ dataDir: dir, seedDemoIfNew: true });
  // The demo's meetings are made asynchronously; the counts below read the file directly.
  await context.ready();
});
afterAll(() => {
  context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const call = (channel: string, input: unknown): Promise<Envelope<unknown>> => dispatch(context.handlers, channel, input);
async function ok<T>(channel: string, input: unknown): Promise<T> {
  const envelope = await call(channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

function counts(): { items: number; versions: number } {
  const sqlite = new Database(path.join(dir, 'pykala.sqlite3'), { readonly: true, fileMustExist: true });
  try {
    const items = (sqlite.prepare('SELECT count(*) AS n FROM agenda_items').get() as { n: number }).n;
    const versions = (sqlite.prepare('SELECT count(*) AS n FROM item_versions').get() as { n: number }).n;
    return { items, versions };
  } finally {
    sqlite.close();
  }
}

describe('a new item, stored by its first change', () => {
  it('gives the starting draft of either template and writes nothing', async () => {
    const before = counts();
    const empty = await ok<ItemDraft>('items:newDraft', { template: 'empty' });
    const review = await ok<ItemDraft>('items:newDraft', { template: 'projectReview', meetingDate: '2024-01-23' });
    expect(empty.title).toBe('Uusi asia');
    // The review's year is its meeting's, not the clock's.
    expect([review.title, review.meetingDate]).toEqual(['Kehittämishankkeiden ajankohtaiskatsaus 2024', '2024-01-23']);
    // The review's live figure is read from the register, as an opened item's would be.
    const [figure] = collectLiveValues(review.background);
    const register = await ok<{ text: string }>('items:resolveLiveValue', { metric: figure?.metric, activeOn: figure?.activeOn, areas: figure?.areas });
    expect(figure?.text).toBe(register.text);
    expect(register.text).toMatch(/^\d+$/u);
    expect(counts()).toEqual(before);
  });

  it('creates the item under the editor’s id with the editor’s draft: one row, one version', async () => {
    const before = counts();
    const id = randomUUID();
    const draft = { ...(await ok<ItemDraft>('items:newDraft', { template: 'empty' })), title: 'Ensimmäinen muutos' };
    const created = await ok<AgendaItem>('items:create', { id, draft });
    expect(created).toMatchObject({ id, title: 'Ensimmäinen muutos', status: 'luonnos' });
    expect((await ok<AgendaItem>('items:get', { id })).title).toBe('Ensimmäinen muutos');
    expect(counts()).toEqual({ items: before.items + 1, versions: before.versions + 1 });
  });

  it('refuses a second create of the same id (another tab, a repeated save) and changes nothing', async () => {
    const id = randomUUID();
    const draft = await ok<ItemDraft>('items:newDraft', { template: 'empty' });
    await ok('items:create', { id, draft: { ...draft, title: 'Ensimmäinen' } });
    const before = counts();
    const again = await call('items:create', { id, draft: { ...draft, title: 'Toinen' } });
    expect(again.ok ? null : again.error.code).toBe('CONFLICT');
    expect((await ok<AgendaItem>('items:get', { id })).title).toBe('Ensimmäinen');
    expect(counts()).toEqual(before);
  });

  it('refuses an id that is not a UUID, and an invalid draft, without writing', async () => {
    const before = counts();
    const draft = await ok<ItemDraft>('items:newDraft', { template: 'empty' });
    const badId = await call('items:create', { id: '../x', draft });
    expect(badId.ok ? null : badId.error.code).toBe('VALIDATION');
    const badDraft = await call('items:create', { id: randomUUID(), draft: { ...draft, title: ' ' } });
    expect(badDraft.ok ? null : badDraft.error.fields?.map((field) => field.path)).toEqual(['draft.title']);
    expect(counts()).toEqual(before);
  });
});
