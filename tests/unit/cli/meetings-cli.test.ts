// `pykala meetings` as a user runs it: a real child process on the demo folder, and on a
// database with no meetings yet; the text lines and the --json shape (issue 8).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { currentDatabasePath } from '../../../electron/services/app-context';
import { pykala } from './run-pykala';

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-cli-meetings-'));
  expect((await pykala('demo', '--data', path.join(dir, 'demo'))).code).toBe(0);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('pykala meetings', () => {
  it('lists the demo meetings oldest first: id, body, number, date, status and §§', async () => {
    const result = await pykala('meetings', '--data', path.join(dir, 'demo'));
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((line) => line.split('\t'));
    expect(lines.map((cells) => cells.slice(1))).toEqual([
      ['Sivistyslautakunta', '1/2024', '23.1.2024', 'Pöytäkirja tarkastettu', '§§ 1–8'],
      ['Sivistyslautakunta', '2/2024', '20.2.2024', 'Suunniteltu', '–'],
    ]);
    expect(lines.every((cells) => /^[\da-f-]{36}$/u.test(cells[0] ?? ''))).toBe(true);
  });

  it('gives the same facts as JSON with ISO dates and the §§ as numbers', async () => {
    const text = await pykala('meetings', '--data', path.join(dir, 'demo'));
    const json = await pykala('meetings', '--data', path.join(dir, 'demo'), '--json');
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(rows.map((row) => [row.body, row.number, row.date, row.status, row.firstSection, row.lastSection, row.sectionCount])).toEqual([
      ['Sivistyslautakunta', '1/2024', '2024-01-23', 'tarkastettu', 1, 8, 8],
      ['Sivistyslautakunta', '2/2024', '2024-02-20', 'suunniteltu', null, null, 5],
    ]);
    expect(rows.map((row) => row.id)).toEqual(text.stdout.trimEnd().split('\n').map((line) => line.split('\t')[0]));
  });

  it('says so when there are no meetings, and refuses a folder without a database (exit 2)', async () => {
    const empty = path.join(dir, 'empty');
    fs.mkdirSync(empty);
    openDatabase(currentDatabasePath(empty)).close();
    const none = await pykala('meetings', '--data', empty);
    expect([none.code, none.stdout]).toEqual([0, 'Ei kokouksia.\n']);
    expect(await pykala('meetings', '--data', empty, '--json')).toMatchObject({ code: 0, stdout: '[]\n' });
    const missing = await pykala('meetings', '--data', path.join(dir, 'nothing'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ei ole tietokantaa');
  });
});
