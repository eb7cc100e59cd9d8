// "Tallennettu" / "Tallennetaan…" / "Ei tallennettu: <why>", always visible, in a status region.
// "Tallennettu" is shown only when the stored item says what the form shows: a field whose text
// the draft cannot take (a date that is not one) keeps the status at "Ei tallennettu".
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../../../shared/ipc/define';
import type { SaveState } from './draft-saver';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface StatusText {
  kind: 'saved' | 'saving' | 'new' | 'error';
  text: string;
}

export function saveStatusText(state: SaveState, localIssues: readonly FieldIssue[], t: Translate): StatusText {
  if (state.kind === 'error') {
    const { error } = state;
    if (error.code === 'CONFLICT') return { kind: 'error', text: t('editor.save.conflict') };
    const field = error.fields?.[0];
    const message = field ? t(field.message) : t(`error.${error.code}`);
    return { kind: 'error', text: t('editor.save.invalid', { message }) };
  }
  const local = localIssues[0];
  if (local) return { kind: 'error', text: t('editor.save.invalid', { message: t(local.message) }) };
  switch (state.kind) {
    case 'saved':
      return { kind: 'saved', text: t('items.save.saved') };
    case 'saving':
      return { kind: 'saving', text: t('items.save.saving') };
    case 'new':
      return { kind: 'new', text: t('editor.save.new') };
  }
}

export function SaveStatus({ state, localIssues, onReload }: { state: SaveState; localIssues: readonly FieldIssue[]; onReload: () => void }) {
  const { t } = useTranslation();
  const status = saveStatusText(state, localIssues, t);
  return (
    <div className={`save-status save-status--${status.kind}`}>
      <span role="status" data-testid="save-status">{status.text}</span>
      {state.kind === 'error' && state.error.code === 'CONFLICT' ? (
        <button type="button" className="button" onClick={onReload}>{t('editor.screen.reload')}</button>
      ) : null}
    </div>
  );
}
