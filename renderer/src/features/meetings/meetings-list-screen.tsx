// The meetings of a year in date order: body, number "1/2024", date, time, place, status and §
// range; "Uusi kokous" creates one and opens it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import type { Body } from '../../../../shared/domain/body';
import type { MeetingSummary } from '../../../../shared/ipc/channels/meetings';
import type { AppError } from '../../../../shared/ipc/define';
import { formatFinnishDate } from '../../../../shared/format/date';
import { ErrorAlert } from '../../ui/error-alert';
import { openMeeting, showYear } from './meetings-location';
import { NewMeetingDialog } from './new-meeting-dialog';

export function MeetingsListScreen({ year }: { year: number }) {
  const { t } = useTranslation();
  const [listed, setListed] = useState<{ year: number; rows: MeetingSummary[] } | null>(null);
  const rows = listed?.year === year ? listed.rows : null;
  const [bodies, setBodies] = useState<Body[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [creating, setCreating] = useState(false);
  const [yearText, setYearText] = useState(String(year));
  const [shownYear, setShownYear] = useState(year);
  if (shownYear !== year) {
    setShownYear(year);
    setYearText(String(year));
  }

  useEffect(() => {
    let live = true;
    void Promise.all([call('meetings:list', { year }), call('bodies:list', {})]).then(([meetings, bodyList]) => {
      if (!live) return;
      if (!meetings.ok) setError(meetings.error);
      // In the year's order, as the meetings are numbered (the service lists the newest first).
      else setListed({ year, rows: [...meetings.value].sort((a, b) => a.date.localeCompare(b.date) || a.bodyName.localeCompare(b.bodyName, 'fi') || a.number - b.number) });
      if (bodyList.ok) setBodies(bodyList.value);
      else setError(bodyList.error);
    });
    return () => { live = false; };
  }, [year]);

  const pickYear = (text: string) => {
    setYearText(text);
    if (/^\d{4}$/u.test(text) && Number(text) >= 1900 && Number(text) <= 2200) showYear(Number(text));
  };
  const nameOf = (row: MeetingSummary) => t('meetings.meetingName', { body: row.bodyName, number: row.number, year: row.year });

  return (
    <div className="items-list meetings-list">
      <div className="register__header">
        <h1>{t('meetings.heading')}</h1>
        <div className="button-row">
          <button type="button" className="button button--primary" disabled={bodies === null || bodies.length === 0} onClick={() => { setCreating(true); }}>
            {t('meetings.list.create')}
          </button>
        </div>
      </div>
      {bodies?.length === 0 ? <p className="info-note">{t('meetings.list.noBodies')}</p> : null}
      <div className="meetings-year" role="group" aria-label={t('meetings.list.yearPicker')}>
        <button type="button" className="button button--small" onClick={() => { showYear(year - 1); }}>← {t('meetings.list.previousYear')}</button>
        <label className="meetings-year__field">
          <span className="field__label">{t('meetings.list.year')}</span>
          <input type="text" inputMode="numeric" maxLength={4} name="year" value={yearText} onChange={(event) => { pickYear(event.target.value); }} />
        </label>
        <button type="button" className="button button--small" onClick={() => { showYear(year + 1); }}>{t('meetings.list.nextYear')} →</button>
      </div>
      <ErrorAlert error={error} onDismiss={() => { setError(null); }} />
      {rows === null ? (
        <p aria-busy="true">{t('ui.loading')}</p>
      ) : (
        <>
          <p className="muted" aria-live="polite">{t('meetings.list.count', { count: rows.length })}</p>
          <table className="items-table">
            <caption className="visually-hidden">{t('meetings.list.tableLabel', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meetings.list.columns.body')}</th>
                <th scope="col">{t('meetings.list.columns.number')}</th>
                <th scope="col">{t('meetings.list.columns.date')}</th>
                <th scope="col">{t('meetings.list.columns.time')}</th>
                <th scope="col">{t('meetings.list.columns.place')}</th>
                <th scope="col">{t('meetings.list.columns.status')}</th>
                <th scope="col">{t('meetings.list.columns.sections')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={7} className="table__empty">{t('meetings.list.empty', { year })}</td>
                </tr>
              ) : null}
              {rows.map((row) => (
                <tr key={row.id} data-testid="meeting-row">
                  <th scope="row">
                    <a
                      href={`#/meetings?year=${String(row.year)}&meeting=${encodeURIComponent(row.id)}`}
                      aria-label={t('meetings.list.open', { name: nameOf(row) })}
                      onClick={(event) => { event.preventDefault(); openMeeting(row.id, row.year); }}
                    >
                      {row.bodyName}
                    </a>
                    {row.isSample ? <span className="sample-tag">{t('meetings.list.sample')}</span> : null}
                  </th>
                  <td>{t('meetings.numberText', { number: row.number, year: row.year })}</td>
                  <td>{formatFinnishDate(row.date)}</td>
                  <td>{row.startTime}</td>
                  <td>{row.place}</td>
                  <td><span className={`status-badge meeting-status--${row.status}`}>{t(`meetings.status.${row.status}`)}</span></td>
                  <td>
                    {row.firstSection === null || row.lastSection === null
                      ? t('meetings.list.sectionCount', { count: row.sectionCount })
                      : row.firstSection === row.lastSection
                        ? t('meetings.sectionOne', { first: row.firstSection })
                        : t('meetings.sectionRange', { first: row.firstSection, last: row.lastSection })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {creating && bodies && rows ? (
        <NewMeetingDialog
          bodies={bodies}
          year={year}
          onClose={() => { setCreating(false); }}
          onCreated={(meeting) => {
            setCreating(false);
            openMeeting(meeting.id, meeting.year);
          }}
        />
      ) : null}
    </div>
  );
}
