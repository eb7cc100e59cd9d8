// The meeting's own data: number in the year, date, start and end time, place. Editable until the
// minutes are checked. Until the user changes something the form shows the meeting as last read;
// a save states the updatedAt it was based on, and a save elsewhere since is refused (CONFLICT):
// the form keeps the user's text and offers the stored version or saving over it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import type { Meeting } from '../../../../shared/domain/meeting';
import type { AppError } from '../../../../shared/ipc/define';
import { formatFinnishDate, parseFinnishDate } from '../../../../shared/format/date';
import { parseWholeNumber } from '../../../../shared/format/whole-number';
import { ConflictChoice, isStaleWrite } from '../../ui/conflict-choice';
import { ErrorAlert } from '../../ui/error-alert';
import { TextField } from '../../ui/field';
import { placeIssues, useIssueText } from '../../ui/field-issues';
import type { PlacedIssues } from '../../ui/field-issues';
import { useToast } from '../../ui/toast';

type Field = 'number' | 'date' | 'startTime' | 'endTime' | 'place';
const fieldNames: readonly Field[] = ['number', 'date', 'startTime', 'endTime', 'place'];
const noIssues: PlacedIssues<Field> = { byField: {}, unplaced: [] };
const fieldOf = (path: string): Field | null => fieldNames.find((field) => path === field || path === `patch.${field}`) ?? null;

type Form = Record<Field, string>;
const formOf = (meeting: Meeting): Form => ({ number: String(meeting.number), date: formatFinnishDate(meeting.date), startTime: meeting.startTime, endTime: meeting.endTime, place: meeting.place });

interface Props {
  meeting: Meeting;
  locked: boolean;
  onSaved: (meeting: Meeting) => void;
  /** The meeting as stored now (after a conflict). */
  readStored: () => Promise<Meeting | null>;
}

export function MeetingDataForm({ meeting, locked, onSaved, readStored }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const issueText = useIssueText();
  /** The user's changes and the updatedAt they were made on; null: the form follows the meeting. */
  const [edit, setEdit] = useState<{ form: Form; readAt: string } | null>(null);
  const [issues, setIssues] = useState(noIssues);
  const [error, setError] = useState<AppError | null>(null);
  const [conflict, setConflict] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = edit?.form ?? formOf(meeting);
  const set = (field: Field) => (value: string) => { setEdit({ form: { ...form, [field]: value }, readAt: edit?.readAt ?? meeting.updatedAt }); };
  const date = parseFinnishDate(form.date);
  const number = parseWholeNumber(form.number);
  const fieldError = (field: Field) => {
    if (field === 'date' && date === null) return t('validation.date.invalid');
    if (field === 'number' && number === null) return t('validation.number.wholeNumber');
    const message = issues.byField[field];
    return message === undefined ? undefined : issueText(message);
  };

  const save = async (expectedUpdatedAt: string) => {
    if (date === null || number === null) return;
    setConflict(null);
    setBusy(true);
    const envelope = await call('meetings:update', { id: meeting.id, expectedUpdatedAt, patch: { number, date, startTime: form.startTime, endTime: form.endTime, place: form.place } });
    setBusy(false);
    if (envelope.ok) {
      setEdit(null);
      setError(null);
      setIssues(noIssues);
      onSaved(envelope.value);
      toast.show({ text: t('meetings.data.saved') });
      return;
    }
    toast.notSaved();
    if (isStaleWrite(envelope.error)) {
      setConflict(envelope.error);
      return;
    }
    setError(envelope.error);
    setIssues(placeIssues(envelope.error.fields, fieldOf));
  };

  return (
    <section className="editor-section" aria-labelledby="meeting-data-heading">
      <h2 id="meeting-data-heading" className="editor-section__title">{t('meetings.data.heading')}</h2>
      <form noValidate className="meeting-data" onSubmit={(event) => { event.preventDefault(); void save(edit?.readAt ?? meeting.updatedAt); }}>
        <fieldset className="plain-fieldset" disabled={locked}>
          <div className="field-row">
            <TextField label={t('meetings.data.number')} name="number" value={form.number} onChange={set('number')} inputMode="numeric" error={fieldError('number')} />
            <TextField label={t('meetings.data.date')} name="date" value={form.date} onChange={set('date')} error={fieldError('date')} />
          </div>
          <div className="field-row">
            <TextField label={t('meetings.data.startTime')} name="startTime" value={form.startTime} onChange={set('startTime')} hint={t('meetings.data.timeHint')} error={fieldError('startTime')} />
            <TextField label={t('meetings.data.endTime')} name="endTime" value={form.endTime} onChange={set('endTime')} hint={t('meetings.data.timeHint')} error={fieldError('endTime')} />
          </div>
          <TextField label={t('meetings.data.place')} name="place" value={form.place} onChange={set('place')} error={fieldError('place')} />
          <ErrorAlert error={error} details={issues.unplaced} fieldsMarked={Object.keys(issues.byField).length > 0} onDismiss={() => { setError(null); }} />
          {conflict ? (
            <ConflictChoice
              error={conflict}
              busy={busy}
              onReload={() => {
                void readStored().then((stored) => {
                  setConflict(null);
                  if (stored) setEdit(null);
                });
              }}
              onOverwrite={() => {
                void readStored().then((stored) => { if (stored) void save(stored.updatedAt); });
              }}
            />
          ) : null}
          {locked ? null : (
            <div>
              <button type="submit" className="button button--primary" disabled={busy || edit === null}>{t('meetings.data.save')}</button>
            </div>
          )}
        </fieldset>
      </form>
    </section>
  );
}
