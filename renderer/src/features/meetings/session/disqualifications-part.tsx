// Esteellisyys: who (from those present at the §), the ground, when they left and returned.
import { useTranslation } from 'react-i18next';
import type { Disqualification } from '../../../../../shared/domain/meeting';
import { AttendeeSelect, PartFrame, SessionTextField, useFocusTarget } from './part-frame';
import { replaceRow, typingDelayMs } from './part-props';
import type { PartProps } from './part-props';
import { attendeeName, nameOf, presentAt } from './session-rules';

export function DisqualificationsPart({ detail, section, locked, issues, setHandling, flush, announce }: PartProps) {
  const { t } = useTranslation();
  const { focusTarget, setFocusTarget, focused } = useFocusTarget();
  const { handling } = section;
  const rows = handling.disqualifications;
  // Before they left the room they were present: everyone present at the § may be chosen.
  const options = presentAt(detail.meeting, detail.sections, section.id).map((attendee) => ({ id: attendee.id, name: attendeeName(attendee) }));
  const set = (next: Disqualification[], delayMs = 0) => { setHandling({ ...handling, disqualifications: next }, delayMs); };
  const what = t('meetingSession.disqualifications.heading');

  return (
    <PartFrame
      heading={what}
      issues={issues}
      addLabel={t('meetingSession.disqualifications.add')}
      disabled={locked || options.length === 0}
      focusTarget={focusTarget}
      onFocused={focused}
      testId="part-disqualifications"
      onAdd={() => {
        const id = crypto.randomUUID();
        set([...rows, { id, attendeeId: options[0]?.id ?? '', ground: '', leftAt: '', returnedAt: '' }]);
        setFocusTarget(id);
        announce(t('meetingSession.announce.added', { what }));
      }}
    >
      {rows.map((row, index) => (
        <fieldset key={row.id} data-row={row.id} className="session-row" disabled={locked}>
          <legend className="visually-hidden">{t('meetingSession.disqualifications.row', { n: index + 1 })}</legend>
          <AttendeeSelect label={t('meetingSession.disqualifications.who')} value={row.attendeeId} options={options} disabled={locked} onChange={(attendeeId) => { set(replaceRow(rows, row.id, { attendeeId })); }} />
          <SessionTextField className="session-row__wide" label={t('meetingSession.disqualifications.ground')} value={row.ground} disabled={locked} onChange={(ground) => { set(replaceRow(rows, row.id, { ground }), typingDelayMs); }} onCommit={flush} />
          <SessionTextField className="session-row__time" label={t('meetingSession.disqualifications.leftAt')} value={row.leftAt} disabled={locked} onChange={(leftAt) => { set(replaceRow(rows, row.id, { leftAt }), typingDelayMs); }} onCommit={flush} />
          <SessionTextField className="session-row__time" label={t('meetingSession.disqualifications.returnedAt')} value={row.returnedAt} disabled={locked} onChange={(returnedAt) => { set(replaceRow(rows, row.id, { returnedAt }), typingDelayMs); }} onCommit={flush} />
          <button
            type="button"
            className="button button--quiet button--small session-row__remove session-remove"
            aria-label={`${t('meetingSession.disqualifications.remove')}: ${nameOf(detail.meeting, row.attendeeId)}`}
            onClick={() => {
              set(rows.filter((candidate) => candidate.id !== row.id));
              setFocusTarget('add');
              announce(t('meetingSession.announce.removed', { what }));
            }}
          >
            ×
          </button>
        </fieldset>
      ))}
    </PartFrame>
  );
}
