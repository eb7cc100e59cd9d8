// Every part of an agenda item in document order (domain.md, "An agenda item"). The approved
// proposal's parts sit in a disabled fieldset with the reason shown above them; once the minutes
// are checked the whole form is disabled (item-workflow.ts itemLock). A problem the service or a
// field's own check found is shown at its part (issueFor), so "Tarkista merkityt kentät" always
// has a marked field to point at. Rich texts (background, proposal, decision, appeal) are
// DraftRichText editors linked to the one draft (item-draft-store.ts).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppealText } from '../../../../../shared/domain/appeal';
import type { ItemStatus, Person } from '../../../../../shared/domain/item';
import { itemLock } from '../../../../../shared/domain/item-workflow';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { useItemMeeting } from './use-item-meeting';
import { AppealField } from './appeal-field';
import { AttachmentsField } from './attachments-field';
import { DecisionSection } from './decision-section';
import { DraftRichText } from './draft-rich-text';
import { HeadingFields } from './heading-fields';
import { PreparersField } from './preparers-field';
import { ProposalSection } from './proposal-section';
import { PublicityFields } from './publicity-fields';
import { RecipientsField } from './recipients-field';
import { YearCheckNote } from './year-check-note';

export type Change = (patch: Partial<ItemDraft>, key: string | null) => void;

interface Props {
  draft: ItemDraft;
  /** Pass only the fields that change: the draft holds rich texts newer than this render's. */
  change: Change;
  people: Person[];
  appealTexts: readonly AppealText[];
  status: ItemStatus;
  onCopyProposal: () => void;
  onDecideAsProposed: () => void;
  busy: boolean;
  /** The translated problem at a part (its path or anything under it), if any. */
  issueFor: (path: string) => string | undefined;
  setLocalIssue: (path: string, message: string | null) => void;
  /** Rich editors start anew when this changes (a lock came or went). */
  generation: number;
}

/** A problem at a part that has no field of its own to mark (a list, a rich text, a choice). */
export function IssueNote({ message }: { message: string | undefined }) {
  return message ? <p className="field__error issue-note">{message}</p> : null;
}

/** On a meeting the note names no manual step: the meeting moves the item on (item-steps.ts). */
function lockNoteKey(status: ItemStatus, onMeeting: boolean): string | null {
  const lock = itemLock(status);
  if (lock === 'record') return 'editor.status.recordNote';
  if (lock === 'none') return null;
  if (status === 'kasitelty') return onMeeting ? 'editor.status.meetingHandledNote' : 'editor.status.handledNote';
  return onMeeting ? 'editor.status.meetingFrozenNote' : 'editor.status.frozenNote';
}

export function ItemForm({ draft, change, people, appealTexts, status, onCopyProposal, onDecideAsProposed, busy, issueFor, setLocalIssue, generation }: Props) {
  const { t } = useTranslation();
  const frozen = itemLock(status) !== 'none';
  const locked = itemLock(status) === 'record';
  const onMeeting = useItemMeeting({ status, meetingDate: draft.meetingDate, meetingNumber: draft.meetingNumber, bodyName: draft.bodyName }) !== null;
  const note = lockNoteKey(status, onMeeting);
  const backgroundLabel = useId();
  const set = <K extends keyof ItemDraft>(key: K, value: ItemDraft[K], undoKey: string = key) => { change({ [key]: value }, undoKey); };

  return (
    <form className="item-form" aria-label={t('editor.screen.formLabel')} onSubmit={(event) => { event.preventDefault(); }}>
      {note ? <p className="frozen-note" role="note">{t(note)}</p> : null}
      <YearCheckNote draft={draft} disabled={frozen} onChecked={() => { set('yearToCheck', null); }} />
      <IssueNote message={issueFor('yearToCheck')} />
      <fieldset className="plain-fieldset" disabled={locked}>
      <HeadingFields draft={draft} status={status} change={change} frozen={frozen} titleError={draft.title.trim() === '' ? t('validation.item.titleRequired') : undefined} issueFor={issueFor} setLocalIssue={setLocalIssue} />
      <fieldset className="plain-fieldset" disabled={frozen}>
        <PreparersField people={people} value={draft.preparerIds} onChange={(ids) => { set('preparerIds', ids); }} />
        <IssueNote message={issueFor('preparerIds')} />
        <section className="editor-section">
          <h2 className="editor-section__title" id={backgroundLabel}>{t('editor.richText.label')}</h2>
          <DraftRichText key={generation} field="background" readOnly={frozen} labelId={backgroundLabel} name={t('editor.richText.label')} />
          <IssueNote message={issueFor('background')} />
        </section>
        <AttachmentsField legend={t('editor.attachments.attachmentsLegend')} name="attachments" value={draft.attachments} onChange={(next, key) => { set('attachments', next, key); }} />
        <IssueNote message={issueFor('attachments')} />
        <AttachmentsField legend={t('editor.attachments.supplementaryLegend')} name="supplementary" value={draft.supplementary} onChange={(next, key) => { set('supplementary', next, key); }} />
        <IssueNote message={issueFor('supplementary')} />
        <ProposalSection draft={draft} set={set} frozen={frozen} issueFor={issueFor} generation={generation} />
      </fieldset>
      <DecisionSection
        draft={draft}
        status={status}
        setDecision={(decision) => { set('decision', decision); }}
        locked={locked}
        busy={busy}
        onCopyProposal={onCopyProposal}
        onDecideAsProposed={onDecideAsProposed}
        issueFor={issueFor}
        generation={generation}
      />
      <RecipientsField label={t('items.parts.forInformation')} name="forInformation" value={draft.forInformation} onChange={(next, key) => { set('forInformation', next, key); }} />
      <IssueNote message={issueFor('forInformation')} />
      <RecipientsField label={t('items.parts.implementation')} name="implementation" value={draft.implementation} onChange={(next, key) => { set('implementation', next, key); }} />
      <IssueNote message={issueFor('implementation')} />
      <AppealField draft={draft} appealTexts={appealTexts} change={change} locked={locked} issueFor={issueFor} generation={generation} />
      <PublicityFields draft={draft} change={change} issueFor={issueFor} />
      </fieldset>
    </form>
  );
}
