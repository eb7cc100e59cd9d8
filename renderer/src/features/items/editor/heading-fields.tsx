// Heading of the item: title (fi, optional sv), case number, earlier handling, body and meeting,
// and the item's numbers on the agenda and in the minutes.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemStatus } from '../../../../../shared/domain/item';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { formatFinnishDate, parseFinnishDate } from '../../../../../shared/format/date';
import { parseWholeNumber } from '../../../../../shared/format/whole-number';
import { TextField } from '../../../ui/field';
import { openMeeting } from '../../meetings/meetings-location';
import { TitleCommentable } from '../comments/title-comment';
import { useItemMeeting } from './use-item-meeting';

interface Props {
  draft: ItemDraft;
  /** The stored item's status: on a meeting, its meeting fields are the agenda's (read-only). */
  status: ItemStatus;
  change: (patch: Partial<ItemDraft>, key: string) => void;
  titleError?: string | undefined;
  /** The approved proposal's heading is frozen; meeting data stays editable. */
  frozen: boolean;
  issueFor: (path: string) => string | undefined;
  setLocalIssue: (path: string, message: string | null) => void;
}

type LocalIssue = (path: string, message: string | null) => void;

/**
 * Text the draft cannot take (a date that is not one) is not saved: the save status must say so
 * for as long as the field shows it, not "Tallennettu".
 */
function useLocalIssue(setLocalIssue: LocalIssue, path: string, message: string | null): void {
  useEffect(() => {
    setLocalIssue(path, message);
    return () => { setLocalIssue(path, null); };
  }, [setLocalIssue, path, message]);
}

/** d.m.yyyy typed freely; the draft only takes a valid date (or none), the field keeps the text. */
function MeetingDateField({ value, onChange, error, setLocalIssue }: { value: string | null; onChange: (iso: string | null) => void; error: string | undefined; setLocalIssue: LocalIssue }) {
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
  useLocalIssue(setLocalIssue, 'meetingDate', invalid ? 'validation.date.invalid' : null);
  return (
    <TextField
      label={t('items.parts.meetingDate')}
      name="meetingDate"
      value={text}
      hint={t('editor.screen.dateHint')}
      error={invalid ? t('validation.date.invalid') : error}
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
function MeetingNumberField({ label, name, value, onChange, error, setLocalIssue }: { label: string; name: 'agendaNumber' | 'sectionNumber'; value: number | null; onChange: (next: number | null) => void; error: string | undefined; setLocalIssue: LocalIssue }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value === null ? '' : String(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(value === null ? '' : String(value));
  }
  const parsed = parseWholeNumber(text);
  const invalid = text.trim() !== '' && parsed === null;
  useLocalIssue(setLocalIssue, name, invalid ? 'validation.number.wholeNumber' : null);
  return (
    <TextField
      label={label}
      name={name}
      value={text}
      inputMode="numeric"
      hint={t('editor.screen.numberHint')}
      error={invalid ? t('validation.number.wholeNumber') : error}
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

/** "Kokous 1/2024, asia 5, § 7" and the way to the meeting, where these numbers are changed. */
function OnMeetingNote({ draft, meeting }: { draft: ItemDraft; meeting: { id: string; year: number; bodyName: string; number: number } }) {
  const { t } = useTranslation();
  const facts = { number: draft.meetingNumber, agendaNumber: draft.agendaNumber ?? '', section: draft.sectionNumber ?? '' };
  const name = t('meetings.meetingName', { body: meeting.bodyName, number: meeting.number, year: meeting.year });
  return (
    <div className="info-note item-meeting-note">
      <span data-testid="item-meeting">{t(draft.sectionNumber === null ? 'meetings.item.onMeeting' : 'meetings.item.onMeetingSection', facts)}</span>
      <a href={`#/meetings?year=${String(meeting.year)}&meeting=${encodeURIComponent(meeting.id)}`} onClick={(event) => { event.preventDefault(); openMeeting(meeting.id, meeting.year); }}>
        {t('meetings.item.openMeeting', { name })}
      </a>
      <span className="field__hint">{t('meetings.item.readOnly')}</span>
    </div>
  );
}

export function HeadingFields({ draft, status, change, titleError, frozen, issueFor, setLocalIssue }: Props) {
  const { t } = useTranslation();
  const meeting = useItemMeeting({ status, meetingDate: draft.meetingDate, meetingNumber: draft.meetingNumber, bodyName: draft.bodyName });
  const text = (key: 'title' | 'titleSv' | 'caseNumber' | 'earlierHandling' | 'bodyName' | 'meetingNumber') => (next: string) => { change({ [key]: next }, key); };
  return (
    <section className="editor-section" aria-labelledby="heading-fields">
      <h2 id="heading-fields" className="editor-section__title">{t('editor.screen.heading')}</h2>
      {/* Outside the frozen fieldset: "Kommentoi otsikkoa" says why not instead of going grey. */}
      <TitleCommentable blocked={frozen}>
        <fieldset className="plain-fieldset" disabled={frozen}>
          <TextField label={t('items.parts.title')} name="title" value={draft.title} onChange={text('title')} error={titleError ?? issueFor('title')} className="field--wide" />
        </fieldset>
      </TitleCommentable>
      <fieldset className="plain-fieldset" disabled={frozen}>
      <TextField label={t('items.parts.titleSv')} name="titleSv" value={draft.titleSv} onChange={text('titleSv')} error={issueFor('titleSv')} className="field--wide" />
      <div className="field-row">
        <TextField label={t('items.parts.caseNumber')} name="caseNumber" value={draft.caseNumber} onChange={text('caseNumber')} error={issueFor('caseNumber')} hint="KOK/123/12.00.01/2024" />
        <TextField label={t('items.parts.earlierHandling')} name="earlierHandling" value={draft.earlierHandling} onChange={text('earlierHandling')} error={issueFor('earlierHandling')} hint="KH 20.6.2023 § 156" />
        <TextField label={t('items.parts.bodyName')} name="bodyName" value={draft.bodyName} onChange={text('bodyName')} error={issueFor('bodyName')} />
      </div>
      </fieldset>
      {meeting ? <OnMeetingNote draft={draft} meeting={meeting} /> : null}
      {/* On a meeting the service keeps these in step with the agenda: changed there, not here. */}
      <fieldset className="plain-fieldset" disabled={meeting !== null}>
      <div className="field-row">
        <MeetingDateField value={draft.meetingDate} error={issueFor('meetingDate')} setLocalIssue={setLocalIssue} onChange={(iso) => { change({ meetingDate: iso }, 'meetingDate'); }} />
        <TextField label={t('items.parts.meetingNumber')} name="meetingNumber" value={draft.meetingNumber} onChange={text('meetingNumber')} error={issueFor('meetingNumber')} hint="1/2024" />
      </div>
      {/* Meeting data, so editable after approval: the numbers are given when the item goes on the agenda. */}
      <div className="field-row">
        <MeetingNumberField label={t('editor.screen.agendaNumberField')} name="agendaNumber" value={draft.agendaNumber} error={issueFor('agendaNumber')} setLocalIssue={setLocalIssue} onChange={(next) => { change({ agendaNumber: next }, 'agendaNumber'); }} />
        <MeetingNumberField label={t('editor.screen.sectionNumberField')} name="sectionNumber" value={draft.sectionNumber} error={issueFor('sectionNumber')} setLocalIssue={setLocalIssue} onChange={(next) => { change({ sectionNumber: next }, 'sectionNumber'); }} />
      </div>
      </fieldset>
    </section>
  );
}
