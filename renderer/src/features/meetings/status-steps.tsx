// The meeting's steps as buttons, each saying what it does: send the agenda, start the meeting
// (the § numbers are given), close it, mark the minutes checked (date, place and the checkers
// from the attendees; locks every §), publish; and the one step back while the minutes are not
// checked. Checking and publishing ask first: neither can be taken back.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, MeetingStatus } from '../../../../shared/domain/meeting';
import { Dialog } from '../../ui/dialog';
import { CheckMinutesDialog } from './check-minutes-dialog';
import type { CheckedMinutes } from './check-minutes-dialog';
import { statusSteps } from './meeting-format';

interface Props {
  meeting: Meeting;
  busy: boolean;
  onStep: (status: MeetingStatus) => void;
  onCheck: (checked: CheckedMinutes) => void;
}

export function StatusSteps({ meeting, busy, onStep, onCheck }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<'check' | 'publish' | null>(null);
  const { forward, back } = statusSteps(meeting.status);
  const goForward = () => {
    if (forward === 'tarkastettu') setAsking('check');
    else if (forward === 'julkaistu') setAsking('publish');
    else if (forward !== null) onStep(forward);
  };
  const backKey = back === 'suunniteltu' || back === 'esityslista_lahetetty' || back === 'kokouksessa' ? back : null;
  return (
    <section className="meeting-steps" aria-labelledby="meeting-steps-heading">
      <h2 id="meeting-steps-heading" className="visually-hidden">{t('meetings.steps.heading')}</h2>
      <span className={`status-badge meeting-status--${meeting.status}`} data-testid="meeting-status">{t(`meetings.status.${meeting.status}`)}</span>
      {forward === null ? null : (
        <button type="button" className="button button--primary button--small" disabled={busy} aria-describedby="meeting-step-help" onClick={goForward}>
          {t(`meetings.steps.forward.${forward}`)}
        </button>
      )}
      {backKey === null ? null : (
        <button type="button" className="button button--small" disabled={busy} onClick={() => { onStep(backKey); }}>
          {t(`meetings.steps.back.${backKey}`)}
        </button>
      )}
      {forward === null ? null : <span id="meeting-step-help" className="meeting-steps__help">{t(`meetings.steps.forwardHelp.${forward}`)}</span>}
      {asking === 'check' ? (
        <CheckMinutesDialog meeting={meeting} busy={busy} onClose={() => { setAsking(null); }} onCheck={(checked) => { setAsking(null); onCheck(checked); }} />
      ) : null}
      {asking === 'publish' ? (
        <Dialog title={t('meetings.steps.forward.julkaistu')} role="alertdialog" describedBy="meeting-publish-body" onClose={() => { setAsking(null); }}>
          <p id="meeting-publish-body">{t('meetings.steps.confirmPublish')}</p>
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button" autoFocus onClick={() => { setAsking(null); }}>{t('ui.actions.cancel')}</button>
            <button type="button" className="button button--primary" onClick={() => { setAsking(null); onStep('julkaistu'); }}>{t('meetings.steps.forward.julkaistu')}</button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
