// `pykala export agenda|minutes MEETING_ID` and `pykala export extract ITEM_ID` as a user runs
// them on the demo folder (meeting 1/2024 held and checked, 2/2024 planned): the files written,
// read back, and every refusal one Finnish line with its exit code, nothing written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/services/app-context';
import { dispatch } from '../../../electron/services/dispatch';
import { seedItemId } from '../../../shared/demo/seed-item';
import type { AgendaItem } from '../../../shared/domain/item';
import type { MeetingSummary } from '../../../shared/ipc/channels/meetings';
import { bodyParagraphs, findAll, readDocx, styleOf, textOf } from '../export/docx-xml';
import type { DocxParts } from '../export/docx-xml';
import { tempDir } from '../db/helpers';
import { pykala } from './run-pykala';
import type { CliResult } from './run-pykala';

let demoDir: string;
let held: MeetingSummary;
let planned: MeetingSummary;
let draftItemId: string;

function expectOneLine(result: CliResult, code: number, text: string): void {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^Virhe: /u)]);
  expect(result.stderr).toContain(text);
}

const headerTexts = (docx: DocxParts) => docx.files.filter((name) => /^word\/header\d+\.xml$/u.test(name)).map((name) => textOf(docx.part(name)));
const headings = (docx: DocxParts) => bodyParagraphs(docx.part('word/document.xml')).filter((paragraph) => styleOf(paragraph) === 'Heading1').map(textOf);

beforeAll(async () => {
  // Not tempDir(): that one is removed after each test, and this folder serves them all.
  demoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-meeting-export-'));
  expect((await pykala('demo', '--data', demoDir)).code).toBe(0);
  const context = openAppContext({ dataDir: demoDir, seedDemoIfNew: false });
  try {
    const list = await dispatch(context.handlers, 'meetings:list', { year: 2024 });
    if (!list.ok) throw new Error(JSON.stringify(list.error));
    const meetings = list.value as MeetingSummary[];
    const byNumber = (number: number) => meetings.find((meeting) => meeting.number === number);
    held = byNumber(1) ?? (() => { throw new Error('no demo meeting 1/2024'); })();
    planned = byNumber(2) ?? (() => { throw new Error('no demo meeting 2/2024'); })();
    // A new draft: on no meeting, so it has no handled § to extract.
    const created = await dispatch(context.handlers, 'items:create', { template: 'empty' });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    draftItemId = (created.value as AgendaItem).id;
  } finally {
    context.close();
  }
}, 120_000);
afterAll(() => {
  fs.rmSync(demoDir, { recursive: true, force: true });
});

describe('pykala export minutes / agenda / extract', () => {
  it('writes the whole minutes of the held meeting: PÖYTÄKIRJA, every § in order, the appeal instructions', async () => {
    const out = path.join(tempDir(), 'pöytäkirja.docx');
    const result = await pykala('export', 'minutes', held.id, '--data', demoDir, '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(out);
    const docx = await readDocx(fs.readFileSync(out));
    expect(headerTexts(docx).every((text) => text.includes('PÖYTÄKIRJA 1/2024'))).toBe(true);
    const numbers = headings(docx).filter((text) => text.startsWith('§')).map((text) => Number(/^§ (\d+)/u.exec(text)?.[1]));
    expect(numbers.length).toBe(held.sectionCount);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers[0]).toBe(held.firstSection);
    expect(headings(docx).at(-1)).toBe('Muutoksenhakuohjeet');
    // The Käsittely written from the demo's handling record: the seed § was checked at the meeting.
    const texts = bodyParagraphs(docx.part('word/document.xml')).map(textOf);
    expect(texts.some((text) => text.includes('Pykälä tarkastettiin kokouksessa.'))).toBe(true);
    expect(texts.some((text) => /Äänestyksessä annettiin \d+ jaa-ääntä ja \d+ ei-ääntä/u.test(text))).toBe(true);
    expect(findAll(docx.part('word/document.xml'), 'w:tblHeader').length).toBeGreaterThan(0);
  });

  it('writes the agenda of the planned meeting: ESITYSLISTA with Asianro, no decisions', async () => {
    const out = path.join(tempDir(), 'esityslista.docx');
    const result = await pykala('export', 'agenda', planned.id, '--data', demoDir, '--out', out);
    expect(result.code, result.stderr).toBe(0);
    const docx = await readDocx(fs.readFileSync(out));
    expect(headerTexts(docx).every((text) => text.includes('ESITYSLISTA 2/2024'))).toBe(true);
    expect(headings(docx).slice(1).every((text) => text.startsWith('Asianro '))).toBe(true);
    expect(bodyParagraphs(docx.part('word/document.xml')).some((paragraph) => textOf(paragraph).startsWith('Päätös\t'))).toBe(false);
  });

  it('writes the extract of the seed item\'s § with PÖYTÄKIRJANOTE and the certification', async () => {
    const out = path.join(tempDir(), 'ote.docx');
    const result = await pykala('export', 'extract', seedItemId, '--data', demoDir, '--out', out);
    expect(result.code, result.stderr).toBe(0);
    const docx = await readDocx(fs.readFileSync(out));
    expect(headerTexts(docx).some((text) => text.includes('PÖYTÄKIRJANOTE'))).toBe(true);
    expect(headings(docx)[0]).toMatch(/^§ \d+\tKehittämishankkeiden ajankohtaiskatsaus 2024$/u);
    expect(bodyParagraphs(docx.part('word/document.xml')).some((paragraph) => textOf(paragraph).startsWith('Otteen oikeaksi todistaa\t'))).toBe(true);
  });

  it('refuses an item never handled, an unknown meeting and a bad command line with one Finnish line, writing nothing', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'ei.docx');
    expect(draftItemId).not.toBe('');
    expectOneLine(await pykala('export', 'extract', draftItemId, '--data', demoDir, '--out', out), 1, 'ei ole vielä käsitelty');
    expectOneLine(await pykala('export', 'minutes', planned.id, '--data', demoDir, '--out', out), 1, 'Pöytäkirjaa ei voi tehdä, ennen kuin pykälät on numeroitu');
    expectOneLine(await pykala('export', 'minutes', 'ei-tallaista', '--data', demoDir, '--out', out), 1, 'Kokousta ei löytynyt.');
    expectOneLine(await pykala('export', 'agenda', '--data', demoDir, '--out', out), 1, 'Käyttö: pykala export');
    expectOneLine(await pykala('export', 'minutes', held.id, '--data', demoDir, '--out', path.join(dir, 'ei.txt')), 1, '.docx');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('never overwrites an existing file without --force (exit 3, the file unchanged)', async () => {
    const out = path.join(tempDir(), 'vanha.docx');
    fs.writeFileSync(out, 'aiempi');
    expectOneLine(await pykala('export', 'minutes', held.id, '--data', demoDir, '--out', out), 3, 'on jo olemassa');
    expect(fs.readFileSync(out, 'utf8')).toBe('aiempi');
    expect((await pykala('export', 'minutes', held.id, '--data', demoDir, '--out', out, '--force')).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});
