// Every way `pykala` can fail, as a user meets it: one Finnish line on stderr, the documented exit
// code (electron/cli/cli-io.ts, listed in `pykala --help`), never a stack trace, and --out never
// overwrites a file unless --force is given.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { sha256, tempDir } from '../db/helpers';
import { fillDisk, remountReadOnly, smallDisk } from '../storage';
import { repoRoot } from './run-pykala';

const execFileAsync = promisify(execFile);
const bin = path.join(repoRoot, 'electron/cli/bin.mjs');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** As a user runs it: no PYKALA_LOG_LEVEL, so whatever the CLI prints by default is what is checked. */
async function pykala(...args: string[]): Promise<Result> {
  const env = { ...process.env };
  delete env.PYKALA_LOG_LEVEL;
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [bin, ...args], { cwd: repoRoot, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as Result;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Exactly one line, in Finnish, with no trace of a stack. */
function expectOneLine(result: Result, code: number, text: string): void {
  expect(result.code).toBe(code);
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^Virhe: /u)]);
  expect(result.stderr).toContain(text);
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+|Error:|node:internal/u);
}

async function isDocx(file: string): Promise<boolean> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return zip.file('word/document.xml') !== null;
}

let demoDir: string;
let itemId: string;

beforeAll(async () => {
  // Not tempDir(): that one is removed after each test, and this folder serves them all.
  demoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-cli-failures-'));
  expect((await pykala('demo', '--data', demoDir)).code).toBe(0);
  const rows = JSON.parse((await pykala('items', '--data', demoDir, '--json')).stdout) as { id: string }[];
  itemId = rows[0]?.id ?? '';
});
afterAll(() => {
  fs.rmSync(demoDir, { recursive: true, force: true });
});

describe('--out and --force', () => {
  it('an existing file is refused with exit 3 and left byte-identical; --force replaces it', async () => {
    const out = path.join(tempDir(), 'esitys.docx');
    fs.writeFileSync(out, 'tärkeä aiempi tiedosto');
    const before = sha256(out);
    const refused = await pykala('export', 'item', itemId, '--data', demoDir, '--out', out);
    expectOneLine(refused, 3, 'on jo olemassa');
    expect(refused.stderr).toContain('--force');
    expect(sha256(out)).toBe(before);

    const forced = await pykala('export', 'item', itemId, '--data', demoDir, '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(await isDocx(out)).toBe(true);
    // Nothing temporary is left beside it.
    expect(fs.readdirSync(path.dirname(out))).toEqual(['esitys.docx']);
  });

  it('a missing folder, a folder as the file, a read-only folder: exit 3, one line each', async () => {
    expectOneLine(await pykala('export', 'item', itemId, '--data', demoDir, '--out', path.join(tempDir(), 'ei', 'ole.docx')), 3, 'ei ole');
    const folder = path.join(tempDir(), 'kansio.docx');
    fs.mkdirSync(folder);
    expectOneLine(await pykala('export', 'item', itemId, '--data', demoDir, '--out', folder, '--force'), 3, 'on kansio');
    const readOnly = smallDisk('1m');
    remountReadOnly(readOnly);
    expectOneLine(await pykala('export', 'item', itemId, '--data', demoDir, '--out', path.join(readOnly, 'esitys.docx')), 3, 'ei voi kirjoittaa');
  });

  it('on a full disk: exit 3 "Levy on täynnä", no half file left, and --force leaves the old file whole', async () => {
    const disk = smallDisk('1m');
    const old = path.join(disk, 'vanha.docx');
    fs.writeFileSync(old, 'edellinen versio');
    fillDisk(disk);
    const names = fs.readdirSync(disk).sort();
    expectOneLine(await pykala('export', 'item', itemId, '--data', demoDir, '--out', path.join(disk, 'uusi.docx')), 3, 'Levy on täynnä');
    expect(fs.readdirSync(disk).sort()).toEqual(names);
    expectOneLine(await pykala('export', 'item', itemId, '--data', demoDir, '--out', old, '--force'), 3, 'Levy on täynnä');
    expect(fs.readFileSync(old, 'utf8')).toBe('edellinen versio');
    expect(fs.readdirSync(disk).sort()).toEqual(names);
  });
});

describe('database failures: exit 2, one line', () => {
  it('no database in the folder', async () => {
    expectOneLine(await pykala('items', '--data', tempDir()), 2, 'ei ole tietokantaa');
  });

  it('another program’s database, left byte-identical', async () => {
    const foreign = tempDir();
    const raw = new BetterSqlite3(path.join(foreign, 'pykala.sqlite3'));
    raw.exec('CREATE TABLE contacts (name TEXT)');
    raw.close();
    const before = sha256(path.join(foreign, 'pykala.sqlite3'));
    expectOneLine(await pykala('items', '--data', foreign), 2, 'toisen ohjelman tietokanta');
    expect(sha256(path.join(foreign, 'pykala.sqlite3'))).toBe(before);
  });

  it('a read-only data folder, with a database or for a new one', async () => {
    const readOnly = smallDisk('8m');
    fs.copyFileSync(path.join(demoDir, 'pykala.sqlite3'), path.join(readOnly, 'pykala.sqlite3'));
    remountReadOnly(readOnly);
    expectOneLine(await pykala('items', '--data', readOnly), 2, 'Tietokantaan ei voi kirjoittaa');
    const emptyReadOnly = smallDisk('1m');
    remountReadOnly(emptyReadOnly);
    expectOneLine(await pykala('demo', '--data', emptyReadOnly), 2, 'Tietokantaan ei voi kirjoittaa');
  });
});

describe('unexpected errors', () => {
  it('a stored item the export cannot read: exit 4, one line, no stack trace (it used to print one)', async () => {
    const dir = tempDir();
    expect((await pykala('demo', '--data', dir)).code).toBe(0);
    const raw = new BetterSqlite3(path.join(dir, 'pykala.sqlite3'));
    const id = raw.prepare('SELECT id FROM agenda_items').pluck().get() as string;
    raw.prepare("UPDATE agenda_items SET background = 'null' WHERE id = ?").run(id);
    raw.close();
    const out = path.join(tempDir(), 'esitys.docx');
    const result = await pykala('export', 'item', id, '--data', dir, '--out', out);
    expectOneLine(result, 4, 'Odottamaton virhe');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a failure outside any service (stdout breaks mid-write): exit 4, one line', async () => {
    const stderr: string[] = [];
    const io = { stdout: { write: () => { throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }); } }, stderr: { write: (text: string) => stderr.push(text) } };
    expect(await runCli(['items', '--data', demoDir], io)).toBe(4);
    expect(stderr.join('').trimEnd().split('\n')).toEqual([expect.stringMatching(/^Virhe: Odottamaton virhe/u)]);
  });
});

describe('the usage text', () => {
  it('documents --force and every exit code', async () => {
    const stdout: string[] = [];
    const io = { stdout: { write: (text: string) => stdout.push(text) }, stderr: { write: () => true } };
    expect(await runCli(['--help'], io)).toBe(0);
    const usage = stdout.join('');
    expect(usage).toContain('[--force]');
    const codes = usage.slice(usage.indexOf('Paluukoodit:')).split('\n').filter((line) => /^ {2}\d {2}/u.test(line)).map((line) => line.trim().slice(0, 1));
    expect(codes).toEqual(['0', '1', '2', '3', '4']);
  });
});
