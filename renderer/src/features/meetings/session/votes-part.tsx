// Äänestys: the chair's voting proposal (jaa = …, ei = …, prefilled from the seconded counter-
// proposal) and each entitled voter's jaa / ei / tyhjä. A voter's row is a radio group (arrow
// keys choose); J, E and T give the vote and move to the next voter, so a roll call is typed
// name by name. Absentees and the disqualified are not in the grid; the count and the result
// follow every vote, and a tie is decided by the chair's vote (KuntaL 104 §).
import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionVote, VoteChoice } from '../../../../../shared/domain/meeting';
import { voteChoices } from '../../../../../shared/domain/meeting';
import { winnerOf } from '../../../../../shared/domain/meeting-rules';
import { PartFrame, SessionTextField, useFocusTarget } from './part-frame';
import { replaceRow, typingDelayMs } from './part-props';
import type { PartProps } from './part-props';
import { attendeeName, nameOf, tally, voteMeanings, votersAt } from './session-rules';

const shortcutKeys: Record<string, VoteChoice> = { j: 'jaa', e: 'ei', t: 'tyhja' };

export function VotesPart(props: PartProps) {
  const { t } = useTranslation();
  const { detail, section, locked, issues, setHandling, announce } = props;
  const { focusTarget, setFocusTarget, focused } = useFocusTarget();
  const { handling } = section;
  const rows = handling.votes;
  const set = (next: SectionVote[], delayMs = 0) => { setHandling({ ...handling, votes: next }, delayMs); };

  const addVote = () => {
    const id = crypto.randomUUID();
    const voted = new Set(rows.map((row) => row.counterProposalId));
    const counter = handling.counterProposals.find((proposal) => proposal.seconderIds.length > 0 && !voted.has(proposal.id)) ?? null;
    set([...rows, { id, ...voteMeanings(detail.meeting, counter?.moverId ?? null), counterProposalId: counter?.id ?? null, votes: {} }]);
    setFocusTarget(id);
    announce(t('meetingSession.announce.added', { what: t('meetingSession.votes.heading') }));
  };

  return (
    <PartFrame heading={t('meetingSession.votes.heading')} issues={issues} addLabel={t('meetingSession.votes.add')} onAdd={addVote} disabled={locked} focusTarget={focusTarget} onFocused={focused} testId="part-votes">
      {rows.map((row, index) => (
        <VoteRow key={row.id} {...props} vote={row} index={index} onChange={(changes, delayMs) => { set(replaceRow(rows, row.id, changes), delayMs); }} onRemove={() => {
          set(rows.filter((candidate) => candidate.id !== row.id));
          setFocusTarget('add');
          announce(t('meetingSession.announce.removed', { what: t('meetingSession.votes.row', { n: index + 1 }) }));
        }} />
      ))}
    </PartFrame>
  );
}

interface VoteRowProps extends PartProps {
  vote: SectionVote;
  index: number;
  onChange: (changes: Partial<SectionVote>, delayMs?: number) => void;
  onRemove: () => void;
}

function VoteRow({ detail, section, locked, flush, announce, vote, index, onChange, onRemove }: VoteRowProps) {
  const { t } = useTranslation();
  const grid = useRef<HTMLTableSectionElement>(null);
  const voters = votersAt(detail.meeting, detail.sections, section.id);
  const entitled = new Set(voters.map((voter) => voter.id));
  const excluded = detail.meeting.attendees.filter((attendee) => attendee.kind === 'member' && !entitled.has(attendee.id));
  const counted = tally(detail.meeting, detail.sections, section.id, vote);
  const missing = counted.notVoted.length;
  const winner = winnerOf(counted.result);
  const seconded = section.handling.counterProposals.filter((proposal) => proposal.seconderIds.length > 0);

  const choose = (voterId: string, choice: VoteChoice) => {
    onChange({ votes: { ...vote.votes, [voterId]: choice } });
    announce(t('meetingSession.announce.vote', { name: nameOf(detail.meeting, voterId), choice: t(`meetingSession.votes.${choice}`) }));
  };
  const onKey = (event: KeyboardEvent, voterId: string, at: number) => {
    const choice = shortcutKeys[event.key.toLowerCase()];
    if (choice === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    choose(voterId, choice);
    const next = grid.current?.querySelectorAll('tr')[at + 1];
    (next?.querySelector<HTMLInputElement>('input:checked') ?? next?.querySelector<HTMLInputElement>('input'))?.focus();
  };

  const means = winner === 'jaa' ? vote.yesMeans : vote.noMeans;
  const anyVotes = counted.jaa + counted.ei + counted.tyhja > 0;
  const result =
    winner === null
      ? anyVotes && counted.jaa === counted.ei ? t('meetingSession.votes.resultTieOpen') : ''
      : counted.result.kind === 'chair'
        ? t('meetingSession.votes.resultTieChair', { side: t(`meetingSession.votes.${winner}`).toLowerCase(), means })
        : t(winner === 'jaa' ? 'meetingSession.votes.resultYes' : 'meetingSession.votes.resultNo', { means });

  return (
    <fieldset data-row={vote.id} className="session-row session-row--stacked" disabled={locked}>
      <legend className="session-row__legend">{t('meetingSession.votes.row', { n: index + 1 })}</legend>
      <div className="session-row">
        {seconded.length > 0 ? (
          <div className="field">
            <label className="field__label" htmlFor={`counter-${vote.id}`}>{t('meetingSession.votes.counterProposal')}</label>
            <select
              id={`counter-${vote.id}`}
              value={vote.counterProposalId ?? ''}
              onChange={(event) => {
                const counter = seconded.find((proposal) => proposal.id === event.target.value) ?? null;
                onChange(counter ? { counterProposalId: counter.id, noMeans: voteMeanings(detail.meeting, counter.moverId).noMeans } : { counterProposalId: null });
              }}
            >
              <option value="">{t('meetingSession.votes.noCounter')}</option>
              {seconded.map((proposal) => <option key={proposal.id} value={proposal.id}>{nameOf(detail.meeting, proposal.moverId)}</option>)}
            </select>
          </div>
        ) : null}
        <SessionTextField className="session-row__wide" label={t('meetingSession.votes.yesMeans')} value={vote.yesMeans} disabled={locked} onChange={(yesMeans) => { onChange({ yesMeans }, typingDelayMs); }} onCommit={flush} />
        <SessionTextField className="session-row__wide" label={t('meetingSession.votes.noMeans')} value={vote.noMeans} disabled={locked} onChange={(noMeans) => { onChange({ noMeans }, typingDelayMs); }} onCommit={flush} />
      </div>
      <p className="field__hint">{t('meetingSession.votes.shortcutHint')}</p>
      <table className="session-table session-votes">
        <caption className="visually-hidden">{t('meetingSession.votes.voterGrid')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('meetingSession.votes.voter')}</th>
            {voteChoices.map((choice) => <th key={choice} scope="col">{t(`meetingSession.votes.${choice}`)}</th>)}
          </tr>
        </thead>
        <tbody ref={grid}>
          {voters.map((voter, at) => {
            const name = attendeeName(voter);
            return (
              <tr key={voter.id} data-voter={voter.id} onKeyDown={(event) => { onKey(event, voter.id, at); }}>
                <th scope="row" className="session-table__name">{name}</th>
                {voteChoices.map((choice) => (
                  <td key={choice} className="session-votes__cell">
                    <input
                      type="radio"
                      name={`vote-${vote.id}-${voter.id}`}
                      aria-label={`${name}: ${t(`meetingSession.votes.${choice}`)}`}
                      aria-keyshortcuts="J E T"
                      checked={vote.votes[voter.id] === choice}
                      onChange={() => { choose(voter.id, choice); }}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {excluded.length > 0 ? <p className="muted">{t('meetingSession.votes.excluded', { names: excluded.map((attendee) => attendee.name).join(', ') })}</p> : null}
      <p className="session-votes__count" role="status" data-testid="vote-count">
        {t('meetingSession.votes.count', { jaa: counted.jaa, ei: counted.ei, tyhja: counted.tyhja, missing })}
        {result === '' ? null : <strong className="session-votes__result"> {result}</strong>}
      </p>
      <button type="button" className="button button--quiet button--small session-remove" onClick={onRemove}>{t('meetingSession.votes.remove')}</button>
    </fieldset>
  );
}
