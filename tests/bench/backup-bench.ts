// Backup speed (issue 10, "Speed"): "Varmuuskopioi nyt" on a database of 10,000 projects and
// 1,000 agenda items, target ≤ 1 s. Timed end to end as the user waits for it: SQLite's online
// backup, integrity_check on the copy, the sidecar, and the rotation of backups/.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { insertProjectsSync } from '../../db/repositories/projects-repository';
import { openAppContext } from '../../electron/services/app-context';
import { backupsDirOf } from '../../electron/services/backups/backup-files';
import { createBackup } from '../../electron/services/backups/create-backup';
import { openDatabase } from '../../db/connection';
import { syntheticProjects } from './bench-projects';

const projectCount = 10_000;
const itemCount = 1_000;
const targetMs = 1000;
const runs = 7;

/**
 * The demo database (its 13 real items, meetings and people, made through the services), then
 * synthetic projects up to 10,000 and copies of the demo's items, row by row under new ids, up to 1,000.
 */
async function fill(dataDir: string): Promise<void> {
  const context = openAppContext({ dataDir, seedDemoIfNew: true });
  await context.ready();
  context.close();
  const handle = openDatabase(path.join(dataDir, 'pykala.sqlite3'));
  const count = (table: string) => handle.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const now = new Date().toISOString();
  insertProjectsSync(handle.db, handle.sqlite, syntheticProjects(projectCount - count('projects')).map((input) => ({ input, meta: { id: randomUUID(), isSample: false, now } })));
  const ids = handle.sqlite.prepare('SELECT id FROM agenda_items ORDER BY id').pluck().all() as string[];
  const columns = (handle.sqlite.prepare("SELECT name FROM pragma_table_info('agenda_items')").pluck().all() as string[]).filter((name) => name !== 'id');
  const copy = handle.sqlite.prepare(`INSERT INTO agenda_items (id, ${columns.join(', ')}) SELECT ?, ${columns.join(', ')} FROM agenda_items WHERE id = ?`);
  handle.sqlite.transaction(() => {
    for (let n = ids.length; n < itemCount; n += 1) copy.run(randomUUID(), ids[n % ids.length]);
  })();
  handle.close();
}

export async function run(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-backup-bench-'));
  try {
    await fill(dataDir);

    const handle = openDatabase(path.join(dataDir, 'pykala.sqlite3'));
    const counts = handle.sqlite.prepare('SELECT (SELECT count(*) FROM projects), (SELECT count(*) FROM agenda_items)').raw().get() as [number, number];
    if (counts[0] !== projectCount || counts[1] !== itemCount) throw new Error(`expected ${String(projectCount)} projects and ${String(itemCount)} items, got ${counts.join(' and ')}`);
    const times: number[] = [];
    let size = 0;
    for (let n = 0; n < runs + 1; n += 1) {
      const start = performance.now();
      // One minute apart, so each run makes a new file as a real backup would.
      const entry = await createBackup(handle.sqlite, 'manual', new Date(2026, 11, 1, 12, n));
      const ms = performance.now() - start;
      if (!entry.verified || entry.counts.projects !== projectCount || entry.counts.items !== itemCount) throw new Error('the backup does not hold the database');
      size = entry.sizeBytes;
      if (n > 0) times.push(ms); // the first run warms the file cache
    }
    handle.close();
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
    const verdict = median <= targetMs ? 'OK' : 'OVER TARGET';
    process.stdout.write(`backup of ${String(projectCount)} projects + ${String(itemCount)} items (${(size / 1024 / 1024).toFixed(1)} MB, integrity_check included): median ${median.toFixed(0)} ms, max ${(times.at(-1) ?? Number.NaN).toFixed(0)} ms (target ≤ ${String(targetMs)} ms, ${verdict}); ${String(fs.readdirSync(backupsDirOf(dataDir)).filter((name) => name.endsWith('.sqlite3')).length)} copies kept\n`);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
