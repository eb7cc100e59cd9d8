// When the next opening puts a recovery copy back, drops it, or asks (recovery-copy.ts).
import { describe, expect, it } from 'vitest';
import { seedAgendaItem } from '../../../../../shared/demo/seed-item';
import { draftOf } from '../../../../../shared/domain/item-schema';
import { decideRecovery, localRecoveryStorage } from './recovery-copy';
import type { RecoveryCopy } from './recovery-copy';

const item = seedAgendaItem();
const base = draftOf(item);
const copy = (patch: Partial<RecoveryCopy> = {}): RecoveryCopy => ({ itemId: item.id, baseUpdatedAt: item.updatedAt, sending: null, draft: { ...base, title: 'Suljettaessa kirjoitettu' }, ...patch });

class MemoryStorage {
  private values = new Map<string, string>();
  getItem(key: string) { return this.values.get(key) ?? null; }
  setItem(key: string, value: string) { this.values.set(key, value); }
  removeItem(key: string) { this.values.delete(key); }
}

describe('recovery copy', () => {
  it('puts the text back when the stored item is the one it was written on', () => {
    expect(decideRecovery(copy(), { updatedAt: item.updatedAt, draft: base })).toBe('restore');
  });

  it('puts it back when its own save on the way landed but the last keys did not', () => {
    const sending = { ...base, title: 'Suljettaessa kirj' };
    expect(decideRecovery(copy({ sending }), { updatedAt: '2030-01-01T00:00:00.000Z', draft: sending })).toBe('restore');
  });

  it('drops it when the stored item already says the same', () => {
    expect(decideRecovery(copy(), { updatedAt: '2030-01-01T00:00:00.000Z', draft: copy().draft })).toBe('discard');
  });

  it('asks when someone saved another text since', () => {
    expect(decideRecovery(copy(), { updatedAt: '2030-01-01T00:00:00.000Z', draft: { ...base, title: 'Toisen välilehden otsikko' } })).toBe('conflict');
  });

  it('creates a new item that never reached the database; leaves a copy of a deleted one alone', () => {
    expect(decideRecovery(copy({ baseUpdatedAt: null }), null)).toBe('restore');
    expect(decideRecovery(copy(), null)).toBe('none');
    expect(decideRecovery(null, { updatedAt: item.updatedAt, draft: base })).toBe('none');
  });

  it('reads back what it wrote, with a refused empty title, and nothing of another shape', () => {
    const memory = new MemoryStorage();
    const storage = localRecoveryStorage(memory as unknown as Storage);
    const empty = copy({ draft: { ...base, title: '' } });
    storage.write(empty);
    expect(storage.read(item.id)).toEqual(empty);
    memory.setItem(`pykala.recovery.${item.id}`, JSON.stringify({ ...empty, draft: { ...base, proposal: 'not a point list' } }));
    expect(storage.read(item.id)).toBeNull();
    memory.setItem(`pykala.recovery.${item.id}`, '{not json');
    expect(storage.read(item.id)).toBeNull();
    storage.remove(item.id);
    expect(memory.getItem(`pykala.recovery.${item.id}`)).toBeNull();
  });
});
