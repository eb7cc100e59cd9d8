// The file's values of list fields that match none of the app's (by id or Finnish name, ignoring
// case, spacing, punctuation and a parenthesised addition): each with the rows it is on and a
// select of the app's values. One left unchosen makes its rows invalid; the preview says so.
import { useTranslation } from 'react-i18next';
import type { ImportMapping } from '../../../../shared/domain/register-import';
import { useProjectLabels } from '../projects/labels';
import { setValueMapping, unmappedUnknowns, valueTarget } from './import-state';
import { listOptions } from './list-options';
import { StepButtons } from './step-buttons';
import type { ImportFlow } from './use-import-flow';

export function ValuesStep({ flow, mapping }: { flow: ImportFlow; mapping: ImportMapping }) {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const left = unmappedUnknowns(flow.unknowns, mapping).length;
  return (
    <div className="import-values">
      <p className="muted">{t('dataImportUi.values.hint')}</p>
      <table className="import-table import-table--values">
        <caption className="visually-hidden">{t('dataImportUi.values.tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dataImportUi.values.field')}</th>
            <th scope="col">{t('dataImportUi.values.value')}</th>
            <th scope="col" className="import-table__numeric">{t('dataImportUi.values.count')}</th>
            <th scope="col">{t('dataImportUi.values.target')}</th>
          </tr>
        </thead>
        <tbody>
          {flow.unknowns.map((unknown) => {
            const target = valueTarget(mapping, unknown.field, unknown.value);
            return (
              <tr key={`${unknown.field}:${unknown.value}`}>
                <td>{labels.field(unknown.field)}</td>
                <th scope="row" className="import-table__header-cell">{unknown.value}</th>
                <td className="import-table__numeric">{unknown.count}</td>
                <td>
                  <select
                    aria-label={t('dataImportUi.values.targetFor', { value: unknown.value, field: labels.field(unknown.field) })}
                    value={target ?? ''}
                    aria-invalid={target === null || undefined}
                    onChange={(event) => {
                      const value = event.target.value;
                      flow.editMapping((current) => setValueMapping(current, unknown.field, unknown.value, value === '' ? null : value));
                    }}
                  >
                    <option value="">{t('dataImportUi.values.unmapped')}</option>
                    {listOptions(unknown.field, labels).map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p role="status" className="import-values__left">{left > 0 ? t('dataImportUi.values.left', { count: left }) : ''}</p>
      <StepButtons flow={flow} />
    </div>
  );
}
