// The save loop: only drafts that change something are sent, flush() is true only when the stored
// item says what the form shows (an export relies on that), continuous typing is saved at least
// every 2 s, a closing page's save starts at once, and a new item is stored by its first change.
// The clock is a fake one the tests move; the transport records what would be sent.
import { beforeEach, describe, expect, it } from 'vitest';
import { seedAgendaItem } from '../../../../../shared/demo/seed-item';
import type { AgendaItem } from '../../../../../shared/domain/item';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { draftOf } from '../../../../../shared/domain/item-schema';
import type { AppError, Envelope } from '../../../../../shared/ipc/define';
import { createDraftSaver, defaultMaxWaitMs } from './draft-saver';
import type { CreateInput, SaveState, SaverClock, UpdateInput } from './draft-saver';

interface Sent {
  kind: 'update' | 'create';
  draft: ItemDraft;
  expectedUpdatedAt: string | null;
  closing: boolean;
  at: number;
}

class FakeClock implements SaverClock {
  time = 0;
  private timers = new Map<number, { at: number; run: () => void }>();
  private next = 1;
  now = () => this.time;
  setTimeout = (run: () => void, ms: number) => {
    const handle = this.next;
    this.next += 1;
    this.timers.set(handle, { at: this.time + ms, run });
    return handle;
  };
  clearTimeout = (handle: number) => { this.timers.delete(handle); };
  /** Moves time on, running each timer when its moment comes (and the answers it awaits). */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].run();
      await settle();
    }
    this.time = end;
  }
}

/** Lets the fake transport's answers and the saver's awaits run. */
const settle = () => new Promise<void>((resolve) => { setImmediate(resolve); });

let sent: Sent[];
let answer: (input: UpdateInput | CreateInput) => Envelope<AgendaItem> | Promise<Envelope<AgendaItem>>;
let stamp = 0;
let clock: FakeClock;
/** What items:get answers after a CONFLICT: someone else's text unless a test says otherwise. */
let storedNow: AgendaItem;

const refused = (code: AppError['code']): Envelope<AgendaItem> => ({ ok: false, error: { code, message: code } });
const stores = (input: UpdateInput | CreateInput): Envelope<AgendaItem> => {
  stamp += 1;
  return { ok: true, value: { ...seedAgendaItem(), ...input.draft, id: input.id, updatedAt: `2025-01-01T00:00:${String(stamp).padStart(2, '0')}.000Z` } };
};

function saver(options: { stored?: boolean } = {}) {
  const item = seedAgendaItem();
  let draft = draftOf(item);
  const states: SaveState['kind'][] = [];
  const record = (kind: Sent['kind'], input: UpdateInput | CreateInput, closing: boolean) => {
    sent.push({ kind, draft: input.draft, expectedUpdatedAt: 'expectedUpdatedAt' in input ? input.expectedUpdatedAt : null, closing, at: clock.time });
    return Promise.resolve(answer(input));
  };
  const draftSaver = createDraftSaver({
    id: item.id,
    storedUpdatedAt: options.stored === false ? null : item.updatedAt,
    baseline: draft,
    current: () => draft,
    transport: { update: (input, closing) => record('update', input, closing), create: (input, closing) => record('create', input, closing), get: () => Promise.resolve({ ok: true, value: storedNow }) },
    onState: (state) => { states.push(state.kind); },
    onSaved: () => undefined,
    clock,
  });
  /** A change as the form makes it: the draft changes, then the saver hears of it. */
  const change = (patch: Partial<ItemDraft>) => {
    draft = { ...draft, ...patch };
    draftSaver.touch();
  };
  return { draftSaver, states, change, original: draftOf(item), current: () => draft };
}

beforeEach(() => {
  sent = [];
  answer = stores;
  clock = new FakeClock();
  stamp = 0;
  storedNow = { ...seedAgendaItem(), title: 'Toisen välilehden otsikko', updatedAt: '2030-01-01T00:00:00.000Z' };
});

describe('draft saver', () => {
  it('sends nothing when no field changed; a field set to the same value is no change', async () => {
    const { draftSaver, states, change, original } = saver();
    expect(await draftSaver.flush()).toBe(true);
    change({ title: original.title, background: original.background });
    expect(await draftSaver.flush()).toBe(true);
    expect(sent).toEqual([]);
    expect(states.at(-1)).toBe('saved');
  });

  it('compares a stored item by reference: an equal new text is sent, and the service writes no version for it', async () => {
    const { draftSaver, change, original } = saver();
    change(structuredClone(original));
    expect(await draftSaver.flush()).toBe(true);
    // tests/unit/items/item-update-unchanged.test.ts holds the service to writing nothing here.
    expect(sent).toHaveLength(1);
  });

  it('compares a new item by meaning: text typed and deleted again creates nothing', async () => {
    const { draftSaver, change, original } = saver({ stored: false });
    change({ background: structuredClone(original.background) });
    expect(await draftSaver.flush()).toBe(true);
    expect(sent).toEqual([]);
  });

  it('saves a change once, and an undo back to the saved text is a change again', async () => {
    const { draftSaver, change, original } = saver();
    change({ meetingNumber: '2/2024' });
    expect(await draftSaver.flush()).toBe(true);
    change({ meetingNumber: '2/2024' });
    expect(await draftSaver.flush()).toBe(true);
    expect(sent.map((input) => input.draft.meetingNumber)).toEqual(['2/2024']);
    change({ meetingNumber: original.meetingNumber });
    expect(await draftSaver.flush()).toBe(true);
    expect(sent.map((input) => input.draft.meetingNumber)).toEqual(['2/2024', '1/2024']);
    expect(sent[1]?.expectedUpdatedAt).toBe('2025-01-01T00:00:01.000Z');
  });

  it('answers false while a refused save is not fixed, and true once it is', async () => {
    const { draftSaver, change, states } = saver();
    answer = () => refused('VALIDATION');
    change({ title: '' });
    expect(await draftSaver.flush()).toBe(false);
    expect(await draftSaver.flush()).toBe(false);
    expect(states.at(-1)).toBe('error');
    answer = stores;
    change({ title: 'Korjattu' });
    expect(await draftSaver.flush()).toBe(true);
    expect(sent.map((input) => input.draft.title)).toEqual(['', '', 'Korjattu']);
  });

  it('after a conflict never claims the form is saved, even with nothing pending', async () => {
    const { draftSaver, states, change } = saver();
    answer = () => refused('CONFLICT');
    change({ title: 'Toinen välilehti' });
    expect(await draftSaver.flush()).toBe(false);
    expect(await draftSaver.flush()).toBe(false);
    expect(states.at(-1)).toBe('error');
    expect(sent).toHaveLength(1);
  });

  it('takes a CONFLICT over the very text it sent as saved (a closing page’s save landed first)', async () => {
    const { draftSaver, states, change, current } = saver();
    answer = () => refused('CONFLICT');
    change({ title: 'Suljettaessa kirjoitettu' });
    storedNow = { ...seedAgendaItem(), ...current(), updatedAt: '2030-01-01T00:00:00.000Z' };
    expect(await draftSaver.flush()).toBe(true);
    expect(states.at(-1)).toBe('saved');
    answer = stores;
    change({ title: 'Ja jatkettu' });
    expect(await draftSaver.flush()).toBe(true);
    expect(sent.at(-1)?.expectedUpdatedAt).toBe('2030-01-01T00:00:00.000Z');
  });

  it('drops a refused draft once it adopts the item the service changed, so nothing is sent against it', async () => {
    const { draftSaver, states, change, current } = saver();
    answer = () => refused('VALIDATION');
    change({ title: '' });
    expect(await draftSaver.flush()).toBe(false);
    answer = stores;
    const changed: AgendaItem = { ...seedAgendaItem(), status: 'tarkastettu', updatedAt: '2025-02-01T00:00:00.000Z' };
    // The form takes the service's item too (the store does that): the draft now says what it says.
    change(draftOf(changed));
    draftSaver.adopt(changed, current());
    expect(states.at(-1)).toBe('saved');
    sent.length = 0;
    expect(await draftSaver.flush()).toBe(true);
    expect(sent).toEqual([]);
  });

  it('saves one change 600 ms after it, not before', async () => {
    const { change } = saver();
    change({ caseNumber: 'KOK/1' });
    await clock.advance(599);
    expect(sent).toEqual([]);
    await clock.advance(1);
    expect(sent.map((input) => [input.at, input.draft.caseNumber])).toEqual([[600, 'KOK/1']]);
  });

  it('saves continuous typing at least every 2 s, though the debounce restarts on every key', async () => {
    const { change } = saver();
    let text = '';
    // 8 s of typing, a key every 100 ms: the 600 ms debounce alone would never fire.
    for (let key = 0; key < 80; key += 1) {
      text += 'a';
      change({ earlierHandling: text });
      await clock.advance(100);
    }
    const times = sent.map((input) => input.at);
    expect(times.length).toBeGreaterThanOrEqual(4);
    // The first save within 2 s of the first key, and never 2 s between two saves.
    expect(times[0]).toBeLessThanOrEqual(defaultMaxWaitMs);
    const gaps = times.slice(1).map((time, i) => time - (times[i] ?? 0));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(defaultMaxWaitMs);
    // Each save carries everything typed until it was sent.
    for (const input of sent) expect(input.draft.earlierHandling.length).toBe(Math.floor(input.at / 100));
  });

  it('saves a change made during a save right after it, against the version that save made', async () => {
    const { draftSaver, change } = saver();
    let release: () => void = () => undefined;
    answer = (input) => new Promise((resolve) => { release = () => { resolve(stores(input)); }; });
    change({ caseNumber: 'A' });
    const flushing = draftSaver.flush();
    change({ caseNumber: 'AB' });
    answer = stores;
    release();
    expect(await flushing).toBe(true);
    await clock.advance(600);
    expect(sent.map((input) => [input.draft.caseNumber, input.expectedUpdatedAt])).toEqual([
      ['A', seedAgendaItem().updatedAt],
      ['AB', '2025-01-01T00:00:01.000Z'],
    ]);
  });

  it('sends a closing page’s draft at once, without waiting for the save on its way', async () => {
    const { draftSaver, change } = saver();
    answer = (input) => new Promise((resolve) => { setTimeout(() => { resolve(stores(input)); }, 5); });
    change({ caseNumber: 'A' });
    const flushing = draftSaver.flush();
    change({ caseNumber: 'AB' });
    draftSaver.sendNow();
    // Both requests are out before anything was answered; the second is the closing one.
    expect(sent.map((input) => [input.draft.caseNumber, input.closing])).toEqual([
      ['A', false],
      ['AB', true],
    ]);
    // Nothing new: a second closing event (pagehide after beforeunload) sends nothing more.
    draftSaver.sendNow();
    expect(sent).toHaveLength(2);
    await flushing;
  });

  it('leaves a new item unstored until it is changed, then creates it under its id and updates it after', async () => {
    const { draftSaver, change, states } = saver({ stored: false });
    expect(await draftSaver.flush()).toBe(true);
    draftSaver.sendNow();
    await clock.advance(5000);
    expect(sent).toEqual([]);
    expect(draftSaver.isStored()).toBe(false);
    expect(states.at(-1)).toBe('new');

    change({ title: 'Uusi otsikko' });
    await clock.advance(600);
    change({ title: 'Uusi otsikko 2' });
    await clock.advance(600);
    expect(sent.map((input) => [input.kind, input.draft.title, input.expectedUpdatedAt])).toEqual([
      ['create', 'Uusi otsikko', null],
      ['update', 'Uusi otsikko 2', '2025-01-01T00:00:01.000Z'],
    ]);
  });

  it('stores an untouched new item when a flush asks for it (an export needs it stored)', async () => {
    const { draftSaver } = saver({ stored: false });
    expect(await draftSaver.flush({ create: true })).toBe(true);
    expect(sent.map((input) => input.kind)).toEqual(['create']);
    expect(draftSaver.isStored()).toBe(true);
  });
});
