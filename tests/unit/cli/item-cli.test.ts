// `pykala item import` and `pykala item show` as a script runs them: real child processes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pykala } from './run-pykala';

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-cli-item-'));
  expect((await pykala('demo', '--data', dir)).code).toBe(0);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, content: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

describe('pykala item', () => {
  it('imports an item file, prints its id, and shows it in the same shape, which imports again', async () => {
    const file = write('asia.json', JSON.stringify({
      title: 'Kerhoavustukset 2025',
      meetingDate: '2025-02-11',
      preparers: [{ name: 'Maria Esimerkki', title: 'kehittämispäällikkö' }],
      presenter: { title: 'Sivistysjohtaja', name: 'Mikko Saari' },
      background: '<p>Kerhoja on <b>kahdeksan</b>.</p>',
      proposal: { html: '<p>Lautakunta päättää myöntää avustukset:</p><ul><li>Koivula 1 200 €</li><li>Mäntylä 800 €</li></ul><p>Yhteensä 2 000 €.</p>' },
      appeal: 'appeal-ei-136',
    }));
    const imported = await pykala('item', 'import', file, '--data', dir, '--json');
    expect([imported.code, imported.stderr]).toEqual([0, '']);
    const { id } = JSON.parse(imported.stdout) as { id: string };
    const shown = await pykala('item', 'show', id, '--data', dir, '--json');
    expect(shown.code).toBe(0);
    const json = JSON.parse(shown.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ id, status: 'luonnos', title: 'Kerhoavustukset 2025', meetingDate: '2025-02-11', appeal: 'appeal-ei-136', decision: null });
    expect(json.proposal).toEqual({ html: '<p>Lautakunta päättää myöntää avustukset:</p><ul><li><p>Koivula 1 200 €</p></li><li><p>Mäntylä 800 €</p></li></ul><p>Yhteensä 2 000 €.</p>' });

    const again = await pykala('item', 'import', write('uudelleen.json', shown.stdout), '--data', dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Asia tuotu luonnokseksi: [\w-]+\n$/u);
    const human = await pykala('item', 'show', id, '--data', dir);
    expect(human.stdout).toContain('Kokouspäivä: 11.2.2025');
    expect(human.stdout).toContain('Esittelijä: Mikko Saari, sivistysjohtaja');
  });

  it('refuses a bad file in one Finnish line naming the key, exits 1 and writes nothing', async () => {
    const before = JSON.parse((await pykala('items', '--data', dir, '--json')).stdout) as unknown[];
    const bad = await pykala('item', 'import', write('huono.json', JSON.stringify({ title: '', proposal: { opening: 'x', points: 'y' }, väri: 'punainen' })), '--data', dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('avain ”title”: Anna asian otsikko.');
    expect(bad.stderr).toContain('avain ”proposal”');
    expect(bad.stderr).toContain('avain ”väri”: tuntematon avain.');
    const notJson = await pykala('item', 'import', write('rikki.json', '{ "title": '), '--data', dir);
    expect([notJson.code, notJson.stderr]).toEqual([1, expect.stringMatching(/^Virhe: Tiedosto .*rikki\.json ei ole kelvollista JSONia: .*\n$/u) as unknown]);
    const missing = await pykala('item', 'import', path.join(dir, 'ei-ole.json'), '--data', dir);
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringContaining('ei voi lukea') as unknown]);
    const unknownItem = await pykala('item', 'show', 'ei-ole', '--data', dir, '--json');
    expect([unknownItem.code, unknownItem.stderr]).toEqual([1, 'Virhe: Asiaa ei löytynyt. Se on ehkä poistettu.\n']);
    for (const result of [bad, notJson, missing, unknownItem]) expect(result.stderr).not.toMatch(/\bat \S+:\d+/u);
    expect(JSON.parse((await pykala('items', '--data', dir, '--json')).stdout)).toEqual(before);
  });
});
