// React's side of the open item's draft (item-draft-store.ts): one store per open item, its view
// rendered with useSyncExternalStore, and every way of leaving wired to the same save:
// - leaving the screen, the window losing focus (and the desktop shell asking, menu Tallenna or
//   the window closing: item-editor-screen.tsx): flush(), which awaits the save;
// - pagehide / beforeunload (closing the tab, reloading, navigating away): closeNow(), which sends
//   the draft synchronously and keeps a recovery copy of anything not known saved.
import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { call, callWhileClosing } from '../../../api';
import type { AgendaItem } from '../../../../../shared/domain/item';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import type { SaverTransport } from './draft-saver';
import { ItemDraftStore } from './item-draft-store';
import type { DraftView } from './item-draft-store';
import type { RecoveryStorage } from './recovery-copy';

export type { SaveState } from './draft-saver';

const apiTransport: SaverTransport = {
  update: (input, closing) => (closing ? callWhileClosing('items:update', input) : call('items:update', input)),
  create: (input, closing) => (closing ? callWhileClosing('items:create', input) : call('items:create', input)),
  get: (id) => call('items:get', { id }),
};

export const DraftStoreContext = createContext<ItemDraftStore | null>(null);

export function useDraftStore(): ItemDraftStore {
  const store = useContext(DraftStoreContext);
  if (!store) throw new Error('useDraftStore outside an item editor');
  return store;
}

export function useDraftView(store: ItemDraftStore): DraftView {
  return useSyncExternalStore(store.subscribe, store.getView);
}

/** The store of one open item, alive while the editor is; every way out saves. */
export function useItemDraftStore(initial: AgendaItem, options: { stored: boolean; recovery: RecoveryStorage; restore: ItemDraft | undefined }): ItemDraftStore {
  const [store] = useState(() => new ItemDraftStore(initial, { transport: apiTransport, recovery: options.recovery, stored: options.stored, restore: options.restore }));

  useEffect(() => {
    const flush = () => { void store.flush(); };
    const closing = () => { store.closeNow(); };
    window.addEventListener('blur', flush);
    window.addEventListener('beforeunload', closing);
    window.addEventListener('pagehide', closing);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('beforeunload', closing);
      window.removeEventListener('pagehide', closing);
      // Leaving the screen: the page stays, so the save finishes after the editor is gone.
      void store.flush().finally(() => { store.dispose(); });
    };
  }, [store]);

  return store;
}
