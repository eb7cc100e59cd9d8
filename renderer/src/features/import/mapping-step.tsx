// What each column of the file holds: its header, a few of its values and a select of the
// register's field (the remembered or guessed one preselected); a list field no column fills gets
// a value every row takes. A field chosen for two columns, or no column for the name, is said
// before "Jatka" can go on.
import { useTranslation } from 'react-i18next';
import type { ImportListField, ImportMapping, ImportPreview } from '../../../../shared/domain/register-import';
import { importBuiltInDefaults, importFieldKeys } from '../../../../shared/domain/register-import';
import { useProjectLabels } from '../projects/labels';
import { isFieldTwice, listFieldsWithoutColumn, mappingProblems, setColumnField, setDefault } from './import-state';
import type { MappingProblem } from './import-state';
import { listOptions } from './list-options';
import { columnExamples, formatCount } from './preview-values';
import { StepButtons } from './step-buttons';
import type { ImportFlow } from './use-import-flow';
import { useValueWords } from './use-value-words';

interface Props {
  flow: ImportFlow;
  preview: ImportPreview;
  mapping: ImportMapping;
}

export function MappingStep({ flow, preview, mapping }: Props) {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const words = useValueWords();
  const problems = mappingProblems(mapping);
  const withoutColumn = listFieldsWithoutColumn(mapping);
  // Examples come from the preview made when the step opened: the file's cells, or the values it parsed.
  const examplesOf = (index: number) => {
    const column = preview.mapping.columns.find((entry) => entry.index === index) ?? { index, field: null };
    return columnExamples(preview.columnSamples, column, preview.rows, words);
  };

  return (
    <div className="import-mapping">
      <p className="import-facts">
        {t('dataImportUi.mapping.fileFacts', { fileName: preview.fileName, format: preview.format.toUpperCase(), headerRow: mapping.headerRow, rows: formatCount(preview.counts.rows) })}
        {preview.encoding ? `, ${t('dataImportUi.mapping.encoding', { encoding: preview.encoding })}` : ''}
        {preview.delimiter ? `, ${t('dataImportUi.mapping.delimiter', { delimiter: delimiterName(preview.delimiter, t) })}` : ''}
      </p>
      {flow.remembered ? (
        <p className="info-note import-note" data-testid="mapping-remembered">
          <strong>{t('dataImportUi.mapping.remembered')}.</strong> {t('dataImportUi.mapping.rememberedHint')}
        </p>
      ) : (
        <p className="muted">{t('dataImportUi.mapping.guessedHint')}</p>
      )}
      <table className="import-table import-table--mapping">
        <caption className="visually-hidden">{t('dataImportUi.mapping.tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dataImportUi.mapping.column')}</th>
            <th scope="col">{t('dataImportUi.mapping.examples')}</th>
            <th scope="col">{t('dataImportUi.mapping.field')}</th>
          </tr>
        </thead>
        <tbody>
          {mapping.columns.map((column) => {
            const header = column.header.trim() === '' ? t('dataImportUi.mapping.noHeader') : column.header;
            const examples = examplesOf(column.index);
            const twice = isFieldTwice(mapping, column.field);
            return (
              <tr key={column.index} className={column.field === null ? 'import-table__row--off' : undefined}>
                <th scope="row" className="import-table__header-cell">{header}</th>
                <td className="import-table__examples">
                  {examples.length === 0 ? <span className="muted">{t('dataImportUi.mapping.noExamples')}</span> : (
                    <ul className="import-examples">{examples.map((example, index) => <li key={index}>{example}</li>)}</ul>
                  )}
                </td>
                <td>
                  <select
                    aria-label={t('dataImportUi.mapping.fieldFor', { header })}
                    value={column.field ?? ''}
                    aria-invalid={twice || undefined}
                    onChange={(event) => {
                      const value = event.target.value;
                      const field = importFieldKeys.find((key) => key === value) ?? null;
                      flow.editMapping((current) => setColumnField(current, column.index, field));
                    }}
                  >
                    <option value="">{t('dataImportUi.mapping.notImported')}</option>
                    {importFieldKeys.map((field) => <option key={field} value={field}>{labels.field(field)}</option>)}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {withoutColumn.length > 0 ? (
        <fieldset className="form-section import-defaults">
          <legend>{t('dataImportUi.mapping.defaultsHeading')}</legend>
          <p className="field__hint import-defaults__hint">{t('dataImportUi.mapping.defaultsHint')}</p>
          {withoutColumn.map((field) => <DefaultSelect key={field} field={field} mapping={mapping} flow={flow} />)}
        </fieldset>
      ) : null}
      {problems.length > 0 ? (
        <div className="warning-note import-note" data-testid="mapping-problems">
          <p>{t('dataImportUi.mapping.problems')}</p>
          <ul>{problems.map((problem) => <li key={problemKey(problem)}>{problemText(problem, t, labels.field)}</li>)}</ul>
        </div>
      ) : null}
      <StepButtons flow={flow} nextDisabled={problems.length > 0} />
    </div>
  );
}

function DefaultSelect({ field, mapping, flow }: { field: ImportListField; mapping: ImportMapping; flow: ImportFlow }) {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const id = `import-default-${field}`;
  const builtIn = importBuiltInDefaults[field];
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>{labels.field(field)}</label>
      <select
        id={id}
        value={mapping.defaults[field] ?? builtIn ?? ''}
        aria-invalid={(mapping.defaults[field] ?? builtIn) === undefined || undefined}
        onChange={(event) => {
          const value = event.target.value;
          flow.editMapping((current) => setDefault(current, field, value === '' ? null : value));
        }}
      >
        {/* A field the service fills by itself (grant type, scope) needs no "choose" entry. */}
        {builtIn === undefined ? <option value="">{t('dataImportUi.mapping.noDefault')}</option> : null}
        {listOptions(field, labels).map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </div>
  );
}

function delimiterName(delimiter: string, t: (key: string) => string): string {
  switch (delimiter) {
    case ';': return t('dataImportUi.mapping.delimiterName.semicolon');
    case ',': return t('dataImportUi.mapping.delimiterName.comma');
    case '\t': return t('dataImportUi.mapping.delimiterName.tab');
    default: return delimiter;
  }
}

const problemKey = (problem: MappingProblem) => (problem.kind === 'nameMissing' ? problem.kind : `${problem.kind}:${problem.field}`);

function problemText(problem: MappingProblem, t: (key: string, options?: Record<string, string>) => string, fieldName: (field: string) => string): string {
  switch (problem.kind) {
    case 'nameMissing': return t('dataImportUi.mapping.nameMissing');
    case 'fieldTwice': return t('dataImportUi.mapping.fieldTwice', { field: fieldName(problem.field), headers: problem.headers.join(', ') });
  }
}
