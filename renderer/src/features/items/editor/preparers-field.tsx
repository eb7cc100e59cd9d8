// Preparers are picked from the people list kept in settings (name, title, phone, e-mail).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/domain/item';

interface Props {
  people: Person[];
  value: string[];
  onChange: (ids: string[]) => void;
}

export function PreparersField({ people, value, onChange }: Props) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState('');
  const available = people.filter((person) => !value.includes(person.id));
  const nameOf = (id: string) => people.find((person) => person.id === id);
  return (
    <fieldset className="editor-section">
      <legend className="editor-section__title">{t('editor.preparers.legend')}</legend>
      {value.length === 0 ? <p className="muted">{t('editor.preparers.none')}</p> : null}
      <ul className="chip-list">
        {value.map((id) => {
          const person = nameOf(id);
          const name = person?.name ?? t('editor.preparers.unknown');
          return (
            <li key={id} className="chip-list__item">
              <span>
                {name}
                {person?.title ? `, ${person.title}` : ''}
                {person?.phone ? `, ${person.phone}` : ''}
                {person?.email ? `, ${person.email}` : ''}
              </span>
              <button type="button" className="button button--icon" aria-label={t('editor.preparers.remove', { name })} onClick={() => { onChange(value.filter((v) => v !== id)); }}>✕</button>
            </li>
          );
        })}
      </ul>
      {people.length === 0 ? (
        <p className="muted">{t('editor.preparers.noPeople')} <a href="#/settings">{t('editor.settings.heading')}</a></p>
      ) : (
        <div className="inline-form">
          <label className="field">
            <span className="field__label">{t('editor.preparers.choose')}</span>
            <select value={choice} onChange={(event) => { setChoice(event.target.value); }}>
              <option value="">–</option>
              {available.map((person) => (
                <option key={person.id} value={person.id}>{person.title ? `${person.name}, ${person.title}` : person.name}</option>
              ))}
            </select>
          </label>
          <button type="button" className="button" disabled={choice === ''} onClick={() => { onChange([...value, choice]); setChoice(''); }}>
            {t('editor.preparers.add')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
