// Where in the items feature we are: the list, or the editor of one item. The shell matches
// hash routes exactly ("#/items"), so the open item travels in the query (?item=<id>#/items);
// "#/items/<id>" is understood too, for a shell that matches route prefixes. A new item is
// named here before it exists (?item=<uuid>&new=<template>): the editor stores it on its first
// change, and until then a reload simply starts the same new item again.
import { useEffect, useSyncExternalStore } from 'react';
import { itemTemplates } from '../../../../shared/ipc/channels/items';
import type { ItemTemplate } from '../../../../shared/ipc/channels/items';

const navEvent = 'pykala:items-navigate';

function readItemId(): string | null {
  const hashPath = window.location.hash.replace(/^#\/?/u, '');
  const fromHash = /^items\/(.+)$/u.exec(hashPath)?.[1];
  if (fromHash) return decodeURIComponent(fromHash);
  if (hashPath !== 'items') return null;
  return new URLSearchParams(window.location.search).get('item');
}

function subscribe(onChange: () => void): () => void {
  for (const name of ['popstate', 'hashchange', navEvent]) window.addEventListener(name, onChange);
  return () => { for (const name of ['popstate', 'hashchange', navEvent]) window.removeEventListener(name, onChange); };
}

function go(search: string): void {
  window.history.pushState(null, '', `${window.location.pathname}${search}#/items`);
  window.dispatchEvent(new Event(navEvent));
}

export function openItem(id: string): void {
  go(`?item=${encodeURIComponent(id)}`);
}

/** Opens a new item from a template; nothing is stored until it is changed. */
export function openNewItem(template: ItemTemplate): void {
  go(`?item=${encodeURIComponent(crypto.randomUUID())}&new=${template}`);
}

function readNewTemplate(): ItemTemplate | null {
  const value = new URLSearchParams(window.location.search).get('new');
  return itemTemplates.find((template) => template === value) ?? null;
}

/** The template of the open item when it was opened as a new one (it may be stored by now). */
export function useNewItemTemplate(): ItemTemplate | null {
  return useSyncExternalStore(subscribe, readNewTemplate);
}

export function closeItem(): void {
  go('');
}

export function useOpenItemId(): string | null {
  const id = useSyncExternalStore(subscribe, readItemId);
  // The shell's "Asiat" link (#/items) would keep the query and so the editor: make it mean the list.
  useEffect(() => {
    if (id === null) return undefined;
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (!event.defaultPrevented && link?.getAttribute('href') === '#/items') {
        event.preventDefault();
        closeItem();
      }
    };
    document.addEventListener('click', onClick);
    return () => { document.removeEventListener('click', onClick); };
  }, [id]);
  return id;
}
