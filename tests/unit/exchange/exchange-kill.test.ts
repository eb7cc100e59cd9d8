// Issue 10: a kill -9 during an exchange import leaves the database as it was before or as it is
// after the import, never in between. A child process imports a large file (thousands of
// projects, so the import takes a while) into copies of one data folder and is killed at random
// moments from the start of the import to past its end; each copy must then hold exactly the
// rows of "before" or of a complete run.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { currentDatabasePath, openAppContext } from '../../../electron/services/app-context';
import { tempDir } from '../db/helpers';
import { repoRoot } from '../cli/run-pykala';
import { allTables, closeMachines, demoMachine, exportFrom } from './helpers';

const childScript = path.join(import.meta.dirname, 'exchange-import-child.ts');
const fixedTime = '2026-12-01T06:00:00.000Z';

afterEach(closeMachines);

/** Every row of every table; a conflict's own id is random per run, so it is left out. */
function dump(dataDir: string): Record<string, unknown[]> {
  const sqlite = new BetterSqlite3(currentDatabasePath(dataDir));
  try {
    return Object.fromEntries(
      allTables.map((table) => {
        const rows = sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all() as Record<string, unknown>[];
        return [table, table === 'exchange_conflicts' ? rows.map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => column !== 'id'))).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : rows];
      }),
    );
  } finally {
    sqlite.close();
  }
}

function copyFolder(from: string): string {
  const to = tempDir('pykala-exchange-kill-');
  fs.cpSync(from, to, { recursive: true });
  return to;
}

interface Run {
  /** Milliseconds the import took, when it was not killed. */
  done: number | null;
}

/** Runs the child; with `killAfterMs`, kills it (SIGKILL) that long after it says "start". */
function runChild(dataDir: string, file: string, killAfterMs: number | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, dataDir, file, fixedTime], {
      cwd: repoRoot,
      env: { ...process.env, PYKALA_LOG_LEVEL: 'error' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let done: number | null = null;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'start' && killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      if (line.startsWith('done ')) done = Number(line.slice(5));
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve({ done });
      else reject(new Error(`child exited ${String(code)}: ${stderr}`));
    });
  });
}

describe('kill -9 during an exchange import', () => {
  it('leaves the database as before or as after, never in between', { timeout: 300_000 }, async () => {
    const office = await demoMachine();
    // Thousands of projects (copies of the demo's) make the import long enough to be cut.
    const sqlite = new BetterSqlite3(currentDatabasePath(office.dir));
    const columns = (sqlite.prepare("SELECT name FROM pragma_table_info('projects')").all() as { name: string }[]).map((column) => column.name);
    const values = columns.map((column) => (column === 'id' ? "p.id || '-' || n.value" : column === 'name_fi' ? "p.name_fi || ' ' || n.value" : `p.${column}`));
    sqlite.exec(`WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 40)
      INSERT INTO projects (${columns.join(', ')}) SELECT ${values.join(', ')} FROM projects AS p, n`);
    sqlite.close();
    const exported = await exportFrom(office, { kind: 'all' });
    const file = path.join(tempDir(), exported.fileName);
    fs.writeFileSync(file, exported.bytes);

    const target = tempDir('pykala-exchange-target-');
    openAppContext({ dataDir: target, seedDemoIfNew: false }).close();
    const before = dump(target);

    const complete = copyFolder(target);
    const full = await runChild(complete, file, null);
    const after = dump(complete);
    expect(full.done).not.toBeNull();
    expect((after.projects ?? []).length).toBeGreaterThan(1400);

    // Kills from 40 % of the import's time to just past its end: the later part is the backup and
    // the one write transaction. Runs go on until two kills landed inside the write (after the
    // backup, before the commit: the copy holds "before" although its backup is there), six at least.
    const outcomes: string[] = [];
    let insideWrite = 0;
    for (let run = 0; run < 16 && (run < 6 || insideWrite < 2); run += 1) {
      const copy = copyFolder(target);
      const killAfter = Math.round((0.4 + Math.random() * 0.65) * (full.done ?? 0));
      const result = await runChild(copy, file, killAfter);
      const state = dump(copy);
      const outcome = JSON.stringify(state) === JSON.stringify(before) ? 'before' : JSON.stringify(state) === JSON.stringify(after) ? 'after' : 'between';
      const backups = path.join(copy, 'backups');
      const backedUp = fs.existsSync(backups) && fs.readdirSync(backups).some((name) => /^pykala-.*\.sqlite3$/u.test(name));
      if (outcome === 'before' && backedUp) insideWrite += 1;
      outcomes.push(`${outcome}${outcome === 'before' && backedUp ? ' (in the write)' : ''}@${String(killAfter)}ms${result.done === null ? '' : ' (finished)'}`);
      expect(outcome, `killed ${String(killAfter)} ms after the start of a ${String(full.done)} ms import`).not.toBe('between');
    }
    process.stdout.write(`kill -9 outcomes (import ${String(full.done)} ms): ${outcomes.join(', ')}\n`);
    expect(insideWrite, outcomes.join(', ')).toBeGreaterThan(0);
  });
});
