// The save loop behind autosave: one request at a time, the newest draft wins, and a change
// made while a save is on its way is saved right after it. Plain object (not a hook) so the
// recursion and timers stay outside React's render rules.
import { call } from '../../../api';
import type { AgendaItem } from '../../../../../shared/domain/item';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import type { AppError } from '../../../../../shared/ipc/define';

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'error'; error: AppError };

export interface DraftSaver {
  schedule: (draft: ItemDraft) => void;
  flush: () => Promise<boolean>;
  /** After the service changed the item itself (status, decision), continue from its version. */
  adoptVersion: (updatedAt: string) => void;
  dispose: () => void;
}

export function createDraftSaver(id: string, updatedAt: string, onState: (state: SaveState) => void, onSaved: (item: AgendaItem) => void, debounceMs = 600): DraftSaver {
  let version = updatedAt;
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
      onState({ kind: 'error', error: envelope.error });
      return false;
    }
    version = envelope.value.updatedAt;
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
      inFlight = saveOnce(draft);
      ok = await inFlight;
      inFlight = null;
    }
    if (ok) onState({ kind: 'saved' });
    return ok;
  };

  return {
    schedule(draft) {
      pending = draft;
      onState({ kind: 'saving' });
      clearTimer();
      timer = window.setTimeout(() => { void flush(); }, debounceMs);
    },
    flush,
    adoptVersion(next) { version = next; },
    dispose: clearTimer,
  };
}
