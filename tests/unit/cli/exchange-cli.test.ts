// `pykala exchange export|import` as a user runs it: real child processes on the demo folder and
// on new folders; the --json report, the dry run that leaves no trace, the exit codes and the
// Finnish one-line refusals with nothing changed (issue 10).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeReport } from '../../../shared/domain/exchange';
import { pykala } from './run-pykala';

let dir: string;
let demo: string;
let allFile: string;

/** Every file of a folder with its bytes. */
function folderBytes(folder: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else result[path.relative(folder, full)] = fs.readFileSync(full).toString('base64');
    }
  };
  walk(folder);
  return result;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-cli-exchange-'));
  demo = path.join(dir, 'demo');
  expect((await pykala('demo', '--data', demo)).code).toBe(0);
  allFile = path.join(dir, 'kaikki.pykala');
  const exported = await pykala('exchange', 'export', '--data', demo, '--out', allFile);
  expect(exported.stderr).toBe('');
  expect(exported.code).toBe(0);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('pykala exchange', () => {
  it('exports everything and imports it into a folder without a database, reporting as JSON', async () => {
    expect(fs.readFileSync(allFile).subarray(0, 2).toString()).toBe('PK');
    const laptop = path.join(dir, 'laptop-json');
    const result = await pykala('exchange', 'import', allFile, '--data', laptop, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ExchangeReport;
    expect(Object.keys(report).sort()).toEqual(['added', 'adoptedOrganisation', 'conflicts', 'dryRun', 'entries', 'fileName', 'organisationName', 'skipped', 'updated'].sort());
    expect(report).toMatchObject({ fileName: 'kaikki.pykala', dryRun: false, adoptedOrganisation: true, organisationName: 'Kokkolan kaupunki', updated: 0 });
    expect(report.added).toBe(report.entries.filter((entry) => entry.action === 'added').length);
    const projects = async (folder: string) => JSON.parse((await pykala('projects', '--data', folder, '--json')).stdout) as unknown[];
    expect(await projects(laptop)).toEqual(await projects(demo));

    const again = await pykala('exchange', 'import', allFile, '--data', laptop, '--json');
    const second = JSON.parse(again.stdout) as ExchangeReport;
    expect([second.added, second.updated, second.conflicts]).toEqual([0, 0, report.conflicts]);
  });

  it('prints the report as lines without --json', async () => {
    const laptop = path.join(dir, 'laptop-text');
    const result = await pykala('exchange', 'import', allFile, '--data', laptop);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Tuotu siirtotiedostosta kaikki.pykala (organisaatio Kokkolan kaupunki):');
    expect(lines[1]).toBe('Tämä tietokanta liitettiin tiedoston organisaatioon Kokkolan kaupunki (ensimmäinen siirto).');
    expect(lines).toContain('  lisätty     Asia Kehittämishankkeiden ajankohtaiskatsaus 2024');
    expect(lines.at(-1)).toMatch(/^Lisätty \d+, päivitetty 0, ohitettu \d+, ristiriitoja \d+\.$/u);
  });

  it('a dry run says what would happen and leaves no trace: no new folder, and an existing one byte for byte', async () => {
    const nowhere = path.join(dir, 'not-yet');
    const fresh = await pykala('exchange', 'import', allFile, '--data', nowhere, '--dry-run', '--json');
    expect(fresh.code).toBe(0);
    expect((JSON.parse(fresh.stdout) as ExchangeReport).dryRun).toBe(true);
    expect(fs.existsSync(nowhere)).toBe(false);

    const laptop = path.join(dir, 'laptop-dry');
    expect((await pykala('demo', '--data', laptop)).code).toBe(0);
    const before = folderBytes(laptop);
    const dry = await pykala('exchange', 'import', allFile, '--data', laptop, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout.split('\n')[0]).toBe('Koeajo: mitään ei tallennettu. Tuonti tekisi näin:');
    expect(folderBytes(laptop)).toEqual(before);
  });

  it('exports one meeting or one item', async () => {
    const meetings = JSON.parse((await pykala('meetings', '--data', demo, '--json')).stdout) as { id: string; number: string }[];
    const second = meetings.find((meeting) => meeting.number === '2/2024');
    const meetingFile = path.join(dir, 'kokous.pykala');
    const exported = await pykala('exchange', 'export', '--data', demo, '--out', meetingFile, '--meeting', second?.id ?? '');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^Siirtotiedosto kirjoitettu: .*kokous\.pykala \(\d+ tietuetta\)\.\n$/u);
    const laptop = path.join(dir, 'laptop-meeting');
    const report = JSON.parse((await pykala('exchange', 'import', meetingFile, '--data', laptop, '--json')).stdout) as ExchangeReport;
    expect(report.entries.filter((entry) => entry.kind === 'meeting').length).toBe(2);
    expect(report.entries.some((entry) => entry.kind === 'project')).toBe(false);

    const itemFile = path.join(dir, 'asia.pykala');
    expect((await pykala('exchange', 'export', '--data', demo, '--out', itemFile, '--item', 'seed-kehittamishankkeet-2024')).code).toBe(0);
    const itemReport = JSON.parse((await pykala('exchange', 'import', itemFile, '--data', path.join(dir, 'laptop-item'), '--json')).stdout) as ExchangeReport;
    expect(itemReport.entries.filter((entry) => entry.kind === 'item').map((entry) => entry.id)).toEqual(['seed-kehittamishankkeet-2024']);
    expect(itemReport.entries.every((entry) => entry.kind === 'item' || entry.kind === 'person')).toBe(true);
  });

  it('refuses a bad command line before any work (exit 1, or 3 for an existing --out)', async () => {
    const both = await pykala('exchange', 'export', '--data', demo, '--out', path.join(dir, 'x.pykala'), '--meeting', 'a', '--item', 'b');
    expect([both.code, both.stderr]).toEqual([1, 'Virhe: Anna joko --meeting tai --item, ei molempia.\n']);
    const docx = await pykala('exchange', 'export', '--data', demo, '--out', path.join(dir, 'x.docx'));
    expect(docx.code).toBe(1);
    expect(docx.stderr).toContain('.pykala');
    const exists = await pykala('exchange', 'export', '--data', demo, '--out', allFile);
    expect(exists.code).toBe(3);
    const noMeeting = await pykala('exchange', 'export', '--data', demo, '--out', path.join(dir, 'y.pykala'), '--meeting', 'ei-ole');
    expect([noMeeting.code, noMeeting.stderr]).toEqual([1, 'Virhe: Kokousta ei löydy.\n']);
    expect(fs.existsSync(path.join(dir, 'y.pykala'))).toBe(false);
    const usage = await pykala('exchange', 'send');
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain('pykala exchange export');
    const missing = await pykala('exchange', 'import', path.join(dir, 'ei-ole.pykala'), '--data', demo);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('ei voi lukea');
  });

  it('refuses a truncated file with one Finnish line, exit 1, and the data folder unchanged byte for byte', async () => {
    const cut = path.join(dir, 'katkennut.pykala');
    fs.writeFileSync(cut, fs.readFileSync(allFile).subarray(0, 4000));
    const laptop = path.join(dir, 'laptop-bad');
    expect((await pykala('demo', '--data', laptop)).code).toBe(0);
    const before = folderBytes(laptop);
    const result = await pykala('exchange', 'import', cut, '--data', laptop, '--json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('Virhe: Siirtotiedosto katkennut.pykala on katkennut tai vioittunut, eikä sitä voi lukea. Mitään ei tuotu.\n');
    expect(folderBytes(laptop)).toEqual(before);
    // Into a folder without a database: refused before one is made.
    const nowhere = path.join(dir, 'bad-target');
    expect((await pykala('exchange', 'import', cut, '--data', nowhere)).code).toBe(1);
    expect(fs.existsSync(nowhere)).toBe(false);
  });
});
