// Käsittely: the text written from the record, shown as it will print; "Muokkaa" turns it into an
// editable text stored in handlingText (from then on the record no longer rewrites it), and
// "Palauta tuotettu teksti" goes back to the generated one.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichDoc } from '../../../../../shared/domain/rich-text';
import { emptyDoc } from '../../../../../shared/domain/rich-text';
import { RichTextEditor } from '../../items/rich-text/rich-text-editor';
import type { SessionSection } from './part-props';
import { typingDelayMs } from './part-props';
import { RichView } from './rich-view';

interface Props {
  section: SessionSection;
  generated: RichDoc | null;
  locked: boolean;
  issues: readonly string[];
  setHandlingText: (doc: RichDoc | null, delayMs?: number) => void;
  flush: () => void;
  announce: (text: string) => void;
}

export function HandlingTextPart({ section, generated, locked, issues, setHandlingText, flush, announce }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const editorBox = useRef<HTMLDivElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const edited = section.handlingText !== null;
  const wasEdited = useRef(edited);
  // The keyboard follows the switch: into the text when editing starts, back to "Muokkaa" after restoring.
  useEffect(() => {
    if (edited === wasEdited.current) return;
    wasEdited.current = edited;
    if (edited) editorBox.current?.querySelector<HTMLElement>('[contenteditable="true"]')?.focus();
    else editButton.current?.focus();
  }, [edited]);

  return (
    <section className="session-part" aria-labelledby={headingId} data-testid="part-handling-text">
      <h3 id={headingId} className="session-part__title">
        {t('meetingSession.handlingText.heading')}{' '}
        <span className="session-badge">{edited ? t('meetingSession.handlingText.edited') : t('meetingSession.handlingText.generated')}</span>
      </h3>
      {issues.length > 0 ? <ul className="field__error session-part__issues" role="alert">{issues.map((issue) => <li key={issue}>{issue}</li>)}</ul> : null}
      {section.handlingText !== null ? (
        <>
          <div ref={editorBox} onBlur={flush}>
            <RichTextEditor value={section.handlingText} labelId={headingId} compact readOnly={locked} name={t('meetingSession.handlingText.editorName')} field="handlingText" onChange={(doc) => { setHandlingText(doc, typingDelayMs); }} />
          </div>
          {locked ? null : (
            <button type="button" className="button button--small" onClick={() => { setHandlingText(null); announce(t('meetingSession.handlingText.restored')); }}>
              {t('meetingSession.handlingText.restore')}
            </button>
          )}
        </>
      ) : (
        <>
          {generated ? <RichView doc={generated} testId="generated-handling" /> : <p className="muted">{t('meetingSession.handlingText.empty')}</p>}
          {locked ? null : (
            <button ref={editButton} type="button" className="button button--small" onClick={() => { setHandlingText(generated ?? emptyDoc()); }}>
              {t('meetingSession.handlingText.edit')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
