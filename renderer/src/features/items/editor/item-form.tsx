// Every part of an agenda item in document order (domain.md, "An agenda item"). The approved
// proposal's parts sit in a disabled fieldset with the reason shown above them; once the minutes
// are checked the whole form is disabled (item-workflow.ts itemLock).
import { useId, useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppealText } from '../../../../../shared/domain/appeal';
import type { ItemStatus, Person } from '../../../../../shared/domain/item';
import { itemLock } from '../../../../../shared/domain/item-workflow';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import type { RichDoc } from '../../../../../shared/domain/rich-text';
import { RichTextEditor } from '../rich-text/rich-text-editor';
import { AppealField } from './appeal-field';
import { AttachmentsField } from './attachments-field';
import { DecisionSection } from './decision-section';
import { HeadingFields } from './heading-fields';
import type { RichField } from './item-draft';
import { PreparersField } from './preparers-field';
import { ProposalSection } from './proposal-section';
import { PublicityFields } from './publicity-fields';
import { RecipientsField } from './recipients-field';
import { YearCheckNote } from './year-check-note';

interface Props {
  draft: ItemDraft;
  change: (next: ItemDraft, key: string | null, record?: boolean | RichField) => void;
  people: Person[];
  appealTexts: readonly AppealText[];
  status: ItemStatus;
  /** Set here to a function that hands every rich-text editor's latest text to the draft. */
  commitRef: RefObject<(() => void) | null>;
  onCopyProposal: () => void;
  onDecideAsProposed: () => void;
  busy: boolean;
}

function lockNoteKey(status: ItemStatus): string | null {
  const lock = itemLock(status);
  if (lock === 'record') return 'editor.status.recordNote';
  if (lock === 'none') return null;
  return status === 'kasitelty' ? 'editor.status.handledNote' : 'editor.status.frozenNote';
}

type Commit = RefObject<(() => void) | null>;

/** One commit per rich-text editor, run together: a save must carry what each of them holds. */
function useRichCommits(commitRef: Commit): Record<RichField, Commit> {
  const background = useRef<(() => void) | null>(null);
  const proposal = useRef<(() => void) | null>(null);
  const decision = useRef<(() => void) | null>(null);
  const appeal = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    commitRef.current = () => {
      for (const ref of [background, proposal, decision, appeal]) ref.current?.();
    };
  }, [commitRef]);
  return { background, proposal, decision, appeal };
}

export function ItemForm({ draft, change, people, appealTexts, status, commitRef, onCopyProposal, onDecideAsProposed, busy }: Props) {
  const { t } = useTranslation();
  const frozen = itemLock(status) !== 'none';
  const locked = itemLock(status) === 'record';
  const note = lockNoteKey(status);
  const backgroundLabel = useId();
  const commits = useRichCommits(commitRef);
  const set = <K extends keyof ItemDraft>(key: K, value: ItemDraft[K], undoKey: string = key) => { change({ ...draft, [key]: value }, undoKey); };
  // Rich texts keep their own undo inside their editor; the form only takes their latest text.
  const onBackground = (doc: RichDoc) => { change({ ...draft, background: doc }, null, 'background'); };
  const onProposal = (doc: RichDoc) => { change({ ...draft, proposal: doc }, null, 'proposal'); };
  const onDecision = (doc: RichDoc) => { change({ ...draft, decision: doc }, null, 'decision'); };
  const onAppealText = (doc: RichDoc) => { change({ ...draft, appeal: { ...draft.appeal, text: doc } }, null, 'appeal'); };

  return (
    <form className="item-form" aria-label={t('editor.screen.formLabel')} onSubmit={(event) => { event.preventDefault(); }}>
      {note ? <p className="frozen-note" role="note">{t(note)}</p> : null}
      <YearCheckNote draft={draft} disabled={frozen} onChecked={() => { set('yearToCheck', null); }} />
      <fieldset className="plain-fieldset" disabled={locked}>
      <HeadingFields draft={draft} change={change} frozen={frozen} titleError={draft.title.trim() === '' ? t('validation.item.titleRequired') : undefined} />
      <fieldset className="plain-fieldset" disabled={frozen}>
        <PreparersField people={people} value={draft.preparerIds} onChange={(ids) => { set('preparerIds', ids); }} />
        <section className="editor-section">
          <h2 className="editor-section__title" id={backgroundLabel}>{t('editor.richText.label')}</h2>
          <RichTextEditor value={draft.background} onChange={onBackground} commitRef={commits.background} readOnly={frozen} labelId={backgroundLabel} field="background" />
        </section>
        <AttachmentsField legend={t('editor.attachments.attachmentsLegend')} name="attachments" value={draft.attachments} onChange={(next, key) => { set('attachments', next, key); }} />
        <AttachmentsField legend={t('editor.attachments.supplementaryLegend')} name="supplementary" value={draft.supplementary} onChange={(next, key) => { set('supplementary', next, key); }} />
        <ProposalSection draft={draft} set={set} onProposal={onProposal} commitRef={commits.proposal} frozen={frozen} />
      </fieldset>
      <DecisionSection
        draft={draft}
        status={status}
        setDecision={(decision) => { set('decision', decision); }}
        onDecision={onDecision}
        commitRef={commits.decision}
        locked={locked}
        busy={busy}
        onCopyProposal={onCopyProposal}
        onDecideAsProposed={onDecideAsProposed}
      />
      <RecipientsField label={t('items.parts.forInformation')} name="forInformation" value={draft.forInformation} onChange={(next, key) => { set('forInformation', next, key); }} />
      <RecipientsField label={t('items.parts.implementation')} name="implementation" value={draft.implementation} onChange={(next, key) => { set('implementation', next, key); }} />
      <AppealField draft={draft} appealTexts={appealTexts} change={change} onText={onAppealText} commitRef={commits.appeal} locked={locked} />
      <PublicityFields draft={draft} change={change} />
      </fieldset>
    </form>
  );
}
