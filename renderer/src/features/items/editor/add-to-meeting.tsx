// An approved item's next step: onto a meeting's agenda (meetings:addItem), which gives its
// Asianro and later its §; item-steps.ts says why there is no other way onto an agenda. The
// meetings whose agenda still takes items are listed with body, number and date; with none, the
// line says where one is made. A refusal (the item changed elsewhere meanwhile, the meeting
// closed) stays in the dialog with the service's own reason.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import type { MeetingSummary } from '../../../../../shared/ipc/channels/meetings';
import type { AppError } from '../../../../../shared/ipc/define';
import { formatFinnishDate } from '../../../../../shared/format/date';
import { Dialog } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { closeMeeting } from '../../meetings/meetings-location';
import { meetingsTakingItems } from './item-steps';

interface Props {
  busy: boolean;
  /** Adds the item to the meeting; the refusal, or null when added (or not tried: the bar says why). */
  onAdd: (meetingId: string) => Promise<AppError | null>;
}

/** The meetings that take items, read when the step is shown; null while reading. */
function useTakingMeetings(): MeetingSummary[] | null {
  const [meetings, setMeetings] = useState<MeetingSummary[] | null>(null);
  useEffect(() => {
    let live = true;
    void call('meetings:list', { year: null }).then((envelope) => {
      if (live) setMeetings(envelope.ok ? meetingsTakingItems(envelope.value) : []);
    });
    return () => { live = false; };
  }, []);
  return meetings;
}

/** The service's reasons (field messages) are said, not only the code's general text. */
function reasonsOf(error: AppError | null): string[] {
  return (error?.fields ?? []).map((field) => field.message);
}

export function AddToMeeting({ busy, onAdd }: Props) {
  const { t } = useTranslation();
  const meetings = useTakingMeetings();
  const [open, setOpen] = useState(false);
  if (meetings === null) return null;
  if (meetings.length === 0) {
    const year = new Date().getFullYear();
    return (
      <p className="status-actions__missing" data-testid="no-meetings">
        {t('editor.meeting.noMeetings')}{' '}
        <a href={`#/meetings?year=${String(year)}`} onClick={(event) => { event.preventDefault(); closeMeeting(year); }}>{t('editor.meeting.toMeetings')}</a>
      </p>
    );
  }
  return (
    <>
      <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => { setOpen(true); }}>{t('editor.meeting.add')}</button>
      {open ? <AddToMeetingDialog meetings={meetings} busy={busy} onAdd={onAdd} onClose={() => { setOpen(false); }} /> : null}
    </>
  );
}

function AddToMeetingDialog({ meetings, busy, onAdd, onClose }: { meetings: MeetingSummary[]; busy: boolean; onAdd: Props['onAdd']; onClose: () => void }) {
  const { t } = useTranslation();
  const name = useId();
  const [chosen, setChosen] = useState(meetings[0]?.id ?? '');
  const [error, setError] = useState<AppError | null>(null);
  const add = async () => {
    setError(null);
    const refusal = await onAdd(chosen);
    if (refusal === null) onClose();
    else setError(refusal);
  };
  return (
    <Dialog title={t('editor.meeting.dialogTitle')} onClose={onClose}>
      <form onSubmit={(event) => { event.preventDefault(); void add(); }}>
        <fieldset className="scope-form__areas">
          <legend>{t('editor.meeting.choose')}</legend>
          {meetings.map((meeting, index) => (
            <label key={meeting.id} className="radio">
              <input type="radio" name={name} value={meeting.id} checked={chosen === meeting.id} autoFocus={index === 0} onChange={() => { setChosen(meeting.id); }} />
              {t('editor.meeting.option', {
                name: t('meetings.meetingName', { body: meeting.bodyName, number: meeting.number, year: meeting.year }),
                date: formatFinnishDate(meeting.date),
                status: t(`meetings.status.${meeting.status}`),
              })}
            </label>
          ))}
        </fieldset>
        <ErrorAlert error={error} details={reasonsOf(error)} />
        <div className="button-row button-row--end dialog__actions">
          <button type="button" className="button" onClick={onClose}>{t('ui.actions.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy || chosen === ''}>{t('editor.meeting.confirm')}</button>
        </div>
      </form>
    </Dialog>
  );
}
