// The decision proposal: the presenter (title and name, printed as the body's practice has it)
// and the proposal's text as boards write it: one sentence, an opening and numbered points,
// paragraphs with a bullet list, a small table.
import { useId } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import type { RichDoc } from '../../../../../shared/domain/rich-text';
import { TextField } from '../../../ui/field';
import { RichTextEditor } from '../rich-text/rich-text-editor';

interface Props {
  draft: ItemDraft;
  set: <K extends keyof ItemDraft>(key: K, value: ItemDraft[K]) => void;
  onProposal: (doc: RichDoc) => void;
  commitRef: RefObject<(() => void) | null>;
  frozen: boolean;
}

export function ProposalSection({ draft, set, onProposal, commitRef, frozen }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <section className="editor-section">
      <h2 className="editor-section__title" id={labelId}>{t('items.parts.proposal')}</h2>
      <div className="field-row">
        <TextField label={t('items.parts.presenterTitle')} name="presenterTitle" value={draft.presenterTitle} onChange={(v) => { set('presenterTitle', v); }} />
        <TextField label={t('items.parts.presenterName')} name="presenterName" value={draft.presenterName} onChange={(v) => { set('presenterName', v); }} />
      </div>
      <p className="field__hint">{t('editor.resolution.hint')}</p>
      <RichTextEditor value={draft.proposal} onChange={onProposal} commitRef={commitRef} readOnly={frozen} labelId={labelId} compact name={t('items.parts.proposal')} field="proposal" />
    </section>
  );
}
