// The first two answers the register needs are asked for before React mounts, so the
// requests travel while the bundle is still rendering. Each prefetched answer is used once.
import { call } from '../api';
import type { AppStatus } from '../../../shared/ipc/channels/app';
import type { ProjectListResult, ProjectQueryInput } from '../../../shared/domain/project';
import type { Envelope } from '../../../shared/ipc/define';

/** Key order must not matter: the prefetch and the register build the same query differently. */
function queryKey(query: ProjectQueryInput): string {
  return JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)));
}

let status: Promise<Envelope<AppStatus>> | null = null;
let list: { key: string; answer: Promise<Envelope<ProjectListResult>> } | null = null;

export function prefetchStartup(registerQuery: ProjectQueryInput | null): void {
  status = call('app:status', {});
  if (registerQuery) {
    const key = queryKey(registerQuery);
    list = { key, answer: call('projects:list', registerQuery) };
  }
}

export function takeStatus(): Promise<Envelope<AppStatus>> {
  const answer = status ?? call('app:status', {});
  status = null;
  return answer;
}

export function takeProjectList(query: ProjectQueryInput): Promise<Envelope<ProjectListResult>> {
  const key = queryKey(query);
  const prefetched = list?.key === key ? list.answer : null;
  list = null;
  if (!prefetched) return call('projects:list', query);
  // A failed prefetch (e.g. before recovery from a startup error) is asked again, not shown.
  return prefetched.then((envelope) => (envelope.ok ? envelope : call('projects:list', query)));
}
