// Attendance at the table: each member present, absent or replaced by the personal deputy (a
// radio group: arrow keys choose, Tab goes to the next member), the others present, arrivals and
// departures with the time and the § during which they happened, and the chair, the secretary and
// the minutes checkers chosen from those present. Each choice is saved at once.
import { useTranslation } from 'react-i18next';
import type { AttendanceEvent, MeetingAttendee, Presence } from '../../../../../shared/domain/meeting';
import { presences } from '../../../../../shared/domain/meeting';
import type { MeetingDetail, MeetingPatch } from '../../../../../shared/ipc/channels/meetings';
import { usePartIssueText } from './issue-text';
import { AttendeeSelect, PartFrame, SessionTextField, useFocusTarget } from './part-frame';
import type { PartIssues, MeetingPart } from './session-issues';
import { attendeeName, presentAt } from './session-rules';
import { sectionLabel } from './section-label';

interface Props {
  detail: MeetingDetail;
  locked: boolean;
  issues: PartIssues<MeetingPart>;
  change: (patch: MeetingPatch, delayMs?: number) => void;
  flush: () => void;
}

const typingDelayMs = 700;

export function AttendancePanel({ detail, locked, issues, change, flush }: Props) {
  const { t } = useTranslation();
  const issueText = usePartIssueText();
  const { meeting, sections } = detail;
  const members = meeting.attendees.filter((attendee) => attendee.kind === 'member');
  const others = meeting.attendees.filter((attendee) => attendee.kind === 'other');
  const { focusTarget, setFocusTarget, focused } = useFocusTarget();
  const partIssues = (part: MeetingPart) => (issues.byPart[part] ?? []).map(issueText);

  const setAttendee = (id: string, changes: Partial<MeetingAttendee>) => {
    change({ attendees: meeting.attendees.map((attendee) => (attendee.id === id ? { ...attendee, ...changes } : attendee)) });
  };
  const setEvents = (events: AttendanceEvent[], delayMs = 0) => { change({ events }, delayMs); };
  const setEvent = (id: string, changes: Partial<AttendanceEvent>, delayMs = 0) => {
    setEvents(meeting.events.map((event) => (event.id === id ? { ...event, ...changes } : event)), delayMs);
  };

  // Officers come from those present at the opening; a choice made earlier stays listed.
  const atOpening = presentAt(meeting, sections, null);
  const everyone = meeting.attendees.map((attendee) => ({ id: attendee.id, name: attendeeName(attendee) }));
  const presentOptions = atOpening.map((attendee) => ({ id: attendee.id, name: attendeeName(attendee) }));
  const memberOptions = atOpening.filter((attendee) => attendee.kind === 'member').map((attendee) => ({ id: attendee.id, name: attendeeName(attendee) }));
  const presenceLabel = (attendee: MeetingAttendee, presence: Presence) =>
    presence === 'deputy' ? (attendee.deputyName === '' ? `${t('meetingSession.attendance.deputy')} (${t('meetingSession.attendance.noDeputy')})` : t('meetingSession.attendance.deputyNamed', { name: attendee.deputyName })) : t(`meetingSession.attendance.${presence}`);

  const addEvent = () => {
    const id = crypto.randomUUID();
    const absentee = meeting.attendees.find((attendee) => attendee.presence === 'absent') ?? meeting.attendees[0];
    if (!absentee) return;
    setEvents([...meeting.events, { id, attendeeId: absentee.id, kind: 'arrived', time: '', sectionId: sections[0]?.id ?? null }]);
    setFocusTarget(id);
  };

  return (
    <div className="session-attendance">
      <PartFrame heading={t('meetingSession.attendance.members')} issues={partIssues('attendees')} disabled={locked} focusTarget={null} onFocused={focused} testId="attendance-members">
        <table className="session-table">
          <thead>
            <tr>
              <th scope="col">{t('meetingSession.attendance.colName')}</th>
              <th scope="col">{t('meetingSession.attendance.colPresence')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <th scope="row" className="session-table__name">
                  {member.name}
                  <span className="muted"> {t(`meetingSession.roles.${member.role}`)}</span>
                </th>
                <td>
                  <fieldset className="session-radios" disabled={locked}>
                    <legend className="visually-hidden">{t('meetingSession.attendance.presenceOf', { name: member.name })}</legend>
                    {presences.map((presence) => (
                      <label key={presence} className="session-radios__option">
                        <input
                          type="radio"
                          name={`presence-${member.id}`}
                          value={presence}
                          checked={member.presence === presence}
                          disabled={presence === 'deputy' && member.deputyName === ''}
                          onChange={() => { setAttendee(member.id, { presence }); }}
                        />
                        {presenceLabel(member, presence)}
                      </label>
                    ))}
                  </fieldset>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </PartFrame>

      {others.length > 0 ? (
        <fieldset className="session-part session-others" disabled={locked}>
          <legend className="session-part__title">{t('meetingSession.attendance.others')}</legend>
          {others.map((other) => (
            <label key={other.id} className="checkbox">
              <input type="checkbox" checked={other.presence !== 'absent'} onChange={(event) => { setAttendee(other.id, { presence: event.target.checked ? 'present' : 'absent' }); }} />
              <span>
                {other.name}
                <span className="session-muted">, {other.title === '' ? t(`meetingSession.roles.${other.role}`) : other.title}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}

      <PartFrame heading={t('meetingSession.attendance.officers')} issues={partIssues('officers')} disabled={locked} focusTarget={null} onFocused={focused} testId="attendance-officers">
        <div className="session-grid">
          <AttendeeSelect label={t('meetingSession.attendance.chair')} value={meeting.chairId ?? ''} options={memberOptions} emptyLabel={t('meetingSession.attendance.nobody')} disabled={locked} onChange={(id) => { change({ chairId: id === '' ? null : id }); }} />
          <AttendeeSelect label={t('meetingSession.attendance.secretary')} value={meeting.secretaryId ?? ''} options={presentOptions} emptyLabel={t('meetingSession.attendance.nobody')} disabled={locked} onChange={(id) => { change({ secretaryId: id === '' ? null : id }); }} />
          {[0, 1].map((index) => (
            <AttendeeSelect
              key={index}
              label={t('meetingSession.attendance.checker', { n: index + 1 })}
              value={meeting.checkerIds[index] ?? ''}
              options={memberOptions}
              emptyLabel={t('meetingSession.attendance.nobody')}
              disabled={locked}
              onChange={(id) => {
                const next = [...meeting.checkerIds];
                next[index] = id;
                change({ checkerIds: next.filter((value) => value !== '') });
              }}
            />
          ))}
        </div>
      </PartFrame>

      <PartFrame heading={t('meetingSession.attendance.events')} issues={partIssues('events')} addLabel={t('meetingSession.attendance.addEvent')} onAdd={addEvent} disabled={locked} focusTarget={focusTarget} onFocused={focused} testId="attendance-events">
        {meeting.events.length === 0 ? <p className="muted">{t('meetingSession.attendance.eventsEmpty')}</p> : null}
        {meeting.events.map((event, index) => (
          <fieldset key={event.id} data-row={event.id} className="session-row" disabled={locked}>
            <legend className="visually-hidden">{t('meetingSession.attendance.eventRow', { n: index + 1 })}</legend>
            <AttendeeSelect label={t('meetingSession.attendance.eventPerson')} value={event.attendeeId} options={everyone} disabled={locked} onChange={(id) => { setEvent(event.id, { attendeeId: id }); }} />
            <div className="field">
              <label className="field__label" htmlFor={`kind-${event.id}`}>{t('meetingSession.attendance.eventKind')}</label>
              <select id={`kind-${event.id}`} value={event.kind} onChange={(changeEvent) => { setEvent(event.id, { kind: changeEvent.target.value === 'left' ? 'left' : 'arrived' }); }}>
                <option value="arrived">{t('meetingSession.attendance.arrived')}</option>
                <option value="left">{t('meetingSession.attendance.left')}</option>
              </select>
            </div>
            <SessionTextField className="session-row__time" label={t('meetingSession.attendance.eventTime')} value={event.time} disabled={locked} onChange={(time) => { setEvent(event.id, { time }, typingDelayMs); }} onCommit={flush} />
            <div className="field session-row__wide">
              <label className="field__label" htmlFor={`section-${event.id}`}>{t('meetingSession.attendance.eventSection')}</label>
              <select id={`section-${event.id}`} value={event.sectionId ?? ''} onChange={(changeEvent) => { setEvent(event.id, { sectionId: changeEvent.target.value === '' ? null : changeEvent.target.value }); }}>
                <option value="">{t('meetingSession.attendance.beforeFirst')}</option>
                {sections.map((section) => <option key={section.id} value={section.id}>{sectionLabel(t, section)}</option>)}
              </select>
            </div>
            <button
              type="button"
              className="button button--quiet button--small session-row__remove session-remove"
              aria-label={t('meetingSession.attendance.removeEvent', { name: everyone.find((person) => person.id === event.attendeeId)?.name ?? '', kind: t(`meetingSession.attendance.${event.kind}`) })}
              onClick={() => {
                setEvents(meeting.events.filter((candidate) => candidate.id !== event.id));
                setFocusTarget('add');
              }}
            >
              ×
            </button>
          </fieldset>
        ))}
      </PartFrame>
    </div>
  );
}
