// The right pane's tabs: Esikatselu | Kommentit | Versiot (the ARIA tabs pattern: one tab stop,
// the arrow keys, Home and End move between the tabs and show each one).
import { useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export const sideTabs = ['preview', 'comments', 'versions'] as const;
export type SideTab = (typeof sideTabs)[number];

interface Props {
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  /** Open comments, shown on the tab. */
  openComments: number;
  children: ReactNode;
}

export function SideTabs({ tab, onTab, openComments, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const refs = useRef<Partial<Record<SideTab, HTMLButtonElement | null>>>({});
  const labels: Record<SideTab, string> = {
    preview: t('review.versions.preview'),
    comments: openComments > 0 ? t('review.comments.tabCount', { count: openComments }) : t('review.comments.tab'),
    versions: t('review.versions.tab'),
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = sideTabs.indexOf(tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: sideTabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const chosen = sideTabs[(next + sideTabs.length) % sideTabs.length] ?? 'preview';
    onTab(chosen);
    refs.current[chosen]?.focus();
  };
  return (
    <div className="side-tabs">
      <div role="tablist" aria-label={t('review.versions.tabsLabel')} className="side-tabs__list" onKeyDown={onKeyDown}>
        {sideTabs.map((key) => (
          <button
            key={key}
            ref={(element) => { refs.current[key] = element; }}
            type="button"
            role="tab"
            id={`${id}-${key}`}
            aria-selected={tab === key}
            aria-controls={`${id}-panel`}
            tabIndex={tab === key ? 0 : -1}
            className="side-tabs__tab"
            onClick={() => { onTab(key); }}
          >
            {labels[key]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`} className="side-tabs__panel">
        {children}
      </div>
    </div>
  );
}
