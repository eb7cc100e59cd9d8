// `pykala item versions` as a script runs it: a real child process on a demo folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReviewItemId } from '../../../electron/services/demo/seed-review';
import { formatFinnishDateTime } from '../../../shared/format/timestamp';
import { pykala } from './run-pykala';

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-cli-versions-'));
  expect((await pykala('demo', '--data', dir)).code).toBe(0);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('pykala item versions', () => {
  it('lists the versions oldest first: id, time, author and the Finnish summary; --json has the same fields', async () => {
    const json = await pykala('item', 'versions', demoReviewItemId, '--data', dir, '--json');
    expect([json.code, json.stderr]).toEqual([0, '']);
    const rows = JSON.parse(json.stdout) as { id: number; time: string; createdAt: string; author: string; summary: string; status: string; note: string }[];
    expect(rows.map((row) => [row.id, row.author, row.summary, row.status])).toEqual([
      [1, 'Maria Esimerkki', 'Ensimmäinen versio', 'luonnos'],
      [2, 'Maria Esimerkki', 'Päätösehdotus: kohta 2 muutettu', 'luonnos'],
      [3, 'Maria Esimerkki', 'Selostus: 1 kappale lisätty', 'luonnos'],
      [4, 'Maria Esimerkki', expect.any(String) as unknown, 'tarkastettavana'],
    ]);
    for (const row of rows) {
      expect(row.time).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}$/u);
      expect(row.time).toBe(formatFinnishDateTime(row.createdAt));
    }
    expect(rows[3]?.note).toBe('Palvelusetelin uusi arvo on laskettu kustannusten nousun mukaan. Tarkastathan perustelut.');

    const human = await pykala('item', 'versions', demoReviewItemId, '--data', dir);
    expect(human.code).toBe(0);
    const lines = human.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(`2  ${rows[1]?.time ?? ''}  Maria Esimerkki  Päätösehdotus: kohta 2 muutettu`);
    expect(lines[3]).toContain('(Palvelusetelin uusi arvo');
  });

  it('refuses an unknown item in one Finnish line (exit 1) and a folder without a database (exit 2)', async () => {
    const unknown = await pykala('item', 'versions', 'ei-ole', '--data', dir);
    expect([unknown.code, unknown.stdout, unknown.stderr]).toEqual([1, '', 'Virhe: Asiaa ei löytynyt. Se on ehkä poistettu.\n']);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-cli-versions-empty-'));
    try {
      const missing = await pykala('item', 'versions', demoReviewItemId, '--data', empty);
      expect(missing.code).toBe(2);
      expect(missing.stderr.trim().split('\n')).toHaveLength(1);
      expect(fs.readdirSync(empty)).toEqual([]);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
    const usage = await pykala('item', 'versions', '--data', dir);
    expect(usage.code).toBe(1);
  });
});
