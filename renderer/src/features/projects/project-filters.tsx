import { useTranslation } from 'react-i18next';
import { funders, projectScopes, projectStatuses, responsibilityAreas } from '../../../../shared/domain/project';
import { MultiSelect } from '../../ui/multi-select';
import { FieldFrame, TextField } from '../../ui/field';
import { filterYears, initialFilters, readFilterDate, searchMaxLength } from './filter-state';
import type { FilterState } from './filter-state';
import { useProjectLabels } from './labels';

interface ProjectFiltersProps {
  filters: FilterState;
  onChange: (next: FilterState) => void;
}

/** A date typed as d.m.yyyy; an unreadable one says so beside the field and filters nothing. */
function DateFilter({ label, name, hint, text, onChange }: { label: string; name: string; hint: string; text: string; onChange: (text: string) => void }) {
  const { t } = useTranslation();
  return (
    <TextField
      className="filters__date"
      label={label}
      name={name}
      value={text}
      hint={hint}
      error={readFilterDate(text).invalid ? t('validation.date.invalid') : undefined}
      onChange={onChange}
    />
  );
}

export function ProjectFilters({ filters, onChange }: ProjectFiltersProps) {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const set = <K extends keyof FilterState>(key: K, value: FilterState[K]) => { onChange({ ...filters, [key]: value }); };

  return (
    <div role="search" className="filters" aria-label={t('ui.filters.label')}>
      <TextField className="filters__search" label={t('ui.filters.search')} name="search" value={filters.search} maxLength={searchMaxLength} hint={t('ui.filters.searchPlaceholder')} onChange={(value) => { set('search', value); }} />
      <MultiSelect label={t('ui.filters.area')} options={responsibilityAreas} selected={filters.areas} optionLabel={labels.area} onChange={(value) => { set('areas', value); }} />
      <MultiSelect label={t('ui.filters.funder')} options={funders} selected={filters.funders} optionLabel={labels.funder} onChange={(value) => { set('funders', value); }} />
      <MultiSelect label={t('ui.filters.status')} options={projectStatuses} selected={filters.statuses} optionLabel={labels.status} onChange={(value) => { set('statuses', value); }} />
      <MultiSelect label={t('ui.filters.scope')} options={projectScopes} selected={filters.scopes} optionLabel={labels.scope} onChange={(value) => { set('scopes', value); }} />
      <FieldFrame label={t('ui.filters.year')}>
        {({ inputId }) => (
          <select id={inputId} value={filters.year ?? ''} onChange={(event) => { set('year', event.target.value === '' ? null : Number(event.target.value)); }}>
            <option value="">{t('ui.filters.anyYear')}</option>
            {filterYears.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <DateFilter label={t('ui.filters.activeOn')} name="activeOn" hint={t('ui.filters.activeOnHint')} text={filters.activeOnText} onChange={(value) => { set('activeOnText', value); }} />
      <DateFilter label={t('ui.filters.dueBy')} name="dueBy" hint={t('ui.filters.dueByHint')} text={filters.dueByText} onChange={(value) => { set('dueByText', value); }} />
      <button type="button" className="button button--quiet filters__clear" onClick={() => { onChange({ ...initialFilters, sortBy: filters.sortBy, sortDirection: filters.sortDirection }); }}>
        {t('ui.actions.clearFilters')}
      </button>
    </div>
  );
}
