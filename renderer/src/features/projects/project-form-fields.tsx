import { useTranslation } from 'react-i18next';
import { funders, grantTypes, projectScopes, projectStatuses, responsibilityAreas } from '../../../../shared/domain/project';
import { SelectField, TextField } from '../../ui/field';
import { useIssueText } from '../../ui/field-issues';
import type { FormField, FormIssues, ProjectForm } from './form-state';
import { useProjectLabels } from './labels';
import { PartnersField } from './partners-field';

interface ProjectFormFieldsProps {
  form: ProjectForm;
  issues: FormIssues;
  onChange: (form: ProjectForm) => void;
}

type TextKey = { [K in FormField]: ProjectForm[K] extends string ? K : never }[FormField];

export function ProjectFormFields({ form, issues, onChange }: ProjectFormFieldsProps) {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const issueText = useIssueText();
  const set = <K extends FormField>(key: K, value: ProjectForm[K]) => { onChange({ ...form, [key]: value }); };
  const issue = (key: FormField) => {
    const message = issues[key];
    return message === undefined ? undefined : issueText(message);
  };
  const text = (key: TextKey, extra: { hint?: string; multiline?: boolean; autoFocus?: boolean; inputMode?: 'decimal'; className?: string } = {}) => (
    <TextField label={labels.field(key === 'granted' ? 'grantedCents' : key === 'totalBudget' ? 'totalBudgetCents' : key)} name={key} value={form[key]} error={issue(key)} onChange={(value) => { set(key, value); }} {...extra} />
  );
  const moneyHint = t('ui.form.moneyHint');
  const dateHint = t('ui.form.dateHint');

  return (
    <div className="project-form__sections">
      <fieldset className="form-section">
        <legend>{t('ui.form.basics')}</legend>
        {text('nameFi', { autoFocus: true, className: 'field--wide' })}
        {text('nameSv', { className: 'field--wide' })}
        <SelectField label={labels.field('area')} name="area" value={form.area} options={responsibilityAreas} optionLabel={labels.area} onChange={(value) => { set('area', value); }} error={issue('area')} />
        <SelectField label={labels.field('status')} name="status" value={form.status} options={projectStatuses} optionLabel={labels.status} onChange={(value) => { set('status', value); }} error={issue('status')} />
        {text('description', { multiline: true, className: 'field--wide' })}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('ui.form.money')}</legend>
        <SelectField label={labels.field('funder')} name="funder" value={form.funder} options={funders} optionLabel={labels.funder} onChange={(value) => { set('funder', value); }} error={issue('funder')} />
        <SelectField label={labels.field('grantType')} name="grantType" value={form.grantType} options={grantTypes} optionLabel={labels.grantType} onChange={(value) => { set('grantType', value); }} error={issue('grantType')} />
        {text('callName', { className: 'field--wide' })}
        {text('granted', { hint: moneyHint, inputMode: 'decimal' })}
        {text('totalBudget', { hint: moneyHint, inputMode: 'decimal' })}
        <fieldset className="radio-group">
          <legend className="field__label">{t('ui.form.ownShareKind')}</legend>
          {(['percent', 'euros'] as const).map((kind) => (
            <label key={kind} className="radio-group__option">
              <input type="radio" name="ownShareKind" value={kind} checked={form.ownShareKind === kind} onChange={() => { set('ownShareKind', kind); }} />
              {kind === 'percent' ? t('ui.form.ownSharePercent') : t('ui.form.ownShareEuros')}
            </label>
          ))}
        </fieldset>
        <TextField
          label={labels.field('ownShareValue')}
          name="ownShare"
          value={form.ownShare}
          hint={form.ownShareKind === 'percent' ? t('ui.form.percentHint') : moneyHint}
          inputMode="decimal"
          error={issue('ownShare')}
          onChange={(value) => { set('ownShare', value); }}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('ui.form.period')}</legend>
        {text('startDate', { hint: dateHint })}
        {text('endDate', { hint: dateHint })}
        {text('decisionNumber')}
        {text('decisionDate', { hint: dateHint })}
        {text('reportDueDate', { hint: dateHint })}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('ui.form.people')}</legend>
        {text('responsiblePerson')}
        {text('coordinator')}
        <SelectField label={labels.field('scope')} name="scope" value={form.scope} options={projectScopes} optionLabel={labels.scope} onChange={(value) => { set('scope', value); }} error={issue('scope')} />
        <label className="checkbox field--wide">
          <input type="checkbox" name="partnership" checked={form.partnership} onChange={(event) => { set('partnership', event.target.checked); }} />
          {t('projects.partnership.partnership')}
        </label>
        <div className="field--wide">
          <PartnersField label={labels.field('partners')} partners={form.partners} error={issue('partners')} invalidAt={issues.partnerAt} onChange={(value) => { set('partners', value); }} />
        </div>
      </fieldset>
    </div>
  );
}
