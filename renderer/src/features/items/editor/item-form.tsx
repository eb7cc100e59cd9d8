// Every part of an agenda item in document order (domain.md, "An agenda item"). The approved
// proposal's parts sit in a disabled fieldset with the reason shown above them; once the minutes
// are checked the whole form is disabled (item-workflow.ts itemLock). A problem the service or a
// field's own check found is shown at its part (issueFor), so "Tarkista merkityt kentät" always
// has a marked field to point at.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemStatus, Person } from '../../../../../shared/domain/item';
import { itemLock } from '../../../../../shared/domain/item-workflow';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { TextField } from '../../../ui/field';
import { AppealPublicityFields } from './appeal-publicity-fields';
import { AttachmentsField } from './attachments-field';
import { DraftRichText } from './draft-rich-text';
import { HeadingFields } from './heading-fields';
import { PointsEditor } from './points-editor';
import { PreparersField } from './preparers-field';
import { RecipientsField } from './recipients-field';

export type Change = (patch: Partial<ItemDraft>, key: string | null) => void;

interface Props {
  draft: ItemDraft;
  /** Pass only the fields that change: the draft holds rich texts newer than this render's. */
  change: Change;
  people: Person[];
  status: ItemStatus;
  onCopyProposal: () => void;
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

function lockNoteKey(status: ItemStatus): string | null {
  const lock = itemLock(status);
  if (lock === 'record') return 'editor.status.recordNote';
  if (lock === 'none') return null;
  return status === 'kasitelty' ? 'editor.status.handledNote' : 'editor.status.frozenNote';
}

export function ItemForm({ draft, change, people, status, onCopyProposal, busy, issueFor, setLocalIssue, generation }: Props) {
  const { t } = useTranslation();
  const frozen = itemLock(status) !== 'none';
  const locked = itemLock(status) === 'record';
  const note = lockNoteKey(status);
  const backgroundLabel = useId();
  const set = <K extends keyof ItemDraft>(key: K, value: ItemDraft[K], undoKey: string = key) => { change({ [key]: value }, undoKey); };

  return (
    <form className="item-form" aria-label={t('editor.screen.formLabel')} onSubmit={(event) => { event.preventDefault(); }}>
      {note ? <p className="frozen-note" role="note">{t(note)}</p> : null}
      <fieldset className="plain-fieldset" disabled={locked}>
      <HeadingFields draft={draft} change={change} frozen={frozen} titleError={draft.title.trim() === '' ? t('validation.item.titleRequired') : undefined} issueFor={issueFor} setLocalIssue={setLocalIssue} />
      <fieldset className="plain-fieldset" disabled={frozen}>
        <PreparersField people={people} value={draft.preparerIds} onChange={(ids) => { set('preparerIds', ids); }} />
        <IssueNote message={issueFor('preparerIds')} />
        <section className="editor-section">
          <h2 className="editor-section__title" id={backgroundLabel}>{t('editor.richText.label')}</h2>
          <DraftRichText key={generation} field="background" readOnly={frozen} labelId={backgroundLabel} />
          <IssueNote message={issueFor('background')} />
        </section>
        <AttachmentsField legend={t('editor.attachments.attachmentsLegend')} name="attachments" value={draft.attachments} onChange={(next, key) => { set('attachments', next, key); }} />
        <IssueNote message={issueFor('attachments')} />
        <AttachmentsField legend={t('editor.attachments.supplementaryLegend')} name="supplementary" value={draft.supplementary} onChange={(next, key) => { set('supplementary', next, key); }} />
        <IssueNote message={issueFor('supplementary')} />
        <section className="editor-section">
          <h2 className="editor-section__title">{t('items.parts.proposal')}</h2>
          <div className="field-row">
            <TextField label={t('items.parts.presenterTitle')} name="presenterTitle" value={draft.presenterTitle} error={issueFor('presenterTitle')} onChange={(v) => { set('presenterTitle', v); }} />
            <TextField label={t('items.parts.presenterName')} name="presenterName" value={draft.presenterName} error={issueFor('presenterName')} onChange={(v) => { set('presenterName', v); }} />
          </div>
          <PointsEditor label={t('items.parts.proposal')} name="proposal" value={draft.proposal} readOnly={frozen} onChange={(next, key) => { set('proposal', next, key); }} />
          <IssueNote message={issueFor('proposal')} />
        </section>
      </fieldset>
      <section className="editor-section">
        <h2 className="editor-section__title">{t('items.parts.decision')}</h2>
        <IssueNote message={issueFor('decision')} />
        {draft.decision ? (
          <>
            <PointsEditor label={t('items.parts.decision')} name="decision" value={draft.decision} readOnly={locked} onChange={(next, key) => { set('decision', next, key); }} />
            {/* A handled item keeps its decision (the service refuses removing it); its text stays editable. */}
            {status === 'kasitelty' ? null : <button type="button" className="button button--quiet" onClick={() => { set('decision', null); }}>{t('editor.decision.clear')}</button>}
          </>
        ) : (
          <>
            <p className="muted">{t('editor.decision.empty')}</p>
            <div className="button-row">
              <button type="button" className="button button--primary" disabled={busy} onClick={onCopyProposal}>{t('items.actions.copyProposalToDecision')}</button>
              <button type="button" className="button" onClick={() => { set('decision', { opening: t('items.defaults.decisionOpening'), openingSv: '', points: [] }); }}>{t('editor.decision.createEmpty')}</button>
            </div>
          </>
        )}
      </section>
      <RecipientsField label={t('items.parts.forInformation')} name="forInformation" value={draft.forInformation} onChange={(next, key) => { set('forInformation', next, key); }} />
      <IssueNote message={issueFor('forInformation')} />
      <RecipientsField label={t('items.parts.implementation')} name="implementation" value={draft.implementation} onChange={(next, key) => { set('implementation', next, key); }} />
      <IssueNote message={issueFor('implementation')} />
      <AppealPublicityFields draft={draft} change={change} issueFor={issueFor} />
      </fieldset>
    </form>
  );
}
