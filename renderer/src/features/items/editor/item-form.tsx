// Every part of an agenda item in document order (domain.md, "An agenda item"). The approved
// proposal's parts sit in a disabled fieldset with the reason shown above them; once the minutes
// are checked the whole form is disabled (item-workflow.ts itemLock).
import { useId } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemStatus, Person } from '../../../../../shared/domain/item';
import { itemLock } from '../../../../../shared/domain/item-workflow';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import type { RichDoc } from '../../../../../shared/domain/rich-text';
import { TextField } from '../../../ui/field';
import { RichTextEditor } from '../rich-text/rich-text-editor';
import { AppealPublicityFields } from './appeal-publicity-fields';
import { AttachmentsField } from './attachments-field';
import { HeadingFields } from './heading-fields';
import { PointsEditor } from './points-editor';
import { PreparersField } from './preparers-field';
import { RecipientsField } from './recipients-field';

interface Props {
  draft: ItemDraft;
  change: (next: ItemDraft, key: string | null, record?: boolean) => void;
  people: Person[];
  status: ItemStatus;
  commitRef: RefObject<(() => void) | null>;
  onCopyProposal: () => void;
  busy: boolean;
}

function lockNoteKey(status: ItemStatus): string | null {
  const lock = itemLock(status);
  if (lock === 'record') return 'editor.status.recordNote';
  if (lock === 'none') return null;
  return status === 'kasitelty' ? 'editor.status.handledNote' : 'editor.status.frozenNote';
}

export function ItemForm({ draft, change, people, status, commitRef, onCopyProposal, busy }: Props) {
  const { t } = useTranslation();
  const frozen = itemLock(status) !== 'none';
  const locked = itemLock(status) === 'record';
  const note = lockNoteKey(status);
  const backgroundLabel = useId();
  const set = <K extends keyof ItemDraft>(key: K, value: ItemDraft[K], undoKey: string = key) => { change({ ...draft, [key]: value }, undoKey); };
  const onBackground = (doc: RichDoc) => { change({ ...draft, background: doc }, null, false); };

  return (
    <form className="item-form" aria-label={t('editor.screen.formLabel')} onSubmit={(event) => { event.preventDefault(); }}>
      {note ? <p className="frozen-note" role="note">{t(note)}</p> : null}
      <fieldset className="plain-fieldset" disabled={locked}>
      <HeadingFields draft={draft} change={change} frozen={frozen} titleError={draft.title.trim() === '' ? t('validation.item.titleRequired') : undefined} />
      <fieldset className="plain-fieldset" disabled={frozen}>
        <PreparersField people={people} value={draft.preparerIds} onChange={(ids) => { set('preparerIds', ids); }} />
        <section className="editor-section">
          <h2 className="editor-section__title" id={backgroundLabel}>{t('editor.richText.label')}</h2>
          <RichTextEditor value={draft.background} onChange={onBackground} commitRef={commitRef} readOnly={frozen} labelId={backgroundLabel} />
        </section>
        <AttachmentsField legend={t('editor.attachments.attachmentsLegend')} name="attachments" value={draft.attachments} onChange={(next, key) => { set('attachments', next, key); }} />
        <AttachmentsField legend={t('editor.attachments.supplementaryLegend')} name="supplementary" value={draft.supplementary} onChange={(next, key) => { set('supplementary', next, key); }} />
        <section className="editor-section">
          <h2 className="editor-section__title">{t('items.parts.proposal')}</h2>
          <div className="field-row">
            <TextField label={t('items.parts.presenterTitle')} name="presenterTitle" value={draft.presenterTitle} onChange={(v) => { set('presenterTitle', v); }} />
            <TextField label={t('items.parts.presenterName')} name="presenterName" value={draft.presenterName} onChange={(v) => { set('presenterName', v); }} />
          </div>
          <PointsEditor label={t('items.parts.proposal')} name="proposal" value={draft.proposal} readOnly={frozen} onChange={(next, key) => { set('proposal', next, key); }} />
        </section>
      </fieldset>
      <section className="editor-section">
        <h2 className="editor-section__title">{t('items.parts.decision')}</h2>
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
      <RecipientsField label={t('items.parts.implementation')} name="implementation" value={draft.implementation} onChange={(next, key) => { set('implementation', next, key); }} />
      <AppealPublicityFields draft={draft} change={change} />
      </fieldset>
    </form>
  );
}
