// Two real processes (the desktop app and the CLI, or two windows of dev:web) writing to one data
// folder at the same time. SQLite serialises them; every save must either succeed or be refused
// with a code the user can act on, never "database is locked" as INTERNAL, and every save that
// was acknowledged must be in the file afterwards.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/services/app-context';
import { dispatch } from '../../../electron/services/dispatch';
import type { AgendaItem } from '../../../shared/domain/item';
import type { Project } from '../../../shared/domain/project';
import { tempDir } from '../db/helpers';
import type { WriterReport } from './concurrent-writer';

const root = path.resolve(import.meta.dirname, '../../..');
const worker = path.join(import.meta.dirname, 'concurrent-writer.ts');
const savesPerProcess = 400;

interface Writer {
  ready: Promise<void>;
  go(): void;
  done: Promise<WriterReport>;
}

function startWriter(dataDir: string, label: string, saves = savesPerProcess, when = 'open-first'): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', worker, dataDir, label, String(saves), when], {
    cwd: root,
    env: { ...process.env, PYKALA_LOG_LEVEL: 'error' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => { onReady = resolve; });
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (stdout.startsWith('ready\n')) onReady();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  const done = new Promise<WriterReport>((resolve, reject) => {
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`${label} exited ${String(code)}: ${stderr}`));
        return;
      }
      resolve(JSON.parse(stdout.slice('ready\n'.length)) as WriterReport);
    });
  });
  return { ready, go: () => child.stdin.end('go\n'), done };
}

describe('two processes writing one data folder', () => {
  it(`${String(2 * savesPerProcess)} concurrent saves: no INTERNAL, no CONFLICT, nothing acknowledged is lost`, async () => {
    const dir = tempDir();
    openAppContext({ dataDir: dir, seedDemoIfNew: false }).close();
    const writers = [startWriter(dir, 'A'), startWriter(dir, 'B')];
    await Promise.all(writers.map((writer) => writer.ready));
    for (const writer of writers) writer.go();
    const reports = await Promise.all(writers.map((writer) => writer.done));

    // Each process saves only its own items with the updatedAt it got back, so every save is
    // allowed: anything but "ok" (INTERNAL for "database is locked" above all) is a failure.
    for (const report of reports) expect(report.outcomes).toEqual({ ok: savesPerProcess });

    const context = openAppContext({ dataDir: dir, seedDemoIfNew: false });
    try {
      for (const report of reports) {
        for (const { id, title } of report.items) {
          const stored = await dispatch(context.handlers, 'items:get', { id });
          expect(stored.ok && (stored.value as AgendaItem).title).toBe(title);
        }
        for (const id of report.projectIds) {
          const stored = await dispatch(context.handlers, 'projects:get', { id });
          expect(stored.ok && (stored.value as Project).id).toBe(id);
        }
      }
      const items = await dispatch(context.handlers, 'items:list', {});
      expect(items.ok && (items.value as unknown[]).length).toBe(reports.reduce((sum, report) => sum + report.items.length, 0));
    } finally {
      context.close();
    }
  });

  it('two processes starting together on a new folder both open it: one creates and migrates, the other waits and uses it', async () => {
    const dir = tempDir();
    // No database yet: both processes open the folder on the same signal.
    const writers = [startWriter(dir, 'A', 50, 'open-on-go'), startWriter(dir, 'B', 50, 'open-on-go')];
    await Promise.all(writers.map((writer) => writer.ready));
    for (const writer of writers) writer.go();
    const reports = await Promise.all(writers.map((writer) => writer.done));
    for (const report of reports) expect(report.outcomes).toEqual({ ok: 50 });
  });
});
