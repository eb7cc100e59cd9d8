// What the import did: the figures, each row with what happened to it and why a skipped one was
// skipped, and "Kumoa tuonti", which takes the whole import back in one step (refused in Finnish
// when a project it touched was changed since).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport, ImportReportRow, ImportRowError } from '../../../../shared/domain/register-import';
import { pageOf } from './import-state';
import { Pager } from './pager';
import { formatCount } from './preview-values';
import type { ImportFlow } from './use-import-flow';

const reportFilters = ['all', 'added', 'updated', 'skipped'] as const;
type ReportFilter = (typeof reportFilters)[number];

function filterReport(rows: readonly ImportReportRow[], filter: ReportFilter): readonly ImportReportRow[] {
  return filter === 'all' ? rows : rows.filter((row) => row.action === filter);
}

export function ReportStep({ flow, report }: { flow: ImportFlow; report: ImportReport }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ReportFilter>('all');
  const [page, setPage] = useState(0);
  const rows = filterReport(report.rows, filter);
  const shown = pageOf(rows, page);
  const { undone } = flow;
  // A row skipped as invalid says which of its values were wrong.
  const errorsByRow = useMemo(() => {
    const byRow = new Map<number, ImportRowError[]>();
    for (const error of report.errors) byRow.set(error.row, [...(byRow.get(error.row) ?? []), error]);
    return byRow;
  }, [report.errors]);

  return (
    <div className="import-report">
      <dl className="import-figures" aria-label={t('dataImportUi.report.summaryLabel')}>
        <div><dt>{t('dataImportUi.report.added')}</dt><dd data-testid="report-added">{formatCount(report.added)}</dd></div>
        <div><dt>{t('dataImportUi.report.updated')}</dt><dd data-testid="report-updated">{formatCount(report.updated)}</dd></div>
        <div><dt>{t('dataImportUi.report.skipped')}</dt><dd data-testid="report-skipped">{formatCount(report.skipped)}</dd></div>
      </dl>
      {undone ? <p className="info-note import-note" data-testid="import-undone">{t('dataImportUi.report.undone', { removed: undone.removed, restored: undone.restored })}</p> : null}
      <div className="button-row import-actions">
        {report.batchId !== null && undone === null ? (
          <button type="button" className="button button--danger" disabled={flow.busy} aria-busy={flow.busy || undefined} onClick={() => { void flow.undo(); }}>
            {flow.busy ? t('dataImportUi.report.undoing') : t('dataImportUi.report.undo')}
          </button>
        ) : null}
        <a className="button button--primary" href="#/projects">{t('dataImportUi.report.toRegister')}</a>
        <button type="button" className="button" onClick={flow.restart}>{t('dataImportUi.report.another')}</button>
      </div>
      <label className="import-preview__filter">
        {t('dataImportUi.preview.show')}{' '}
        <select value={filter} onChange={(event) => { setFilter(reportFilters.find((value) => value === event.target.value) ?? 'all'); setPage(0); }}>
          {reportFilters.map((value) => <option key={value} value={value}>{t(`dataImportUi.report.filter.${value}`)}</option>)}
        </select>
      </label>
      <table className="import-table import-table--report" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{t('dataImportUi.report.tableLabel')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="import-table__numeric import-col--row">{t('dataImportUi.report.row')}</th>
            <th scope="col">{t('dataImportUi.report.name')}</th>
            <th scope="col" className="import-col--action">{t('dataImportUi.report.action')}</th>
            <th scope="col">{t('dataImportUi.report.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.rows.map((row, index) => (
            <tr key={row.row} aria-rowindex={shown.first + index + 2} className={`import-row import-row--${row.action}`} data-testid="report-row">
              <td className="import-table__numeric">{row.row}</td>
              <th scope="row" className="import-row__name">{row.nameFi}</th>
              <td>{t(`dataImportUi.report.actionName.${row.action}`)}</td>
              <td>
                {row.reason}
                {(errorsByRow.get(row.row) ?? []).length > 0 ? (
                  <ul className="import-row__errors">
                    {(errorsByRow.get(row.row) ?? []).map((error, at) => <li key={at}>{error.column === '' ? error.message : `${error.column}: ${error.message}`}</li>)}
                  </ul>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={shown.page} total={rows.length} onPage={setPage} />
    </div>
  );
}
