// The open item's draft: every change goes into the form history and is saved ~600 ms after
// the last keystroke (items:update with expectedUpdatedAt, so an older tab cannot overwrite a
// newer save), unless it says what is already saved. Saves are flushed when the screen closes,
// the window loses focus or unloads.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AgendaItem } from '../../../../../shared/domain/item';
import { itemLock } from '../../../../../shared/domain/item-workflow';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { createDraftSaver } from './draft-saver';
import type { SaveState } from './draft-saver';
import { applyChange, redo as redoHistory, startHistory, toDraft, undo as undoHistory } from './item-draft';
import type { History, RichField } from './item-draft';

export type { SaveState } from './draft-saver';

export interface ItemDraftApi {
  draft: ItemDraft;
  item: AgendaItem;
  saveState: SaveState;
  change: (next: ItemDraft, key: string | null, record?: boolean | RichField) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Saves now if anything is pending; resolves true when the item on disk matches the form. */
  flush: () => Promise<boolean>;
  /** Takes an item the service changed (status, copied decision) as the new saved state. */
  adopt: (item: AgendaItem) => void;
}

export function useItemDraft(initial: AgendaItem): ItemDraftApi {
  const [history, setHistoryState] = useState<History>(() => startHistory(toDraft(initial)));
  const [item, setItem] = useState(initial);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [saver] = useState(() => createDraftSaver(initial, setSaveState, setItem));
  const historyRef = useRef(history);
  const itemRef = useRef(initial);

  const setHistory = useCallback((next: History) => {
    historyRef.current = next;
    setHistoryState(next);
  }, []);

  const change = useCallback(
    (next: ItemDraft, key: string | null, record: boolean | RichField = true) => {
      setHistory(applyChange(historyRef.current, next, key, Date.now(), record));
      saver.schedule(next);
    },
    [saver, setHistory],
  );

  const step = useCallback(
    (move: (h: History) => History) => {
      const next = move(historyRef.current);
      if (next === historyRef.current) return;
      setHistory(next);
      saver.schedule(next.present);
    },
    [saver, setHistory],
  );

  const adopt = useCallback(
    (next: AgendaItem) => {
      // Called right after a flush, so the service's item is the form's state plus its own change.
      saver.adopt(next);
      // Undo across a lock (approval, reopening, checked minutes) would rewind what the service
      // froze or unfroze, and every such save would be refused: the history starts anew there.
      const lockChanged = itemLock(next.status) !== itemLock(itemRef.current.status);
      itemRef.current = next;
      setItem(next);
      setHistory(lockChanged ? startHistory(toDraft(next)) : applyChange(historyRef.current, toDraft(next), null, Date.now()));
    },
    [saver, setHistory],
  );

  useEffect(() => {
    const flushNow = () => { void saver.flush(); };
    window.addEventListener('blur', flushNow);
    window.addEventListener('beforeunload', flushNow);
    return () => {
      window.removeEventListener('blur', flushNow);
      window.removeEventListener('beforeunload', flushNow);
      flushNow();
    };
  }, [saver]);

  return {
    draft: history.present,
    item,
    saveState,
    change,
    undo: useCallback(() => { step(undoHistory); }, [step]),
    redo: useCallback(() => { step(redoHistory); }, [step]),
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    flush: saver.flush,
    adopt,
  };
}
