// "Merkitse pöytäkirja tarkastetuksi": the date and place the checkers signed, and who they are,
// picked from the meeting's attendees (those chosen at the meeting are ticked already).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/domain/meeting';
import { formatFinnishDate, parseFinnishDate, todayIso } from '../../../../shared/format/date';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/field';

export interface CheckedMinutes {
  date: string;
  place: string;
  checkerIds: string[];
}

interface Props {
  meeting: Meeting;
  busy: boolean;
  onClose: () => void;
  onCheck: (checked: CheckedMinutes) => void;
}

const maxCheckers = 4;

export function CheckMinutesDialog({ meeting, busy, onClose, onCheck }: Props) {
  const { t } = useTranslation();
  const [dateText, setDateText] = useState(formatFinnishDate(todayIso()));
  const [place, setPlace] = useState(meeting.place);
  const [checkerIds, setCheckerIds] = useState<string[]>(meeting.checkerIds);
  const [tried, setTried] = useState(false);
  const date = parseFinnishDate(dateText);
  const attendees = meeting.attendees.filter((attendee) => attendee.presence !== 'absent');
  return (
    <Dialog title={t('meetings.check.title')} onClose={onClose}>
      <form className="scope-form" noValidate onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (date !== null) onCheck({ date, place, checkerIds });
      }}>
        <p className="frozen-note">{t('meetings.check.locks')}</p>
        <TextField label={t('meetings.check.date')} name="checkedDate" value={dateText} onChange={setDateText} autoFocus error={tried && date === null ? t('meetings.check.dateInvalid') : undefined} />
        <TextField label={t('meetings.check.place')} name="checkedPlace" value={place} onChange={setPlace} />
        <fieldset className="scope-form__areas" aria-describedby="checkers-hint">
          <legend>{t('meetings.check.checkers')}</legend>
          <span id="checkers-hint" className="field__hint">{t('meetings.check.checkersHint')}</span>
          {attendees.length === 0 ? <p>{t('meetings.check.noAttendees')}</p> : null}
          {attendees.map((attendee) => {
            const checked = checkerIds.includes(attendee.id);
            const name = attendee.presence === 'deputy' && attendee.deputyName !== '' ? attendee.deputyName : attendee.name;
            return (
              <label key={attendee.id} className="radio">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && checkerIds.length >= maxCheckers}
                  onChange={(event) => { setCheckerIds(event.target.checked ? [...checkerIds, attendee.id] : checkerIds.filter((id) => id !== attendee.id)); }}
                />
                {name}
              </label>
            );
          })}
        </fieldset>
        <div className="button-row button-row--end dialog__actions">
          <button type="button" className="button" onClick={onClose}>{t('ui.actions.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy}>{t('meetings.check.submit')}</button>
        </div>
      </form>
    </Dialog>
  );
}
