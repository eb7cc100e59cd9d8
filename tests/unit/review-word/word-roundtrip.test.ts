// The round trip of issue 9: the proposal exported as the review copy with the director's open
// comments and the changes since version 2, reviewed as Word leaves a file (a new comment, a reply
// to an exported one, an insertion, a deletion, a replacement, proofErr, every word its own run with
// rsids), read back: everything matched, the export's own changes not listed, the exported
// comments known as already there. Then applied: one new version by the director, the comments
// imported with their anchors, a wordImported event.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import type { HandlerTable } from '../../../electron/services/dispatch';
import { handlerFactories } from '../../../electron/services/handler-factories';
import { ItemService } from '../../../electron/services/items/item-service';
import { CommentsService } from '../../../electron/services/review/comments-service';
import { commentIdsIn } from '../../../shared/domain/comment-marks';
import type { AgendaItem } from '../../../shared/domain/item';
import { draftOf } from '../../../shared/domain/item-schema';
import type { RichDoc, RichNode } from '../../../shared/domain/rich-text';
import { richToPlainText } from '../../../shared/domain/rich-text';
import type { WordReviewReport } from '../../../shared/domain/word-review';
import type { Channel, InputOf, OutputOf } from '../../../shared/ipc/contract';
import type { ExportFile } from '../../../shared/ipc/define';
import type { WordApplyResult } from '../../../shared/ipc/channels/review';
import { openTestDb } from '../items/helpers';
import type { TestDb } from '../items/helpers';
import { actAs, addUsers, readyItem } from '../review-services/helpers';
import type { Users } from '../review-services/helpers';
import { WordSession } from './word-edits';
import { bookmark, buildDocx, ins, p, r } from './docx-builder';

let t: TestDb;
let users: Users;
let handlers: HandlerTable;

async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const envelope = await dispatch(handlers, channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as OutputOf<C>;
}

const text = (value: string, commentId?: string): RichNode => ({ type: 'text', text: value, ...(commentId ? { marks: [{ type: 'comment', attrs: { id: commentId } }] } : {}) });
const paragraph = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const doc = (...content: RichNode[]): RichDoc => ({ type: 'doc', content });

const firstCommentId = '11111111-1111-4111-8111-111111111111';
const secondCommentId = '22222222-2222-4222-8222-222222222222';

/**
 * The item in review: version 2 is what the director saw last; version 3 changed a paragraph (the
 * export's own tracked change); the director commented on two places in the app.
 */
async function itemInReview(): Promise<{ item: AgendaItem; seen: number }> {
  await actAs(t.deps, users.secretary);
  const items = new ItemService(t.deps);
  const ready = await readyItem(t.deps);
  t.advance(120_000);
  const v2 = await items.update(
    ready.id,
    {
      ...draftOf(ready),
      background: doc(
        paragraph(text('Koulukuljetukset kilpailutetaan vuosiksi 2025–2027.')),
        paragraph(text('Tarjouksia saatiin kolme, ja halvin niistä on Kuljetus Oy:n.')),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Reitit 1–4 linja-autoilla'))] }, { type: 'listItem', content: [paragraph(text('Reitit 5–9 takseilla'))] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph(text('Kuljetus Oy'))] }, { type: 'tableCell', content: [paragraph(text('412 000 €'))] }] }] },
      ),
      proposal: doc(paragraph(text('Sivistyslautakunta päättää hyväksyä Kuljetus Oy:n tarjouksen.'))),
    },
    ready.updatedAt,
  );
  const seen = (await call('versions:list', { id: v2.id })).at(-1)?.version ?? 0;
  t.advance(120_000);
  const v3 = await items.update(
    v2.id,
    { ...draftOf(v2), background: doc(paragraph(text('Koulukuljetukset kilpailutetaan vuosiksi 2025–2028.')), ...v2.background.content.slice(1)) },
    v2.updatedAt,
  );
  // The director's two comments: their marks saved with the text, then the rows.
  await actAs(t.deps, users.director);
  t.advance(60_000);
  const [first, second, ...rest] = v3.background.content;
  const marked = await items.update(
    v3.id,
    {
      ...draftOf(v3),
      background: doc(
        paragraph(text('Koulukuljetukset kilpailutetaan '), text('vuosiksi 2025–2028', firstCommentId), text('.')),
        second ?? paragraph(),
        ...rest,
      ),
      proposal: doc(paragraph(text('Sivistyslautakunta päättää hyväksyä '), text('Kuljetus Oy:n', secondCommentId), text(' tarjouksen.'))),
    },
    v3.updatedAt,
  );
  expect(first).toBeDefined();
  const comments = new CommentsService(t.deps);
  await comments.add({ id: firstCommentId, itemId: marked.id, parentId: null, field: 'background', quote: 'vuosiksi 2025–2028', body: 'Onko optiovuosi mukana?' });
  await comments.add({ id: secondCommentId, itemId: marked.id, parentId: null, field: 'proposal', quote: 'Kuljetus Oy:n', body: 'Tarkista yhtiön nimi.' });
  return { item: await new ItemService(t.deps).get(marked.id), seen };
}

/** The review copy as the director returns it from Word. */
async function reviewedInWord(item: AgendaItem, seen: number): Promise<{ file: ExportFile; bytes: Uint8Array }> {
  const file = await call('items:export', { id: item.id, kind: 'proposal', comments: true, changesSince: seen });
  const session = await WordSession.open(Buffer.from(file.dataBase64, 'base64'));
  const newComment = session.comment('halvin niistä', 'Onko halvin myös paras?');
  expect(newComment).toBe(2);
  session.reply(0, 'Optiovuosi on mukana.', 'Mikko Saari');
  session.insertAfter('Reitit 5–9 takseilla', ' ja esteettömillä pikkubusseilla');
  session.replace('412 000 €', '409 500 €');
  session.replace('tarjouksen.', 'tarjouksen ajalle 1.8.2025–31.7.2028.');
  session.replace(' kolme');
  session.proofErr('Koulukuljetukset');
  const bytes = await session.splitRunsAndRsids().save();
  return { file, bytes };
}

beforeEach(async () => {
  t = openTestDb();
  users = await addUsers(t.deps);
  const deps = () => t.deps;
  handlers = Object.assign({}, ...handlerFactories.map((factory) => factory(deps))) as HandlerTable;
});
afterEach(() => {
  t.cleanup();
});

describe('review copy round trip', () => {
  it('reads back every comment and change of a file Word saved, each matched', async () => {
    const { item, seen } = await itemInReview();
    const { bytes } = await reviewedInWord(item, seen);
    const report: WordReviewReport = await call('review:readWord', { itemId: item.id, fileName: 'kuljetukset-tarkastettu.docx', dataBase64: Buffer.from(bytes).toString('base64') });
    expect(report.exportedVersion).toBe((await call('versions:list', { id: item.id })).at(-1)?.version);
    expect(report.notes).toEqual([]);
    expect(report.comments.map(({ id, author, body, quote, field, parentId, match }) => ({ id, author, body, quote, field, parentId, match }))).toEqual([
      { id: 'c0', author: 'Mikko Saari', body: 'Onko optiovuosi mukana?', quote: 'vuosiksi 2025–2028', field: 'background', parentId: null, match: 'alreadyPresent' },
      { id: 'c1', author: 'Mikko Saari', body: 'Tarkista yhtiön nimi.', quote: 'Kuljetus Oy:n', field: 'proposal', parentId: null, match: 'alreadyPresent' },
      { id: 'c2', author: 'Mikko Saari', body: 'Onko halvin myös paras?', quote: 'halvin niistä', field: 'background', parentId: null, match: 'matched' },
      { id: 'c3', author: 'Mikko Saari', body: 'Optiovuosi on mukana.', quote: 'vuosiksi 2025–2028', field: 'background', parentId: 'c0', match: 'matched' },
    ]);
    // The export's own change (2027 → 2028 since the version the director saw) is not the reviewer's: not listed.
    expect(report.changes.map(({ field, deleted, inserted, match }) => ({ field, deleted, inserted, match }))).toEqual([
      { field: 'background', deleted: ' kolme', inserted: '', match: 'matched' },
      { field: 'background', deleted: '', inserted: ' ja esteettömillä pikkubusseilla', match: 'matched' },
      { field: 'background', deleted: '412 000 €', inserted: '409 500 €', match: 'matched' },
      { field: 'proposal', deleted: 'tarjouksen.', inserted: 'tarjouksen ajalle 1.8.2025–31.7.2028.', match: 'matched' },
    ]);
  });

  it('applies the accepted changes as one version by the director and imports the chosen comments', async () => {
    const { item, seen } = await itemInReview();
    const { bytes } = await reviewedInWord(item, seen);
    const input = { itemId: item.id, fileName: 'kuljetukset-tarkastettu.docx', dataBase64: Buffer.from(bytes).toString('base64') };
    const report = await call('review:readWord', input);
    const versionsBefore = await call('versions:list', { id: item.id });
    // The secretary applies; the changes are the director's (his name is on them in Word).
    await actAs(t.deps, users.secretary);
    // An id the file does not have (a stale screen's) is returned unapplied.
    const accepted = report.changes.filter((change) => change.inserted !== '409 500 €').map((change) => change.id);
    const result: WordApplyResult = await call('review:applyWord', { ...input, acceptChangeIds: [...accepted, 't99'], importCommentIds: ['c2', 'c3'], expectedUpdatedAt: item.updatedAt });
    expect(result.failedChangeIds).toEqual(['t99']);
    expect(result.appliedChangeIds).toEqual(report.changes.filter((change) => change.inserted !== '409 500 €').map((change) => change.id));
    expect(result.importedCommentIds).toEqual(['c2', 'c3']);
    expect(richToPlainText(result.item.background)).toBe('Koulukuljetukset kilpailutetaan vuosiksi 2025–2028.\nTarjouksia saatiin, ja halvin niistä on Kuljetus Oy:n.\nReitit 1–4 linja-autoilla\nReitit 5–9 takseilla ja esteettömillä pikkubusseilla\nKuljetus Oy\t412 000 €');
    expect(richToPlainText(result.item.proposal)).toBe('Sivistyslautakunta päättää hyväksyä Kuljetus Oy:n tarjouksen ajalle 1.8.2025–31.7.2028.');
    // The director's comment marks are still on their words.
    expect(commentIdsIn(result.item.background)).toContain(firstCommentId);
    expect(commentIdsIn(result.item.proposal)).toContain(secondCommentId);

    const versions = await call('versions:list', { id: item.id });
    expect(versions).toHaveLength(versionsBefore.length + 1);
    expect(versions.at(-1)).toMatchObject({ reason: 'wordImport', author: { personId: users.director.id, name: 'Mikko Saari' }, note: 'kuljetukset-tarkastettu.docx' });

    const comments = await call('comments:list', { itemId: item.id });
    const imported = comments.filter((comment) => comment.source === 'word');
    const newComment = imported.find((comment) => comment.parentId === null);
    expect(newComment).toMatchObject({ field: 'background', quote: 'halvin niistä', body: 'Onko halvin myös paras?', author: { personId: users.director.id, name: 'Mikko Saari' }, detached: false });
    expect(commentIdsIn(result.item.background)).toContain(newComment?.id);
    expect(imported.find((comment) => comment.parentId !== null)).toMatchObject({ parentId: firstCommentId, body: 'Optiovuosi on mukana.', quote: '' });
    const state = await call('review:state', { id: item.id });
    expect(state.events[0]).toMatchObject({ kind: 'wordImported', message: 'kuljetukset-tarkastettu.docx', actor: { name: 'Sanna Sihteeri' }, version: versions.at(-1)?.version });

    // Read again: what was applied and imported is now already there.
    const again = await call('review:readWord', input);
    expect(again.comments.map((comment) => comment.match)).toEqual(['alreadyPresent', 'alreadyPresent', 'alreadyPresent', 'alreadyPresent']);
    expect(again.changes.map((change) => [change.inserted, change.match])).toEqual([
      ['', 'alreadyPresent'],
      [' ja esteettömillä pikkubusseilla', 'alreadyPresent'],
      ['409 500 €', 'matched'],
      ['tarjouksen ajalle 1.8.2025–31.7.2028.', 'alreadyPresent'],
    ]);
  });
  it('changes by someone not on the people list: said in the notes, and applied in the current user\'s name', async () => {
    await actAs(t.deps, users.secretary);
    const item = await readyItem(t.deps);
    const body = bookmark(1, 'background', p(r('Koulukuljetukset kilpailutetaan.')) + p(r('Tarjouksia saatiin '), ins(0, 'vain ', 'Kalle Kokeilija'), r('kolme.')));
    const dataBase64 = Buffer.from(await buildDocx({ body, properties: { PykalaItemId: item.id, PykalaVersion: '3' } })).toString('base64');
    const input = { itemId: item.id, fileName: 'kalle.docx', dataBase64 };
    const report = await call('review:readWord', input);
    expect(report.notes).toEqual(['Muutosten tekijää Kalle Kokeilija ei ole henkilöluettelossa: hyväksytyt muutokset kirjataan nykyisen käyttäjän nimiin.']);
    const result = await call('review:applyWord', { ...input, acceptChangeIds: ['t1'], importCommentIds: [], expectedUpdatedAt: item.updatedAt });
    expect(richToPlainText(result.item.background)).toBe('Koulukuljetukset kilpailutetaan.\nTarjouksia saatiin vain kolme.');
    expect((await call('versions:list', { id: item.id })).at(-1)).toMatchObject({ reason: 'wordImport', author: { personId: users.secretary.id, name: 'Sanna Sihteeri' }, note: 'kalle.docx' });
  });
});
