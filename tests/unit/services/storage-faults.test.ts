// Storage faults on real storage (tests/unit/storage.ts: tmpfs, read-only mounts, immutable
// files; root is restricted by these, not by chmod). Each fault is named for what it is, the file
// is kept as it was, nothing already saved is lost, and the startup choices do what they say.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../db/migrations/runner';
import { openAppContext } from '../../../electron/services/app-context';
import type { AppContext } from '../../../electron/services/app-context-types';
import { readPointer } from '../../../electron/services/data-pointer';
import { dispatch } from '../../../electron/services/dispatch';
import type { AgendaItem } from '../../../shared/domain/item';
import { draftOf } from '../../../shared/domain/item-schema';
import { paragraphsDoc } from '../../../shared/domain/rich-text';
import type { AppStatus } from '../../../shared/ipc/channels/app';
import type { Envelope } from '../../../shared/ipc/define';
import { sha256 } from '../db/helpers';
import { bindReadOnly, clearImmutable, diskFolder, fillDisk, makeImmutable, remountReadOnly, remountWritable, smallDisk } from '../storage';

const fixedNow = () => new Date(2026, 10, 28, 15, 30);

function folderState(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((name) => [name, sha256(path.join(dir, name))]));
}

/** A demo database in the folder, closed cleanly (no -wal left). */
function demoFolder(dir: string): string {
  openAppContext({ dataDir: dir, seedDemoIfNew: true, now: fixedNow }).close();
  return path.join(dir, 'pykala.sqlite3');
}

async function recover(context: AppContext, mode: 'retry' | 'empty' | 'demo'): Promise<Envelope<unknown>> {
  return dispatch(context.handlers, 'app:recover', { mode });
}

async function newItem(context: AppContext): Promise<AgendaItem> {
  const created = await dispatch(context.handlers, 'items:create', { template: 'empty' });
  if (!created.ok) throw new Error(`items:create failed: ${created.error.code}`);
  return created.value as AgendaItem;
}

describe('a read-only data folder', () => {
  it('is named DB_READ_ONLY (not a corrupt file), offers no new file it cannot make, and opens again once writable', async () => {
    const dir = smallDisk('16m');
    const file = demoFolder(dir);
    const before = folderState(dir);
    remountReadOnly(dir);

    const context = openAppContext({ dataDir: dir, seedDemoIfNew: true, now: fixedNow });
    expect(context.status()).toMatchObject({ state: 'startupError', code: 'DB_READ_ONLY', databaseFile: file, canStartNew: false });
    // A new database cannot be made in this folder: the recovery says so instead of failing as INTERNAL.
    for (const mode of ['empty', 'demo'] as const) expect(await recover(context, mode)).toMatchObject({ ok: false, error: { code: 'DB_READ_ONLY' } });
    expect(await recover(context, 'retry')).toMatchObject({ ok: true, value: { state: 'startupError', code: 'DB_READ_ONLY' } });
    expect(folderState(dir)).toEqual(before);

    remountWritable(dir);
    expect(await recover(context, 'retry')).toEqual({ ok: true, value: { state: 'ready', dataDir: dir, databaseFile: file, hasSampleData: true } });
    const list = await dispatch(context.handlers, 'projects:list', { activeOn: '2024-01-01' });
    expect(list.ok && (list.value as { rows: unknown[] }).rows).toHaveLength(27);
    context.close();
  });

  it('with no database yet: DB_READ_ONLY as well, and nothing is created', () => {
    const dir = smallDisk('1m');
    remountReadOnly(dir);
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: true, now: fixedNow });
    expect(context.status()).toMatchObject({ state: 'startupError', code: 'DB_READ_ONLY', canStartNew: false });
    expect(fs.readdirSync(dir)).toEqual([]);
    context.close();
  });
});

describe('a read-only database file in a writable folder', () => {
  it('is named DB_READ_ONLY at startup, left byte-identical, and a new file can be started beside it', async () => {
    const dir = smallDisk('16m');
    const file = demoFolder(dir);
    const before = sha256(file);
    bindReadOnly(file);

    const context = openAppContext({ dataDir: dir, seedDemoIfNew: true, now: fixedNow });
    expect(context.status()).toMatchObject({ state: 'startupError', code: 'DB_READ_ONLY', databaseFile: file, canStartNew: true });
    expect(fs.readdirSync(dir)).toEqual(['pykala.sqlite3']);
    const recovered = await recover(context, 'empty');
    expect(recovered).toMatchObject({ ok: true, value: { state: 'ready', databaseFile: path.join(dir, 'pykala-2026-11-28-1530.sqlite3') } });
    expect(readPointer(dir).setAside).toEqual([{ file: 'pykala.sqlite3', code: 'DB_READ_ONLY', at: fixedNow().toISOString() }]);
    expect(sha256(file)).toBe(before);
    context.close();
  });

  it('that turns read-only during the session: a save answers DB_READ_ONLY, not INTERNAL, and loses nothing', async () => {
    const dir = diskFolder();
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: false, now: fixedNow });
    const item = await newItem(context);
    const saved = await dispatch(context.handlers, 'items:update', { id: item.id, draft: { ...draftOf(item), title: 'Tallennettu ennen' }, expectedUpdatedAt: item.updatedAt });
    expect(saved.ok).toBe(true);
    const savedItem = (saved as { value: AgendaItem }).value;
    const file = path.join(dir, 'pykala.sqlite3');
    // The database and its -wal (not the -shm: SQLite maps that index into memory, where a write
    // to an immutable file is a SIGBUS that no program could answer).
    for (const name of [file, `${file}-wal`]) makeImmutable(name);

    const refused = await dispatch(context.handlers, 'items:update', { id: item.id, draft: { ...draftOf(savedItem), title: 'Ei mahdu' }, expectedUpdatedAt: savedItem.updatedAt });
    expect(refused).toMatchObject({ ok: false, error: { code: 'DB_READ_ONLY' } });
    expect(await dispatch(context.handlers, 'items:get', { id: item.id })).toMatchObject({ ok: true, value: { title: 'Tallennettu ennen' } });

    for (const name of [file, `${file}-wal`]) clearImmutable(name);
    const again = await dispatch(context.handlers, 'items:update', { id: item.id, draft: { ...draftOf(savedItem), title: 'Nyt mahtuu' }, expectedUpdatedAt: savedItem.updatedAt });
    expect(again).toMatchObject({ ok: true, value: { title: 'Nyt mahtuu' } });
    context.close();
  });
});

describe('a full disk', () => {
  it('during a save: DISK_FULL with its Finnish message, nothing saved before is lost, and the same save works once there is room', async () => {
    const dir = smallDisk('16m');
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: false, now: fixedNow });
    const item = await newItem(context);
    const first = await dispatch(context.handlers, 'items:update', { id: item.id, draft: { ...draftOf(item), title: 'Tallessa' }, expectedUpdatedAt: item.updatedAt });
    expect(first.ok).toBe(true);
    const stored = (first as { value: AgendaItem }).value;
    const filler = fillDisk(dir);

    // A long background (about 600 kB) needs new pages in the -wal, and there is no room for them.
    const big = { ...draftOf(stored), title: 'Liian suuri', background: paragraphsDoc(Array.from({ length: 300 }, (_, i) => `Kappale ${String(i)}: ${'tekstiä '.repeat(250)}`)) };
    const refused = await dispatch(context.handlers, 'items:update', { id: item.id, draft: big, expectedUpdatedAt: stored.updatedAt });
    expect(refused).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    // The app's other channels still answer (the connection is not left inside a dead transaction).
    expect(await dispatch(context.handlers, 'items:get', { id: item.id })).toMatchObject({ ok: true, value: { title: 'Tallessa', updatedAt: stored.updatedAt } });

    fs.rmSync(filler);
    expect(await dispatch(context.handlers, 'items:update', { id: item.id, draft: big, expectedUpdatedAt: stored.updatedAt })).toMatchObject({ ok: true, value: { title: 'Liian suuri' } });
    context.close();

    const reopened = openAppContext({ dataDir: dir, seedDemoIfNew: false, now: fixedNow });
    expect(await dispatch(reopened.handlers, 'items:get', { id: item.id })).toMatchObject({ ok: true, value: { title: 'Liian suuri' } });
    reopened.close();
  });

  it('at startup, when the file needs a migration: DISK_FULL, file byte-identical, no new file offered; retry opens it once there is room', async () => {
    const dir = smallDisk('4m');
    const file = path.join(dir, 'pykala.sqlite3');
    const raw = new BetterSqlite3(file);
    migrate(raw, 5);
    raw.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('kept', '"kyllä"');
    raw.close();
    const before = sha256(file);
    const filler = fillDisk(dir);

    const context = openAppContext({ dataDir: dir, seedDemoIfNew: true, now: fixedNow });
    const status = context.status();
    expect(status).toMatchObject({ state: 'startupError', code: 'DISK_FULL', databaseFile: file });
    expect(sha256(file)).toBe(before);
    // A new file on the same full disk fails the same way, and leaves nothing behind.
    const names = fs.readdirSync(dir).sort();
    expect(await recover(context, 'demo')).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(fs.readdirSync(dir).sort()).toEqual(names);
    expect(fs.existsSync(path.join(dir, 'pykala-data.json'))).toBe(false);

    fs.rmSync(filler);
    const retried = await recover(context, 'retry');
    expect(retried).toMatchObject({ ok: true, value: { state: 'ready', databaseFile: file } });
    context.close();
    const check = new BetterSqlite3(file, { readonly: true });
    expect(check.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('kept')).toBe('"kyllä"');
    check.close();
  });

  it('in a new data folder: DISK_FULL, and once there is room the retry makes the demo database the first start promised', async () => {
    const dir = smallDisk('1m');
    const filler = fillDisk(dir);
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: true, now: fixedNow });
    expect(context.status()).toMatchObject({ state: 'startupError', code: 'DISK_FULL', canStartNew: true });
    fs.rmSync(filler);
    const retried = (await recover(context, 'retry')) as Envelope<AppStatus>;
    expect(retried).toMatchObject({ ok: true, value: { state: 'ready', hasSampleData: true } });
    context.close();
  });
});
