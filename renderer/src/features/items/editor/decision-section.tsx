// The decision, recorded at the meeting: empty until then, with three ways to start it (the
// proposal copied with "päättää" → "päätti", the one-line "Hyväksyttiin päätösehdotuksen
// mukaisesti.", or a blank decision); then written like the proposal, as rich text.
import { useId } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemStatus } from '../../../../../shared/domain/item';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { emptyDecision } from '../../../../../shared/domain/resolution';
import type { RichDoc } from '../../../../../shared/domain/rich-text';
import { RichTextEditor } from '../rich-text/rich-text-editor';

interface Props {
  draft: ItemDraft;
  status: ItemStatus;
  setDecision: (decision: RichDoc | null) => void;
  onDecision: (doc: RichDoc) => void;
  commitRef: RefObject<(() => void) | null>;
  locked: boolean;
  busy: boolean;
  onCopyProposal: () => void;
  onDecideAsProposed: () => void;
}

export function DecisionSection({ draft, status, setDecision, onDecision, commitRef, locked, busy, onCopyProposal, onDecideAsProposed }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <section className="editor-section">
      <h2 className="editor-section__title" id={labelId}>{t('items.parts.decision')}</h2>
      {draft.decision ? (
        <>
          <RichTextEditor value={draft.decision} onChange={onDecision} commitRef={commitRef} readOnly={locked} labelId={labelId} compact name={t('items.parts.decision')} field="decision" />
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
