// The open item's one draft: rich text reaches it on every change (no commit that a closing page
// could cut short), the toolbar's undo covers the rich text in order with the form, a closing
// page sends the draft at once and keeps a recovery copy, and field problems keep the status honest.
import { beforeEach, describe, expect, it } from 'vitest';
import { seedAgendaItem } from '../../../../../shared/demo/seed-item';
import type { AgendaItem } from '../../../../../shared/domain/item';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { paragraphsDoc } from '../../../../../shared/domain/rich-text';
import type { RichDoc } from '../../../../../shared/domain/rich-text';
import type { Envelope } from '../../../../../shared/ipc/define';
import type { CreateInput, SaverClock, UpdateInput } from './draft-saver';
import { ItemDraftStore } from './item-draft-store';
import type { RichEditorLink } from './item-draft-store';
import type { RecoveryCopy, RecoveryStorage } from './recovery-copy';

/** A clock whose timers only run when a test says so: nothing here depends on time passing. */
const stillClock: SaverClock = { now: () => 0, setTimeout: () => 1, clearTimeout: () => undefined };

/** Stands in for Tiptap: a text with its own undo history, reporting like the real editor does. */
class FakeRichEditor {
  private past: RichDoc[] = [];
  private future: RichDoc[] = [];
  doc: RichDoc;
  link: RichEditorLink;
  constructor(store: ItemDraftStore) {
    this.doc = store.current().background;
    this.link = store.registerRich('background', {
      undo: () => { this.ownUndo(); },
      redo: () => { this.ownRedo(); },
      replace: (doc) => { this.doc = doc; },
      depths: () => ({ undo: this.past.length, redo: this.future.length }),
    });
  }
  type(text: string): void {
    this.past.push(this.doc);
    this.future = [];
    const doc = paragraphsDoc([text]);
    this.doc = doc;
    this.link.changed(() => doc, this.depths(), false);
  }
  /** Ctrl+Z inside the editor: its own history, reported as such. */
  ownUndo(): void { this.move(this.past, this.future); }
  ownRedo(): void { this.move(this.future, this.past); }
  private move(from: RichDoc[], to: RichDoc[]): void {
    const doc = from.pop();
    if (!doc) return;
    to.push(this.doc);
    this.doc = doc;
    this.link.changed(() => doc, this.depths(), true);
  }
  depths() {
    return { undo: this.past.length, redo: this.future.length };
  }
  text(): string {
    return JSON.stringify(this.doc);
  }
}

let sent: { draft: ItemDraft; closing: boolean }[];
let copies: Map<string, RecoveryCopy>;
const recovery: RecoveryStorage = {
  read: (id) => copies.get(id) ?? null,
  write: (copy) => { copies.set(copy.itemId, copy); },
  remove: (id) => { copies.delete(id); },
};
let answer: (input: UpdateInput | CreateInput) => Envelope<AgendaItem>;
const stores = (input: UpdateInput | CreateInput): Envelope<AgendaItem> => ({ ok: true, value: { ...seedAgendaItem(), ...input.draft, updatedAt: `2025-01-01T00:00:0${String(sent.length)}.000Z` } });

function store(item: AgendaItem = seedAgendaItem()) {
  const record = (input: UpdateInput | CreateInput, closing: boolean) => {
    sent.push({ draft: input.draft, closing });
    return Promise.resolve(answer(input));
  };
  return new ItemDraftStore(item, { transport: { update: record, create: record, get: () => Promise.resolve({ ok: true, value: item }) }, recovery, stored: true, clock: stillClock });
}

const draftItem = (): AgendaItem => ({ ...seedAgendaItem(), status: 'luonnos' });
const backgroundText = (draft: ItemDraft) => JSON.stringify(draft.background);

beforeEach(() => {
  sent = [];
  copies = new Map();
  answer = stores;
});

describe('the item draft store', () => {
  it('saves rich text typed a moment ago: it is in the draft as it is typed, no commit needed', async () => {
    const s = store(draftItem());
    const editor = new FakeRichEditor(s);
    editor.type('Juuri kirjoitettu');
    expect(await s.flush()).toBe(true);
    expect(sent.map((input) => backgroundText(input.draft))).toEqual([editor.text()]);
  });

  it('a form field’s change never carries an older rich text with it', async () => {
    const s = store(draftItem());
    const editor = new FakeRichEditor(s);
    const viewBefore = s.getView().draft;
    editor.type('Uudempi selostus');
    // The field was rendered from the view before the rich change reached it.
    s.change({ title: `${viewBefore.title}!` }, 'title');
    expect(backgroundText(s.current())).toBe(editor.text());
    await s.flush();
    expect(sent.map((input) => backgroundText(input.draft))).toEqual([editor.text()]);
  });

  it('the toolbar’s undo and redo cover the rich text, newest edit first, wherever it was', () => {
    const s = store(draftItem());
    const editor = new FakeRichEditor(s);
    const original = { title: s.current().title, background: editor.text() };
    s.change({ title: 'Otsikko 1' }, 'title');
    editor.type('Selostus 1');
    s.change({ caseNumber: 'KOK/9' }, 'caseNumber');
    expect(s.getView().canUndo).toBe(true);

    s.undo();
    expect(s.current().caseNumber).toBe(seedAgendaItem().caseNumber);
    expect(editor.text()).toContain('Selostus 1');
    s.undo();
    expect(editor.text()).toBe(original.background);
    expect(backgroundText(s.current())).toBe(original.background);
    expect(s.current().title).toBe('Otsikko 1');
    s.undo();
    expect(s.current().title).toBe(original.title);
    expect(s.getView().canUndo).toBe(false);

    s.redo();
    s.redo();
    expect(editor.text()).toContain('Selostus 1');
    expect(s.current().title).toBe('Otsikko 1');
    s.redo();
    expect(s.current().caseNumber).toBe('KOK/9');
  });

  it('keeps the toolbar in step with Ctrl+Z inside the editor', () => {
    const s = store(draftItem());
    const editor = new FakeRichEditor(s);
    s.change({ title: 'Otsikko 1' }, 'title');
    editor.type('Selostus 1');
    // The editor's own undo (its keymap), not the toolbar's.
    editor.ownUndo();
    s.undo();
    expect(s.current().title).toBe(seedAgendaItem().title);
    s.redo();
    s.redo();
    expect(editor.text()).toContain('Selostus 1');
  });

  it('a closing page sends the newest draft at once and keeps a recovery copy until a save lands', async () => {
    const s = store(draftItem());
    const editor = new FakeRichEditor(s);
    editor.type('Viimeiset sanat');
    s.closeNow();
    expect(sent).toHaveLength(1);
    expect(sent.map((input) => [input.closing, backgroundText(input.draft)])).toEqual([[true, editor.text()]]);
    const copy = copies.get(seedAgendaItem().id);
    expect(copy && backgroundText(copy.draft)).toBe(editor.text());
    expect(copy?.baseUpdatedAt).toBe(seedAgendaItem().updatedAt);
    // The page lived on after all (beforeunload without closing): the save landed, the copy goes.
    await s.flush();
    expect(copies.size).toBe(0);
  });

  it('a closing page with everything saved sends nothing and writes no copy', async () => {
    const s = store(draftItem());
    s.change({ title: 'Tallennettu jo' }, 'title');
    await s.flush();
    sent = [];
    s.closeNow();
    expect(sent).toEqual([]);
    expect(copies.size).toBe(0);
  });

  it('says "not saved" while a field holds text the draft cannot take, and marks it', () => {
    const s = store(draftItem());
    s.setLocalIssue('meetingDate', 'validation.date.invalid');
    expect(s.getView().localIssues).toEqual([{ path: 'meetingDate', message: 'validation.date.invalid' }]);
    expect(s.getView().issues.map((issue) => issue.path)).toEqual(['meetingDate']);
    s.setLocalIssue('meetingDate', null);
    expect(s.getView().localIssues).toEqual([]);
  });

  it('marks the fields of a refused save under their draft paths', async () => {
    const s = store(draftItem());
    answer = () => ({ ok: false, error: { code: 'VALIDATION', message: 'no', fields: [{ path: 'draft.title', message: 'validation.item.titleRequired' }] } });
    s.change({ title: '' }, 'title');
    expect(await s.flush()).toBe(false);
    expect(s.getView().saveState.kind).toBe('error');
    expect(s.getView().issues).toEqual([{ path: 'title', message: 'validation.item.titleRequired' }]);
  });

  it('starts the histories anew when the service locks the item, and remounts the rich editors', () => {
    const s = store(draftItem());
    const editor = new FakeRichEditor(s);
    editor.type('Ennen hyväksyntää');
    const generation = s.getView().generation;
    s.adopt({ ...seedAgendaItem(), ...s.current(), status: 'hyvaksytty', updatedAt: '2025-03-01T00:00:00.000Z' });
    expect(s.getView().canUndo).toBe(false);
    expect(s.getView().generation).toBe(generation + 1);
  });

  it('puts a recovery copy back as one change that is saved, and that Kumoa takes back', async () => {
    const original = draftItem();
    const restored = { ...seedAgendaItem(), title: 'Palautettu otsikko' };
    const s = new ItemDraftStore(original, { transport: { update: (input) => { sent.push({ draft: input.draft, closing: false }); return Promise.resolve(stores(input)); }, create: () => Promise.reject(new Error('not new')), get: () => Promise.resolve({ ok: true, value: original }) }, recovery, stored: true, clock: stillClock, restore: { ...restored } });
    expect(s.current().title).toBe('Palautettu otsikko');
    expect(await s.flush()).toBe(true);
    expect(sent.map((input) => input.draft.title)).toEqual(['Palautettu otsikko']);
    s.undo();
    expect(s.current().title).toBe(original.title);
  });

  it('shows a rich keystroke in the view when typing pauses, and the status within a second while it goes on', () => {
    let time = 0;
    const timers = new Map<number, { at: number; run: () => void }>();
    let next = 1;
    const clock: SaverClock = {
      now: () => time,
      setTimeout: (run, ms) => { timers.set(next, { at: time + ms, run }); next += 1; return next - 1; },
      clearTimeout: (handle) => { timers.delete(handle); },
    };
    const advance = (ms: number) => {
      time += ms;
      for (const [handle, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at > time || !timers.has(handle)) continue;
        timers.delete(handle);
        timer.run();
      }
    };
    const record = (input: UpdateInput | CreateInput) => { sent.push({ draft: input.draft, closing: false }); return new Promise<Envelope<AgendaItem>>(() => undefined); };
    const s = new ItemDraftStore(draftItem(), { transport: { update: record, create: record, get: () => new Promise<Envelope<AgendaItem>>(() => undefined) }, recovery, stored: true, clock });
    const editor = new FakeRichEditor(s);
    const shown = s.getView().draft.background;
    // Ten keys, 100 ms apart: the tenth comes 900 ms after the first.
    for (let key = 0; key < 10; key += 1) {
      editor.type(`Kirjain ${String(key)}`);
      advance(100);
    }
    // Typing goes on: the preview keeps its text, the undo button and the status have followed.
    expect(s.getView().draft.background).toBe(shown);
    expect(s.getView().canUndo).toBe(false);
    // The eleventh, a second after the first.
    editor.type('Kirjain 10');
    expect(s.getView().canUndo).toBe(true);
    expect(s.getView().saveState.kind).toBe('saving');
    expect(s.getView().draft.background).toBe(shown);
    advance(250);
    expect(backgroundText(s.getView().draft)).toBe(editor.text());
    // A form field's keystroke is shown at once.
    s.change({ caseNumber: 'KOK/1' }, 'caseNumber');
    expect(s.getView().draft.caseNumber).toBe('KOK/1');
  });
});
