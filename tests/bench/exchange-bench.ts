// The exchange file (issue 10: "exchange export of a 40-§ meeting ≤ 200 ms"): the median and p95
// of exporting a meeting of 40 §§ (each item with six paragraphs of background, a preparer and
// its appeal text; the meeting with its body and roster) as a .pykala file, bytes ready. For
// reference, not judged: the same file imported into an empty database (dry run and real), and
// the file's size.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/connection';
import { ExchangeService } from '../../electron/services/exchange/exchange-service';
import { ItemService } from '../../electron/services/items/item-service';
import { BodyService } from '../../electron/services/meetings/body-service';
import { MeetingService } from '../../electron/services/meetings/meeting-service';
import { PeopleService } from '../../electron/services/people/people-service';
import { serviceDeps } from '../../electron/services/service-deps';
import type { ServiceDeps } from '../../electron/services/service-deps';
import { fillAppealBlanks } from '../../shared/domain/appeal';
import { docOf, openingWithPoints, paragraphNode } from '../../shared/domain/rich-text-build';

const sectionCount = 40;
const targetMs = 200;
const warmup = 3;
const runs = 21;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

async function samples(action: () => Promise<unknown>): Promise<number[]> {
  collectGarbage?.();
  for (let i = 0; i < warmup; i += 1) await action();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await action();
    times.push(performance.now() - start);
  }
  return times;
}

/** A meeting of 40 approved items on the agenda, made through the services as the app makes one. */
async function fortySectionMeeting(deps: ServiceDeps): Promise<string> {
  const bodies = new BodyService(deps);
  const items = new ItemService(deps);
  const meetings = new MeetingService(deps);
  const [stored] = await bodies.list();
  const body = await bodies.save({
    id: stored?.id ?? null,
    name: 'Sivistyslautakunta',
    nameSv: '',
    defaultPlace: 'Kaupungintalo',
    termStart: null,
    termEnd: null,
    members: Array.from({ length: 9 }, (_, index) => ({ id: `m${String(index)}`, name: `Jäsen ${String(index + 1)}`, role: index === 0 ? 'puheenjohtaja' : 'jasen', deputyName: `Varajäsen ${String(index + 1)}` })),
    others: [{ id: 'o1', name: 'Sihteeri', title: 'hallintosihteeri', role: 'poytakirjanpitaja' }],
    sectionStarts: {},
    expectedUpdatedAt: stored?.updatedAt ?? null,
  });
  const preparer = await new PeopleService(deps).save({ id: null, name: 'Maria Esimerkki', title: 'kehittämispäällikkö', phone: '', email: '', expectedUpdatedAt: null });
  const meeting = await meetings.create({ bodyId: body.id, number: null, date: '2024-03-19', startTime: '18.00', place: null });
  for (let i = 0; i < sectionCount; i += 1) {
    const draft = await items.newDraft('empty', null);
    const item = await items.createFromDraft(
      {
        ...draft,
        title: `Asia ${String(i + 1)}: koulujen lukuvuosisuunnitelmat`,
        preparerIds: [preparer.id],
        presenterName: 'Mikko Saari',
        background: docOf(...Array.from({ length: 6 }, () => paragraphNode('Selostus asiasta, jossa on tavallisen asian verran tekstiä, lukuja ja perusteluja lautakunnalle. '.repeat(4)))),
        proposal: openingWithPoints('Lautakunta päättää', ['hyväksyä suunnitelmat liitteen mukaisesti', 'lähettää asian tiedoksi kouluille']),
        appeal: { ...draft.appeal, text: fillAppealBlanks(draft.appeal.text, () => 'Sivistyslautakunta, PL 1, 67101 Kokkola') },
      },
      { status: 'hyvaksytty' },
    );
    await meetings.addItem(meeting.id, item.id, null);
  }
  return meeting.id;
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-exchange-bench-'));
  const office = openDatabase(path.join(dir, 'office.sqlite3'));
  try {
    const deps = serviceDeps(office.db, office.sqlite);
    const meetingId = await fortySectionMeeting(deps);
    // The backup before an import is the backups' own figure (backup bench); here it is left out.
    const service = new ExchangeService(deps, () => Promise.resolve());
    let exported = await service.exportBytes({ kind: 'meeting', id: meetingId });
    const exportTimes = await samples(async () => {
      exported = await service.exportBytes({ kind: 'meeting', id: meetingId });
    });

    let laptopIndex = 0;
    const importOnce = async (dryRun: boolean): Promise<number> => {
      laptopIndex += 1;
      const laptop = openDatabase(path.join(dir, `laptop-${String(laptopIndex)}.sqlite3`));
      try {
        const start = performance.now();
        await new ExchangeService(serviceDeps(laptop.db, laptop.sqlite), () => Promise.resolve()).import(exported.fileName, exported.bytes, dryRun);
        return performance.now() - start;
      } finally {
        laptop.close();
      }
    };
    await importOnce(false);
    const dryRuns = [await importOnce(true), await importOnce(true), await importOnce(true)];
    const imports = [await importOnce(false), await importOnce(false), await importOnce(false)];

    const header = `${'action'.padEnd(52)}${'median ms'.padStart(11)}${'p95 ms'.padStart(9)}  target`;
    process.stdout.write(`${header}\n${'-'.repeat(header.length)}\n`);
    const median = percentile(exportTimes, 50);
    process.stdout.write(
      `${`exchange export, ${String(sectionCount)}-§ meeting (${String(exported.records)} records)`.padEnd(52)}${median.toFixed(2).padStart(11)}${percentile(exportTimes, 95).toFixed(2).padStart(9)}  ≤ ${String(targetMs)} ms ${median <= targetMs ? 'ok' : 'OVER TARGET'}\n`,
    );
    process.stdout.write(`${'import of that file, dry run (reference)'.padEnd(52)}${percentile(dryRuns, 50).toFixed(2).padStart(11)}${percentile(dryRuns, 95).toFixed(2).padStart(9)}  –\n`);
    process.stdout.write(`${'import of that file into an empty database (ref.)'.padEnd(52)}${percentile(imports, 50).toFixed(2).padStart(11)}${percentile(imports, 95).toFixed(2).padStart(9)}  –\n`);
    process.stdout.write(`\nexport: ${String(runs)} runs after ${String(warmup)} warm-ups; the file is ${(exported.bytes.length / 1024).toFixed(0)} kB\n`);
  } finally {
    office.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
