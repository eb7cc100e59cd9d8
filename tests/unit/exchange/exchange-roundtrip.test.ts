// Issue 10: "all" from the demo into an empty data folder reproduces the register, the items and
// the meetings row for row; the same file again changes nothing; a dry run decides the same and
// writes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { call, closeMachines, demoMachine, emptyMachine, exportFrom, folderBytes, importInto, query, rowsOf } from './helpers';
import type { Machine } from './helpers';
import { openAppContext } from '../../../electron/services/app-context';

const carried = ['projects', 'people', 'agenda_items', 'item_preparers', 'item_comments', 'item_review_events', 'meetings', 'meeting_sections'] as const;

afterEach(closeMachines);

describe('exchange of everything', () => {
  it('reproduces the rows of projects, items and meetings exactly in an empty data folder', async () => {
    const office = await demoMachine();
    const file = await exportFrom(office, { kind: 'all' });
    expect(file.fileName).toMatch(/Kaikki tiedot - siirtotiedosto\.pykala$/u);
    const laptop = emptyMachine();
    const before = rowsOf(laptop, carried);
    expect(before.projects).toEqual([]);

    const report = await importInto(laptop, file);

    expect(report.dryRun).toBe(false);
    expect(report.adoptedOrganisation).toBe(true);
    // The import was preceded by a backup of the database as it was (empty: no projects).
    const backups = await call(laptop, 'backups:list', {});
    expect(backups.map((backup) => backup.reason)).toEqual(['exchange']);
    expect(backups[0]?.counts.projects).toBe(0);
    const source = rowsOf(office, carried);
    // Every carried table has content in the demo, so the comparison is not of empty lists.
    for (const table of carried) expect(source[table]?.length, table).toBeGreaterThan(0);
    expect(rowsOf(laptop, carried)).toEqual(source);
    expect(report.added).toBe(report.entries.filter((entry) => entry.action === 'added').length);
    expect(report.added).toBeGreaterThanOrEqual((source.projects?.length ?? 0) + (source.agenda_items?.length ?? 0) + (source.meetings?.length ?? 0));
    // The organisation is the office's now, and each item's history starts at its own version.
    const orgOf = (machine: Machine) => query<{ value: string }>(machine, "SELECT value FROM settings WHERE key = 'organisation.id'")[0]?.value;
    expect(orgOf(laptop)).toBe(orgOf(office));
    const versions = query<{ item_id: string; version: number; note: string }>(laptop, 'SELECT item_id, version, note FROM item_versions');
    const items = query<{ id: string; version: number }>(laptop, 'SELECT id, version FROM agenda_items');
    for (const item of items) expect(versions.find((version) => version.item_id === item.id && version.version === item.version)?.note).toBe(`Tuotu siirtotiedostosta ${file.fileName}`);
  });

  it('skips everything the second time and adds no second conflict row', async () => {
    const office = await demoMachine();
    const file = await exportFrom(office, { kind: 'all' });
    const laptop = emptyMachine();
    const first = await importInto(laptop, file);
    const conflictRows = query(laptop, 'SELECT * FROM exchange_conflicts');
    const rowsAfterFirst = rowsOf(laptop, [...carried, 'item_versions', 'exchange_conflicts']);

    const second = await importInto(laptop, file);

    expect(second.added).toBe(0);
    expect(second.updated).toBe(0);
    // The presets both folders made with the same ids but different texts stay in conflict until chosen.
    expect(second.conflicts).toBe(first.conflicts);
    expect(second.skipped).toBe(first.added + first.skipped);
    expect(first.added).toBeGreaterThan(50);
    for (const entry of second.entries.filter((candidate) => candidate.action === 'skipped')) expect(entry.reason).toBe('ei muutoksia');
    expect(query(laptop, 'SELECT * FROM exchange_conflicts')).toEqual(conflictRows);
    expect(rowsOf(laptop, [...carried, 'item_versions', 'exchange_conflicts'])).toEqual(rowsAfterFirst);
  });

  it('a dry run reports the same decisions and leaves every byte of the data folder as it was', async () => {
    const office = await demoMachine();
    const file = await exportFrom(office, { kind: 'all' });
    const laptop = emptyMachine();
    laptop.close();
    const before = folderBytes(laptop.dir);

    const reopened = openAppContext({ dataDir: laptop.dir, seedDemoIfNew: false });
    const machine = { dir: laptop.dir, context: reopened, close: () => { reopened.close(); } };
    const dry = await importInto(machine, file, true);
    reopened.close();
    expect(folderBytes(laptop.dir)).toEqual(before);

    const again = openAppContext({ dataDir: laptop.dir, seedDemoIfNew: false });
    try {
      const real = await importInto({ dir: laptop.dir, context: again, close: () => { again.close(); } }, file);
      expect(dry.dryRun).toBe(true);
      expect(dry.entries).toEqual(real.entries);
      expect({ ...dry, dryRun: false }).toEqual(real);
      expect(real.added).toBeGreaterThan(0);
    } finally {
      again.close();
    }
  });
});
