// Asks which meeting (or year) the project review is written for before creating it: the template's
// years and its register figure come from there, never from the computer's clock.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseFinnishDate } from '../../../../shared/format/date';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/field';

export interface TemplateTarget {
  meetingDate: string | null;
  year: number | null;
}

function parseYear(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}$/u.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= 1900 && year <= 2200 ? year : null;
}

export function TemplateDialog({ onCreate, onClose }: { onCreate: (target: TemplateTarget) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [dateText, setDateText] = useState('');
  const [yearText, setYearText] = useState('');
  const [tried, setTried] = useState(false);
  const meetingDate = dateText.trim() === '' ? null : parseFinnishDate(dateText);
  const dateInvalid = dateText.trim() !== '' && meetingDate === null;
  // The meeting's year unless the user wrote another one.
  const year = yearText.trim() === '' ? (meetingDate === null ? null : Number(meetingDate.slice(0, 4))) : parseYear(yearText);
  const yearInvalid = yearText.trim() !== '' && year === null;
  const missing = meetingDate === null && year === null;
  const submit = () => {
    setTried(true);
    if (dateInvalid || yearInvalid || missing) return;
    onCreate({ meetingDate, year });
  };
  return (
    <Dialog title={t('editor.template.title')} onClose={onClose}>
      <form
        className="scope-form" noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <p>{t('editor.template.explain')}</p>
        <TextField label={t('items.parts.meetingDate')} name="templateMeetingDate" value={dateText} onChange={setDateText} hint={t('editor.screen.dateHint')} error={dateInvalid ? t('validation.date.invalid') : undefined} />
        <TextField
          label={t('editor.template.year')}
          name="templateYear"
          value={yearText}
          inputMode="numeric"
          hint={year !== null && yearText.trim() === '' ? t('editor.template.yearFromDate', { year }) : t('editor.template.yearHint')}
          error={yearInvalid ? t('validation.item.yearInvalid') : tried && missing ? t('validation.item.templateYearRequired') : undefined}
          onChange={setYearText}
        />
        <div className="button-row button-row--end dialog__actions">
          <button type="button" className="button" onClick={onClose}>{t('ui.actions.cancel')}</button>
          <button type="submit" className="button button--primary">{t('editor.template.create')}</button>
        </div>
      </form>
    </Dialog>
  );
}
