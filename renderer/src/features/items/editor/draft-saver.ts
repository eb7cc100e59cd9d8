// The save loop behind autosave: one request at a time, the newest draft wins, and a change
// made while a save is on its way is saved right after it. A draft that says what was last
// saved is not sent at all (draft-changes.ts), so opening an item or undoing back to it writes
// nothing. Plain object (not a hook) so the recursion and timers stay outside React's render rules.
import { call } from '../../../api';
import { isSameDraft } from '../../../../../shared/domain/draft-changes';
import type { AgendaItem } from '../../../../../shared/domain/item';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { draftOf } from '../../../../../shared/domain/item-schema';
import type { AppError } from '../../../../../shared/ipc/define';

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'error'; error: AppError };

export interface DraftSaver {
  schedule: (draft: ItemDraft) => void;
  /** Saves what is pending; true only when the stored item says what the form last scheduled. */
  flush: () => Promise<boolean>;
  /** After the service changed the item itself (status, decision), continue from it. */
  adopt: (item: AgendaItem) => void;
  dispose: () => void;
}

export function createDraftSaver(initial: AgendaItem, onState: (state: SaveState) => void, onSaved: (item: AgendaItem) => void, debounceMs = 600): DraftSaver {
  const { id } = initial;
  let version = initial.updatedAt;
  /** What the database holds as far as this form knows; null after a CONFLICT (someone else saved). */
  let saved: ItemDraft | null = draftOf(initial);
  /** The form's newest draft, saved or not. */
  let latest: ItemDraft = saved;
  let pending: ItemDraft | null = null;
  let inFlight: Promise<boolean> | null = null;
  let timer: number | null = null;

  const clearTimer = () => {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
  };

  const saveOnce = async (draft: ItemDraft): Promise<boolean> => {
    onState({ kind: 'saving' });
    const envelope = await call('items:update', { id, draft, expectedUpdatedAt: version });
    if (!envelope.ok) {
      // Keep the change pending (unless the item moved on elsewhere) so the next edit retries it.
      if (envelope.error.code !== 'CONFLICT') pending ??= draft;
      else saved = null;
      onState({ kind: 'error', error: envelope.error });
      return false;
    }
    version = envelope.value.updatedAt;
    saved = draft;
    onSaved(envelope.value);
    return true;
  };

  const flush = async (): Promise<boolean> => {
    clearTimer();
    if (inFlight) await inFlight;
    if (inFlight) return flush();
    let ok = true;
    while (pending && ok) {
      const draft = pending;
      pending = null;
      if (saved && isSameDraft(saved, draft)) continue;
      inFlight = saveOnce(draft);
      ok = await inFlight;
      inFlight = null;
    }
    // A refused save stays refused until the form changes: the stored item is not the form's.
    const inStep = ok && saved !== null && isSameDraft(saved, latest);
    if (inStep) onState({ kind: 'saved' });
    return inStep;
  };

  return {
    schedule(draft) {
      latest = draft;
      pending = draft;
      onState({ kind: 'saving' });
      clearTimer();
      timer = window.setTimeout(() => { void flush(); }, debounceMs);
    },
    flush,
    adopt(item) {
      // The service's item is now the form's state: a refused draft still pending would be sent
      // against it (and refused again, say as FROZEN after the minutes were checked), so it goes.
      clearTimer();
      pending = null;
      version = item.updatedAt;
      saved = draftOf(item);
      latest = saved;
      onState({ kind: 'saved' });
    },
    dispose: clearTimer,
  };
}
