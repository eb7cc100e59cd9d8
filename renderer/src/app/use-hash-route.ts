import { useSyncExternalStore } from 'react';

// Hash routing: works the same from the browser host's "/" and the desktop app's file on disk.
// A screen may keep its own state in the hash's query: "#/projects?area=perusopetus".
// popstate too: Back over an entry added with pushState (the item editor opened from a meeting,
// "?item=…#/items") changes the screen without a hashchange.
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

/** The address's hash as the screen's path ("projects") and its query ("area=perusopetus", or ""). */
export function readHash(): { path: string; query: string } {
  const hash = window.location.hash.replace(/^#\/?/u, '');
  const at = hash.indexOf('?');
  return at < 0 ? { path: hash, query: '' } : { path: hash.slice(0, at), query: hash.slice(at + 1) };
}

/** The current screen's path, without its query. */
export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, () => readHash().path);
}

/**
 * Puts a screen's state in its address without a new history entry (typing in a filter must
 * not fill Back with keystrokes) and without a hashchange event. The part before the hash
 * (the open item's ?item=…) stays as it is.
 */
export function replaceHashQuery(path: string, params: URLSearchParams): void {
  const query = params.toString();
  const hash = `#/${path}${query === '' ? '' : `?${query}`}`;
  if (window.location.hash === hash) return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
}
