// The development-project register (hankerekisteri): domain.md, "The development-project register".
import { z } from 'zod';
import { isIsoDate } from '../format/date';

export const responsibilityAreas = ['varhaiskasvatus', 'perusopetus', 'lukiokoulutus', 'vapaa_sivistystyo', 'muu'] as const;
export type ResponsibilityArea = (typeof responsibilityAreas)[number];

export const funders = ['OKM', 'OPH', 'AVI', 'EU_ESR', 'muu'] as const;
export type Funder = (typeof funders)[number];

export const grantTypes = ['valtionavustus', 'erityisavustus', 'hankeavustus', 'kehittamisavustus', 'muu'] as const;
export type GrantType = (typeof grantTypes)[number];

export const projectScopes = ['oma', 'seudullinen', 'maakunnallinen', 'valtakunnallinen'] as const;
export type ProjectScope = (typeof projectScopes)[number];

export const projectStatuses = ['valmisteilla', 'haettu', 'myonnetty', 'kaynnissa', 'paattynyt', 'raportoitu', 'hylatty'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

/** Statuses in which money was granted, so the project counts as running inside its period. */
export const fundedStatuses: readonly ProjectStatus[] = ['myonnetty', 'kaynnissa', 'paattynyt', 'raportoitu'];

export const ownShareKinds = ['percent', 'euros'] as const;
export type OwnShareKind = (typeof ownShareKinds)[number];

/** Message keys (i18n) so that the UI shows each problem in Finnish beside its field. */
export const projectIssue = {
  nameRequired: 'validation.project.nameRequired',
  endBeforeStart: 'validation.project.endBeforeStart',
  negativeMoney: 'validation.money.negative',
  tooMuchMoney: 'validation.money.tooLarge',
  ownShareOver100: 'validation.project.ownShareOver100',
  invalidDate: 'validation.date.invalid',
  tooLong: 'validation.text.tooLong',
} as const;

const isoDate = z.string().refine(isIsoDate, { error: projectIssue.invalidDate });
const optionalIsoDate = isoDate.nullable();
const cents = z.number().int().min(0, { error: projectIssue.negativeMoney }).max(1e13, { error: projectIssue.tooMuchMoney }).nullable();
const text = (max: number) => z.string().trim().max(max, { error: projectIssue.tooLong });
const nameMaxLength = 300;

/** "<nimi> (kopio)" for a copy, cut so that it stays within the name's length. */
export function copyName(name: string, suffix: string): string {
  const tail = ` ${suffix}`;
  return name.slice(0, nameMaxLength - tail.length) + tail;
}

export const projectInputSchema = z
  .object({
    nameFi: text(nameMaxLength).min(1, { error: projectIssue.nameRequired }),
    nameSv: text(300).default(''),
    area: z.enum(responsibilityAreas),
    funder: z.enum(funders),
    grantType: z.enum(grantTypes),
    callName: text(500).default(''),
    grantedCents: cents,
    ownShareKind: z.enum(ownShareKinds).default('percent'),
    /** Hundredths of a percent when ownShareKind is 'percent' (1500 = 15 %), cents when 'euros'. */
    ownShareValue: z.number().int().min(0, { error: projectIssue.negativeMoney }).nullable(),
    totalBudgetCents: cents,
    startDate: optionalIsoDate,
    endDate: optionalIsoDate,
    partnership: z.boolean().default(false),
    scope: z.enum(projectScopes),
    partners: z.array(text(200)).max(100).default([]),
    responsiblePerson: text(200).default(''),
    coordinator: text(200).default(''),
    status: z.enum(projectStatuses),
    decisionNumber: text(100).default(''),
    decisionDate: optionalIsoDate,
    reportDueDate: optionalIsoDate,
    description: text(20000).default(''),
  })
  .superRefine((project, ctx) => {
    if (project.startDate && project.endDate && project.endDate < project.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: projectIssue.endBeforeStart });
    }
    if (project.ownShareKind === 'percent' && project.ownShareValue !== null && project.ownShareValue > 10000) {
      ctx.addIssue({ code: 'custom', path: ['ownShareValue'], message: projectIssue.ownShareOver100 });
    }
  });

export type ProjectInput = z.output<typeof projectInputSchema>;

export interface Project extends ProjectInput {
  id: string;
  /** Demo rows are marked so the UI can say the amounts are fictitious. */
  isSample: boolean;
  createdAt: string;
  updatedAt: string;
}

export const projectSortKeys = [
  'nameFi', 'area', 'funder', 'grantType', 'grantedCents', 'totalBudgetCents', 'startDate', 'endDate', 'scope', 'status', 'responsiblePerson', 'reportDueDate', 'updatedAt',
] as const;
export type ProjectSortKey = (typeof projectSortKeys)[number];

export const projectQuerySchema = z.object({
  areas: z.array(z.enum(responsibilityAreas)).default([]),
  funders: z.array(z.enum(funders)).default([]),
  statuses: z.array(z.enum(projectStatuses)).default([]),
  scopes: z.array(z.enum(projectScopes)).default([]),
  /** Projects whose period overlaps this calendar year. */
  year: z.number().int().min(1990).max(2100).nullable().default(null),
  /** Projects running on this date: a funded status and the date inside the period. */
  activeOn: isoDate.nullable().default(null),
  /** Projects with an open obligation whose end or final-report date falls on or before this date. */
  dueBy: isoDate.nullable().default(null),
  search: z.string().trim().max(200).default(''),
  sortBy: z.enum(projectSortKeys).default('nameFi'),
  sortDirection: z.enum(['asc', 'desc']).default('asc'),
});
export type ProjectQuery = z.output<typeof projectQuerySchema>;
export type ProjectQueryInput = z.input<typeof projectQuerySchema>;

export interface TotalsRow {
  key: string;
  count: number;
  grantedCents: number;
  totalBudgetCents: number;
}

export interface ProjectTotals {
  count: number;
  grantedCents: number;
  totalBudgetCents: number;
  byFunder: TotalsRow[];
  byArea: TotalsRow[];
}

/**
 * One row of the register's list: the table's columns, what the totals sum, and what the row's
 * buttons need. The list sends only these (10,000 full projects were ~6.5 MB of JSON, most of
 * it never shown); the edit form loads the whole project with projects:get.
 */
export interface ProjectListRow {
  id: string;
  isSample: boolean;
  nameFi: string;
  area: ResponsibilityArea;
  funder: Funder;
  status: ProjectStatus;
  grantedCents: number | null;
  totalBudgetCents: number | null;
  startDate: string | null;
  endDate: string | null;
  responsiblePerson: string;
  reportDueDate: string | null;
}

/** The list row of a project; the repository builds the same shape, keys in the same order. */
export function toProjectListRow(project: ProjectListRow): ProjectListRow {
  return {
    id: project.id,
    isSample: project.isSample,
    nameFi: project.nameFi,
    area: project.area,
    funder: project.funder,
    status: project.status,
    grantedCents: project.grantedCents,
    totalBudgetCents: project.totalBudgetCents,
    startDate: project.startDate,
    endDate: project.endDate,
    responsiblePerson: project.responsiblePerson,
    reportDueDate: project.reportDueDate,
  };
}

export interface ProjectListResult {
  rows: ProjectListRow[];
  totals: ProjectTotals;
}

/** Granted and not yet reported: the project still owes its funder a period's end and a final report. */
export const openObligationStatuses: readonly ProjectStatus[] = ['myonnetty', 'kaynnissa', 'paattynyt'];

/**
 * The rule behind "deadline by 30.6.2024" (projects ending soon or with a report due, domain.md):
 * an open obligation and the end date or the final report's due date on or before the date.
 * Overdue ones stay in: a project still "käynnissä" after its end needs attention most.
 * The repository's SQL mirrors it and a test keeps them equal.
 */
export function hasDeadlineBy(project: Pick<Project, 'status' | 'endDate' | 'reportDueDate'>, date: string): boolean {
  if (!openObligationStatuses.includes(project.status)) return false;
  return (project.endDate !== null && project.endDate <= date) || (project.reportDueDate !== null && project.reportDueDate <= date);
}

/** The domain rule behind "running on 1.1.2024"; the repository's SQL mirrors it and a test keeps them equal. */
export function isRunningOn(project: Pick<Project, 'status' | 'startDate' | 'endDate'>, date: string): boolean {
  if (!fundedStatuses.includes(project.status)) return false;
  if (project.startDate === null || project.startDate > date) return false;
  return project.endDate === null || project.endDate >= date;
}
