// The review channels through the real handler table (openAppContext + dispatch): two app
// instances on one data folder each with their own user, taking the same step on the same read
// (the second is a CONFLICT); a read-only database and a full disk refuse cleanly and lose
// nothing; every channel of the contract has its handler.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/services/app-context';
import type { AppContext } from '../../../electron/services/app-context-types';
import { dispatch } from '../../../electron/services/dispatch';
import type { AgendaItem, Person } from '../../../shared/domain/item';
import { draftOf } from '../../../shared/domain/item-schema';
import { paragraphsDoc } from '../../../shared/domain/rich-text';
import { channels } from '../../../shared/ipc/contract';
import type { Channel, InputOf } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/ipc/define';
import type { SessionState } from '../../../shared/ipc/channels/review';
import { clearImmutable, diskFolder, fillDisk, makeImmutable, smallDisk } from '../storage';
import { tempDir } from '../db/helpers';

const fixedNow = () => new Date(2026, 10, 28, 15, 30);

async function call<T>(context: AppContext, channel: Channel, input: InputOf<Channel> | Record<string, unknown>): Promise<T> {
  const answer = await dispatch(context.handlers, channel, input);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message}`);
  return answer.value as T;
}

/** The secretary and the director as users, and an item ready to be sent (presenter Mikko Saari). */
async function setUp(context: AppContext): Promise<{ secretary: Person; director: Person; item: AgendaItem }> {
  const secretary = await call<Person>(context, 'people:save', { name: 'Sanna Sihteeri', role: 'valmistelija' });
  const director = await call<Person>(context, 'people:save', { name: 'Mikko Saari', role: 'esittelija' });
  await call(context, 'session:setUser', { personId: secretary.id });
  const created = await call<AgendaItem>(context, 'items:create', { template: 'empty' });
  const appeal = await call<AgendaItem>(context, 'items:get', { id: created.id });
  const item = await call<AgendaItem>(context, 'items:update', {
    id: created.id,
    expectedUpdatedAt: created.updatedAt,
    draft: {
      ...draftOf(appeal),
      title: 'Koulukuljetusten hankinta',
      background: paragraphsDoc(['Koulukuljetukset kilpailutetaan.']),
      proposal: paragraphsDoc(['Sivistyslautakunta päättää hyväksyä tarjouksen.']),
      preparerIds: [secretary.id],
      presenterName: 'Mikko Saari',
      appeal: { ...appeal.appeal, text: paragraphsDoc(['Oikaisuvaatimus Sivistyslautakunnalle, PL 1, 67101 Kokkola.']) },
    },
  });
  return { secretary, director, item };
}

function folderFiles(dir: string): Record<string, number> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((name) => [name, fs.statSync(path.join(dir, name)).size]));
}

describe('the review channels', () => {
  it('have a handler for every session, review, versions and comments channel (the Word read-back ones come from its own group)', () => {
    const dir = tempDir();
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: false, now: fixedNow });
    // review:readWord and review:applyWord are the word-readback branch's (issue 9); this list shrinks to nothing once it is merged.
    // files:save is each transport's own (the desktop's save dialog, the browser's download).
    const elsewhere = new Set<Channel>(['review:readWord', 'review:applyWord', 'files:save']);
    const missing = channels.filter((channel) => !elsewhere.has(channel) && !(channel in context.handlers));
    expect(missing).toEqual([]);
    context.close();
  });

  it('two app instances: each has its own user; the same step taken on the same read is a CONFLICT for the second', async () => {
    const dir = tempDir();
    const first = openAppContext({ dataDir: dir, seedDemoIfNew: false, now: fixedNow });
    const { secretary, director, item } = await setUp(first);
    const sent = await call<AgendaItem>(first, 'review:send', { id: item.id, message: 'Katsotko?', expectedUpdatedAt: item.updatedAt });

    const second = openAppContext({ dataDir: dir, seedDemoIfNew: false, now: fixedNow });
    // The second instance starts with the last choice (the secretary) and switches to the director.
    expect((await call<SessionState>(second, 'session:get', {})).user?.id).toBe(secretary.id);
    await call(second, 'session:setUser', { personId: director.id });
    await call(first, 'session:setUser', { personId: director.id });

    const approved = await dispatch(first.handlers, 'review:approve', { id: item.id, expectedUpdatedAt: sent.updatedAt });
    expect(approved).toMatchObject({ ok: true, value: { status: 'hyvaksytty' } });
    const returned = await dispatch(second.handlers, 'review:return', { id: item.id, reason: 'Korjaa.', expectedUpdatedAt: sent.updatedAt });
    expect(returned).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: [{ path: 'expectedUpdatedAt', message: 'reviewService.error.itemConflict' }] } });
    const again = await dispatch(second.handlers, 'review:approve', { id: item.id, expectedUpdatedAt: sent.updatedAt });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const state = await call<{ events: { kind: string }[] }>(second, 'review:state', { id: item.id });
    expect(state.events.map((event) => event.kind)).toEqual(['approved', 'sent']);

    // A return without its reason never reaches the service: the contract's Finnish message.
    expect(await dispatch(second.handlers, 'review:return', { id: item.id, reason: '  ', expectedUpdatedAt: sent.updatedAt })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'reason', message: 'review.error.reasonRequired' }] },
    });
    // Choosing someone without a role: a clear refusal.
    const helper = await call<Person>(first, 'people:save', { name: 'Liisa Lisätieto' });
    expect(await dispatch(first.handlers, 'session:setUser', { personId: helper.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ message: 'reviewService.error.notAUser' }] } });
    first.close();
    second.close();
  });

  it('a database turned read-only refuses review steps and comments with DB_READ_ONLY and loses nothing', async () => {
    const dir = diskFolder();
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: false, now: fixedNow });
    const { director, item } = await setUp(context);
    const sent = await call<AgendaItem>(context, 'review:send', { id: item.id, message: '', expectedUpdatedAt: item.updatedAt });
    await call(context, 'session:setUser', { personId: director.id });
    const file = path.join(dir, 'pykala.sqlite3');
    for (const name of [file, `${file}-wal`]) makeImmutable(name);

    expect(await dispatch(context.handlers, 'review:approve', { id: item.id, expectedUpdatedAt: sent.updatedAt })).toMatchObject({ ok: false, error: { code: 'DB_READ_ONLY' } });
    expect(await dispatch(context.handlers, 'comments:add', { id: crypto.randomUUID(), itemId: item.id, field: 'title', quote: 'hankinta', body: 'Tarkenna.' })).toMatchObject({ ok: false, error: { code: 'DB_READ_ONLY' } });
    // Reading still works, the history included.
    expect(await dispatch(context.handlers, 'items:get', { id: item.id })).toMatchObject({ ok: true, value: { status: 'tarkastettavana', updatedAt: sent.updatedAt } });
    expect(await dispatch(context.handlers, 'versions:list', { id: item.id })).toMatchObject({ ok: true });

    for (const name of [file, `${file}-wal`]) clearImmutable(name);
    expect(await dispatch(context.handlers, 'review:approve', { id: item.id, expectedUpdatedAt: sent.updatedAt })).toMatchObject({ ok: true, value: { status: 'hyvaksytty' } });
    context.close();
  });

  it('a full disk: DISK_FULL for a comment too long to fit, nothing half-saved, and it saves once there is room', async () => {
    const dir = smallDisk('16m');
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: false, now: fixedNow });
    const { item } = await setUp(context);
    const before = await call<unknown[]>(context, 'comments:list', { itemId: item.id });
    const filler = fillDisk(dir);
    // Many comments in one go cannot be made; one long comment needs new pages the disk does not have.
    const body = 'Pitkä kommentti. '.repeat(290);
    let refused: Envelope<unknown> | null = null;
    const ids: string[] = [];
    for (let i = 0; i < 400 && refused === null; i++) {
      const id = crypto.randomUUID();
      const answer = await dispatch(context.handlers, 'comments:add', { id, itemId: item.id, field: 'title', quote: 'hankinta', body });
      if (answer.ok) ids.push(id);
      else refused = answer;
    }
    expect(refused).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    const listed = await call<{ id: string }[]>(context, 'comments:list', { itemId: item.id });
    expect(listed.map((entry) => entry.id)).toEqual(ids);
    expect(before).toEqual([]);
    fs.rmSync(filler);
    expect(await dispatch(context.handlers, 'comments:add', { id: crypto.randomUUID(), itemId: item.id, field: 'title', quote: 'hankinta', body })).toMatchObject({ ok: true });
    context.close();
    expect(Object.keys(folderFiles(dir))).toContain('pykala.sqlite3');
  });
});
