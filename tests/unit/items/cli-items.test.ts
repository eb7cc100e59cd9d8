// `pykala items` and `pykala export` as a user runs them: real child processes on a temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pykala } from '../cli/run-pykala';

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const entry = zip.file('word/document.xml');
  if (!entry) throw new Error(`${file} has no word/document.xml`);
  return entry.async('string');
}

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-cli-items-'));
  expect((await pykala('demo', '--data', dir)).code).toBe(0);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('pykala items and export', () => {
  it('lists items with ids and titles, and exports the seed item as proposal and minutes', async () => {
    const json = await pykala('items', '--data', dir, '--json');
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as { id: string; title: string }[];
    // The seed item and the demo meetings' items (issue 8): the seed was handled at 1/2024, whose minutes are checked.
    expect(rows.map((row) => row.title)).toContain('Kehittämishankkeiden ajankohtaiskatsaus 2024');
    const id = rows.find((row) => row.title === 'Kehittämishankkeiden ajankohtaiskatsaus 2024')?.id ?? '';
    const table = await pykala('items', '--data', dir);
    expect(table.stdout).toContain(`${id}\tPöytäkirja tarkastettu\t23.1.2024\tKehittämishankkeiden ajankohtaiskatsaus 2024`);

    const proposalFile = path.join(dir, 'esitys.docx');
    const proposal = await pykala('export', 'item', id, '--data', dir, '--out', proposalFile);
    expect(proposal.code).toBe(0);
    expect(proposal.stdout).toContain('Kirjoitettu');
    const xml = await documentXml(proposalFile);
    expect(xml).toContain('Kehittämishankkeiden ajankohtaiskatsaus 2024');
    expect(xml).toContain('lähettää asian tiedoksi kaupunginhallitukselle ja tarkastuslautakunnalle');

    const minutesFile = path.join(dir, 'poytakirja.docx');
    expect((await pykala('export', 'item', id, '--data', dir, '--out', minutesFile, '--kind', 'minutes')).code).toBe(0);
    expect(await documentXml(minutesFile)).toContain('tarkistaa tämän pykälän välittömästi kokouksen yhteydessä.');
  });

  it('exports the project summary running on a date', async () => {
    const file = path.join(dir, 'yhteenveto.docx');
    const result = await pykala('export', 'summary', '--data', dir, '--active-on', '2024-01-01', '--out', file);
    expect(result.code).toBe(0);
    expect(await documentXml(file)).toContain('Yhteenveto hankkeista');
  });

  it('says what is wrong in Finnish, exits non-zero and writes no file', async () => {
    const file = path.join(dir, 'ei.docx');
    const missing = await pykala('export', 'item', 'ei-ole', '--data', dir, '--out', file);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Asiaa ei löytynyt');
    const badKind = await pykala('export', 'item', 'x', '--data', dir, '--out', file, '--kind', 'muistio');
    expect([badKind.code, badKind.stderr]).toEqual([1, expect.stringContaining('Tuntematon --kind: muistio') as unknown]);
    const badDate = await pykala('export', 'summary', '--data', dir, '--active-on', '31.2.2024', '--out', file);
    expect([badDate.code, badDate.stderr]).toEqual([1, expect.stringContaining('Virheellinen päivämäärä') as unknown]);
    const noOut = await pykala('export', 'summary', '--data', dir, '--active-on', '2024-01-01');
    expect([noOut.code, noOut.stderr]).toEqual([1, expect.stringContaining('--out') as unknown]);
    expect((await pykala('export', '--data', dir, '--out', file)).stderr).toContain('Käyttö: pykala export');
    expect(fs.existsSync(file)).toBe(false);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-cli-empty-'));
    try {
      const noDatabase = await pykala('items', '--data', empty);
      expect(noDatabase.code).not.toBe(0);
      expect(noDatabase.stderr).toContain('pykala demo');
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
