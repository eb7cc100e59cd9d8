import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface PartnersFieldProps {
  label: string;
  partners: string[];
  onChange: (partners: string[]) => void;
  error?: string | undefined;
  /** Which partner the error is about, counted among the non-blank ones (as saved); without it, the list as a whole. */
  invalidAt?: number | undefined;
}

/** Where the invalidAt-th non-blank partner is in the list as typed (blank entries are not saved). */
function typedIndex(partners: readonly string[], invalidAt: number): number {
  let seen = -1;
  return partners.findIndex((partner) => {
    if (partner.trim() !== '') seen += 1;
    return seen === invalidAt && partner.trim() !== '';
  });
}

/** Partner organisations as a list of text fields with add and remove buttons. */
export function PartnersField({ label, partners, onChange, error, invalidAt }: PartnersFieldProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const errorId = useId();
  // The partner with the problem is marked (so focus can go to it); a problem of the whole list marks them all.
  const problemAt = error === undefined || invalidAt === undefined ? -1 : typedIndex(partners, invalidAt);
  const isInvalid = (index: number) => error !== undefined && (problemAt === -1 || problemAt === index);
  const focusInput = (index: number) => {
    // After React renders the new list: focus follows the change so keyboard users keep their place.
    window.requestAnimationFrame(() => {
      const inputs = listRef.current?.querySelectorAll('input');
      const target = inputs?.[Math.min(index, inputs.length - 1)];
      target?.focus();
    });
  };
  return (
    <fieldset className="partners">
      <legend className="field__label">{label}</legend>
      {partners.length === 0 ? <p className="field__hint">{t('ui.form.noPartners')}</p> : null}
      <ol className="partners__list" ref={listRef}>
        {partners.map((partner, index) => (
          // Index keys: entries have no identity of their own and are edited in place.
          <li key={index} className="partners__item">
            <input
              type="text"
              aria-label={t('ui.form.partnerName', { index: index + 1 })}
              aria-invalid={isInvalid(index) || undefined}
              aria-describedby={isInvalid(index) ? errorId : undefined}
              value={partner}
              onChange={(event) => { onChange(partners.map((value, at) => (at === index ? event.target.value : value))); }}
            />
            <button
              type="button"
              className="button button--small"
              aria-label={t('ui.actions.removePartner', { name: partner || index + 1 })}
              onClick={() => {
                onChange(partners.filter((_, at) => at !== index));
                focusInput(index);
              }}
            >
              {t('ui.actions.delete')}
            </button>
          </li>
        ))}
      </ol>
      {error ? <span id={errorId} className="field__error">{error}</span> : null}
      <button type="button" className="button button--small" onClick={() => { onChange([...partners, '']); focusInput(partners.length); }}>
        {t('ui.actions.addPartner')}
      </button>
    </fieldset>
  );
}
