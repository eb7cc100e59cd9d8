// The register's import on a 10,000-row CSV as Finnish Excel saves it (Windows-1252, semicolons,
// decimal commas, d.m.yyyy; made with the register's own CSV columns): import:previewProjects
// (target ≤ 1 s) and import:applyProjects into an empty database, its backup included (≤ 2 s),
// both through dispatch as the app calls them. Medians; every run checks its counts first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { openAppContext } from '../../electron/services/app-context';
import { dispatch } from '../../electron/services/dispatch';
import { projectsToCsv } from '../../electron/services/projects/export-csv';
import type { Project } from '../../shared/domain/project';
import type { ImportPreview, ImportReport } from '../../shared/domain/register-import';
import { syntheticProjects } from './bench-projects';

const rowCount = 10_000;
const previewTargetMs = 1000;
const applyTargetMs = 2000;
const runs = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function call<T>(context: ReturnType<typeof openAppContext>, channel: string, input: unknown): Promise<T> {
  const envelope = await dispatch(context.handlers, channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

/** Wall time and this process's CPU time: on a machine shared by several developers the two differ, and the CPU time says what the code costs. */
async function timed(action: () => Promise<void>): Promise<{ wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await action();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

function line(name: string, samples: { wallMs: number; cpuMs: number }[], target: number): string {
  const wall = median(samples.map((sample) => sample.wallMs));
  const cpu = median(samples.map((sample) => sample.cpuMs));
  return `${name.padEnd(44)}${wall.toFixed(0).padStart(7)} ms (CPU ${cpu.toFixed(0)} ms)   target ≤ ${String(target)} ms   ${wall <= target ? 'ok' : 'OVER TARGET'}\n`;
}

export async function run(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-import-bench-'));
  try {
    const projects: Project[] = syntheticProjects(rowCount).map((input, index) => ({ ...input, id: String(index), isSample: false, createdAt: '', updatedAt: '' }));
    const bytes = iconv.encode(projectsToCsv(projects).replace(/\u2013/gu, '-'), 'windows-1252');
    const file = { fileName: 'rekisteri.csv', dataBase64: bytes.toString('base64') };
    process.stdout.write(`${String(rowCount)}-row CSV, Windows-1252, semicolons: ${(bytes.length / 1024 / 1024).toFixed(1)} MB\n\n`);

    const previewContext = openAppContext({ dataDir: path.join(root, 'preview'), seedDemoIfNew: false });
    let mapping: ImportPreview['mapping'] | null = null;
    const previewMs: { wallMs: number; cpuMs: number }[] = [];
    try {
      for (let i = 0; i < runs + 1; i += 1) {
        const sample = await timed(async () => {
          const preview = await call<ImportPreview>(previewContext, 'import:previewProjects', { ...file, mapping: null });
          if (preview.counts.valid !== rowCount) throw new Error(`preview: ${JSON.stringify(preview.counts)}`);
          mapping = preview.mapping;
        });
        if (i > 0) previewMs.push(sample);
      }
    } finally {
      previewContext.close();
    }

    const applyMs: { wallMs: number; cpuMs: number }[] = [];
    for (let i = 0; i < runs; i += 1) {
      const context = openAppContext({ dataDir: path.join(root, `apply-${String(i)}`), seedDemoIfNew: false });
      try {
        applyMs.push(
          await timed(async () => {
            const report = await call<ImportReport>(context, 'import:applyProjects', { ...file, mapping, duplicateActions: {}, skipInvalid: false });
            if (report.added !== rowCount) throw new Error(`apply added ${String(report.added)}`);
          }),
        );
      } finally {
        context.close();
      }
    }
    process.stdout.write(line('preview (import:previewProjects), median', previewMs, previewTargetMs));
    process.stdout.write(line('import (import:applyProjects + backup), median', applyMs, applyTargetMs));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
