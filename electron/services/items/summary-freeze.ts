// The project summary attached to an item is frozen with the proposal, like its live figures: on
// approval the register's rows it lists are kept in the attachment, so the summary exported with
// the approved item is the one the director approved, whatever the register says later. A reopened
// proposal drops them and follows the register again.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { listProjects } from '../../../db/repositories/projects-repository';
import type { AgendaItem, AttachmentRef, ProjectSummarySource } from '../../../shared/domain/item';
import type { Project } from '../../../shared/domain/project';
import { toSummaryProject } from '../../../shared/domain/summary-project';
import type { SummaryProject } from '../../../shared/domain/summary-project';
import { summaryProjects } from '../../export/project-summary';
import { registerFilter } from './register-values';

type AttachmentLists = Pick<AgendaItem, 'attachments' | 'supplementary'>;

/** Of the register's projects, the rows a summary lists: running on its date, in its areas. */
export function summaryRowsOf(projects: Project[], summary: ProjectSummarySource): SummaryProject[] {
  return summaryProjects(projects, summary.activeOn, summary.areas).map(toSummaryProject);
}

export async function liveSummaryProjects(db: Kysely<Database>, summary: ProjectSummarySource): Promise<SummaryProject[]> {
  return summaryRowsOf(await listProjects(db, registerFilter(summary.activeOn, summary.areas)), summary);
}

function summariesOf(lists: AttachmentLists): ProjectSummarySource[] {
  return [...lists.supplementary, ...lists.attachments].flatMap((attachment) => (attachment.source.kind === 'projectSummary' ? [attachment.source.summary] : []));
}

function mapSummaries(lists: AttachmentLists, visit: (summary: ProjectSummarySource) => ProjectSummarySource): AttachmentLists {
  const mapList = (list: AttachmentRef[]) =>
    list.map((attachment) => (attachment.source.kind === 'projectSummary' ? { ...attachment, source: { kind: 'projectSummary' as const, summary: visit(attachment.source.summary) } } : attachment));
  return { attachments: mapList(lists.attachments), supplementary: mapList(lists.supplementary) };
}

/** Keeps each summary's rows as rowsOf gives them now; a summary already frozen keeps its rows. */
export function freezeSummariesWith(lists: AttachmentLists, at: string, rowsOf: (summary: ProjectSummarySource) => SummaryProject[]): AttachmentLists {
  return mapSummaries(lists, (summary) => (summary.frozen ? summary : { ...summary, frozen: { at, projects: rowsOf(summary) } }));
}

export async function freezeSummaries(lists: AttachmentLists, db: Kysely<Database>, at: string): Promise<AttachmentLists> {
  const rows = new Map<ProjectSummarySource, SummaryProject[]>();
  for (const summary of summariesOf(lists)) if (!summary.frozen) rows.set(summary, await liveSummaryProjects(db, summary));
  return freezeSummariesWith(lists, at, (summary) => rows.get(summary) ?? []);
}

/** Back to following the register; also cleans a draft that carries rows it may not set. */
export function unfreezeSummaries(lists: AttachmentLists): AttachmentLists {
  return mapSummaries(lists, ({ activeOn, areas }) => ({ activeOn, areas }));
}

/** The draft as the user wrote it: summaries without the rows the service froze. */
export function withoutFrozenRows<Draft extends AttachmentLists>(draft: Draft): Draft {
  return { ...draft, ...unfreezeSummaries(draft) };
}
