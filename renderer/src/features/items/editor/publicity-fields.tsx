// Publicity: public, or confidential in whole or part with its legal basis written out.
import { useTranslation } from 'react-i18next';
import type { Publicity } from '../../../../../shared/domain/item';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { TextField } from '../../../ui/field';

interface Props {
  draft: ItemDraft;
  change: (patch: Partial<ItemDraft>, key: string) => void;
  issueFor: (path: string) => string | undefined;
}

export function PublicityFields({ draft, change, issueFor }: Props) {
  const { t } = useTranslation();
  const publicity = draft.publicity;
  const setPublicity = (next: Publicity) => { change({ publicity: next }, 'publicity'); };
  const missingBasis = publicity.kind === 'confidential' && publicity.legalBasis.trim() === '';
  return (
      <fieldset className="editor-section">
        <legend className="editor-section__title">{t('editor.publicity.legend')}</legend>
        <label className="radio">
          <input type="radio" name="publicity" checked={publicity.kind === 'public'} onChange={() => { setPublicity({ kind: 'public' }); }} />
          {t('items.publicity.public')}
        </label>
        <label className="radio">
          <input type="radio" name="publicity" checked={publicity.kind === 'confidential'} onChange={() => { setPublicity({ kind: 'confidential', scope: 'part', legalBasis: '' }); }} />
          {t('items.publicity.confidential')}
        </label>
        {publicity.kind === 'confidential' ? (
          <div className="field-row">
            <label className="field">
              <span className="field__label">{t('editor.publicity.scope')}</span>
              <select value={publicity.scope} onChange={(event) => { setPublicity({ ...publicity, scope: event.target.value === 'whole' ? 'whole' : 'part' }); }}>
                <option value="whole">{t('items.publicity.scopeWhole')}</option>
                <option value="part">{t('items.publicity.scopePart')}</option>
              </select>
            </label>
            <TextField
              label={t('items.publicity.legalBasis')}
              name="legalBasis"
              value={publicity.legalBasis}
              hint={t('items.publicity.legalBasisExample')}
              error={missingBasis ? t('validation.item.legalBasisRequired') : issueFor('publicity')}
              onChange={(legalBasis) => { setPublicity({ ...publicity, legalBasis }); }}
            />
          </div>
        ) : null}
      </fieldset>
  );
}
