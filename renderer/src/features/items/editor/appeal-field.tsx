// Muutoksenhaku: the body's standard texts (kept in settings) to pick from, or the item's own
// text. Picking copies the standard text into the item, so minutes already written never change
// when the standard is edited later; a copy that differs from today's standard says so and can
// take it again. Blanks left in a text ("[täydennä: …]") are pointed out: they cannot be printed.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { appealBlankPattern } from '../../../../../shared/domain/appeal';
import type { AppealText } from '../../../../../shared/domain/appeal';
import { sameRichText } from '../../../../../shared/domain/draft-changes';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { richToPlainText } from '../../../../../shared/domain/rich-text';
import { DraftRichText } from './draft-rich-text';

interface Props {
  draft: ItemDraft;
  appealTexts: readonly AppealText[];
  change: (patch: Partial<ItemDraft>, key: string) => void;
  locked: boolean;
  issueFor: (path: string) => string | undefined;
  generation: number;
}

const ownText = '';

export function AppealField({ draft, appealTexts, change, locked, issueFor, generation }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  const selectId = useId();
  const { appeal } = draft;
  const standard = appealTexts.find((text) => text.id === appeal.textId);
  const choose = (id: string) => {
    const chosen = appealTexts.find((text) => text.id === id);
    change({ appeal: chosen ? { textId: chosen.id, text: chosen.text } : { textId: null, text: appeal.text } }, 'appeal');
  };
  const hasBlanks = appealBlankPattern.test(richToPlainText(appeal.text));
  return (
    <section className="editor-section">
      <h2 className="editor-section__title" id={labelId}>{t('items.parts.appeal')}</h2>
      <div className="field">
        <label className="field__label" htmlFor={selectId}>{t('editor.appeal.choose')}</label>
        <select id={selectId} name="appealText" value={appeal.textId ?? ownText} disabled={locked} onChange={(event) => { choose(event.target.value); }}>
          {appealTexts.map((text) => (
            <option key={text.id} value={text.id}>{text.name}</option>
          ))}
          {appeal.textId !== null && !standard ? <option value={appeal.textId}>{t('editor.appeal.removedStandard')}</option> : null}
          <option value={ownText}>{t('editor.appeal.own')}</option>
        </select>
      </div>
      {standard && !sameRichText(standard.text, appeal.text) ? (
        <p className="field__hint" data-testid="appeal-differs">
          {t('editor.appeal.differs')}{' '}
          <button type="button" className="button button--quiet" disabled={locked} onClick={() => { choose(standard.id); }}>{t('editor.appeal.restoreStandard')}</button>
        </p>
      ) : null}
      {hasBlanks ? (
        <p className="field__error" role="note">
          {t('editor.appeal.blanks')} <a href="#/settings">{t('editor.appeal.editStandards')}</a>
        </p>
      ) : null}
      {issueFor('appeal') ? <p className="field__error issue-note">{issueFor('appeal')}</p> : null}
      <DraftRichText key={generation} field="appealText" readOnly={locked} labelId={labelId} compact name={t('items.parts.appeal')} />
    </section>
  );
}
