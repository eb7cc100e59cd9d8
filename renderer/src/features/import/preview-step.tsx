// The preview: each row's values as the register would show them, its errors beside it (the row
// marked), a duplicate's "Päivitä" / "Ohita" and one choice for all, "Ohita virheelliset rivit",
// then "Tuo N hanketta", the only button that writes. A page of 50 rows at a time (of 10,000).
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateAction, ImportFieldKey, ImportPreview, ImportPreviewRow } from '../../../../shared/domain/register-import';
import { useProjectLabels } from '../projects/labels';
import { chooseAllDuplicates, chooseDuplicate, filterRows, importPlan, listFieldsWithoutColumn, pageOf, rowFilters } from './import-state';
import type { RowFilter } from './import-state';
import { Pager } from './pager';
import { formatCount, formatImportValue } from './preview-values';
import type { ImportFlow } from './use-import-flow';
import { useValueWords } from './use-value-words';

export function PreviewStep({ flow, preview }: { flow: ImportFlow; preview: ImportPreview }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<RowFilter>('all');
  const [page, setPage] = useState(0);
  const plan = importPlan(preview, flow.choices, flow.skipInvalid);
  const rows = filterRows(preview.rows, filter);
  const shown = pageOf(rows, page);
  const duplicates = Object.keys(flow.choices).length;
  // The columns the preview imported, in the file's order; the name leads every row.
  // The list fields no column fills follow: their value comes from the defaults, and is shown too.
  const fields: ImportFieldKey[] = [
    ...preview.mapping.columns.flatMap((column) => (column.field === null || column.field === 'nameFi' ? [] : [column.field])),
    ...listFieldsWithoutColumn(preview.mapping),
  ];
  const { counts } = preview;

  return (
    <div className="import-preview">
      <p className="import-facts" data-testid="preview-counts">
        {t('dataImportUi.preview.counts', { rows: formatCount(counts.rows), valid: formatCount(counts.valid), invalid: formatCount(counts.invalid), duplicates: formatCount(counts.duplicates) })}
      </p>
      <div className="import-preview__controls">
        <label className="import-preview__filter">
          {t('dataImportUi.preview.show')}{' '}
          <select value={filter} onChange={(event) => { setFilter(rowFilters.find((value) => value === event.target.value) ?? 'all'); setPage(0); }}>
            {rowFilters.map((value) => <option key={value} value={value}>{t(`dataImportUi.preview.filter.${value}`)}</option>)}
          </select>
        </label>
        {duplicates > 0 ? (
          <div className="button-row import-preview__all" role="group" aria-label={t('dataImportUi.preview.allDuplicates', { count: duplicates })}>
            <span aria-hidden="true">{t('dataImportUi.preview.allDuplicates', { count: duplicates })}</span>
            <button type="button" className="button button--small" onClick={() => { flow.setChoices(chooseAllDuplicates(flow.choices, 'update')); }}>{t('dataImportUi.preview.updateAll')}</button>
            <button type="button" className="button button--small" onClick={() => { flow.setChoices(chooseAllDuplicates(flow.choices, 'skip')); }}>{t('dataImportUi.preview.skipAll')}</button>
          </div>
        ) : null}
        {counts.invalid > 0 ? (
          <label className="checkbox">
            <input type="checkbox" checked={flow.skipInvalid} onChange={(event) => { flow.setSkipInvalid(event.target.checked); }} />
            {t('dataImportUi.preview.skipInvalid')}
          </label>
        ) : null}
      </div>
      <table className="import-table import-table--preview" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{t('dataImportUi.preview.tableLabel')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="import-table__numeric import-col--row">{t('dataImportUi.preview.row')}</th>
            <th scope="col" className="import-col--name">{t('dataImportUi.preview.name')}</th>
            <th scope="col">{t('dataImportUi.preview.details')}</th>
            <th scope="col" className="import-col--errors">{t('dataImportUi.preview.errors')}</th>
            <th scope="col" className="import-col--duplicate">{t('dataImportUi.preview.duplicate')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.rows.map((row, index) => (
            <PreviewRow key={row.row} row={row} rowIndex={shown.first + index + 2} fields={fields} choice={flow.choices[row.row] ?? 'skip'} onChoose={(action) => { flow.setChoices(chooseDuplicate(flow.choices, row.row, action)); }} />
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="muted">{t('dataImportUi.preview.noRows')}</p> : null}
      <Pager page={shown.page} total={rows.length} onPage={setPage} />
      <PlanAndImport flow={flow} plan={plan} />
    </div>
  );
}

interface RowProps {
  row: ImportPreviewRow;
  rowIndex: number;
  fields: readonly ImportFieldKey[];
  choice: DuplicateAction;
  onChoose: (action: DuplicateAction) => void;
}

const PreviewRow = memo(function PreviewRow({ row, rowIndex, fields, choice, onChoose }: RowProps) {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const words = useValueWords();
  const invalid = row.errors.length > 0;
  const name = row.values.nameFi ?? '';
  return (
    <tr aria-rowindex={rowIndex} className={invalid ? 'import-row import-row--error' : 'import-row'} data-testid="preview-row" data-row={row.row}>
      <td className="import-table__numeric">{row.row}</td>
      <th scope="row" className="import-row__name">
        {name === '' ? <span className="muted">{t('dataImportUi.preview.noName')}</span> : name}
        {invalid ? <span className="import-row__flag">{t('dataImportUi.preview.rowInvalid')}</span> : null}
      </th>
      <td>
        <dl className="import-values-list">
          {fields.map((field) => {
            const value = formatImportValue(row.values, field, words);
            return value === '' ? null : (
              <div key={field} className="import-values-list__entry">
                <dt>{labels.field(field)}</dt>
                <dd>{value}</dd>
              </div>
            );
          })}
        </dl>
      </td>
      <td>
        {invalid ? (
          <ul className="import-row__errors">
            {row.errors.map((error, index) => <li key={index}>{error.column === '' ? error.message : `${error.column}: ${error.message}`}</li>)}
          </ul>
        ) : <span className="muted">{t('dataImportUi.preview.noErrors')}</span>}
      </td>
      <td>
        {row.duplicateOf ? (
          <fieldset className="radio-group import-row__duplicate">
            <legend className="import-row__same">{t('dataImportUi.preview.sameAs', { name: row.duplicateOf.nameFi })}<span className="visually-hidden"> – {t('dataImportUi.preview.duplicateChoice', { row: row.row })}</span></legend>
            {(['update', 'skip'] as const).map((action) => (
              <label key={action} className="radio-group__option">
                <input type="radio" name={`duplicate-${String(row.row)}`} value={action} checked={choice === action} onChange={() => { onChoose(action); }} />
                {t(`dataImportUi.preview.${action}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
      </td>
    </tr>
  );
});

function PlanAndImport({ flow, plan }: { flow: ImportFlow; plan: ReturnType<typeof importPlan> }) {
  const { t } = useTranslation();
  const skip = plan.skipDuplicates + (flow.skipInvalid ? plan.invalid : 0);
  return (
    <div className="import-confirm">
      <p data-testid="import-plan">{plan.total === 0 ? t('dataImportUi.preview.nothing') : t('dataImportUi.preview.plan', { add: formatCount(plan.add), update: formatCount(plan.update), skip: formatCount(skip) })}</p>
      {plan.blocked ? <p className="warning-note import-note" data-testid="import-blocked">{t('dataImportUi.preview.blocked', { count: plan.invalid })}</p> : null}
      <p className="muted">{t('dataImportUi.preview.backupNote')}</p>
      <div className="button-row import-actions">
        <button type="button" className="button" disabled={flow.busy} onClick={flow.back}>{t('dataImportUi.back')}</button>
        <button type="button" className="button button--primary" disabled={flow.busy || plan.blocked || plan.total === 0} aria-busy={flow.busy || undefined} onClick={() => { void flow.apply(); }}>
          {flow.busy ? t('dataImportUi.preview.importing') : t('dataImportUi.preview.import', { count: plan.total, shown: formatCount(plan.total) })}
        </button>
      </div>
    </div>
  );
}
