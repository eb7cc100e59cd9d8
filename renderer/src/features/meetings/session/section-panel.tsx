// The current §: its number and title, the proposal (read-only), the handling record part by part,
// the Käsittely text and the outcome with the decision. Every change goes to meetings:updateSection
// at once (a choice) or after a pause (typing); a refused part says why beside it.
import { forwardRef, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../../shared/domain/item';
import { handlingProblemMessage, validateHandling } from '../../../../../shared/domain/meeting-rules';
import type { SectionHandling } from '../../../../../shared/domain/meeting';
import type { RichDoc } from '../../../../../shared/domain/rich-text';
import type { MeetingDetail } from '../../../../../shared/ipc/channels/meetings';
import { call } from '../../../api';
import { usePartIssueText } from './issue-text';
import { CounterProposalsPart } from './counter-proposals-part';
import { DisqualificationsPart } from './disqualifications-part';
import { DissentsPart, ExpertsPart } from './dissents-experts-part';
import { HandlingTextPart } from './handling-text-part';
import { OutcomePart } from './outcome-part';
import type { PartProps, SessionSection } from './part-props';
import { RichView } from './rich-view';
import { sectionLabel } from './section-label';
import type { PartIssues, SectionPart } from './session-issues';
import { generatedHandlingText, nameOf } from './session-rules';
import type { SectionChange } from './use-meeting-session';
import { VotesPart } from './votes-part';

/**
 * An outcome moves the item (to the pool, or decided with the proposal copied): arrowing through
 * the options must not do that for each one passed, so the one left on is saved after a short pause.
 */
const outcomeDelayMs = 400;

interface Props {
  detail: MeetingDetail;
  section: SessionSection;
  locked: boolean;
  issues: PartIssues<SectionPart>;
  change: (patch: SectionChange, delayMs?: number) => void;
  flush: () => void;
  announce: (text: string) => void;
}

/** The item behind the § (its proposal and decision), read again when the § is saved. */
function useSectionItem(itemId: string, storedAt: string): AgendaItem | null {
  const [item, setItem] = useState<AgendaItem | null>(null);
  useEffect(() => {
    let live = true;
    void call('items:get', { id: itemId }).then((envelope) => {
      if (live && envelope.ok) setItem(envelope.value);
    });
    return () => { live = false; };
  }, [itemId, storedAt]);
  return item?.id === itemId ? item : null;
}

export const SectionPanel = forwardRef<HTMLHeadingElement, Props>(function SectionPanel({ detail, section, locked, issues, change, flush, announce }, headingRef) {
  const { t } = useTranslation();
  const issueText = usePartIssueText();
  const stored = detail.sections.find((candidate) => candidate.id === section.id);
  const item = useSectionItem(section.itemId, stored?.updatedAt ?? '');
  // The rules' own check of the record as shown (the same the service applies), warnings too, so a
  // vote by a disqualified member is pointed at as it is typed; then the service's refusal.
  const problems = validateHandling(detail.meeting, detail.sections, section.id, section.handling);
  const partIssues = (part: SectionPart) => {
    const checked = problems.filter((problem) => problem.path.split('.')[0] === part).map(handlingProblemMessage);
    return [...new Set([...checked, ...(issues.byPart[part] ?? []).map(issueText)])];
  };
  const setHandling = (handling: SectionHandling, delayMs = 0) => { change({ handling }, delayMs); };
  const common = (part: SectionPart): PartProps => ({ detail, section, locked, issues: partIssues(part), setHandling, flush, announce });
  const events = detail.meeting.events.filter((event) => event.sectionId === section.id);

  return (
    <article className="session-section" aria-labelledby={`section-heading-${section.id}`}>
      <header className="session-section__header">
        <h2 id={`section-heading-${section.id}`} ref={headingRef} tabIndex={-1} className="session-section__title">{sectionLabel(t, section)}</h2>
        <p className="muted session-section__facts">
          {t('meetingSession.section.agendaNumber', { number: section.position + 1 })}
          {section.item.caseNumber === '' ? null : ` · ${section.item.caseNumber}`}
        </p>
        {events.length > 0 ? (
          <p className="session-section__events" data-testid="section-events">
            {t('meetingSession.section.eventsHere', {
              events: events.map((event) => t('meetingSession.section.eventText', { name: nameOf(detail.meeting, event.attendeeId), kind: t(`meetingSession.attendance.${event.kind}`).toLowerCase(), time: event.time })).join('; '),
            })}
          </p>
        ) : null}
      </header>
      <div className="session-section__columns">
        <div className="session-section__column">
          <section className="session-part" aria-labelledby={`proposal-${section.id}`}>
            <h3 id={`proposal-${section.id}`} className="session-part__title">{t('meetingSession.section.proposal')}</h3>
            {section.item.earlierHandling === '' ? null : <p className="muted">{t('meetingSession.section.earlierHandling')}: {section.item.earlierHandling}</p>}
            {item === null ? <p className="muted" aria-busy="true">{t('meetingSession.section.proposalLoading')}</p> : <RichView doc={item.proposal} testId="section-proposal" />}
          </section>
          <HandlingTextPart
            section={section}
            generated={generatedHandlingText(detail, section)}
            locked={locked}
            issues={partIssues('handlingText')}
            setHandlingText={(doc: RichDoc | null, delayMs = 0) => { change({ handlingText: doc }, delayMs); }}
            flush={flush}
            announce={announce}
          />
          <OutcomePart section={section} item={item} locked={locked} issues={[...partIssues('outcome'), ...partIssues('outcomeDecision')]} setOutcome={(outcome) => { change({ outcome }, outcomeDelayMs); }} />
        </div>
        <div className="session-section__column">
          <DisqualificationsPart {...common('disqualifications')} />
          <CounterProposalsPart {...common('counterProposals')} />
          <VotesPart {...common('votes')} />
          <DissentsPart {...common('dissents')} />
          <ExpertsPart {...common('experts')} />
          <section className="session-part" data-testid="part-checked">
            {partIssues('checkedAtMeeting').map((issue) => <p key={issue} className="field__error" role="alert">{issue}</p>)}
            <label className="checkbox">
              <input type="checkbox" disabled={locked} checked={section.handling.checkedAtMeeting} onChange={(event) => { setHandling({ ...section.handling, checkedAtMeeting: event.target.checked }); }} />
              {t('meetingSession.checkedAtMeeting')}
            </label>
          </section>
        </div>
      </div>
    </article>
  );
});
