// Where in the meetings feature we are, kept in the address so a reload returns to the same
// screen: "#/meetings?year=2024" is the year's list, "#/meetings?year=2024&meeting=<id>" one
// meeting (with "&view=agenda" when its agenda is shown instead of the session screen). Opening a
// meeting adds a history entry (Back returns to the list); choosing a year or a view replaces it.
// The navigation's plain "#/meetings" link finds the year last shown (kept while the page lives).
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { readHash, replaceHashQuery } from '../../app/use-hash-route';

const path = 'meetings';
const navEvent = 'pykala:meetings-navigate';
let lastYear: number | null = null;

export type MeetingView = 'agenda' | 'session';

export interface MeetingsLocation {
  year: number;
  meetingId: string | null;
  /** null: the meeting page's own default for its status. */
  view: MeetingView | null;
}

function subscribe(onChange: () => void): () => void {
  for (const name of ['popstate', 'hashchange', navEvent]) window.addEventListener(name, onChange);
  return () => { for (const name of ['popstate', 'hashchange', navEvent]) window.removeEventListener(name, onChange); };
}

const readQuery = () => {
  const { path: current, query } = readHash();
  return current === path ? query : '';
};

/** The year of a query, or the last shown, or this year. */
export function parseLocation(query: string, fallbackYear: number): MeetingsLocation {
  const params = new URLSearchParams(query);
  const yearText = params.get('year') ?? '';
  const year = /^\d{4}$/u.test(yearText) ? Number(yearText) : fallbackYear;
  const meetingId = params.get('meeting');
  const view = params.get('view');
  return { year, meetingId: meetingId === null || meetingId === '' ? null : meetingId, view: view === 'agenda' || view === 'session' ? view : null };
}

function paramsOf(location: MeetingsLocation): URLSearchParams {
  const params = new URLSearchParams({ year: String(location.year) });
  if (location.meetingId !== null) params.set('meeting', location.meetingId);
  if (location.meetingId !== null && location.view !== null) params.set('view', location.view);
  return params;
}

export function useMeetingsLocation(): MeetingsLocation {
  const query = useSyncExternalStore(subscribe, readQuery);
  const location = useMemo(() => parseLocation(query, lastYear ?? new Date().getFullYear()), [query]);
  useEffect(() => { lastYear = location.year; }, [location.year]);
  return location;
}

/** The list of a year: replaces the address (a year picked is no step to go back to). */
export function showYear(year: number): void {
  lastYear = year;
  replaceHashQuery(path, paramsOf({ year, meetingId: null, view: null }));
  window.dispatchEvent(new Event(navEvent));
}

export function meetingHref(meetingId: string, year: number): string {
  return `#/${path}?${paramsOf({ year, meetingId, view: null }).toString()}`;
}

/**
 * A new history entry. pushState fires no hashchange, and the shell chooses its screen on
 * hashchange: when the screen changes (the item editor from a meeting, a meeting from the item
 * editor) it is told so.
 */
function navigate(url: string): void {
  const before = readHash().path;
  window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(navEvent));
  if (readHash().path !== before) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** The part before the hash (an open item's ?item=…) is dropped: "Asiat" then means the items list. */
export function openMeeting(meetingId: string, year: number): void {
  navigate(`${window.location.pathname}${meetingHref(meetingId, year)}`);
}

export function closeMeeting(year: number): void {
  navigate(`${window.location.pathname}#/${path}?${paramsOf({ year, meetingId: null, view: null }).toString()}`);
}

/** The item editor (items-location.ts keeps the open item in ?item=…#/items); Back returns here. */
export function itemHref(itemId: string): string {
  return `?item=${encodeURIComponent(itemId)}#/items`;
}

export function openItemFromMeeting(itemId: string): void {
  navigate(`${window.location.pathname}${itemHref(itemId)}`);
}

export function showView(location: MeetingsLocation, view: MeetingView): void {
  replaceHashQuery(path, paramsOf({ ...location, view }));
  window.dispatchEvent(new Event(navEvent));
}
