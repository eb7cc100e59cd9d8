// Where in the items feature we are: the list, or the editor of one item. The shell matches
// hash routes exactly ("#/items"), so the open item travels in the query (?item=<id>#/items);
// "#/items/<id>" is understood too, for a shell that matches route prefixes. A new item is
// named here before it exists (?item=<uuid>&new=<template>): the editor stores it on its first
// change, and until then a reload simply starts the same new item again.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { isIsoDate } from '../../../../shared/format/date';
import { itemTemplates } from '../../../../shared/ipc/channels/items';
import type { ItemTemplate } from '../../../../shared/ipc/channels/items';

/** What a new item starts from: its template and the meeting (or year) it is written for. */
export interface NewItemTarget {
  template: ItemTemplate;
  meetingDate: string | null;
  year: number | null;
}

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
export function openNewItem(template: ItemTemplate, target: { meetingDate?: string | null; year?: number | null } = {}): void {
  const params = new URLSearchParams({ item: crypto.randomUUID(), new: template });
  if (target.meetingDate) params.set('meeting', target.meetingDate);
  if (target.year !== undefined && target.year !== null) params.set('year', String(target.year));
  go(`?${params.toString()}`);
}

const readParam = (name: string) => () => new URLSearchParams(window.location.search).get(name);
const readNew = readParam('new');
const readMeeting = readParam('meeting');
const readYear = readParam('year');

/** The template (and meeting or year) of the open item when it was opened as a new one (it may be stored by now). */
export function useNewItemTarget(): NewItemTarget | null {
  const raw = useSyncExternalStore(subscribe, readNew);
  const meeting = useSyncExternalStore(subscribe, readMeeting);
  const year = useSyncExternalStore(subscribe, readYear);
  return useMemo(() => {
    const template = itemTemplates.find((candidate) => candidate === raw);
    if (template === undefined) return null;
    const parsedYear = year !== null && /^\d{4}$/u.test(year) ? Number(year) : null;
    return { template, meetingDate: meeting !== null && isIsoDate(meeting) ? meeting : null, year: parsedYear };
  }, [raw, meeting, year]);
}

export function closeItem(): void {
  go('');
}

const fullPreviewParam = 'view';

function readFullPreview(): boolean {
  return new URLSearchParams(window.location.search).get(fullPreviewParam) === 'page';
}

/** The open item's preview as a full page: a history entry of its own, so "back" closes it. */
export function openFullPreview(): void {
  const params = new URLSearchParams(window.location.search);
  params.set(fullPreviewParam, 'page');
  window.history.pushState({ fullPreview: true }, '', `${window.location.pathname}?${params.toString()}${window.location.hash}`);
  window.dispatchEvent(new Event(navEvent));
}

/** Back to the editor: the history entry the full page added is left, or (opened from an address) the address loses its view. */
export function closeFullPreview(): void {
  if ((window.history.state as { fullPreview?: boolean } | null)?.fullPreview === true) {
    window.history.back();
    return;
  }
  const params = new URLSearchParams(window.location.search);
  params.delete(fullPreviewParam);
  window.history.replaceState(null, '', `${window.location.pathname}?${params.toString()}${window.location.hash}`);
  window.dispatchEvent(new Event(navEvent));
}

export function useFullPreviewOpen(): boolean {
  return useSyncExternalStore(subscribe, readFullPreview);
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
