// `pykala review import ITEM_ID FILE.docx --data DIR [--json]` as a script runs it: a review copy
// exported by `pykala export item --comments --changes-since`, reviewed as Word leaves it, is read
// back with every comment and change matched, in Finnish or as the WordReviewReport; bad files and
// command lines exit 1 with one Finnish line. Nothing is ever written: the database file is
// byte-identical afterwards.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentDatabasePath, openAppContext } from '../../../electron/services/app-context';
import { dispatch } from '../../../electron/services/dispatch';
import { draftOf } from '../../../electron/services/items/item-rules';
import type { AgendaItem } from '../../../shared/domain/item';
import { docOf, paragraphNode } from '../../../shared/domain/rich-text-build';
import type { WordReviewReport } from '../../../shared/domain/word-review';
import { maxReviewFileBytes } from '../../../shared/ipc/channels/review';
import { WordSession } from '../review-word/word-edits';
import { buildDocx, p, r } from '../review-word/docx-builder';
import { pykala } from './run-pykala';

let dir: string;
let itemId: string;
let otherId: string;

async function ok<T>(context: ReturnType<typeof openAppContext>, channel: string, input: unknown): Promise<T> {
  const envelope = await dispatch(context.handlers, channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

const file = (name: string) => path.join(dir, name);

/** The database file and its WAL, hashed: "changes nothing" is checked byte for byte. */
function databaseHash(): string {
  const hash = createHash('sha256');
  const db = currentDatabasePath(dir);
  for (const part of [db, `${db}-wal`]) if (fs.existsSync(part)) hash.update(part).update(fs.readFileSync(part));
  return hash.digest('hex');
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-cli-review-import-'));
  expect((await pykala('demo', '--data', dir)).code).toBe(0);
  const context = openAppContext({ dataDir: dir, seedDemoIfNew: false });
  try {
    const imported = await ok<AgendaItem>(context, 'items:import', {
      title: 'Kerhoavustukset 2025',
      background: '<p>Kerhoja on kahdeksan.</p><p>Avustusta haetaan keväällä.</p>',
      proposal: { html: '<p>Lautakunta päättää myöntää avustukset kerhoille.</p>' },
    });
    itemId = imported.id;
    const draft = { ...draftOf(imported), background: docOf(paragraphNode('Kerhoja on kymmenen.'), paragraphNode('Avustusta haetaan keväällä.')) };
    await ok(context, 'items:update', { id: itemId, draft, expectedUpdatedAt: imported.updatedAt });
    otherId = (await ok<AgendaItem>(context, 'items:import', { title: 'Lukion opetussuunnitelma' })).id;
  } finally {
    context.close();
  }
  const exported = await pykala('export', 'item', itemId, '--data', dir, '--out', file('tarkastus.docx'), '--kind', 'proposal', '--comments', '--changes-since', '1');
  expect([exported.code, exported.stderr]).toEqual([0, '']);
  const session = await WordSession.open(fs.readFileSync(file('tarkastus.docx')));
  session.insertAfter('Avustusta haetaan', ' Opetushallitukselta');
  const comment = session.comment('keväällä', 'Ehtiikö keväällä?');
  session.reply(comment, 'Ehtii.', 'Maria Esimerkki');
  session.replace(' kerhoille', ' kaikille kerhoille');
  session.proofErr('Kerhoavustukset');
  fs.writeFileSync(file('palautettu.docx'), await session.splitRunsAndRsids().save());
  const other = await pykala('export', 'item', otherId, '--data', dir, '--out', file('toinen.docx'), '--kind', 'proposal', '--comments');
  expect(other.code).toBe(0);
  // Child processes all: on a busy machine each takes many seconds, so the hooks and tests get minutes.
}, 240_000);
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('pykala review import', () => {
  it('prints every comment and change and how it matched, as JSON, and changes nothing', async () => {
    const before = databaseHash();
    const result = await pykala('review', 'import', itemId, file('palautettu.docx'), '--data', dir, '--json');
    expect([result.code, result.stderr]).toEqual([0, '']);
    const report = JSON.parse(result.stdout) as WordReviewReport;
    expect(report).toMatchObject({ itemId, fileName: 'palautettu.docx', exportedVersion: 2, notes: [] });
    expect(report.comments.map(({ id, author, body, quote, field, parentId, match }) => ({ id, author, body, quote, field, parentId, match }))).toEqual([
      { id: 'c0', author: 'Mikko Saari', body: 'Ehtiikö keväällä?', quote: 'keväällä', field: 'background', parentId: null, match: 'matched' },
      { id: 'c1', author: 'Maria Esimerkki', body: 'Ehtii.', quote: 'keväällä', field: 'background', parentId: 'c0', match: 'matched' },
    ]);
    expect(report.changes.map(({ field, unitText, offset, deleted, inserted, match }) => ({ field, unitText, offset, deleted, inserted, match }))).toEqual([
      { field: 'background', unitText: 'Avustusta haetaan keväällä.', offset: 17, deleted: '', inserted: ' Opetushallitukselta', match: 'matched' },
      { field: 'proposal', unitText: 'Lautakunta päättää myöntää avustukset kerhoille.', offset: 37, deleted: ' kerhoille', inserted: ' kaikille kerhoille', match: 'matched' },
    ]);
    expect(databaseHash()).toBe(before);
  }, 240_000);

  it('prints the same in Finnish for a person at a terminal', async () => {
    const before = databaseHash();
    const result = await pykala('review', 'import', itemId, file('palautettu.docx'), '--data', dir);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      `Tarkastuskopio palautettu.docx, asia ${itemId}, viety versiosta 2.`,
      'Kommentit (2):',
      '  c0 [löytyi] Mikko Saari, 15.1.2024, selostus: ”keväällä”: Ehtiikö keväällä?',
      '    c1 vastaus [löytyi] Maria Esimerkki, 15.1.2024: Ehtii.',
      'Muutokset (2):',
      '  t1 [löytyi] Mikko Saari, 15.1.2024, selostus: lisätty ” Opetushallitukselta”',
      '  t2 [löytyi] Mikko Saari, 15.1.2024, päätösehdotus: ” kerhoille” → ” kaikille kerhoille”',
      'Mitään ei muutettu. Hyväksy tai hylkää muutokset ja tuo kommentit sovelluksessa.',
      '',
    ]);
    expect(databaseHash()).toBe(before);
  }, 240_000);

  it('refuses another item\'s copy, a non-Pykälä file, a damaged zip, an empty or too large file: exit 1, one Finnish line, nothing changed', async () => {
    fs.writeFileSync(file('ei-pykala.docx'), await buildDocx({ body: p(r('Kerhoja on kymmenen.')) }));
    const whole = fs.readFileSync(file('palautettu.docx'));
    fs.writeFileSync(file('rikki.docx'), whole.subarray(0, whole.length - 300));
    fs.writeFileSync(file('tyhja.docx'), '');
    fs.writeFileSync(file('iso.docx'), Buffer.alloc(maxReviewFileBytes + 1));
    const before = databaseHash();
    const cases: [string, string][] = [
      ['toinen.docx', 'Virhe: Tiedosto on toisen asian tarkastuskopio: ”Lukion opetussuunnitelma”. Tuo se siihen asiaan.'],
      ['ei-pykala.docx', 'Virhe: Tiedosto ei ole Pykälän tarkastuskopio: siitä puuttuu asian tunniste. Vie asiasta tarkastuskopio Pykälästä ja tuo esittelijän palauttama kopio.'],
      ['rikki.docx', 'Virhe: Tiedosto on vioittunut, eikä Word-asiakirjaa voi lukea. Tallenna se Wordissa uudelleen ja tuo sitten.'],
      ['tyhja.docx', 'Virhe: Tiedosto on tyhjä: siinä ei ole Word-asiakirjaa.'],
      ['iso.docx', 'Virhe: Tiedosto on liian suuri (yli 20 Mt).'],
      ['puuttuu.docx', `Virhe: Tiedostoa ${file('puuttuu.docx')} ei voi lukea.`],
    ];
    for (const [name, message] of cases) {
      const result = await pykala('review', 'import', itemId, file(name), '--data', dir);
      expect([name, result.code, result.stdout, result.stderr]).toEqual([name, 1, '', `${message}\n`]);
    }
    expect(databaseHash()).toBe(before);
  }, 240_000);

  it('refuses a wrong command line and an unknown item: exit 1', async () => {
    const usage = await pykala('review', 'import', itemId, '--data', dir);
    expect([usage.code, usage.stderr]).toEqual([1, 'Virhe: Käyttö: pykala review import ASIAN_ID TIEDOSTO.docx --data KANSIO [--json]\n']);
    const unknown = await pykala('review', 'import', 'ei-ole', file('palautettu.docx'), '--data', dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.split('\n')).toHaveLength(2);
  }, 240_000);
});
