// What an exchange import would do (the dry run) or did: the file, the organisation (and whether
// this database joins it), the counts, and each record under its action with the reason.
import { useTranslation } from 'react-i18next';
import type { ExchangeReport } from '../../../../shared/domain/exchange';
import { reportGroups } from './exchange-report';

export function ExchangeReportView({ report }: { report: ExchangeReport }) {
  const { t } = useTranslation();
  const done = report.dryRun ? '' : 'Done';
  const organisation = report.adoptedOrganisation
    ? t(report.dryRun ? 'exchangeUi.dialog.adopted' : 'exchangeUi.dialog.adoptedDone', {
        organisation: report.organisationName,
      })
    : report.organisationName;
  return (
    <div className="exchange-report" data-testid="exchange-report">
      <dl className="backups__preview">
        <dt>{t('exchangeUi.dialog.file')}</dt>
        <dd>{report.fileName}</dd>
        <dt>{t('exchangeUi.dialog.organisation')}</dt>
        <dd>{organisation}</dd>
      </dl>
      <ul className="exchange-report__counts" aria-label={t('exchangeUi.summary.label')}>
        <li>{t(`exchangeUi.summary.added${done}`, { count: report.added })}</li>
        <li>{t(`exchangeUi.summary.updated${done}`, { count: report.updated })}</li>
        <li>{t(`exchangeUi.summary.skipped${done}`, { count: report.skipped })}</li>
        <li>{t(`exchangeUi.summary.conflicts${done}`, { count: report.conflicts })}</li>
      </ul>
      {/* Everything of a whole register can be hundreds of lines: they scroll here, the buttons stay in view. */}
      <div
        className="exchange-report__entries"
        role="region"
        aria-label={t('exchangeUi.dialog.entries')}
        tabIndex={0}
      >
        {reportGroups(report).map((group) => (
          <section
            key={group.action}
            className="exchange-report__group"
            aria-labelledby={`exchange-group-${group.action}`}
          >
            <h3 id={`exchange-group-${group.action}`} className="backups__subheading">
              {t(`exchangeUi.groups.${group.action}${done}`)}
            </h3>
            <ul>
              {group.entries.map((entry) => {
                const kind = t(`exchangeUi.kinds.${entry.kind}`);
                return (
                  <li key={`${entry.kind}:${entry.id}`}>
                    {entry.reason === ''
                      ? t('exchangeUi.entry', { kind, title: entry.title })
                      : t('exchangeUi.entryReason', {
                          kind,
                          title: entry.title,
                          reason: entry.reason,
                        })}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
