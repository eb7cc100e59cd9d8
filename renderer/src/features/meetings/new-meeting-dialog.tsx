// "Uusi kokous": body, number in the year (the next free one unless typed), date, start time and
// place (the body's default until typed). The attendance list is copied from the body by the service.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import type { Body } from '../../../../shared/domain/body';
import type { Meeting } from '../../../../shared/domain/meeting';
import type { AppError } from '../../../../shared/ipc/define';
import { parseFinnishDate } from '../../../../shared/format/date';
import { parseWholeNumber } from '../../../../shared/format/whole-number';
import { Dialog } from '../../ui/dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { SelectField, TextField } from '../../ui/field';
import { placeIssues, useIssueText } from '../../ui/field-issues';
import type { PlacedIssues } from '../../ui/field-issues';
import { useFocusFirstInvalid } from '../../ui/use-focus-invalid';
import { nextMeetingNumber } from './meeting-format';

type Field = 'bodyId' | 'number' | 'date' | 'startTime' | 'place';
const fields: readonly Field[] = ['bodyId', 'number', 'date', 'startTime', 'place'];
const noIssues: PlacedIssues<Field> = { byField: {}, unplaced: [] };
const fieldOf = (path: string): Field | null => fields.find((field) => field === path) ?? null;

interface Props {
  bodies: Body[];
  /** The list's year: the number is counted there until a date says another year. */
  year: number;
  onClose: () => void;
  onCreated: (meeting: Meeting) => void;
}

export function NewMeetingDialog({ bodies, year, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const [bodyId, setBodyId] = useState(bodies[0]?.id ?? '');
  const body = bodies.find((candidate) => candidate.id === bodyId);
  const [dateText, setDateText] = useState('');
  const [startTime, setStartTime] = useState('');
  const [place, setPlace] = useState<string | null>(null);
  const [numberText, setNumberText] = useState<string | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [issues, setIssues] = useState(noIssues);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);

  const date = parseFinnishDate(dateText);
  const dateInvalid = dateText.trim() !== '' && date === null;
  const countYear = date === null ? year : Number(date.slice(0, 4));
  useEffect(() => {
    let live = true;
    void call('meetings:list', { year: countYear }).then((envelope) => {
      if (live && envelope.ok) setNext(nextMeetingNumber(envelope.value, bodyId, countYear));
    });
    return () => { live = false; };
  }, [bodyId, countYear]);

  const shownNumber = numberText ?? (next === null ? '' : String(next));
  const number = parseWholeNumber(shownNumber);
  const numberInvalid = shownNumber.trim() !== '' && (number === null || number < 1);
  const shownPlace = place ?? body?.defaultPlace ?? '';
  const fieldError = (field: Field) => {
    const message = issues.byField[field];
    return message === undefined ? undefined : issueText(message);
  };

  const submit = async () => {
    if (dateInvalid || numberInvalid) {
      setAttempt((value) => value + 1);
      return;
    }
    setBusy(true);
    const envelope = await call('meetings:create', {
      bodyId,
      // Untouched: the service counts the next number itself, at the moment it stores the meeting.
      number: numberText === null ? null : number,
      date: date ?? '',
      startTime,
      place: shownPlace,
    });
    setBusy(false);
    if (envelope.ok) {
      onCreated(envelope.value);
      return;
    }
    setError(envelope.error);
    setIssues(placeIssues(envelope.error.fields, fieldOf));
    setAttempt((value) => value + 1);
  };

  return (
    <Dialog title={t('meetings.create.title')} onClose={onClose}>
      <form ref={formRef} className="scope-form" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <SelectField
          label={t('meetings.create.body')}
          name="bodyId"
          value={bodyId}
          options={bodies.map((candidate) => candidate.id)}
          optionLabel={(id) => bodies.find((candidate) => candidate.id === id)?.name ?? id}
          onChange={(id) => { setBodyId(id); setPlace(null); }}
          error={fieldError('bodyId')}
        />
        <TextField label={t('meetings.create.date')} name="date" value={dateText} onChange={setDateText} hint={t('meetings.create.dateHint')} error={dateInvalid ? t('validation.date.invalid') : fieldError('date')} autoFocus />
        <TextField
          label={t('meetings.create.number')}
          name="number"
          value={shownNumber}
          inputMode="numeric"
          onChange={setNumberText}
          hint={next === null ? undefined : t('meetings.create.numberHint', { next: `${String(next)}/${String(countYear)}` })}
          error={numberInvalid ? t('validation.number.wholeNumber') : fieldError('number')}
        />
        <TextField label={t('meetings.create.startTime')} name="startTime" value={startTime} onChange={setStartTime} hint={t('meetings.create.timeHint')} error={fieldError('startTime')} />
        <TextField label={t('meetings.create.place')} name="place" value={shownPlace} onChange={setPlace} error={fieldError('place')} />
        <ErrorAlert error={error} details={issues.unplaced} fieldsMarked={Object.keys(issues.byField).length > 0} />
        <div className="button-row button-row--end dialog__actions">
          <button type="button" className="button" onClick={onClose}>{t('ui.actions.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy}>{t('meetings.create.submit')}</button>
        </div>
      </form>
    </Dialog>
  );
}
