import { z } from 'zod';
import { channel } from '../define';
import type { ExportFile } from '../define';
import { projectInputSchema, projectQuerySchema } from '../../domain/project';
import type { Project, ProjectListResult } from '../../domain/project';

const id = z.object({ id: z.string().min(1).max(64) });
/** The updatedAt the caller read: a change of a row saved since is refused with CONFLICT. */
const read = { id: z.string().min(1).max(64), expectedUpdatedAt: z.string({ error: 'validation.required' }).max(40) };

export const projectChannels = {
  'projects:list': channel(projectQuerySchema).returns<ProjectListResult>(),
  'projects:get': channel(id).returns<Project>(),
  'projects:create': channel(projectInputSchema).returns<Project>(),
  /** CONFLICT, nothing written, when the project was saved since the form read it (no lost updates between app instances). */
  'projects:update': channel(z.object({ ...read, input: projectInputSchema })).returns<Project>(),
  /**
   * Soft delete, so that undo (projects:restore) brings the very same row back. CONFLICT when the
   * project was saved since the list was read: the user decided on what they saw, so they are asked again.
   */
  'projects:delete': channel(z.object(read)).returns<{ id: string }>(),
  'projects:restore': channel(id).returns<Project>(),
  'projects:export': channel(z.object({ format: z.enum(['csv', 'xlsx']), query: projectQuerySchema })).returns<ExportFile>(),
};
