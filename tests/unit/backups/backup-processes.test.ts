// Backups and restores with other processes: a backup taken while another process writes without
// pause, and a restore killed with SIGKILL at random moments.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { openAppContext } from '../../../electron/services/app-context';
import { backupsDirOf } from '../../../electron/services/backups/backup-files';
import { createBackup } from '../../../electron/services/backups/create-backup';
import { readPointer } from '../../../electron/services/data-pointer';
import type { BackupEntry } from '../../../shared/domain/backup';
import { insertProjectRow, projectInput, tempDir } from '../db/helpers';
import { startChild } from './processes';

const counterRows = 50;
const total = 100_000;

/** The invariants the writer keeps in every transaction: the sum, and one log row per move. */
function invariants(db: BetterSqlite3.Database) {
  return {
    sum: db.prepare('SELECT sum(amount) FROM counters').pluck().get() as number,
    moves: db.prepare('SELECT moves FROM counter_meta').pluck().get() as number,
    logged: db.prepare('SELECT count(*) FROM counter_log').pluck().get() as number,
  };
}

describe('a backup taken while another process writes continuously', () => {
  it('opens, passes integrity_check and holds one consistent state; restored, the state is whole', async () => {
    const dir = tempDir();
    const handle = openDatabase(path.join(dir, 'pykala.sqlite3'));
    handle.sqlite.exec(`
      CREATE TABLE counters (id INTEGER PRIMARY KEY, amount INTEGER NOT NULL);
      CREATE TABLE counter_log (seq INTEGER PRIMARY KEY, from_id INTEGER NOT NULL, to_id INTEGER NOT NULL, amount INTEGER NOT NULL);
      CREATE TABLE counter_meta (moves INTEGER NOT NULL);
      INSERT INTO counter_meta VALUES (0);
    `);
    const insert = handle.sqlite.prepare('INSERT INTO counters (id, amount) VALUES (?, ?)');
    handle.sqlite.transaction(() => {
      for (let id = 1; id <= counterRows; id += 1) insert.run(id, total / counterRows);
      for (let n = 0; n < 2000; n += 1) insertProjectRow(handle.sqlite, `p${String(n)}`, projectInput({ nameFi: `Hanke ${String(n)}` }));
    })();
    const writer = startChild('counter-writer.ts', [handle.file]);
    const copies: BackupEntry[] = [];
    const movesSeen: number[] = [];
    try {
      await writer.printed('writing');
      for (let n = 0; n < 6; n += 1) {
        copies.push(await createBackup(handle.sqlite, 'manual', new Date(2026, 11, 1, 12, n)));
        movesSeen.push(invariants(handle.sqlite).moves);
      }
    } finally {
      writer.process.kill('SIGKILL');
      await writer.exited;
    }
    // The writer really was writing all along: every backup saw a later state than the one before.
    for (let n = 1; n < movesSeen.length; n += 1) expect(movesSeen[n]).toBeGreaterThan(movesSeen[n - 1]!);
    const states = copies.map((entry) => {
      expect(entry.verified).toBe(true);
      const copy = new BetterSqlite3(path.join(backupsDirOf(dir), entry.fileName), { readonly: true, fileMustExist: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(copy.pragma('foreign_key_check')).toEqual([]);
        const state = invariants(copy);
        expect(state.sum).toBe(total);
        expect(state.logged).toBe(state.moves);
        expect(copy.prepare('SELECT count(*) FROM projects').pluck().get()).toBe(2000);
        return state.moves;
      } finally {
        copy.close();
      }
    });
    expect(states[0]).toBeGreaterThan(0);
    handle.close();

    // The last copy restored into the folder: the live database holds that state, whole.
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: false });
    await context.restoreFrom(path.join(backupsDirOf(dir), copies.at(-1)!.fileName));
    context.close();
    const live = new BetterSqlite3(path.join(dir, readPointer(dir).databaseFile), { readonly: true });
    expect(invariants(live)).toEqual({ sum: total, moves: states.at(-1), logged: states.at(-1) });
    live.close();
  });
});

/** A standalone Pykälä database with `count` projects all named after `label`. */
function sourceWith(label: string, count: number): string {
  const file = path.join(tempDir(), `${label}.sqlite3`);
  const handle = openDatabase(file);
  handle.sqlite.transaction(() => {
    for (let n = 0; n < count; n += 1) insertProjectRow(handle.sqlite, `${label}${String(n)}`, projectInput({ nameFi: `${label} ${String(n)}` }));
  })();
  handle.sqlite.pragma('journal_mode = DELETE');
  handle.close();
  return file;
}

/** What the folder opens to: the set of project name prefixes, and the count. */
function stateOf(dir: string): { labels: string[]; count: number } {
  const context = openAppContext({ dataDir: dir, seedDemoIfNew: false });
  const status = context.status();
  if (status.state !== 'ready') throw new Error(`the folder does not open: ${status.code}`);
  context.close();
  const db = new BetterSqlite3(status.databaseFile, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const labels = db.prepare("SELECT DISTINCT substr(name_fi, 1, instr(name_fi, ' ') - 1) FROM projects ORDER BY 1").pluck().all() as string[];
    return { labels, count: db.prepare('SELECT count(*) FROM projects').pluck().get() as number };
  } finally {
    db.close();
  }
}

describe('kill -9 during a restore', () => {
  it('leaves the folder opening to the state before or after a restore, never a mix', async () => {
    const sources = { A: sourceWith('A', 3000), B: sourceWith('B', 1500) };
    const allowed = [{ labels: ['A'], count: 3000 }, { labels: ['B'], count: 1500 }, { labels: ['Alku'], count: 500 }];
    const outcomes: string[] = [];
    for (let round = 0; round < 6; round += 1) {
      const dir = tempDir();
      const start = openDatabase(path.join(dir, 'pykala.sqlite3'));
      start.sqlite.transaction(() => {
        for (let n = 0; n < 500; n += 1) insertProjectRow(start.sqlite, `s${String(n)}`, projectInput({ nameFi: `Alku ${String(n)}` }));
      })();
      start.close();
      const child = startChild('restore-worker.ts', [dir, sources.A, sources.B]);
      await child.printed('restoring');
      // A random moment within the first few restores (each takes a few hundred milliseconds on an
      // idle machine, over a second on a busy one; the log line below says where each kill landed).
      await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 3000)));
      child.process.kill('SIGKILL');
      const { signal } = await child.exited;
      expect(signal).toBe('SIGKILL');
      const state = stateOf(dir);
      expect(allowed).toContainEqual(state);
      outcomes.push(`${state.labels.join('')} after ${String(child.output().split('\n').filter((line) => line.startsWith('restored')).length)} restores`);
      // Whatever the kill left half-made is gone once the folder has been opened again.
      expect(fs.readdirSync(dir).filter((name) => name.includes('.restoring'))).toEqual([]);
    }
    console.log(`kill -9 during restores: ${outcomes.join('; ')}`);
    // Six child processes, each starting the TypeScript CLI stack (several seconds on a busy 2-core machine).
  }, 300_000);
});
