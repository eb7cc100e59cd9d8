// Organisation settings: names that appear in every document, and the layout preset.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { layoutPresets } from '../../../../shared/domain/settings';
import type { OrganisationSettings } from '../../../../shared/domain/settings';
import type { AppError } from '../../../../shared/ipc/define';
import { ErrorAlert } from '../../ui/error-alert';
import { TextField } from '../../ui/field';
import { placeIssues, useIssueText } from '../../ui/field-issues';
import type { PlacedIssues } from '../../ui/field-issues';
import { useToast } from '../../ui/toast';
import { useFocusFirstInvalid } from '../../ui/use-focus-invalid';

type TextKey = Exclude<keyof OrganisationSettings, 'layout'>;
const textKeys: TextKey[] = ['organisation', 'unit', 'bodyName', 'presenterTitle', 'presenterName'];
const noIssues: PlacedIssues<TextKey> = { byField: {}, unplaced: [] };
/** The text fields show their own problems; the layout choice's (and any other) go to the alert. */
const textKeyOf = (path: string): TextKey | null => textKeys.find((key) => key === path) ?? null;

export function OrganisationForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const [form, setForm] = useState<OrganisationSettings | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [issues, setIssues] = useState(noIssues);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const issueText = useIssueText();
  useFocusFirstInvalid(formRef, attempt);

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
      setIssues(noIssues);
      toast.show({ text: t('editor.settings.savedOrganisation') });
      return;
    }
    setError(envelope.error);
    setIssues(placeIssues(envelope.error.fields, textKeyOf));
    setAttempt((value) => value + 1);
    toast.notSaved();
  };
  const fieldError = (key: TextKey) => {
    const message = issues.byField[key];
    return message === undefined ? undefined : issueText(message);
  };

  return (
    <form ref={formRef} className="editor-section" aria-labelledby="organisation-heading" noValidate onSubmit={(event) => { event.preventDefault(); void save(); }}>
      <h2 id="organisation-heading" className="editor-section__title">{t('editor.settings.organisationHeading')}</h2>
      <div className="field-row">
        {textKeys.map((key) => (
          <TextField key={key} label={t(`items.settings.${key}`)} name={key} value={form[key]} error={fieldError(key)} onChange={(value) => { setForm({ ...form, [key]: value }); }} />
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
      <ErrorAlert error={error} details={issues.unplaced} fieldsMarked={Object.keys(issues.byField).length > 0} />
      <div>
        <button type="submit" className="button button--primary">{t('editor.settings.saveOrganisation')}</button>
      </div>
    </form>
  );
}
