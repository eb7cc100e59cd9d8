// The preview as a full page: the whole window, its own zoom (kept apart from the pane's), closed
// by its button, Esc or the browser's back (it is a history entry: items-location.ts).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/domain/item';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import type { OrganisationSettings } from '../../../../../shared/domain/settings';
import { ItemPreview } from './item-preview';
import { useFitZoom, ZoomControls } from './preview-pane';
import type { Zoom } from './preview-view';

interface Props {
  draft: ItemDraft;
  settings: OrganisationSettings;
  people: Person[];
  zoom: Zoom;
  onZoom: (zoom: Zoom) => void;
  onClose: () => void;
}

export function FullPagePreview({ draft, settings, people, zoom, onZoom, onClose }: Props) {
  const { t } = useTranslation();
  const [scrollRef, shown] = useFitZoom(zoom);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => { window.removeEventListener('keydown', onKey); };
  }, [onClose]);
  return (
    <div className="preview-full" role="dialog" aria-modal="true" aria-label={t('editor.preview.fullLabel')}>
      <div className="preview-full__bar">
        <h2 className="preview-full__title">{t('editor.preview.fullLabel')}</h2>
        <ZoomControls zoom={zoom} shown={shown} onZoom={onZoom} />
        <button ref={closeRef} type="button" className="button" aria-keyshortcuts="Escape" onClick={onClose}>
          {t('editor.preview.closeFull')}
        </button>
      </div>
      <div ref={scrollRef} className="preview-full__scroll" tabIndex={0} role="region" aria-label={t('editor.preview.fullPage')}>
        <ItemPreview draft={draft} settings={settings} people={people} zoom={shown / 100} />
      </div>
    </div>
  );
}
