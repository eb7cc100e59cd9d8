import { useSyncExternalStore } from 'react';

// Hash routing: works the same from the browser host's "/" and the desktop app's file on disk.
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => { window.removeEventListener('hashchange', onChange); };
}

export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash.replace(/^#\/?/u, ''));
}
