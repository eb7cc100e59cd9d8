// Heading of the item: title (fi, optional sv), case number, earlier handling, body and meeting,
// and the item's numbers on the agenda and in the minutes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { formatFinnishDate, parseFinnishDate } from '../../../../../shared/format/date';
import { parseWholeNumber } from '../../../../../shared/format/whole-number';
import { TextField } from '../../../ui/field';

interface Props {
  draft: ItemDraft;
  change: (next: ItemDraft, key: string) => void;
  titleError?: string | undefined;
  /** The approved proposal's heading is frozen; meeting data stays editable. */
  frozen: boolean;
}

/** d.m.yyyy typed freely; the draft only takes a valid date (or none), the field keeps the text. */
function MeetingDateField({ value, onChange }: { value: string | null; onChange: (iso: string | null) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ? formatFinnishDate(value) : '');
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // Undo or a reload changed the date: show it.
    setShown(value);
    setText(value ? formatFinnishDate(value) : '');
  }
  const parsed = text.trim() === '' ? null : parseFinnishDate(text);
  const invalid = text.trim() !== '' && parsed === null;
  return (
    <TextField
      label={t('items.parts.meetingDate')}
      name="meetingDate"
      value={text}
      hint={t('editor.screen.dateHint')}
      error={invalid ? t('validation.date.invalid') : undefined}
      onChange={(next) => {
        setText(next);
        const iso = next.trim() === '' ? null : parseFinnishDate(next);
        if ((iso !== null || next.trim() === '') && iso !== value) {
          setShown(iso);
          onChange(iso);
        }
      }}
    />
  );
}

/** The item's place on the agenda (Asianro) or in the minutes (§): a whole number, or none yet. */
function MeetingNumberField({ label, name, value, onChange }: { label: string; name: string; value: number | null; onChange: (next: number | null) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value === null ? '' : String(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(value === null ? '' : String(value));
  }
  const parsed = parseWholeNumber(text);
  const invalid = text.trim() !== '' && parsed === null;
  return (
    <TextField
      label={label}
      name={name}
      value={text}
      inputMode="numeric"
      hint={t('editor.screen.numberHint')}
      error={invalid ? t('validation.number.wholeNumber') : undefined}
      onChange={(next) => {
        setText(next);
        const number = parseWholeNumber(next);
        if ((number !== null || next.trim() === '') && number !== value) {
          setShown(number);
          onChange(number);
        }
      }}
    />
  );
}

export function HeadingFields({ draft, change, titleError, frozen }: Props) {
  const { t } = useTranslation();
  const text = (key: 'title' | 'titleSv' | 'caseNumber' | 'earlierHandling' | 'bodyName' | 'meetingNumber') => (next: string) => { change({ ...draft, [key]: next }, key); };
  return (
    <section className="editor-section" aria-labelledby="heading-fields">
      <h2 id="heading-fields" className="editor-section__title">{t('editor.screen.heading')}</h2>
      <fieldset className="plain-fieldset" disabled={frozen}>
      <TextField label={t('items.parts.title')} name="title" value={draft.title} onChange={text('title')} error={titleError} className="field--wide" />
      <TextField label={t('items.parts.titleSv')} name="titleSv" value={draft.titleSv} onChange={text('titleSv')} className="field--wide" />
      <div className="field-row">
        <TextField label={t('items.parts.caseNumber')} name="caseNumber" value={draft.caseNumber} onChange={text('caseNumber')} hint="KOK/123/12.00.01/2024" />
        <TextField label={t('items.parts.earlierHandling')} name="earlierHandling" value={draft.earlierHandling} onChange={text('earlierHandling')} hint="KH 20.6.2023 § 156" />
        <TextField label={t('items.parts.bodyName')} name="bodyName" value={draft.bodyName} onChange={text('bodyName')} />
      </div>
      </fieldset>
      <div className="field-row">
        <MeetingDateField value={draft.meetingDate} onChange={(iso) => { change({ ...draft, meetingDate: iso }, 'meetingDate'); }} />
        <TextField label={t('items.parts.meetingNumber')} name="meetingNumber" value={draft.meetingNumber} onChange={text('meetingNumber')} hint="1/2024" />
      </div>
      {/* Meeting data, so editable after approval: the numbers are given when the item goes on the agenda. */}
      <div className="field-row">
        <MeetingNumberField label={t('editor.screen.agendaNumberField')} name="agendaNumber" value={draft.agendaNumber} onChange={(next) => { change({ ...draft, agendaNumber: next }, 'agendaNumber'); }} />
        <MeetingNumberField label={t('editor.screen.sectionNumberField')} name="sectionNumber" value={draft.sectionNumber} onChange={(next) => { change({ ...draft, sectionNumber: next }, 'sectionNumber'); }} />
      </div>
    </section>
  );
}
