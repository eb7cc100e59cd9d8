// The project register's use cases: one transaction per change, NOT_FOUND for missing ids,
// CONFLICT for a change of a project saved since the caller read it (../updated-at.ts).
import { projectInputSchema } from '../../../shared/domain/project';
import type { Project, ProjectInput, ProjectListResult, ProjectQuery } from '../../../shared/domain/project';
import type { ExportFile } from '../../../shared/ipc/define';
import { ServiceError } from '../../../shared/errors';
import * as repo from '../../../db/repositories/projects-repository';
import { zodIssuesToFields } from '../dispatch';
import type { ServiceDeps } from '../service-deps';
import { assertUnchanged, nextTimestamp } from '../updated-at';
import { exportProjectsCsv } from './export-csv';
import { exportProjectsXlsx } from './export-xlsx';
import { totalsOf } from './project-totals';

/** The dispatch already parsed the input; this guards callers that bypass it (CLI, seeding). */
function checkDomainRules(input: ProjectInput): ProjectInput {
  const parsed = projectInputSchema.safeParse(input);
  if (!parsed.success) throw new ServiceError('VALIDATION', 'Invalid project', zodIssuesToFields(parsed.error));
  return parsed.data;
}

function notFound(id: string): ServiceError {
  return new ServiceError('NOT_FOUND', `No project ${id}`);
}

export class ProjectService {
  constructor(private readonly deps: ServiceDeps) {}

  private nowIso(): string {
    return this.deps.now().toISOString();
  }

  /** SQL filters and orders ids; the list rows come from the cache; totals from those rows. */
  async list(query: ProjectQuery): Promise<ProjectListResult> {
    const { db, sqlite, projectCache } = this.deps;
    const ids = repo.listProjectIdsSync(db, sqlite, query);
    const rows = await projectCache.resolve(ids, (missing) => repo.getListRowsByIds(db, missing));
    return { rows, totals: totalsOf(rows) };
  }

  private remember(project: Project): Project {
    this.deps.projectCache.put(project);
    return project;
  }

  async get(id: string): Promise<Project> {
    const project = await repo.getProject(this.deps.db, id);
    if (!project) throw notFound(id);
    return project;
  }

  async create(input: ProjectInput, options: { isSample?: boolean } = {}): Promise<Project> {
    const checked = checkDomainRules(input);
    const id = this.deps.newId();
    return this.deps.db.transaction().execute(async (trx) => {
      await repo.insertProject(trx, checked, { id, isSample: options.isSample ?? false, now: this.nowIso() });
      const created = await repo.getProject(trx, id);
      if (!created) throw new ServiceError('INTERNAL', `Project ${id} vanished after insert`);
      return this.remember(created);
    });
  }

  /** CONFLICT, writing nothing, unless the stored project still has the updatedAt the caller read. */
  async update(id: string, input: ProjectInput, expectedUpdatedAt: string): Promise<Project> {
    const checked = checkDomainRules(input);
    this.deps.projectCache.forget(id);
    return this.deps.db.transaction().execute(async (trx) => {
      const stored = await repo.getProject(trx, id);
      if (!stored) throw notFound(id);
      assertUnchanged(`Project ${id}`, stored.updatedAt, expectedUpdatedAt, 'projects.error.conflict');
      if (!(await repo.updateProject(trx, id, checked, nextTimestamp(this.deps.now(), stored.updatedAt)))) throw notFound(id);
      const updated = await repo.getProject(trx, id);
      if (!updated) throw notFound(id);
      return this.remember(updated);
    });
  }

  /** A delete is decided on what the list showed: CONFLICT if the project was saved since. */
  async delete(id: string, expectedUpdatedAt: string): Promise<{ id: string }> {
    return this.deps.db.transaction().execute(async (trx) => {
      const stored = await repo.getProject(trx, id);
      if (!stored) throw notFound(id);
      assertUnchanged(`Project ${id}`, stored.updatedAt, expectedUpdatedAt, 'projects.error.deleteConflict');
      if (!(await repo.softDeleteProject(trx, id, this.nowIso()))) throw notFound(id);
      return { id };
    });
  }

  async restore(id: string): Promise<Project> {
    return this.deps.db.transaction().execute(async (trx) => {
      if (!(await repo.restoreProject(trx, id))) throw notFound(id);
      const restored = await repo.getProject(trx, id);
      if (!restored) throw notFound(id);
      return this.remember(restored);
    });
  }

  async export(format: 'csv' | 'xlsx', query: ProjectQuery): Promise<ExportFile> {
    // Exports carry every field, so they read whole projects (not the cached list rows).
    const rows = await repo.listProjects(this.deps.db, query);
    const today = this.deps.now();
    return format === 'csv' ? exportProjectsCsv(rows, today) : exportProjectsXlsx(rows, today);
  }
}
