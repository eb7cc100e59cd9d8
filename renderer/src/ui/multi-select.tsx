// A multi-select filter as a disclosure of checkboxes: <details>/<summary> gives the keyboard
// and screen-reader behaviour for free, and checkboxes need no custom ARIA.
import { useTranslation } from 'react-i18next';

interface MultiSelectProps<V extends string> {
  label: string;
  options: readonly V[];
  selected: readonly V[];
  optionLabel: (value: V) => string;
  onChange: (selected: V[]) => void;
}

export function MultiSelect<V extends string>({ label, options, selected, optionLabel, onChange }: MultiSelectProps<V>) {
  const { t } = useTranslation();
  const summary = selected.length === 0 ? t('ui.filters.all') : selected.length === 1 ? optionLabel(selected[0] as V) : t('ui.filters.selected', { count: selected.length });
  return (
    <details
      className="multi-select"
      onKeyDown={(event) => {
        // Escape closes the open list and returns to its summary, as in a native select.
        if (event.key !== 'Escape' || !event.currentTarget.open) return;
        event.currentTarget.open = false;
        event.currentTarget.querySelector('summary')?.focus();
      }}
    >
      <summary className="multi-select__summary">
        <span className="multi-select__label">{label}</span>
        <span className="multi-select__value">{summary}</span>
      </summary>
      <fieldset className="multi-select__panel">
        <legend className="visually-hidden">{label}</legend>
        {options.map((option) => (
          <label key={option} className="multi-select__option">
            <input
              type="checkbox"
              checked={selected.includes(option)}
              onChange={(event) => {
                onChange(event.target.checked ? [...selected, option] : selected.filter((value) => value !== option));
              }}
            />
            {optionLabel(option)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
