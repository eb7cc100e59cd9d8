// A returned file that is not this item's review copy, or not readable, gets one clear Finnish
// message and changes nothing: the database's rows are compared before and after, for the reading
// and for the applying. A moved paragraph is reported in the notes and not applied.
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import type { HandlerTable } from '../../../electron/services/dispatch';
import { handlerFactories } from '../../../electron/services/handler-factories';
import type { AgendaItem } from '../../../shared/domain/item';
import { translate } from '../../../shared/i18n/translate';
import { maxReviewFileBytes } from '../../../shared/ipc/channels/review';
import type { Channel, InputOf, OutputOf } from '../../../shared/ipc/contract';
import { openTestDb } from '../items/helpers';
import type { TestDb } from '../items/helpers';
import { actAs, addUsers, readyItem } from '../review-services/helpers';
import { ItemService } from '../../../electron/services/items/item-service';
import { draftOf } from '../../../shared/domain/item-schema';
import { buildDocx, p, r } from './docx-builder';

let t: TestDb;
let handlers: HandlerTable;
let item: AgendaItem;

async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const envelope = await dispatch(handlers, channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as OutputOf<C>;
}

/** Every row of every table, so "nothing changed" is checked, not assumed. */
function allRows(): string {
  const tables = t.handle.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, t.handle.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

/** The Finnish message of a refusal by both channels, and that neither changed a row. */
async function refusedBoth(dataBase64: string, fileName = 'palautettu.docx'): Promise<string> {
  const before = allRows();
  const input = { itemId: item.id, fileName, dataBase64 };
  const read = await dispatch(handlers, 'review:readWord', input);
  const apply = await dispatch(handlers, 'review:applyWord', { ...input, acceptChangeIds: ['t1'], importCommentIds: ['c0'], expectedUpdatedAt: item.updatedAt });
  expect(allRows()).toBe(before);
  if (read.ok || apply.ok) throw new Error('expected both to be refused');
  expect(apply.error).toEqual(read.error);
  expect(read.error.code).toBe('VALIDATION');
  const [field, ...more] = read.error.fields ?? [];
  expect(more).toEqual([]);
  return translate(field?.message ?? '', field?.params ?? {});
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

beforeEach(async () => {
  t = openTestDb();
  const users = await addUsers(t.deps);
  const deps = () => t.deps;
  handlers = Object.assign({}, ...handlerFactories.map((factory) => factory(deps))) as HandlerTable;
  await actAs(t.deps, users.secretary);
  item = await readyItem(t.deps);
});
afterEach(() => {
  t.cleanup();
});

describe('a returned file that is not this item\'s review copy', () => {
  it('another item\'s copy is refused, naming that item', async () => {
    const items = new ItemService(t.deps);
    const other = await items.create('empty');
    await items.update(other.id, { ...draftOf(other), title: 'Lukion opetussuunnitelma' }, other.updatedAt);
    const file = await call('items:export', { id: other.id, kind: 'proposal', comments: true, changesSince: null });
    expect(await refusedBoth(file.dataBase64)).toBe('Tiedosto on toisen asian tarkastuskopio: ”Lukion opetussuunnitelma”. Tuo se siihen asiaan.');
  });

  it('a Word file Pykälä did not write as a review copy is refused', async () => {
    expect(await refusedBoth(base64(await buildDocx({ body: p(r('Koulukuljetukset kilpailutetaan.')) })))).toBe(
      'Tiedosto ei ole Pykälän tarkastuskopio: siitä puuttuu asian tunniste. Vie asiasta tarkastuskopio Pykälästä ja tuo esittelijän palauttama kopio.',
    );
  });

  it('a damaged zip, an empty file and a file that is no Word document are refused', async () => {
    const file = await call('items:export', { id: item.id, kind: 'proposal', comments: true, changesSince: null });
    const bytes = Buffer.from(file.dataBase64, 'base64');
    expect(await refusedBoth(base64(bytes.subarray(0, bytes.length - 200)))).toBe('Tiedosto on vioittunut, eikä Word-asiakirjaa voi lukea. Tallenna se Wordissa uudelleen ja tuo sitten.');
    expect(await refusedBoth('')).toBe('Tiedosto on tyhjä: siinä ei ole Word-asiakirjaa.');
    expect(await refusedBoth(base64(new TextEncoder().encode('Tämä on tekstitiedosto.')))).toBe('Tiedosto ei ole Word-asiakirja (.docx).');
  });

  it('a file over 20 MB is refused at the door', async () => {
    const before = allRows();
    const big = await dispatch(handlers, 'review:readWord', { itemId: item.id, fileName: 'iso.docx', dataBase64: Buffer.alloc(maxReviewFileBytes + 1024).toString('base64') });
    expect(big.ok ? null : big.error.fields?.map((field) => translate(field.message))).toEqual(['Tiedosto on liian suuri (yli 20 Mt).']);
    expect(allRows()).toBe(before);
  });

  it('a moved paragraph is reported and not applied; nothing else changes', async () => {
    const file = await call('items:export', { id: item.id, kind: 'proposal', comments: true, changesSince: null });
    const zip = await JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    // Word's move of "Tarjouksia saatiin kolme." before the first paragraph: moveTo there, moveFrom at its old place.
    const moved = xml
      .replace(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t xml:space="preserve">Tarjouksia saatiin kolme\.<\/w:t><\/w:r>/u, (run) => `<w:moveFromRangeStart w:id="1" w:author="Mikko Saari" w:date="2024-01-15T09:30:00Z" w:name="move1"/><w:moveFrom w:id="2" w:author="Mikko Saari" w:date="2024-01-15T09:30:00Z">${run}</w:moveFrom><w:moveFromRangeEnd w:id="1"/>`)
      .replace(/(<w:p>(?:(?!<\/w:p>).)*?)(<w:r>(?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t xml:space="preserve">Koulukuljetukset kilpailutetaan\.)/u, (_whole, start: string, run: string) => `${start}<w:moveToRangeStart w:id="3" w:author="Mikko Saari" w:date="2024-01-15T09:30:00Z" w:name="move1"/><w:moveTo w:id="4" w:author="Mikko Saari" w:date="2024-01-15T09:30:00Z"><w:r><w:t xml:space="preserve">Tarjouksia saatiin kolme. </w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="3"/>${run}`);
    expect(moved).toContain('<w:moveTo ');
    expect(moved).toContain('<w:moveFrom ');
    zip.file('word/document.xml', moved);
    const dataBase64 = base64(await zip.generateAsync({ type: 'uint8array' }));
    const before = allRows();
    const report = await call('review:readWord', { itemId: item.id, fileName: 'siirretty.docx', dataBase64 });
    expect(report.changes).toEqual([]);
    expect(report.notes).toEqual(['Siirrettyä tekstiä ei tuoda: tee siirto sovelluksessa.']);
    const applied = await call('review:applyWord', { itemId: item.id, fileName: 'siirretty.docx', dataBase64, acceptChangeIds: [], importCommentIds: [], expectedUpdatedAt: item.updatedAt });
    expect(applied).toMatchObject({ appliedChangeIds: [], failedChangeIds: [], importedCommentIds: [] });
    expect(allRows()).toBe(before);
  });

  it('a stale screen gets CONFLICT and nothing is written', async () => {
    const file = await call('items:export', { id: item.id, kind: 'proposal', comments: true, changesSince: null });
    const before = allRows();
    const stale = await dispatch(handlers, 'review:applyWord', { itemId: item.id, fileName: 'x.docx', dataBase64: file.dataBase64, acceptChangeIds: [], importCommentIds: [], expectedUpdatedAt: '2020-01-01T00:00:00.000Z' });
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT');
    expect(allRows()).toBe(before);
  });
});
