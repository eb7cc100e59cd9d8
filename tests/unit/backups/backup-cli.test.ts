// `pykala backup` and `pykala restore` as a user runs them: a real child process each.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { backupsDirOf } from '../../../electron/services/backups/backup-files';
import { readPointer } from '../../../electron/services/data-pointer';
import { insertProjectRow, projectInput, sha256, tempDir } from '../db/helpers';
import { pykala } from '../cli/run-pykala';

function folderWith(names: string[]): string {
  const dir = tempDir();
  const handle = openDatabase(path.join(dir, 'pykala.sqlite3'));
  names.forEach((nameFi, n) => { insertProjectRow(handle.sqlite, `p${String(n)}`, projectInput({ nameFi })); });
  handle.close();
  return dir;
}

function projectNames(dir: string): string[] {
  const db = new BetterSqlite3(path.join(dir, readPointer(dir).databaseFile), { readonly: true });
  try {
    return db.prepare('SELECT name_fi FROM projects ORDER BY name_fi').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('pykala backup and restore', () => {
  it('backs up with --out, then restores that file after backing up the current state', async () => {
    const dir = folderWith(['Ensimmäinen']);
    const out = path.join(tempDir(), 'kopio.sqlite3');
    const backup = await pykala('backup', '--data', dir, '--out', out);
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    const [made] = fs.readdirSync(backupsDirOf(dir)).filter((name) => name.endsWith('.sqlite3'));
    expect(backup.stdout).toBe(`Varmuuskopio tehty: ${path.join(backupsDirOf(dir), made!)} (hankkeita 1, asioita 0, kokouksia 0; eheys tarkistettu).\nKopio tallennettu: ${out}\n`);
    expect(sha256(out)).toBe(sha256(path.join(backupsDirOf(dir), made!)));

    // An existing --out is refused before anything is done (exit 3), no second backup made.
    const again = await pykala('backup', '--data', dir, '--out', out);
    expect(again.code).toBe(3);
    expect(fs.readdirSync(backupsDirOf(dir)).filter((name) => name.endsWith('.sqlite3'))).toEqual([made]);

    const later = openDatabase(path.join(dir, 'pykala.sqlite3'));
    insertProjectRow(later.sqlite, 'p2', projectInput({ nameFi: 'Toinen' }));
    later.close();
    const restore = await pykala('restore', out, '--data', dir);
    expect(restore.code).toBe(0);
    const lines = restore.stdout.trim().split('\n');
    expect(lines[0]).toBe(`Palautettu tiedostosta ${out} (hankkeita 1, asioita 0, kokouksia 0).`);
    expect(lines[1]).toMatch(/^Nykyinen tila varmuuskopioitiin ensin: .*-restore\.sqlite3$/u);
    expect(projectNames(dir)).toEqual(['Ensimmäinen']);
  });

  it('refuses a file that is not Pykälä’s with one Finnish line and exit 1, nothing changed', async () => {
    const dir = folderWith(['Pysyy']);
    const bad = path.join(tempDir(), 'laskut.sqlite3');
    const raw = new BetterSqlite3(bad);
    raw.exec('CREATE TABLE laskut (id INTEGER PRIMARY KEY)');
    raw.close();
    const before = [sha256(path.join(dir, 'pykala.sqlite3')), sha256(bad), fs.readdirSync(dir).sort()];
    const result = await pykala('restore', bad, '--data', dir);
    expect(result).toEqual({ code: 1, stdout: '', stderr: `Virhe: Tiedostoa ${bad} ei palautettu: Tiedosto on toisen ohjelman tietokanta, ei Pykälän varmuuskopio. Mitään ei muutettu.\n` });
    expect([sha256(path.join(dir, 'pykala.sqlite3')), sha256(bad), fs.readdirSync(dir).sort()]).toEqual(before);
  });

  it('without a file or without a database: the usage and exit codes of the other commands', async () => {
    expect(await pykala('restore', '--data', tempDir())).toMatchObject({ code: 1, stderr: 'Virhe: Anna palautettava tiedosto: pykala restore TIEDOSTO --data KANSIO\n' });
    expect((await pykala('backup', '--data', tempDir())).code).toBe(2);
  });
});
