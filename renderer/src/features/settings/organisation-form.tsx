// Organisation settings: names that appear in every document, the layout preset and how the
// proposal is labelled. A save states the updatedAt the form read; if the settings were saved
// elsewhere since, the form keeps the user's text and offers the stored version or saving over it
// (ui/conflict-choice.tsx). Other refusals are shown at their fields (field-issues.ts).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { layoutPresets, proposalLabelStyles } from '../../../../shared/domain/settings';
import type { OrganisationSettings } from '../../../../shared/domain/settings';
import type { AppError } from '../../../../shared/ipc/define';
import { ConflictChoice, isStaleWrite } from '../../ui/conflict-choice';
import { ErrorAlert } from '../../ui/error-alert';
import { TextField } from '../../ui/field';
import { placeIssues, useIssueText } from '../../ui/field-issues';
import type { PlacedIssues } from '../../ui/field-issues';
import { useToast } from '../../ui/toast';
import { useFocusFirstInvalid } from '../../ui/use-focus-invalid';

type TextKey = Exclude<keyof OrganisationSettings, 'layout' | 'proposalLabel' | 'updatedAt'>;
const textKeys: TextKey[] = ['organisation', 'unit', 'bodyName', 'presenterTitle', 'presenterName'];
const noIssues: PlacedIssues<TextKey> = { byField: {}, unplaced: [] };
/** The text fields show their own problems; the choices' (and any other) go to the alert. */
const textKeyOf = (path: string): TextKey | null => textKeys.find((key) => key === path) ?? null;

export function OrganisationForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const [form, setForm] = useState<OrganisationSettings | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [issues, setIssues] = useState(noIssues);
  const [conflict, setConflict] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
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
      setIssues(noIssues);
      toast.show({ text: t('editor.settings.savedOrganisation') });
      return;
    }
    toast.notSaved();
    if (isStaleWrite(envelope.error)) {
      setError(null);
      setIssues(noIssues);
      setConflict(envelope.error);
      return;
    }
    setError(envelope.error);
    setIssues(placeIssues(envelope.error.fields, textKeyOf));
    setAttempt((value) => value + 1);
  };
  const fieldError = (key: TextKey) => {
    const message = issues.byField[key];
    return message === undefined ? undefined : issueText(message);
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
    setIssues(noIssues);
  };
  const saveOverStored = async () => {
    const stored = await readStored();
    if (stored) await save(stored.updatedAt);
  };

  return (
    <form ref={formRef} className="editor-section" aria-labelledby="organisation-heading" noValidate onSubmit={(event) => { event.preventDefault(); void save(form.updatedAt); }}>
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
      <fieldset className="scope-form__areas">
        <legend>{t('items.settings.proposalLabel')}</legend>
        {proposalLabelStyles.map((style) => (
          <label key={style} className="radio">
            <input type="radio" name="proposalLabel" value={style} checked={form.proposalLabel === style} onChange={() => { setForm({ ...form, proposalLabel: style }); }} />
            {t(`items.settings.proposalLabels.${style}`)}
          </label>
        ))}
      </fieldset>
      <ErrorAlert error={error} details={issues.unplaced} fieldsMarked={Object.keys(issues.byField).length > 0} />
      {conflict ? <ConflictChoice error={conflict} busy={busy} onReload={() => { void showStored(); }} onOverwrite={() => { void saveOverStored(); }} /> : null}
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>{t('editor.settings.saveOrganisation')}</button>
      </div>
    </form>
  );
}
