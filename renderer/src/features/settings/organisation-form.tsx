// Organisation settings: names that appear in every document, and the layout preset. A save
// states the updatedAt the form read; if the settings were saved elsewhere since, the form keeps
// the user's text and offers the stored version or saving over it (ui/conflict-choice.tsx).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { layoutPresets, proposalLabelStyles } from '../../../../shared/domain/settings';
import type { OrganisationSettings } from '../../../../shared/domain/settings';
import type { AppError } from '../../../../shared/ipc/define';
import { ConflictChoice, isStaleWrite } from '../../ui/conflict-choice';
import { ErrorAlert } from '../../ui/error-alert';
import { TextField } from '../../ui/field';
import { useToast } from '../../ui/toast';

type TextKey = Exclude<keyof OrganisationSettings, 'layout' | 'proposalLabel' | 'updatedAt'>;
const textKeys: TextKey[] = ['organisation', 'unit', 'bodyName', 'presenterTitle', 'presenterName'];

export function OrganisationForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const [form, setForm] = useState<OrganisationSettings | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('settings:get', {}).then((envelope) => {
      if (envelope.ok) setForm(envelope.value);
      else setError(envelope.error);
    });
  }, []);

  if (!form) return <ErrorAlert error={error} />;

  /** Saves the form's values over the stored settings of expectedUpdatedAt (the form's own by default). */
  const save = async (expectedUpdatedAt: string) => {
    setConflict(null);
    setBusy(true);
    // The contract keeps only the settings' own fields: the form's updatedAt is not sent as a value.
    const envelope = await call('settings:update', { ...form, expectedUpdatedAt });
    setBusy(false);
    if (envelope.ok) {
      setForm(envelope.value);
      setError(null);
      setFieldErrors({});
      toast.show({ text: t('editor.settings.savedOrganisation') });
      return;
    }
    if (isStaleWrite(envelope.error)) {
      setError(null);
      setConflict(envelope.error);
      return;
    }
    setError(envelope.error);
    setFieldErrors(Object.fromEntries((envelope.error.fields ?? []).map((f) => [f.path, t(f.message)])));
  };

  /** The stored settings now; on a failure the reason is shown instead. */
  const readStored = async (): Promise<OrganisationSettings | null> => {
    setBusy(true);
    const envelope = await call('settings:get', {});
    setBusy(false);
    setConflict(null);
    if (envelope.ok) return envelope.value;
    setError(envelope.error);
    return null;
  };
  const showStored = async () => {
    const stored = await readStored();
    if (!stored) return;
    setForm(stored);
    setFieldErrors({});
  };
  const saveOverStored = async () => {
    const stored = await readStored();
    if (stored) await save(stored.updatedAt);
  };

  return (
    <form className="editor-section" aria-labelledby="organisation-heading" noValidate onSubmit={(event) => { event.preventDefault(); void save(form.updatedAt); }}>
      <h2 id="organisation-heading" className="editor-section__title">{t('editor.settings.organisationHeading')}</h2>
      <div className="field-row">
        {textKeys.map((key) => (
          <TextField key={key} label={t(`items.settings.${key}`)} name={key} value={form[key]} error={fieldErrors[key]} onChange={(value) => { setForm({ ...form, [key]: value }); }} />
        ))}
      </div>
      <fieldset className="scope-form__areas">
        <legend>{t('items.settings.layout')}</legend>
        {layoutPresets.map((preset) => (
          <label key={preset} className="radio">
            <input type="radio" name="layout" value={preset} checked={form.layout === preset} onChange={() => { setForm({ ...form, layout: preset }); }} />
            {t(`items.settings.layouts.${preset}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="scope-form__areas">
        <legend>{t('items.settings.proposalLabel')}</legend>
        {proposalLabelStyles.map((style) => (
          <label key={style} className="radio">
            <input type="radio" name="proposalLabel" value={style} checked={form.proposalLabel === style} onChange={() => { setForm({ ...form, proposalLabel: style }); }} />
            {t(`items.settings.proposalLabels.${style}`)}
          </label>
        ))}
      </fieldset>
      <ErrorAlert error={error} />
      {conflict ? <ConflictChoice error={conflict} busy={busy} onReload={() => { void showStored(); }} onOverwrite={() => { void saveOverStored(); }} /> : null}
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>{t('editor.settings.saveOrganisation')}</button>
      </div>
    </form>
  );
}
