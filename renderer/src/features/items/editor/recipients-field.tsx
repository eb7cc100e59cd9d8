// For-information and implementation recipients: a plain list of names ("kaupunginhallitus").
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  name: string;
  value: string[];
  onChange: (next: string[], key: string) => void;
}

export function RecipientsField({ label, name, value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="editor-section">
      <legend className="editor-section__title">{label}</legend>
      {value.length === 0 ? <p className="muted">{t('editor.recipients.none')}</p> : null}
      <ul className="plain-list">
        {value.map((recipient, index) => (
          // Recipients have no ids; position is their identity while the list is edited.
          <li key={index} className="inline-form">
            <label className="field">
              <span className="field__label">{t('editor.recipients.itemLabel', { label, index: index + 1 })}</span>
              <input type="text" name={`${name}-${index}`} value={recipient} onChange={(event) => { onChange(value.map((v, i) => (i === index ? event.target.value : v)), `${name}.${index}`); }} />
            </label>
            <button type="button" className="button button--icon" aria-label={t('editor.recipients.remove', { name: recipient || `${label} ${index + 1}` })} onClick={() => { onChange(value.filter((_, i) => i !== index), `${name}.remove`); }}>✕</button>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => { onChange([...value, ''], `${name}.add`); }}>{t('editor.recipients.add')}</button>
    </fieldset>
  );
}
