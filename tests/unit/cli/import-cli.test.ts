// `pykala import projects FILE --data DIR [--mapping MAP.json] [--dry-run] [--skip-invalid] [--json]`
// as a script runs it, in a child process: with an invalid row it lists the rows, writes nothing
// (the database file is byte-identical) and exits 1; --skip-invalid imports the rest; --json is
// exactly {added, updated, skipped, errors}; --dry-run writes nothing; a project already in the
// register is skipped; bad files and command lines get one Finnish line and exit 1.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentDatabasePath, openAppContext } from '../../../electron/services/app-context';
import { translate } from '../../../shared/i18n/translate';
import { pykala } from './run-pykala';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/import');
const fixture = (name: string) => path.join(fixtures, name);
let root: string;
let counter = 0;

/** A data folder with an empty database, as the app leaves it. */
function emptyDataFolder(): string {
  const dir = path.join(root, `data-${String(++counter)}`);
  openAppContext({ dataDir: dir, seedDemoIfNew: false }).close();
  return dir;
}

function databaseHash(dir: string): string {
  const hash = createHash('sha256');
  const db = currentDatabasePath(dir);
  for (const part of [db, `${db}-wal`]) if (fs.existsSync(part)) hash.update(part).update(fs.readFileSync(part));
  return hash.digest('hex');
}

function projectNames(dir: string): string[] {
  const sqlite = new BetterSqlite3(currentDatabasePath(dir), { readonly: true });
  try {
    return sqlite.prepare('SELECT name_fi FROM projects ORDER BY name_fi').pluck().all() as string[];
  } finally {
    sqlite.close();
  }
}

const unknownFunder = { row: 8, column: 'Rahoittaja', message: 'Tuntematon arvo ”Kunta” (Rahoittaja): valitse, mitä se tarkoittaa.' };

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-cli-import-'));
});
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

// Each case starts a Node process with tsx: on a busy 2-core machine a few of them outlast the default minute.
describe('pykala import projects', { timeout: 300_000 }, () => {
  it('refuses a file with an invalid row: lists it, writes nothing, exits 1 (JSON and text)', async () => {
    const dir = emptyDataFolder();
    const before = databaseHash(dir);
    const json = await pykala('import', 'projects', fixture('windows-1252-puolipiste.csv'), '--data', dir, '--json');
    expect(json.code).toBe(1);
    const printed = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual(['added', 'updated', 'skipped', 'errors']);
    expect(printed).toEqual({ added: 0, updated: 0, skipped: 0, errors: [unknownFunder] });
    expect(json.stderr.trim().split('\n')).toEqual([`Virhe: ${translate('dataImport.cli.refused', { count: 1 })}`]);
    const text = await pykala('import', 'projects', fixture('toimiston-rekisteri-exceljs.xlsx'), '--data', dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`Rivi 8, Rahoittaja: ${unknownFunder.message}`);
    expect(databaseHash(dir)).toBe(before);
    expect(projectNames(dir)).toEqual([]);
  });

  it('--skip-invalid imports the valid rows; a second run skips them as already in the register', async () => {
    const dir = emptyDataFolder();
    const first = await pykala('import', 'projects', fixture('windows-1252-puolipiste.csv'), '--data', dir, '--skip-invalid', '--json');
    expect([first.code, first.stderr]).toEqual([0, '']);
    expect(JSON.parse(first.stdout)).toEqual({ added: 4, updated: 0, skipped: 1, errors: [unknownFunder] });
    expect(projectNames(dir)).toEqual(['Kerho € ja ääkköset', 'Lukion hyvinvointi (pilotti)', 'Lukuinto – lukemisen ilo', 'Vapaan sivistystyön digiloikka']);
    const second = await pykala('import', 'projects', fixture('utf8-bom-puolipiste.csv'), '--data', dir, '--skip-invalid');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Lisätty: 0\nPäivitetty: 0\nOhitettu: 5');
    expect(second.stdout).toContain(`Rivi 4 ohitettu (Lukuinto – lukemisen ilo): ${translate('dataImport.report.duplicateSkipped')}`);
    expect(projectNames(dir)).toHaveLength(4);
  });

  it('--mapping maps the unknown value; --dry-run reports the same and writes nothing', async () => {
    const dir = emptyDataFolder();
    const mapFile = path.join(root, 'map.json');
    const columns = ['Hanke', 'Vastuualue', 'Rahoittaja', 'Avustuslaji', 'Myönnetty €', 'Kokonaisbudjetti', 'Omarahoitus', 'Alkaa', 'Päättyy', 'Vastuuhenkilö', 'Tila', 'Kumppanit'];
    const fields = ['nameFi', 'area', 'funder', 'grantType', 'grantedCents', 'totalBudgetCents', 'ownShareValue', 'startDate', 'endDate', 'responsiblePerson', 'status', 'partners'];
    fs.writeFileSync(mapFile, JSON.stringify({ headerRow: 3, columns: columns.map((header, index) => ({ index, header, field: fields[index] })), valueMappings: [{ field: 'funder', value: 'Kunta', target: 'muu' }], defaults: {} }));
    const before = databaseHash(dir);
    const dry = await pykala('import', 'projects', fixture('iso-8859-15-pilkku.csv'), '--data', dir, '--mapping', mapFile, '--dry-run', '--json');
    expect([dry.code, JSON.parse(dry.stdout)]).toEqual([0, { added: 5, updated: 0, skipped: 0, errors: [] }]);
    expect(databaseHash(dir)).toBe(before);
    const dryText = await pykala('import', 'projects', fixture('iso-8859-15-pilkku.csv'), '--data', dir, '--mapping', mapFile, '--dry-run');
    expect(dryText.stdout).toContain(translate('dataImport.cli.dryRun'));
    expect(databaseHash(dir)).toBe(before);
    const real = await pykala('import', 'projects', fixture('iso-8859-15-pilkku.csv'), '--data', dir, '--mapping', mapFile, '--json');
    expect([real.code, JSON.parse(real.stdout)]).toEqual([0, { added: 5, updated: 0, skipped: 0, errors: [] }]);
    expect(projectNames(dir)).toContain('Koulupihat kuntoon');
  });

  it('bad files and command lines: one Finnish line, exit 1, nothing written', async () => {
    const dir = emptyDataFolder();
    const before = databaseHash(dir);
    const badMap = path.join(root, 'bad-map.json');
    fs.writeFileSync(badMap, '{"headerRow": 0}');
    const cases: [string[], string][] = [
      [['import', 'projects', fixture('rikkinainen-lainaus.csv'), '--data', dir], translate('dataImport.error.brokenQuote', { row: 3 })],
      [['import', 'projects', fixture('ei-otsikkoa.csv'), '--data', dir], translate('dataImport.error.noHeader')],
      [['import', 'projects', fixture('tyhja.csv'), '--data', dir], translate('dataImport.error.empty')],
      [['import', 'projects', fixture('ei-taulukko.png'), '--data', dir], translate('dataImport.error.notSpreadsheet')],
      [['import', 'projects', path.join(root, 'puuttuu.csv'), '--data', dir], translate('dataImport.cli.unreadable', { file: path.join(root, 'puuttuu.csv') })],
      [['import', 'projects', fixture('utf8-sarkain.csv'), '--data', dir, '--mapping', path.join(root, 'puuttuu.json')], translate('dataImport.cli.unreadable', { file: path.join(root, 'puuttuu.json') })],
      [['import', 'hankkeet', fixture('utf8-sarkain.csv'), '--data', dir], translate('dataImport.cli.usage')],
    ];
    for (const [args, message] of cases) {
      const result = await pykala(...args);
      expect([result.code, result.stdout, result.stderr], args.join(' ')).toEqual([1, '', `Virhe: ${message}\n`]);
    }
    const mapping = await pykala('import', 'projects', fixture('utf8-sarkain.csv'), '--data', dir, '--mapping', badMap);
    expect(mapping.code).toBe(1);
    expect(mapping.stderr).toMatch(/^Virhe: Sarakemäärittelyä .*bad-map\.json” ei voitu lukea: /u);
    expect(databaseHash(dir)).toBe(before);
    const noDatabase = await pykala('import', 'projects', fixture('utf8-sarkain.csv'), '--data', path.join(root, 'tyhja-kansio'));
    expect(noDatabase.code).toBe(2);
  });
});
