// The columns of the register's exports, shared by CSV and XLSX so both say the same thing.
import type { Project } from '../../../shared/domain/project';
import { formatFinnishDate, todayIso } from '../../../shared/format/date';
import { translate } from '../../../shared/i18n/translate';

export type CellValue =
  | { kind: 'text'; value: string }
  | { kind: 'euros'; cents: number | null }
  | { kind: 'percent'; basisPoints: number | null }
  | { kind: 'date'; iso: string | null };

export interface ExportColumn {
  header: string;
  width: number;
  cell(project: Project): CellValue;
}

const t = (key: string) => translate(key);
const text = (value: string): CellValue => ({ kind: 'text', value });
const label = (group: string, value: string) => text(t(`projects.${group}.${value}`));

export const exportColumns: ExportColumn[] = [
  { header: t('projects.field.nameFi'), width: 48, cell: (p) => text(p.nameFi) },
  { header: t('projects.field.nameSv'), width: 30, cell: (p) => text(p.nameSv) },
  { header: t('projects.field.area'), width: 24, cell: (p) => label('area', p.area) },
  { header: t('projects.field.funder'), width: 12, cell: (p) => label('funder', p.funder) },
  { header: t('projects.field.grantType'), width: 18, cell: (p) => label('grantType', p.grantType) },
  { header: t('projects.field.callName'), width: 40, cell: (p) => text(p.callName) },
  { header: `${t('projects.field.grantedCents')} (€)`, width: 16, cell: (p) => ({ kind: 'euros', cents: p.grantedCents }) },
  {
    header: `${t('projects.field.ownShare')} (%)`,
    width: 14,
    cell: (p) => ({ kind: 'percent', basisPoints: p.ownShareKind === 'percent' ? p.ownShareValue : null }),
  },
  {
    header: `${t('projects.field.ownShare')} (€)`,
    width: 16,
    cell: (p) => ({ kind: 'euros', cents: p.ownShareKind === 'euros' ? p.ownShareValue : null }),
  },
  { header: `${t('projects.field.totalBudgetCents')} (€)`, width: 16, cell: (p) => ({ kind: 'euros', cents: p.totalBudgetCents }) },
  { header: t('projects.field.startDate'), width: 11, cell: (p) => ({ kind: 'date', iso: p.startDate }) },
  { header: t('projects.field.endDate'), width: 11, cell: (p) => ({ kind: 'date', iso: p.endDate }) },
  { header: t('projects.field.partnership'), width: 18, cell: (p) => text(t(`projects.partnership.${p.partnership ? 'partnership' : 'own'}`)) },
  { header: t('projects.field.scope'), width: 16, cell: (p) => label('scope', p.scope) },
  { header: t('projects.field.partners'), width: 30, cell: (p) => text(p.partners.join(', ')) },
  { header: t('projects.field.responsiblePerson'), width: 22, cell: (p) => text(p.responsiblePerson) },
  { header: t('projects.field.coordinator'), width: 22, cell: (p) => text(p.coordinator) },
  { header: t('projects.field.status'), width: 12, cell: (p) => label('status', p.status) },
  { header: t('projects.field.decisionNumber'), width: 18, cell: (p) => text(p.decisionNumber) },
  { header: t('projects.field.decisionDate'), width: 11, cell: (p) => ({ kind: 'date', iso: p.decisionDate }) },
  { header: t('projects.field.reportDueDate'), width: 11, cell: (p) => ({ kind: 'date', iso: p.reportDueDate }) },
  { header: t('projects.field.description'), width: 50, cell: (p) => text(p.description) },
];

/** "hankerekisteri-1.1.2024.xlsx": what the file is and when it was taken. */
export function exportFileName(today: Date, extension: 'csv' | 'xlsx'): string {
  return `${t('projects.export.fileBase')}-${formatFinnishDate(todayIso(today))}.${extension}`;
}
