// "Kommentoi" on the title: a plain text, so the selected words become the comment's quote (the
// service finds them again by it). The button and Ctrl+Alt+M in the field; a frozen title says why not.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommentBridge } from './comment-bridge';

export function TitleCommentable({ blocked, children }: { blocked: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const bridge = useCommentBridge();
  const ref = useRef<HTMLDivElement>(null);
  const [note, setNote] = useState('');
  const reasonId = useId();
  const input = useCallback(() => ref.current?.querySelector('input') ?? null, []);
  useEffect(() => bridge?.registerTitle(input), [bridge, input]);
  if (!bridge) return <>{children}</>;
  const run = () => {
    if (blocked) {
      setNote(t('review.comments.closedProposal'));
      return;
    }
    const field = input();
    const quote = field ? field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0).trim() : '';
    if (quote === '') {
      setNote(t('review.comments.selectTitleFirst'));
      return;
    }
    setNote('');
    bridge.request({ field: 'title', quote, anchor: () => true });
  };
  return (
    <div
      ref={ref}
      className="title-commentable"
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyM') {
          event.preventDefault();
          run();
        }
      }}
    >
      {children}
      <div className="title-commentable__action">
        <button
          type="button"
          className="button button--small button--quiet"
          aria-keyshortcuts="Control+Alt+M"
          disabled={blocked}
          aria-describedby={blocked ? reasonId : undefined}
          title={blocked ? t('review.comments.closedProposal') : t('review.comments.commentShortcut')}
          // A press must not take the focus, and with it the selection, from the title.
          onMouseDown={(event) => { event.preventDefault(); }}
          onClick={run}
        >
          {t('review.comments.commentTitle')}
        </button>
        <span role="status" className="field__hint">{note}</span>
        {blocked ? <span id={reasonId} className="visually-hidden">{t('review.comments.closedProposal')}</span> : null}
      </div>
    </div>
  );
}
