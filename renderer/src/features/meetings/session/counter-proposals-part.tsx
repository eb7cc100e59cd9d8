// Vastaehdotukset: the mover and the seconders (members entitled to take part in this §) and the
// text. One with no seconder fell ("raukesi kannattamattomana") and is not voted on.
import { useTranslation } from 'react-i18next';
import type { CounterProposal } from '../../../../../shared/domain/meeting';
import { AttendeeSelect, PartFrame, SessionTextField, useFocusTarget } from './part-frame';
import { replaceRow, typingDelayMs } from './part-props';
import type { PartProps } from './part-props';
import { attendeeName, votersAt } from './session-rules';

export function CounterProposalsPart({ detail, section, locked, issues, setHandling, flush, announce }: PartProps) {
  const { t } = useTranslation();
  const { focusTarget, setFocusTarget, focused } = useFocusTarget();
  const { handling } = section;
  const rows = handling.counterProposals;
  const members = votersAt(detail.meeting, detail.sections, section.id).map((attendee) => ({ id: attendee.id, name: attendeeName(attendee) }));
  const set = (next: CounterProposal[], delayMs = 0) => { setHandling({ ...handling, counterProposals: next }, delayMs); };
  const what = t('meetingSession.counterProposals.row', { n: rows.length + 1 });

  return (
    <PartFrame
      heading={t('meetingSession.counterProposals.heading')}
      issues={issues}
      addLabel={t('meetingSession.counterProposals.add')}
      disabled={locked || members.length === 0}
      focusTarget={focusTarget}
      onFocused={focused}
      testId="part-counter-proposals"
      onAdd={() => {
        const id = crypto.randomUUID();
        set([...rows, { id, moverId: members[0]?.id ?? '', seconderIds: [], text: '' }]);
        setFocusTarget(id);
        announce(t('meetingSession.announce.added', { what }));
      }}
    >
      {rows.map((row, index) => {
        const seconded = row.seconderIds.length > 0;
        return (
          <fieldset key={row.id} data-row={row.id} className="session-row session-row--stacked" disabled={locked}>
            <legend className="session-row__legend">
              {t('meetingSession.counterProposals.row', { n: index + 1 })}
              {': '}
              <span className={seconded ? 'session-badge' : 'session-badge session-badge--fell'} data-testid="counter-proposal-state">
                {seconded ? t('meetingSession.counterProposals.seconded') : t('meetingSession.counterProposals.fell')}
              </span>
            </legend>
            <div className="session-row">
              <AttendeeSelect label={t('meetingSession.counterProposals.mover')} value={row.moverId} options={members} disabled={locked} onChange={(moverId) => { set(replaceRow(rows, row.id, { moverId, seconderIds: row.seconderIds.filter((id) => id !== moverId) })); }} />
              <fieldset className="session-checks">
                <legend className="field__label">{t('meetingSession.counterProposals.seconders')}</legend>
                {members.filter((member) => member.id !== row.moverId).map((member) => (
                  <label key={member.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={row.seconderIds.includes(member.id)}
                      onChange={(event) => {
                        const seconderIds = event.target.checked ? [...row.seconderIds, member.id] : row.seconderIds.filter((id) => id !== member.id);
                        set(replaceRow(rows, row.id, { seconderIds }));
                      }}
                    />
                    {member.name}
                  </label>
                ))}
              </fieldset>
            </div>
            <SessionTextField multiline label={t('meetingSession.counterProposals.text')} value={row.text} disabled={locked} onChange={(text) => { set(replaceRow(rows, row.id, { text }), typingDelayMs); }} onCommit={flush} />
            <button
              type="button"
              className="button button--quiet button--small session-remove"
              onClick={() => {
                set(rows.filter((candidate) => candidate.id !== row.id));
                setFocusTarget('add');
                announce(t('meetingSession.announce.removed', { what: t('meetingSession.counterProposals.row', { n: index + 1 }) }));
              }}
            >
              {t('meetingSession.counterProposals.remove')}
            </button>
          </fieldset>
        );
      })}
    </PartFrame>
  );
}
