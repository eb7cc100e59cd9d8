// The outcome of the § (a radio group, saved at once) and the decision text: for an outcome that
// decides, the item's own decision (the service copies the proposal into it when "Hyväksyttiin
// esityksen mukaisesti" is chosen and the item has none). It is edited in the item editor (link):
// the item editor keeps the item's drafts, autosave and undo, and a second editor of the same
// text here would be a second writer of it. An outcome that sends the item back to the pool
// prints its own decision ("Lautakunta päätti panna asian pöydälle.").
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../../shared/domain/item';
import { poolOutcomes, sectionOutcomes } from '../../../../../shared/domain/meeting';
import type { SectionOutcome } from '../../../../../shared/domain/meeting';
import { itemHref, openItemFromMeeting } from '../meetings-location';
import type { SessionSection } from './part-props';
import { RichView } from './rich-view';

interface Props {
  section: SessionSection;
  item: AgendaItem | null;
  locked: boolean;
  issues: readonly string[];
  setOutcome: (outcome: SectionOutcome | null) => void;
}

export function OutcomePart({ section, item, locked, issues, setOutcome }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const pool = section.outcome !== null && poolOutcomes.includes(section.outcome);
  return (
    <section className="session-part" aria-labelledby={headingId} data-testid="part-outcome">
      <h3 id={headingId} className="session-part__title">{t('meetingSession.outcome.heading')}</h3>
      {issues.length > 0 ? <ul className="field__error session-part__issues" role="alert">{issues.map((issue) => <li key={issue}>{issue}</li>)}</ul> : null}
      <fieldset className="session-radios session-radios--column" disabled={locked}>
        <legend className="field__label">{t('meetingSession.outcome.legend')}</legend>
        {sectionOutcomes.map((outcome) => (
          <label key={outcome} className="session-radios__option">
            <input type="radio" name={`outcome-${section.id}`} value={outcome} checked={section.outcome === outcome} onChange={() => { setOutcome(outcome); }} />
            {t(`meetingSession.outcome.${outcome}`)}
          </label>
        ))}
        <label className="session-radios__option">
          <input type="radio" name={`outcome-${section.id}`} value="" checked={section.outcome === null} onChange={() => { setOutcome(null); }} />
          {t('meetingSession.outcome.none')}
        </label>
      </fieldset>
      <h4 className="session-part__subtitle">{pool ? t('meetingSession.outcome.outcomeDecision') : t('meetingSession.outcome.decision')}</h4>
      {pool ? (
        section.outcomeDecision ? <RichView doc={section.outcomeDecision} testId="outcome-decision" /> : <p className="muted">{t('meetingSession.outcome.noDecision')}</p>
      ) : item === null ? (
        <p className="muted" aria-busy="true">{t('meetingSession.outcome.decisionLoading')}</p>
      ) : item.decision ? (
        <RichView doc={item.decision} testId="item-decision" />
      ) : (
        <p className="muted">{t('meetingSession.outcome.noDecision')}</p>
      )}
      {pool || locked ? null : (
        <a
          className="button button--small button--quiet"
          href={itemHref(section.itemId)}
          onClick={(event) => {
            event.preventDefault();
            openItemFromMeeting(section.itemId);
          }}
        >
          {t('meetingSession.outcome.editDecision')}
        </a>
      )}
    </section>
  );
}
