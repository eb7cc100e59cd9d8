// "Tallennettu" / "Tallennetaan…" / the reason a save failed, always visible, in a status region.
import { useTranslation } from 'react-i18next';
import type { SaveState } from './draft-saver';

export function saveErrorText(state: SaveState, t: (key: string, options?: Record<string, unknown>) => string): string | null {
  if (state.kind !== 'error') return null;
  const { error } = state;
  if (error.code === 'CONFLICT') return t('editor.save.conflict');
  const field = error.fields?.[0];
  if (error.code === 'VALIDATION' && field) return t('editor.save.invalid', { message: t(field.message) });
  return `${t('items.save.failed')}: ${t(`error.${error.code}`)}`;
}

export function SaveStatus({ state, onReload }: { state: SaveState; onReload: () => void }) {
  const { t } = useTranslation();
  const error = saveErrorText(state, t);
  return (
    <div className={`save-status save-status--${state.kind}`}>
      <span role="status" data-testid="save-status">
        {state.kind === 'saved' ? t('items.save.saved') : state.kind === 'saving' ? t('items.save.saving') : error}
      </span>
      {state.kind === 'error' && state.error.code === 'CONFLICT' ? (
        <button type="button" className="button" onClick={onReload}>{t('editor.screen.reload')}</button>
      ) : null}
    </div>
  );
}
