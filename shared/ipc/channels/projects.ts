import { z } from 'zod';
import { channel } from '../define';
import type { ExportFile } from '../define';
import { projectInputSchema, projectQuerySchema } from '../../domain/project';
import type { Project, ProjectListResult } from '../../domain/project';

const id = z.object({ id: z.string().min(1).max(64) });

export const projectChannels = {
  'projects:list': channel(projectQuerySchema).returns<ProjectListResult>(),
  'projects:get': channel(id).returns<Project>(),
  'projects:create': channel(projectInputSchema).returns<Project>(),
  'projects:update': channel(z.object({ id: z.string().min(1).max(64), input: projectInputSchema })).returns<Project>(),
  /** Soft delete, so that undo (projects:restore) brings the very same row back. */
  'projects:delete': channel(id).returns<{ id: string }>(),
  'projects:restore': channel(id).returns<Project>(),
  'projects:export': channel(z.object({ format: z.enum(['csv', 'xlsx']), query: projectQuerySchema })).returns<ExportFile>(),
};
