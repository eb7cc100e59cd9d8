// The session store of one meeting, bound to the app's service and to the page's life: loaded
// when the screen opens, and what waits is sent as the page goes away (as the item editor does).
import { useEffect, useState, useSyncExternalStore } from 'react';
import { call, callWhileClosing } from '../../../api';
import { createSessionStore } from './session-store';
import type { SessionSnapshot, SessionStore, SessionTransport } from './session-store';

export type { SectionChange } from './session-store';

const transport: SessionTransport = {
  get: (id) => call('meetings:get', { id }),
  update: (input, closing) => (closing ? callWhileClosing('meetings:update', input) : call('meetings:update', input)),
  updateSection: (input, closing) => (closing ? callWhileClosing('meetings:updateSection', input) : call('meetings:updateSection', input)),
};

export function useMeetingSession(meetingId: string): { store: SessionStore; snapshot: SessionSnapshot } {
  const [store] = useState(() => createSessionStore(meetingId, transport));
  const snapshot = useSyncExternalStore(store.subscribe, store.snapshot);
  useEffect(() => {
    void store.load();
    const onHide = () => { store.sendClosing(); };
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      store.flush();
    };
  }, [store]);
  return { store, snapshot };
}
