// The history of an item (issue 9: "the history of an item with 500 versions listed ≤ 50 ms"):
// an item with a 10-page background saved 500 times by two people (each save a real text change,
// two minutes apart, so none is folded into the one before), then versions:list through the
// service, as the versions panel calls it: ids, times, authors, status, summaries and notes, no
// snapshot parsed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/connection';
import { ItemService } from '../../electron/services/items/item-service';
import { PeopleService } from '../../electron/services/people/people-service';
import { VersionsService } from '../../electron/services/review/versions-service';
import { serviceDeps } from '../../electron/services/service-deps';
import { SessionService } from '../../electron/services/session/session-service';
import { draftOf } from '../../shared/domain/item-schema';
import { docOf, paragraphNode } from '../../shared/domain/rich-text-build';

const versionCount = 500;
const paragraphs = 60;
const targetMs = 50;
const warmup = 5;
const runs = 41;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

const paragraph = (index: number, edit: number) =>
  `Kappale ${String(index + 1)}: varhaiskasvatuksen ja perusopetuksen kehittämistä kuvaava teksti, jota on muokattu ${String(edit)} kertaa. ${'Lause jatkuu tavallisena selostuksena. '.repeat(6)}`;

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-bench-review-'));
  const handle = openDatabase(path.join(dir, 'bench.sqlite3'));
  try {
    let clock = Date.parse('2024-01-08T08:00:00.000Z');
    const deps = { ...serviceDeps(handle.db, handle.sqlite), now: () => new Date(clock) };
    const people = new PeopleService(deps);
    const writers = [
      await people.save({ id: null, name: 'Sanna Sihteeri', title: '', phone: '', email: '', role: 'valmistelija', expectedUpdatedAt: null }),
      await people.save({ id: null, name: 'Mikko Saari', title: '', phone: '', email: '', role: 'esittelija', expectedUpdatedAt: null }),
    ];
    const session = new SessionService(deps);
    const items = new ItemService(deps);
    const setupStart = performance.now();
    await session.setUser(writers[0]?.id ?? '');
    let item = await items.create('empty');
    const texts = Array.from({ length: paragraphs }, (_, index) => paragraph(index, 0));
    for (let edit = 1; edit < versionCount; edit += 1) {
      clock += 120_000;
      texts[edit % paragraphs] = paragraph(edit % paragraphs, edit);
      if (edit % 10 === 0) await session.setUser(writers[(edit / 10) % 2]?.id ?? '');
      item = await items.update(item.id, { ...draftOf(item), title: `Kehittämishankkeet, versio ${String(edit + 1)}`, background: docOf(...texts.map((text) => paragraphNode(text))) }, item.updatedAt);
    }
    const versions = new VersionsService(deps);
    const listed = await versions.list(item.id);
    process.stdout.write(`an item with a ${String(paragraphs)}-paragraph background and ${String(listed.length)} versions made in ${(performance.now() - setupStart).toFixed(0)} ms\n\n`);

    collectGarbage?.();
    for (let i = 0; i < warmup; i += 1) await versions.list(item.id);
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      await versions.list(item.id);
      times.push(performance.now() - start);
    }
    const median = percentile(times, 50);
    const header = `${'action'.padEnd(44)}${'median ms'.padStart(11)}${'p95 ms'.padStart(9)}  target ≤ ${String(targetMs)} ms`;
    process.stdout.write(`${header}\n${'-'.repeat(header.length)}\n`);
    process.stdout.write(`${`versions:list (${String(listed.length)} versions)`.padEnd(44)}${median.toFixed(2).padStart(11)}${percentile(times, 95).toFixed(2).padStart(9)}  ${median <= targetMs ? 'ok' : 'OVER TARGET'}\n`);
    const authors = new Set(listed.map((entry) => entry.author.name));
    process.stdout.write(`\n${String(runs)} runs after ${String(warmup)} warm-ups; authors ${[...authors].join(', ')}; every version after the first has its summary: ${listed.slice(1).every((entry) => entry.summary !== null) ? 'yes' : 'NO'}\n`);
  } finally {
    handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
