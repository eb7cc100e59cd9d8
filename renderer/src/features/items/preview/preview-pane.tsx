// The preview with its controls: zoom 50–200 % in steps or "fit the width", and "open as a full
// page". The page scrolls inside its pane; "fit" follows the pane's width as it is resized.
import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/domain/item';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import type { OrganisationSettings } from '../../../../../shared/domain/settings';
import { ItemPreview } from './item-preview';
import { fitZoom, maxZoom, minZoom, stepZoom, zoomSteps } from './preview-view';
import type { Zoom } from './preview-view';

interface ZoomControlsProps {
  zoom: Zoom;
  /** The zoom in per cent that is drawn now ("fit" resolved). */
  shown: number;
  onZoom: (zoom: Zoom) => void;
  children?: ReactNode;
}

export function ZoomControls({ zoom, shown, onZoom, children }: ZoomControlsProps) {
  const { t } = useTranslation();
  const selectId = useId();
  return (
    <div className="preview-controls" role="group" aria-label={t('editor.preview.controls')}>
      <button type="button" className="button button--small button--icon" aria-label={t('editor.preview.zoomOut')} title={t('editor.preview.zoomOut')} disabled={shown <= minZoom} onClick={() => { onZoom(stepZoom(shown, -1)); }}>
        <span aria-hidden="true">−</span>
      </button>
      <label className="visually-hidden" htmlFor={selectId}>{t('editor.preview.zoom')}</label>
      <select id={selectId} className="preview-controls__zoom" value={String(zoom)} onChange={(event) => { onZoom(event.target.value === 'fit' ? 'fit' : Number(event.target.value)); }}>
        <option value="fit">{zoom === 'fit' ? t('editor.preview.fitWidthValue', { percent: shown }) : t('editor.preview.fitWidth')}</option>
        {[...new Set([...zoomSteps, ...(zoom === 'fit' ? [] : [zoom])])].sort((a, b) => a - b).map((step) => (
          <option key={step} value={String(step)}>{t('editor.preview.percent', { percent: step })}</option>
        ))}
      </select>
      <button type="button" className="button button--small button--icon" aria-label={t('editor.preview.zoomIn')} title={t('editor.preview.zoomIn')} disabled={shown >= maxZoom} onClick={() => { onZoom(stepZoom(shown, 1)); }}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" className="button button--small" aria-pressed={zoom === 'fit'} onClick={() => { onZoom('fit'); }}>
        {t('editor.preview.fitWidth')}
      </button>
      {children}
    </div>
  );
}

/** Measures the room a pane gives the page, for "fit the width". */
export function useFitZoom(zoom: Zoom): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState(100);
  useLayoutEffect(() => {
    const pane = ref.current;
    if (pane === null) return undefined;
    const measure = () => {
      const style = window.getComputedStyle(pane);
      const room = pane.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (room > 0) setFit(fitZoom(room));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(pane);
    return () => { observer.disconnect(); };
  }, []);
  return [ref, zoom === 'fit' ? fit : zoom];
}

interface PaneProps {
  draft: ItemDraft;
  settings: OrganisationSettings;
  people: Person[];
  zoom: Zoom;
  onZoom: (zoom: Zoom) => void;
  onOpenFull: () => void;
}

export function PreviewPane({ draft, settings, people, zoom, onZoom, onOpenFull }: PaneProps) {
  const { t } = useTranslation();
  const [scrollRef, shown] = useFitZoom(zoom);
  return (
    <div className="preview-pane">
      <ZoomControls zoom={zoom} shown={shown} onZoom={onZoom}>
        <button type="button" className="button button--small" data-testid="open-full-preview" onClick={onOpenFull}>
          {t('editor.preview.openFull')}
        </button>
      </ZoomControls>
      {/* Scrollable, so keyboard users can reach the page's far parts (axe: scrollable-region-focusable). */}
      <div ref={scrollRef} className="preview-pane__scroll" tabIndex={0} role="region" aria-label={t('editor.preview.page')}>
        <ItemPreview draft={draft} settings={settings} people={people} zoom={shown / 100} />
      </div>
    </div>
  );
}
