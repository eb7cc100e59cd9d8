// The register's fields the project summary prints (export: summary-table.ts): what an approved
// item keeps of the register, so that its attached summary shows what the board was shown even
// after the register changes (the summary is frozen with the proposal, like its live figures).
import type { Project } from './project';
import type { AgendaItem, ProjectSummarySource } from './item';

export const summaryProjectFields = [
  'id', 'nameFi', 'area', 'funder', 'grantType', 'grantedCents', 'totalBudgetCents', 'startDate', 'endDate', 'status', 'isSample',
] as const satisfies readonly (keyof Project)[];

export type SummaryProject = Pick<Project, (typeof summaryProjectFields)[number]>;

export function toSummaryProject(project: SummaryProject): SummaryProject {
  return Object.fromEntries(summaryProjectFields.map((field) => [field, project[field]])) as SummaryProject;
}

/** The summary as approved: when, and the rows it listed (already filtered by date and areas). */
export interface FrozenSummary {
  at: string;
  projects: SummaryProject[];
}

/** The item's project summary (the first one, supplementary material first), if it has one. */
export function itemSummary(item: Pick<AgendaItem, 'attachments' | 'supplementary'>): { title: string; summary: ProjectSummarySource } | null {
  for (const attachment of [...item.supplementary, ...item.attachments]) {
    if (attachment.source.kind === 'projectSummary') return { title: attachment.title, summary: attachment.source.summary };
  }
  return null;
}
