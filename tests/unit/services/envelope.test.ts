// The envelope never breaks: whatever a client sends, dispatch answers { ok, value | error }.
// Rich text nested deeper than the editor can make is refused with VALIDATION before the
// schema recurses (1,000 levels used to overflow the stack as INTERNAL, 2,000 as an HTTP 500),
// and every string is stored as well-formed Unicode (a lone surrogate used to be stored as bytes
// that are not UTF-8).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request } from 'node:http';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost } from '../../../electron/host/host';
import type { RunningHost } from '../../../electron/host/host';
import type { AppContext } from '../../../electron/services/app-context-types';
import { dispatch } from '../../../electron/services/dispatch';
import type { HandlerTable } from '../../../electron/services/dispatch';
import type { AgendaItem } from '../../../shared/domain/item';
import { draftOf } from '../../../shared/domain/item-schema';
import type { Project } from '../../../shared/domain/project';
import { maxListLevels } from '../../../shared/domain/rich-text';
import type { RichNode } from '../../../shared/domain/rich-text';
import { translate } from '../../../shared/i18n/translate';
import type { Envelope } from '../../../shared/ipc/define';
import { projectInput } from '../db/helpers';

let dir: string;
let host: RunningHost;
let context: AppContext;
let item: AgendaItem;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-envelope-'));
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Pykälä</title>');
  host = await startHost({ dataDir: path.join(dir, 'data'), rendererDir, seedDemoIfNew: false });
  context = host.context;
  const created = await dispatch(context.handlers, 'items:create', { template: 'empty' });
  item = (created as { value: AgendaItem }).value;
});
afterAll(async () => {
  await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A background whose first block is a bullet list nested `levels` deep, text at the bottom. */
function nestedLists(levels: number): RichNode {
  let node: RichNode = { type: 'paragraph', content: [{ type: 'text', text: 'pohjalla' }] };
  for (let level = 0; level < levels; level += 1) node = { type: 'bulletList', content: [{ type: 'listItem', content: level === 0 ? [node] : [{ type: 'paragraph' }, node] }] };
  return node;
}

function saveBackground(block: unknown): Promise<Envelope<unknown>> {
  return dispatch(context.handlers, 'items:update', { id: item.id, draft: { ...draftOf(item), background: { type: 'doc', content: [block] } }, expectedUpdatedAt: item.updatedAt });
}

function post(channel: string, body: string): Promise<{ status: number; envelope: Envelope<unknown> }> {
  const url = new URL(host.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: Number(url.port), method: 'POST', path: `/api/${channel}`, headers: { Host: url.host, Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => { resolve({ status: res.statusCode ?? 0, envelope: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Envelope<unknown> }); });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function storedItem(): Promise<AgendaItem> {
  return ((await dispatch(context.handlers, 'items:get', { id: item.id })) as { value: AgendaItem }).value;
}

describe('rich text nested deeper than the editor can make', () => {
  it(`${String(maxListLevels)} list levels (the editor's deepest) are saved`, async () => {
    const saved = await saveBackground(nestedLists(maxListLevels));
    expect(saved.ok).toBe(true);
    item = (saved as { value: AgendaItem }).value;
  });

  // Each list level is four JSON levels (list, its content, item, its content): past the
  // request's own limit of 1,000 JSON levels the answer is the general "too deep" one.
  it.each([
    [maxListLevels + 1, 'draft.background', 'validation.richText.tooDeep'],
    [200, 'draft.background', 'validation.richText.tooDeep'],
    [1_000, '', 'validation.input.tooDeep'],
    [2_000, '', 'validation.input.tooDeep'],
    [20_000, '', 'validation.input.tooDeep'],
  ])('%i list levels: VALIDATION with its Finnish message, nothing saved', async (levels, fieldPath, message) => {
    const before = await storedItem();
    const answer = await saveBackground(nestedLists(levels));
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: fieldPath, message }] } });
    expect(await storedItem()).toEqual(before);
  });

  it('says so in Finnish', () => {
    expect(translate('validation.richText.tooDeep')).toContain('enintään 20 tasoa');
    expect(translate('validation.input.tooDeep')).toContain('liian monta tasoa');
  });

  it('over HTTP too: 2,000 and 10,000 levels answer 200 with a VALIDATION envelope, never a 500', async () => {
    for (const levels of [2_000, 10_000]) {
      // Written as text: JSON.stringify itself recurses and would overflow on the test's side.
      const open = '{"type":"bulletList","content":[{"type":"listItem","content":[{"type":"paragraph"},';
      const list = `${open.repeat(levels)}{"type":"paragraph"}${']}]}'.repeat(levels)}`;
      const draft = JSON.stringify({ ...draftOf(item), background: { type: 'doc', content: [] } }).replace('"content":[]', `"content":[${list}]`);
      const body = `{"id":"${item.id}","draft":${draft},"expectedUpdatedAt":"${item.updatedAt}"}`;
      const { status, envelope } = await post('items:update', body);
      expect(status).toBe(200);
      expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: '', message: 'validation.input.tooDeep' }] } });
    }
  });

  it('any input 100,000 levels deep (plain arrays, 200 kB of JSON) answers VALIDATION over HTTP', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const { status, envelope } = await post('items:update', `{"id":"${item.id}","draft":{"title":"x","background":${deep}}}`);
    expect(status).toBe(200);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ message: 'validation.input.tooDeep' }] } });
    const { envelope: projects } = await post('projects:list', `{"search":${deep}}`);
    expect(projects).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('dispatch always answers an envelope', () => {
  it('even when reading the input itself throws', async () => {
    const hostile = Object.defineProperty({}, 'id', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(await dispatch(context.handlers, 'items:get', hostile)).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Internal error' } });
  });

  it('names a full disk or a read-only database from a handler, but leaves other file errors INTERNAL', async () => {
    const failing = (code: string): HandlerTable => ({ 'people:list': () => { throw Object.assign(new Error(code), { code }); } });
    expect(await dispatch(failing('SQLITE_FULL'), 'people:list', {})).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(await dispatch(failing('ENOSPC'), 'people:list', {})).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(await dispatch(failing('SQLITE_READONLY_DBMOVED'), 'people:list', {})).toMatchObject({ ok: false, error: { code: 'DB_READ_ONLY' } });
    // A permission error may be about an export's target file, not the database.
    expect(await dispatch(failing('EACCES'), 'people:list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(translate('error.DISK_FULL')).toMatch(/^Levy on täynnä/u);
    expect(translate('error.DB_READ_ONLY')).toMatch(/^Tietokantaan ei voi kirjoittaa/u);
  });
});

describe('text is stored as valid Unicode', () => {
  const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

  /** A column's stored bytes, read as a BLOB by another connection and decoded by a strict decoder (not better-sqlite3's). */
  function storedText(sql: string, id: string): string {
    const reader = new BetterSqlite3(path.join(dir, 'data', 'pykala.sqlite3'), { readonly: true });
    try {
      return strictUtf8.decode(reader.prepare(sql).pluck().get(id) as Buffer);
    } finally {
      reader.close();
    }
  }

  it('a lone surrogate in a plain text field becomes U+FFFD; a real emoji stays whole', async () => {
    const created = await dispatch(context.handlers, 'projects:create', projectInput({ nameFi: 'Hanke \uD83D loppu 😀', responsiblePerson: 'Maija \uDE00' }));
    expect(created.ok).toBe(true);
    const project = (created as { value: Project }).value;
    expect(project.nameFi).toBe('Hanke \uFFFD loppu 😀');
    expect(storedText('SELECT CAST(name_fi AS BLOB) FROM projects WHERE id = ?', project.id)).toBe('Hanke \uFFFD loppu 😀');
    expect(storedText('SELECT CAST(responsible_person AS BLOB) FROM projects WHERE id = ?', project.id)).toBe('Maija \uFFFD');
  });

  it('in an item title and in rich text too', async () => {
    const current = await storedItem();
    const saved = await dispatch(context.handlers, 'items:update', {
      id: item.id,
      draft: { ...draftOf(current), title: 'Otsikko \uDBFF', background: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Puolikas \uD800 merkki' }] }] } },
      expectedUpdatedAt: current.updatedAt,
    });
    expect(saved).toMatchObject({ ok: true, value: { title: 'Otsikko \uFFFD' } });
    expect(storedText('SELECT CAST(title AS BLOB) FROM agenda_items WHERE id = ?', item.id)).toBe('Otsikko \uFFFD');
    expect(JSON.stringify((saved as { value: AgendaItem }).value.background)).toContain('Puolikas \uFFFD merkki');
  });
});
