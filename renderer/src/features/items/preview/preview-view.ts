// How the user has set the preview: its share of the editor's width (the split), its zoom beside
// the form and its zoom as a full page. Kept in localStorage, so the choice outlives the item and
// the session; a missing or unreadable value falls back to the defaults.
import { useCallback, useEffect, useState } from 'react';
import { a4 } from '../../../../../shared/domain/page-geometry';

/** A zoom in per cent, or "as wide as the pane". */
export type Zoom = number | 'fit';

export interface PreviewView {
  /** The preview's share of the editor's columns, in per cent. */
  split: number;
  zoom: Zoom;
  fullZoom: Zoom;
}

export const zoomSteps = [50, 67, 75, 90, 100, 110, 125, 150, 175, 200] as const;
export const minZoom = 50;
export const maxZoom = 200;
export const minSplit = 25;
export const maxSplit = 70;

const storageKey = 'pykala.preview';
const defaults: PreviewView = { split: 42, zoom: 'fit', fullZoom: 'fit' };

function validZoom(value: unknown): Zoom | null {
  if (value === 'fit') return 'fit';
  return typeof value === 'number' && Number.isFinite(value) && value >= minZoom && value <= maxZoom ? Math.round(value) : null;
}

function read(): PreviewView {
  try {
    const stored = JSON.parse(window.localStorage.getItem(storageKey) ?? '{}') as Record<string, unknown>;
    const split = typeof stored.split === 'number' && stored.split >= minSplit && stored.split <= maxSplit ? stored.split : defaults.split;
    return { split, zoom: validZoom(stored.zoom) ?? defaults.zoom, fullZoom: validZoom(stored.fullZoom) ?? defaults.fullZoom };
  } catch {
    return defaults;
  }
}

export function usePreviewView(): [PreviewView, (change: Partial<PreviewView>) => void] {
  const [view, setView] = useState<PreviewView>(read);
  useEffect(() => {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(view));
    } catch {
      // A full or forbidden storage only loses the remembered choice, never the work.
    }
  }, [view]);
  const change = useCallback((next: Partial<PreviewView>) => { setView((current) => ({ ...current, ...next })); }, []);
  return [view, change];
}

/** The next zoom step up (+1) or down (−1) from a zoom in per cent. */
export function stepZoom(percent: number, direction: 1 | -1): number {
  const next = direction > 0 ? zoomSteps.find((step) => step > percent) : [...zoomSteps].reverse().find((step) => step < percent);
  return next ?? (direction > 0 ? maxZoom : minZoom);
}

/** The page's width in CSS pixels at 100 %: 21 cm at 96 px per inch. */
export const pageWidthPx = (a4.widthCm / 2.54) * 96;

/** The zoom in per cent that draws the page as wide as the room given, within 50–200 %. */
export function fitZoom(roomPx: number): number {
  return Math.min(maxZoom, Math.max(minZoom, Math.floor((roomPx / pageWidthPx) * 100)));
}
