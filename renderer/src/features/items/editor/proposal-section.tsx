// The decision proposal: the presenter (title and name, printed as the body's practice has it)
// and the proposal's text as boards write it: one sentence, an opening and numbered points,
// paragraphs with a bullet list, a small table.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { TextField } from '../../../ui/field';
import { DraftRichText } from './draft-rich-text';

interface Props {
  draft: ItemDraft;
  set: <K extends keyof ItemDraft>(key: K, value: ItemDraft[K]) => void;
  frozen: boolean;
  issueFor: (path: string) => string | undefined;
  generation: number;
}

export function ProposalSection({ draft, set, frozen, issueFor, generation }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  const problem = issueFor('proposal');
  return (
    <section className="editor-section">
      <h2 className="editor-section__title" id={labelId}>{t('items.parts.proposal')}</h2>
      <div className="field-row">
        <TextField label={t('items.parts.presenterTitle')} name="presenterTitle" value={draft.presenterTitle} error={issueFor('presenterTitle')} onChange={(v) => { set('presenterTitle', v); }} />
        <TextField label={t('items.parts.presenterName')} name="presenterName" value={draft.presenterName} error={issueFor('presenterName')} onChange={(v) => { set('presenterName', v); }} />
      </div>
      <p className="field__hint">{t('editor.resolution.hint')}</p>
      <DraftRichText key={generation} field="proposal" readOnly={frozen} labelId={labelId} compact name={t('items.parts.proposal')} />
      {problem ? <p className="field__error issue-note">{problem}</p> : null}
    </section>
  );
}
