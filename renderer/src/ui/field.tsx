// Labelled form controls. Every control has a visible label; an error sits right under the
// field and is tied to it with aria-describedby so a screen reader reads it with the field.
import { useId } from 'react';
import type { ReactNode } from 'react';

interface FieldFrameProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  className?: string;
  children: (ids: { inputId: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

export function FieldFrame({ label, hint, error, className, children }: FieldFrameProps) {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${error ? 'field--invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={inputId} className="field__label">
        {label}
      </label>
      {children({ inputId, describedBy, invalid: Boolean(error) })}
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="field__error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  multiline?: boolean;
  className?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
  autoFocus?: boolean;
  /** A limit the service would refuse beyond, where a refusal has no form to show it in (a search). */
  maxLength?: number;
}

export function TextField({ label, name, value, onChange, hint, error, multiline, className, inputMode, autoFocus, maxLength }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {({ inputId, describedBy, invalid }) =>
        multiline ? (
          <textarea id={inputId} name={name} value={value} rows={4} autoFocus={autoFocus} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => { onChange(event.target.value); }} />
        ) : (
          <input
            id={inputId}
            name={name}
            type="text"
            value={value}
            inputMode={inputMode}
            maxLength={maxLength}
            // Focus the first field when a form opens; the dialog already moved focus inside.
            autoFocus={autoFocus}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(event) => { onChange(event.target.value); }}
          />
        )
      }
    </FieldFrame>
  );
}

interface SelectFieldProps<V extends string> {
  label: string;
  name: string;
  value: V;
  options: readonly V[];
  optionLabel: (value: V) => string;
  onChange: (value: V) => void;
  error?: string | undefined;
}

export function SelectField<V extends string>({ label, name, value, options, optionLabel, onChange, error }: SelectFieldProps<V>) {
  return (
    <FieldFrame label={label} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <select
          id={inputId}
          name={name}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => {
            const next = options.find((option) => option === event.target.value);
            if (next !== undefined) onChange(next);
          }}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
