// Bad rich-text attributes through the real handler table: each is refused with VALIDATION and a
// message key the UI translates, nothing is written, and the item still exports. (Before, a live
// value's frozenText of 27 was stored and then broke the export and blanked the editor.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/services/app-context';
import type { AppContext } from '../../../electron/services/app-context-types';
import { dispatch } from '../../../electron/services/dispatch';
import { draftOf } from '../../../electron/services/items/item-rules';
import type { AgendaItem } from '../../../shared/domain/item';
import type { RichNode } from '../../../shared/domain/rich-text';
import { translate } from '../../../shared/i18n/translate';
import type { Envelope, ExportFile } from '../../../shared/ipc/define';

let dir: string;
let context: AppContext;
let item: AgendaItem;

async function ok<T>(channel: string, input: unknown): Promise<T> {
  const envelope = (await dispatch(context.handlers, channel, input)) as Envelope<T>;
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

/** Saves the item's background with one more block at the end. */
function saveWithBlock(block: unknown): Promise<Envelope<unknown>> {
  const draft = draftOf(item);
  return dispatch(context.handlers, 'items:update', {
    id: item.id,
    draft: { ...draft, background: { ...draft.background, content: [...draft.background.content, block] } },
    expectedUpdatedAt: item.updatedAt,
  });
}

const live = (attrs: Record<string, unknown>): RichNode => ({ type: 'paragraph', content: [{ type: 'liveValue', attrs: { metric: 'runningProjectCount', activeOn: '2024-01-01', areas: [], frozenText: null, text: '27', ...attrs } }] });
const heading = (level: unknown) => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text: 'Tausta' }] });
const cell = (attrs: Record<string, unknown>, type = 'tableCell') => ({ type: 'table', content: [{ type: 'tableRow', content: [{ type, attrs, content: [{ type: 'paragraph' }] }] }] });
const linked = (mark: unknown) => ({ type: 'paragraph', content: [{ type: 'text', text: 'OKM', marks: [mark] }] });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-rich-validation-'));
  context = openAppContext({ dataDir: dir, seedDemoIfNew: true });
  // A draft, so that only validation can refuse a change to its background (not the frozen proposal).
  item = await ok<AgendaItem>('items:create', { template: 'projectReview', year: 2025 });
});
afterAll(() => {
  context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('rich-text attributes at the items:update boundary', () => {
  const refused: [string, unknown, string, string][] = [
    ['a live value whose frozen text is a number', live({ frozenText: 27 }), 'content.0.attrs.frozenText', 'validation.richText.liveValueInvalid'],
    ['a live value whose text is a number', live({ text: 27 }), 'content.0.attrs.text', 'validation.richText.liveValueInvalid'],
    ['a live value of an unknown figure', live({ metric: 'allProjects' }), 'content.0.attrs.metric', 'validation.richText.liveValueInvalid'],
    ['a live value dated d.m.yyyy', live({ activeOn: '1.1.2024' }), 'content.0.attrs.activeOn', 'validation.richText.liveValueInvalid'],
    ['a live value whose areas are not a list', live({ areas: 'perusopetus' }), 'content.0.attrs.areas', 'validation.richText.liveValueInvalid'],
    ['a live value without its query', { type: 'paragraph', content: [{ type: 'liveValue' }] }, 'content.0.attrs', 'validation.richText.liveValueInvalid'],
    ['a heading of level "x"', heading('x'), 'attrs.level', 'validation.richText.invalid'],
    ['a heading of level 3', heading(3), 'attrs.level', 'validation.richText.invalid'],
    ['a table cell spanning "3" columns', cell({ colspan: '3' }), 'content.0.content.0.attrs.colspan', 'validation.richText.invalid'],
    ['a header cell spanning 0 rows', cell({ rowspan: 0 }, 'tableHeader'), 'content.0.content.0.attrs.rowspan', 'validation.richText.invalid'],
    ['a column width as text', cell({ colwidth: ['120'] }), 'content.0.content.0.attrs.colwidth.0', 'validation.richText.invalid'],
    ['a cell aligned "justify"', cell({ align: 'justify' }), 'content.0.content.0.attrs.align', 'validation.richText.invalid'],
    ['a list starting at "kaksi"', { type: 'orderedList', attrs: { start: 'kaksi' }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }, 'attrs.start', 'validation.richText.invalid'],
    ['an attribute the editor does not know', { type: 'paragraph', attrs: { style: 'color:red' } }, 'attrs', 'validation.richText.invalid'],
    ['a javascript: link', linked({ type: 'link', attrs: { href: 'javascript:alert(1)' } }), 'content.0.marks.0.attrs.href', 'validation.richText.linkInvalid'],
    ['a link without an address', linked({ type: 'link' }), 'content.0.marks.0.attrs', 'validation.richText.linkInvalid'],
    ['bold with attributes', linked({ type: 'bold', attrs: { weight: 900 } }), 'content.0.marks.0.attrs', 'validation.richText.invalid'],
    ['an empty text node', { type: 'paragraph', content: [{ type: 'text', text: '' }] }, 'content.0.text', 'validation.richText.invalid'],
    ['a node type outside the vocabulary', { type: 'image', attrs: { src: 'x.png' } }, 'type', 'validation.richText.invalid'],
  ];

  it.each(refused)('refuses %s with VALIDATION, a Finnish message and no write', async (_name, block, fieldPath, message) => {
    const envelope = await saveWithBlock(block);
    const blockIndex = item.background.content.length;
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('VALIDATION');
    expect(envelope.error.fields).toContainEqual({ path: `draft.background.content.${String(blockIndex)}.${fieldPath}`, message });
    expect(translate(message)).not.toBe(message);
    const stored = await ok<AgendaItem>('items:get', { id: item.id });
    expect(stored.updatedAt).toBe(item.updatedAt);
    expect(stored.background).toEqual(item.background);
  });

  const row = (cells: Record<string, unknown>[]) => ({ type: 'tableRow', content: cells.map((attrs) => ({ type: 'tableCell', attrs, content: [{ type: 'paragraph' }] })) });
  const badTables: [string, unknown, string][] = [
    ['a table of 64 columns (Word takes 63)', { type: 'table', content: [row(Array.from({ length: 64 }, () => ({})))] }, 'validation.richText.tableTooWide'],
    ['a cell spanning 64 columns', { type: 'table', content: [row([{ colspan: 64 }])] }, 'validation.richText.tableTooWide'],
    ['a cell spanning 3 rows of a 2-row table', { type: 'table', content: [row([{ rowspan: 3 }, {}]), row([{}])] }, 'validation.richText.tableSpans'],
    ['a cell spanning into a cell merged from above', { type: 'table', content: [row([{}, { rowspan: 2 }]), row([{ colspan: 2 }])] }, 'validation.richText.tableSpans'],
  ];

  it.each(badTables)('refuses %s with VALIDATION, a Finnish message at the table and no write', async (_name, block, message) => {
    const envelope = await saveWithBlock(block);
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('VALIDATION');
    expect(envelope.error.fields).toContainEqual({ path: `draft.background.content.${String(item.background.content.length)}`, message });
    expect(translate(message)).toMatch(/taulukossa/iu);
    expect((await ok<AgendaItem>('items:get', { id: item.id })).updatedAt).toBe(item.updatedAt);
  });

  it('refuses a bad table nested in a list, pointing at it', async () => {
    const nested = { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }, badTables[2]?.[1]] }] };
    const envelope = await saveWithBlock(nested);
    expect(!envelope.ok && envelope.error.fields).toContainEqual({ path: `draft.background.content.${String(item.background.content.length)}.content.0.content.1`, message: 'validation.richText.tableSpans' });
  });

  it('still exports the item after the refusals, and saves the same blocks with valid attributes', async () => {
    const exported = await ok<ExportFile>('items:export', { id: item.id, kind: 'proposal' });
    expect(exported.fileName).toMatch(/\.docx$/u);
    const merged = { type: 'table', content: [row([{ rowspan: 2 }, { colspan: 62 }]), row([{ colspan: 62 }])] };
    const valid = [live({ frozenText: '27' }), heading(2), cell({ colspan: 3, rowspan: 1, colwidth: [120, 80, 80], align: 'center' }), merged, linked({ type: 'link', attrs: { href: 'https://okm.fi', target: null, rel: 'noopener noreferrer nofollow', class: null, title: null } })];
    for (const block of valid) {
      const envelope = await saveWithBlock(block);
      expect(envelope.ok).toBe(true);
      if (envelope.ok) item = envelope.value as AgendaItem;
    }
    expect(item.background.content.slice(-1)).toEqual([valid.at(-1)]);
    expect((await ok<ExportFile>('items:export', { id: item.id, kind: 'proposal' })).fileName).toMatch(/\.docx$/u);
  });
});
