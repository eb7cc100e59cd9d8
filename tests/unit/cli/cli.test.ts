// The CLI as a user runs it: a real child process on a temporary data folder.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sha256, tempDir } from '../db/helpers';
import { pykala, repoRoot as root } from './run-pykala';

const run = promisify(execFile);

describe('pykala CLI', () => {
  it('demo creates the database; projects --active-on 2024-01-01 --json gives the 27', async () => {
    const dir = tempDir();
    const demo = await pykala('demo', '--data', dir);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('Esimerkkitietokanta luotu');
    expect(fs.existsSync(path.join(dir, 'pykala.sqlite3'))).toBe(true);

    const json = await pykala('projects', '--data', dir, '--active-on', '2024-01-01', '--json');
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as { nameFi: string; isSample: boolean; callName: string; status: string }[];
    expect(rows).toHaveLength(27);
    expect(rows.every((row) => row.isSample)).toBe(true);
    // Full projects, not only the table's columns.
    expect(rows.every((row) => typeof row.callName === 'string' && row.callName.length > 0)).toBe(true);

    const table = await pykala('projects', '--data', dir, '--active-on', '1.1.2024');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Nimi\s+Vastuualue\s+Rahoittaja\s+Myönnetty\s+Kausi\s+Tila/u);
    expect(table.stdout).toContain('27 hanketta käynnissä 1.1.2024');
    expect(table.stdout).toMatch(/Kaikki mukaan – tasa-arvoinen varhaiskasvatus\s+Varhaiskasvatus\s+OKM\s+184 000 €\s+1\.8\.2023–31\.12\.2024\s+Käynnissä/u);

    const due = await pykala('projects', '--data', dir, '--due-by', '31.3.2024');
    expect(due.code).toBe(0);
    expect(due.stdout).toContain('3 hanketta, jotka päättyvät tai joiden loppuraportti erääntyy viimeistään 31.3.2024');
    expect(due.stdout).toContain('Varhaiskasvatuksen tasa-arvo 2022–2023');

    const all = await pykala('projects', '--data', dir, '--json');
    expect((JSON.parse(all.stdout) as unknown[]).length).toBeGreaterThan(27);
  });

  it('demo refuses a folder that already has a database and leaves it as it was', async () => {
    const dir = tempDir();
    expect((await pykala('demo', '--data', dir)).code).toBe(0);
    const file = path.join(dir, 'pykala.sqlite3');
    const before = sha256(file);
    const again = await pykala('demo', '--data', dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('on jo tietokanta');
    expect(sha256(file)).toBe(before);
  });

  it('answers bad input in Finnish with a non-zero exit code', async () => {
    const dir = tempDir();
    const noDb = await pykala('projects', '--data', dir);
    expect(noDb).toMatchObject({ code: 2 });
    expect(noDb.stderr).toContain('ei ole tietokantaa');
    expect(fs.readdirSync(dir)).toEqual([]);
    expect((await pykala('projects', '--data', dir, '--active-on', '31.2.2024')).stderr).toContain('ei kelpaa');
    expect((await pykala('tuntematon')).stderr).toContain('Tuntematon komento');
    expect((await pykala('projects', '--bogus')).code).toBe(1);
    expect((await pykala()).code).toBe(1);
  });

  it('reports a corrupt database without touching it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'pykala.sqlite3');
    fs.writeFileSync(file, 'not a database at all');
    const result = await pykala('projects', '--data', dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Tiedosto ei ole Pykälän tietokanta');
    expect(fs.readFileSync(file, 'utf8')).toBe('not a database at all');
  });

  it('--help prints the usage, also through npx from the repository root', async () => {
    const help = await pykala('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Käyttö: pykala');
    const viaNpx = await run('npx', ['--offline', 'pykala', '--help'], { cwd: root });
    expect(viaNpx.stdout).toContain('Käyttö: pykala');
  });
});
