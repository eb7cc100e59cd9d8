// Organisation settings: names that appear in every document, and the layout preset.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { layoutPresets, proposalLabelStyles } from '../../../../shared/domain/settings';
import type { OrganisationSettings } from '../../../../shared/domain/settings';
import type { AppError } from '../../../../shared/ipc/define';
import { ErrorAlert } from '../../ui/error-alert';
import { TextField } from '../../ui/field';
import { useToast } from '../../ui/toast';

type TextKey = Exclude<keyof OrganisationSettings, 'layout' | 'proposalLabel'>;
const textKeys: TextKey[] = ['organisation', 'unit', 'bodyName', 'presenterTitle', 'presenterName'];

export function OrganisationForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const [form, setForm] = useState<OrganisationSettings | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    void call('settings:get', {}).then((envelope) => {
      if (envelope.ok) setForm(envelope.value);
      else setError(envelope.error);
    });
  }, []);

  if (!form) return <ErrorAlert error={error} />;

  const save = async () => {
    const envelope = await call('settings:update', form);
    if (envelope.ok) {
      setForm(envelope.value);
      setError(null);
      setFieldErrors({});
      toast.show({ text: t('editor.settings.savedOrganisation') });
      return;
    }
    setError(envelope.error);
    setFieldErrors(Object.fromEntries((envelope.error.fields ?? []).map((f) => [f.path, t(f.message)])));
  };

  return (
    <form className="editor-section" aria-labelledby="organisation-heading" noValidate onSubmit={(event) => { event.preventDefault(); void save(); }}>
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
      <div>
        <button type="submit" className="button button--primary">{t('editor.settings.saveOrganisation')}</button>
      </div>
    </form>
  );
}
