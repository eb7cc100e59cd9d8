// One part of a §'s handling record (disqualifications, counter-proposals, …): its heading, the
// service's refusal of that part said beside it, its rows, and the button that adds a row. A
// row added takes the keyboard at its first control; a row removed gives it back to "Lisää".
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';

interface PartFrameProps {
  heading: string;
  /** The Finnish messages of the service's refusal of this part. */
  issues: readonly string[];
  addLabel?: string;
  onAdd?: () => void;
  disabled: boolean;
  /** The row to focus after this render (its data-row), or 'add' for the add button. */
  focusTarget: string | null;
  onFocused: () => void;
  children: ReactNode;
  testId: string;
}

export function PartFrame({ heading, issues, addLabel, onAdd, disabled, focusTarget, onFocused, children, testId }: PartFrameProps) {
  const headingId = useId();
  const box = useRef<HTMLElement>(null);
  const add = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusTarget === null) return;
    const target = focusTarget === 'add' ? add.current : box.current?.querySelector<HTMLElement>(`[data-row="${CSS.escape(focusTarget)}"] :is(select, input, textarea, button)`);
    target?.focus();
    onFocused();
  }, [focusTarget, onFocused]);
  return (
    <section ref={box} className="session-part" aria-labelledby={headingId} data-testid={testId}>
      <h3 id={headingId} className="session-part__title">{heading}</h3>
      {issues.length > 0 ? (
        <ul className="field__error session-part__issues" role="alert">
          {issues.map((issue) => <li key={issue}>{issue}</li>)}
        </ul>
      ) : null}
      {children}
      {onAdd && addLabel ? (
        <button ref={add} type="button" className="button button--small session-add" disabled={disabled} onClick={onAdd}>{addLabel}</button>
      ) : null}
    </section>
  );
}

/** A select of attendees by their recorded names; '' is nobody. */
export function AttendeeSelect({ label, value, options, onChange, disabled, emptyLabel }: {
  label: string;
  value: string;
  options: readonly { id: string; name: string }[];
  onChange: (id: string) => void;
  disabled: boolean;
  emptyLabel?: string;
}) {
  const id = useId();
  // A choice made earlier stays visible even when its person is no longer among the options.
  const missing = value !== '' && !options.some((option) => option.id === value);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(event) => { onChange(event.target.value); }}>
        {emptyLabel !== undefined || value === '' ? <option value="">{emptyLabel ?? ''}</option> : null}
        {missing ? <option value={value}>{value}</option> : null}
        {options.map((option) => <option key={option.id} value={option.id}>{option.name}</option>)}
      </select>
    </div>
  );
}

/** A short text box saved after a pause and when left. */
export function SessionTextField({ label, value, onChange, onCommit, disabled, multiline = false, invalid = false, className }: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onCommit: () => void;
  disabled: boolean;
  multiline?: boolean;
  invalid?: boolean;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field__label" htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} value={value} rows={3} disabled={disabled} aria-invalid={invalid || undefined} onChange={(event) => { onChange(event.target.value); }} onBlur={onCommit} />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          onChange={(event) => { onChange(event.target.value); }}
          onBlur={onCommit}
          onKeyDown={(event) => { if (event.key === 'Enter') onCommit(); }}
        />
      )}
    </div>
  );
}

/** Where the keyboard goes after the next render of a part: a row (by id), 'add', or nowhere. */
export function useFocusTarget() {
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const focused = useCallback(() => { setFocusTarget(null); }, []);
  return { focusTarget, setFocusTarget, focused };
}
