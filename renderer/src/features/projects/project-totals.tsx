import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectTotals as Totals, TotalsRow } from '../../../../shared/domain/project';
import { formatEuros } from '../../../../shared/format/money';
import { useProjectLabels } from './labels';

function TotalsTable({ caption, rows, kind }: { caption: string; rows: readonly TotalsRow[]; kind: 'area' | 'funder' }) {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  return (
    <table className="totals__table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ui.totals.key')}</th>
          <th scope="col" className="numeric">{t('ui.totals.count')}</th>
          <th scope="col" className="numeric">{t('ui.totals.granted')}</th>
          <th scope="col" className="numeric">{t('ui.totals.totalBudget')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{labels.totalsKey(kind, row.key)}</th>
            <td className="numeric">{row.count}</td>
            <td className="numeric">{formatEuros(row.grantedCents)}</td>
            <td className="numeric">{formatEuros(row.totalBudgetCents)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Count and money of the filtered rows, as projects:list computed them. */
export const ProjectTotals = memo(function ProjectTotals({ totals }: { totals: Totals }) {
  const { t } = useTranslation();
  return (
    <section className="totals" aria-labelledby="totals-title">
      <div className="totals__overview">
        <h2 id="totals-title" className="totals__title">{t('ui.totals.title')}</h2>
        <dl className="totals__summary">
          <div>
            <dt>{t('ui.totals.count')}</dt>
            <dd data-testid="totals-count">{totals.count}</dd>
          </div>
          <div>
            <dt>{t('ui.totals.granted')}</dt>
            <dd data-testid="totals-granted">{formatEuros(totals.grantedCents)}</dd>
          </div>
          <div>
            <dt>{t('ui.totals.totalBudget')}</dt>
            <dd data-testid="totals-budget">{formatEuros(totals.totalBudgetCents)}</dd>
          </div>
        </dl>
      </div>
      <div className="totals__tables">
        <TotalsTable caption={t('ui.totals.byFunder')} rows={totals.byFunder} kind="funder" />
        <TotalsTable caption={t('ui.totals.byArea')} rows={totals.byArea} kind="area" />
      </div>
    </section>
  );
});
