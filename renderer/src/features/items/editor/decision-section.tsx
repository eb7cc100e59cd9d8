// The decision, recorded at the meeting: empty until then, with three ways to start it (the
// one-line "Hyväksyttiin päätösehdotuksen mukaisesti.", the proposal copied with "päättää" →
// "päätti", or a blank decision); then written like the proposal, as rich text.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemStatus } from '../../../../../shared/domain/item';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { emptyDecision } from '../../../../../shared/domain/resolution';
import type { RichDoc } from '../../../../../shared/domain/rich-text';
import { DraftRichText } from './draft-rich-text';

interface Props {
  draft: ItemDraft;
  status: ItemStatus;
  setDecision: (decision: RichDoc | null) => void;
  locked: boolean;
  busy: boolean;
  onCopyProposal: () => void;
  onDecideAsProposed: () => void;
  issueFor: (path: string) => string | undefined;
  generation: number;
}

export function DecisionSection({ draft, status, setDecision, locked, busy, onCopyProposal, onDecideAsProposed, issueFor, generation }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  const problem = issueFor('decision');
  return (
    <section className="editor-section">
      <h2 className="editor-section__title" id={labelId}>{t('items.parts.decision')}</h2>
      {problem ? <p className="field__error issue-note">{problem}</p> : null}
      {draft.decision ? (
        <>
          <DraftRichText key={generation} field="decision" readOnly={locked} labelId={labelId} compact name={t('items.parts.decision')} />
          {/* A handled item keeps its decision (the service refuses removing it); its text stays editable. */}
          {status === 'kasitelty' || locked ? null : (
            <button type="button" className="button button--quiet" onClick={() => { setDecision(null); }}>{t('editor.decision.clear')}</button>
          )}
        </>
      ) : (
        <>
          <p className="muted">{t('editor.decision.empty')}</p>
          <div className="button-row">
            <button type="button" className="button button--primary" disabled={busy} onClick={onDecideAsProposed}>{t('items.actions.decideAsProposed')}</button>
            <button type="button" className="button" disabled={busy} onClick={onCopyProposal}>{t('items.actions.copyProposalToDecision')}</button>
            <button type="button" className="button" onClick={() => { setDecision(emptyDecision()); }}>{t('editor.decision.createEmpty')}</button>
          </div>
        </>
      )}
    </section>
  );
}
