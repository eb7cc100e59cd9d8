// The save loop sends only drafts that change something, and flush() is true only when the
// stored item says what the form shows (an export relies on that).
import { beforeEach, describe, expect, it } from 'vitest';
import { seedAgendaItem } from '../../../../../shared/demo/seed-item';
import type { AgendaItem } from '../../../../../shared/domain/item';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { draftOf } from '../../../../../shared/domain/item-schema';
import type { AppError, Envelope } from '../../../../../shared/ipc/define';
import type { PykalaApi } from '../../../../../shared/ipc/contract';
import { createDraftSaver } from './draft-saver';
import type { SaveState } from './draft-saver';

interface UpdateInput {
  draft: ItemDraft;
  expectedUpdatedAt: string;
}

const sent: UpdateInput[] = [];
let answer: (input: UpdateInput) => Envelope<AgendaItem>;

const fakeApi = {
  call: (channel: string, input: unknown) => {
    if (channel !== 'items:update') throw new Error(`unexpected ${channel}`);
    sent.push(input as UpdateInput);
    return Promise.resolve(answer(input as UpdateInput));
  },
} as unknown as PykalaApi;
// The saver's timers and the api module read `window`; under Node a small stand-in is enough.
Object.assign(globalThis, { window: { api: fakeApi, setTimeout, clearTimeout } });

const refused = (code: AppError['code']): Envelope<AgendaItem> => ({ ok: false, error: { code, message: code } });
let clock = 0;
const stores = ({ draft }: UpdateInput): Envelope<AgendaItem> => {
  clock += 1;
  return { ok: true, value: { ...seedAgendaItem(), ...draft, updatedAt: `2025-01-01T00:00:${String(clock).padStart(2, '0')}.000Z` } };
};

function saver() {
  const states: SaveState['kind'][] = [];
  const item = seedAgendaItem();
  // A long debounce: the tests flush themselves, no timer decides anything.
  const draftSaver = createDraftSaver(item, (state) => { states.push(state.kind); }, () => undefined, 60_000);
  return { draftSaver, states, draft: draftOf(item) };
}

beforeEach(() => {
  sent.length = 0;
  answer = stores;
});

describe('draft saver', () => {
  it('sends nothing for a draft that says what is saved, even as a new object', async () => {
    const { draftSaver, states, draft } = saver();
    expect(await draftSaver.flush()).toBe(true);
    draftSaver.schedule(structuredClone(draft));
    expect(await draftSaver.flush()).toBe(true);
    expect(sent).toEqual([]);
    expect(states.at(-1)).toBe('saved');
    draftSaver.dispose();
  });

  it('saves a change once, and an undo back to the saved text is a change again', async () => {
    const { draftSaver, draft } = saver();
    draftSaver.schedule({ ...draft, meetingNumber: '2/2024' });
    expect(await draftSaver.flush()).toBe(true);
    draftSaver.schedule({ ...draft, meetingNumber: '2/2024' });
    expect(await draftSaver.flush()).toBe(true);
    expect(sent.map((input) => input.draft.meetingNumber)).toEqual(['2/2024']);
    draftSaver.schedule(draft);
    expect(await draftSaver.flush()).toBe(true);
    expect(sent.map((input) => input.draft.meetingNumber)).toEqual(['2/2024', '1/2024']);
    expect(sent[1]?.expectedUpdatedAt).toBe('2025-01-01T00:00:01.000Z');
    draftSaver.dispose();
  });

  it('answers false while a refused save is not fixed, and true once it is', async () => {
    const { draftSaver, draft } = saver();
    answer = () => refused('VALIDATION');
    draftSaver.schedule({ ...draft, title: '' });
    expect(await draftSaver.flush()).toBe(false);
    expect(await draftSaver.flush()).toBe(false);
    answer = stores;
    draftSaver.schedule({ ...draft, title: 'Korjattu' });
    expect(await draftSaver.flush()).toBe(true);
    expect(sent.map((input) => input.draft.title)).toEqual(['', '', 'Korjattu']);
    draftSaver.dispose();
  });

  it('after a conflict never claims the form is saved, even with nothing pending', async () => {
    const { draftSaver, states, draft } = saver();
    answer = () => refused('CONFLICT');
    draftSaver.schedule({ ...draft, title: 'Toinen välilehti' });
    expect(await draftSaver.flush()).toBe(false);
    expect(await draftSaver.flush()).toBe(false);
    expect(states.at(-1)).toBe('error');
    draftSaver.dispose();
  });
  it('drops a refused draft once it adopts the item the service changed, so nothing is sent against it', async () => {
    const { draftSaver, states, draft } = saver();
    answer = () => refused('VALIDATION');
    draftSaver.schedule({ ...draft, title: '' });
    expect(await draftSaver.flush()).toBe(false);
    answer = stores;
    const changed: AgendaItem = { ...seedAgendaItem(), status: 'tarkastettu', updatedAt: '2025-02-01T00:00:00.000Z' };
    draftSaver.adopt(changed);
    expect(states.at(-1)).toBe('saved');
    sent.length = 0;
    expect(await draftSaver.flush()).toBe(true);
    expect(sent).toEqual([]);
    draftSaver.dispose();
  });
});
