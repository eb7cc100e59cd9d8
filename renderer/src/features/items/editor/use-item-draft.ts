// The open item's draft: every change goes into the form history and is saved ~600 ms after
// the last keystroke (items:update with expectedUpdatedAt, so an older tab cannot overwrite a
// newer save). Saves are flushed when the screen closes, the window loses focus or unloads.
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../../api';
import type { AgendaItem } from '../../../../../shared/domain/item';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import type { AppError } from '../../../../../shared/ipc/define';
import { applyChange, redo as redoHistory, startHistory, toDraft, undo as undoHistory } from './item-draft';
import type { History } from './item-draft';

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'error'; error: AppError };

const debounceMs = 600;

export interface ItemDraftApi {
  draft: ItemDraft;
  item: AgendaItem;
  saveState: SaveState;
  change: (next: ItemDraft, key: string | null, record?: boolean) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Saves now if anything is pending; resolves when the item on disk matches the form. */
  flush: () => Promise<boolean>;
  /** Takes an item the service changed (status, copied decision) as the new saved state. */
  adopt: (item: AgendaItem) => void;
}

export function useItemDraft(initial: AgendaItem): ItemDraftApi {
  const [history, setHistoryState] = useState<History>(() => startHistory(toDraft(initial)));
  const historyRef = useRef(history);
  const setHistory = useCallback((next: History) => {
    historyRef.current = next;
    setHistoryState(next);
  }, []);
  const [item, setItem] = useState(initial);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const latest = useRef({ draft: history.present, updatedAt: initial.updatedAt, dirty: false });
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<number | null>(null);

  const save = useCallback((): Promise<boolean> => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    if (inFlight.current) return inFlight.current.then(() => (latest.current.dirty ? save() : true));
    if (!latest.current.dirty) return Promise.resolve(true);
    const draft = latest.current.draft;
    latest.current.dirty = false;
    setSaveState({ kind: 'saving' });
    const request = call('items:update', { id: initial.id, draft, expectedUpdatedAt: latest.current.updatedAt }).then((envelope) => {
      inFlight.current = null;
      if (!envelope.ok) {
        // Keep the change pending (unless the item moved on elsewhere) so the next edit retries it.
        if (envelope.error.code !== 'CONFLICT') latest.current.dirty = true;
        setSaveState({ kind: 'error', error: envelope.error });
        return false;
      }
      latest.current.updatedAt = envelope.value.updatedAt;
      setItem(envelope.value);
      if (latest.current.dirty) return save();
      setSaveState({ kind: 'saved' });
      return true;
    });
    inFlight.current = request;
    return request;
  }, [initial.id]);

  const schedule = useCallback(
    (draft: ItemDraft) => {
      latest.current.draft = draft;
      latest.current.dirty = true;
      setSaveState((s) => (s.kind === 'saving' ? s : { kind: 'saving' }));
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => { void save(); }, debounceMs);
    },
    [save],
  );

  const change = useCallback(
    (next: ItemDraft, key: string | null, record = true) => {
      setHistory(applyChange(historyRef.current, next, key, Date.now(), record));
      schedule(next);
    },
    [schedule, setHistory],
  );

  const step = useCallback(
    (move: (h: History) => History) => {
      const next = move(historyRef.current);
      if (next === historyRef.current) return;
      setHistory(next);
      schedule(next.present);
    },
    [schedule, setHistory],
  );

  const adopt = useCallback((next: AgendaItem) => {
    latest.current.updatedAt = next.updatedAt;
    const draft = { ...latest.current.draft, decision: next.decision };
    latest.current.draft = draft;
    setItem(next);
    setHistory(applyChange(historyRef.current, draft, null, Date.now()));
  }, [setHistory]);

  useEffect(() => {
    const flushNow = () => { void save(); };
    window.addEventListener('blur', flushNow);
    window.addEventListener('beforeunload', flushNow);
    return () => {
      window.removeEventListener('blur', flushNow);
      window.removeEventListener('beforeunload', flushNow);
      flushNow();
    };
  }, [save]);

  return {
    draft: history.present,
    item,
    saveState,
    change,
    undo: useCallback(() => { step(undoHistory); }, [step]),
    redo: useCallback(() => { step(redoHistory); }, [step]),
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    flush: save,
    adopt,
  };
}
