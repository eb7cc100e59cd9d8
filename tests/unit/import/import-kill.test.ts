// A kill -9 during an import: `pykala import projects` importing 20,000 rows in a child process is
// killed at random moments, some while its transaction is writing (its WAL growing). Afterwards
// the database opens, passes integrity_check and holds either none of the rows or all of them,
// with the import's batch exactly when the rows are there.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { currentDatabasePath, openAppContext } from '../../../electron/services/app-context';
import { projectsToCsv } from '../../../electron/services/projects/export-csv';
import type { Project } from '../../../shared/domain/project';
import { syntheticProjects } from '../../bench/bench-projects';
import { tempDir } from '../db/helpers';
import { repoRoot } from '../cli/run-pykala';

const rowCount = 20_000;
const bin = path.join(repoRoot, 'electron/cli/bin.mjs');

interface Outcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  walBytesAtKill: number;
  projects: number;
  batches: number;
  integrity: string;
}

function readState(dir: string): Pick<Outcome, 'projects' | 'batches' | 'integrity'> {
  const sqlite = new BetterSqlite3(currentDatabasePath(dir));
  try {
    return {
      projects: sqlite.prepare('SELECT count(*) FROM projects').pluck().get() as number,
      batches: sqlite.prepare('SELECT count(*) FROM import_batches').pluck().get() as number,
      integrity: sqlite.pragma('integrity_check', { simple: true }) as string,
    };
  } finally {
    sqlite.close();
  }
}

/** Runs the import; kills it after `delayMs`, or once its WAL passes `walBytes`, whichever comes first (never, if both are Infinity). */
function importAndKill(dir: string, file: string, kill: { delayMs: number; walBytes: number }): Promise<Outcome> {
  const wal = `${currentDatabasePath(dir)}-wal`;
  const child = spawn(process.execPath, [bin, 'import', 'projects', file, '--data', dir], { cwd: repoRoot, stdio: 'ignore', env: { ...process.env, PYKALA_LOG_LEVEL: 'silent' } });
  const started = Date.now();
  let walBytesAtKill = -1;
  const timer = setInterval(() => {
    const walSize = fs.existsSync(wal) ? fs.statSync(wal).size : 0;
    if (Date.now() - started >= kill.delayMs || walSize >= kill.walBytes) {
      walBytesAtKill = walSize;
      child.kill('SIGKILL');
      clearInterval(timer);
    }
  }, 2);
  return new Promise((resolve) => {
    child.on('exit', (exitCode, signal) => {
      clearInterval(timer);
      resolve({ exitCode, signal, walBytesAtKill, ...readState(dir) });
    });
  });
}

describe('kill -9 during an import', () => {
  it('leaves none or all of the rows, never some', async () => {
    const root = tempDir('pykala-import-kill-');
    const file = path.join(root, 'rekisteri.csv');
    const projects: Project[] = syntheticProjects(rowCount, 7).map((input, index) => ({ ...input, id: String(index), isSample: false, createdAt: '', updatedAt: '' }));
    fs.writeFileSync(file, `\uFEFF${projectsToCsv(projects)}`);
    const template = path.join(root, 'template');
    openAppContext({ dataDir: template, seedDemoIfNew: false }).close();
    const copy = (name: string) => {
      const dir = path.join(root, name);
      fs.cpSync(template, dir, { recursive: true });
      return dir;
    };

    const started = Date.now();
    const whole = await importAndKill(copy('whole'), file, { delayMs: Infinity, walBytes: Infinity });
    const fullMs = Date.now() - started;
    expect(whole).toMatchObject({ exitCode: 0, projects: rowCount, batches: 1, integrity: 'ok' });

    const outcomes: Outcome[] = [];
    // Half at a random moment of the whole run, half once the transaction has written a random amount.
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const kill = attempt % 2 === 0 ? { delayMs: fullMs * (0.3 + Math.random() * 0.9), walBytes: Infinity } : { delayMs: fullMs * 2, walBytes: 200_000 + Math.random() * 3_000_000 };
      outcomes.push(await importAndKill(copy(`attempt-${String(attempt)}`), file, kill));
    }
    process.stdout.write(`import of ${String(rowCount)} rows: ${String(fullMs)} ms whole; kills: ${outcomes.map((o) => `${o.signal ?? `exit ${String(o.exitCode)}`} wal ${String(o.walBytesAtKill)} → ${String(o.projects)}`).join(', ')}\n`);
    for (const outcome of outcomes) {
      expect(outcome.integrity).toBe('ok');
      expect([0, rowCount]).toContain(outcome.projects);
      expect(outcome.batches).toBe(outcome.projects === 0 ? 0 : 1);
    }
    // The WAL-triggered kills landed inside the writing transaction: the WAL had grown, and nothing stayed.
    expect(outcomes.some((outcome) => outcome.signal === 'SIGKILL' && outcome.walBytesAtKill >= 200_000 && outcome.projects === 0)).toBe(true);
  }, 600_000);
});
