// Live values read from the project register: the seed's "27 kehittämishanketta" is the number
// of projects running on 1.1.2024. Same filter as the register's "running on" view.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { projectTotals } from '../../../db/repositories/projects-repository';
import { projectQuerySchema } from '../../../shared/domain/project';
import { formatEuros } from '../../../shared/format/money';
import { assertNever, ServiceError } from '../../../shared/errors';
import { zodIssuesToFields } from '../dispatch';
import type { LiveValueQuery, LiveValueResolver } from './live-values';
import type { LiveValueMetric } from '../../../shared/domain/rich-text';

export function registerFilter(activeOn: string, areas: readonly string[]) {
  const parsed = projectQuerySchema.safeParse({ activeOn, areas: [...areas] });
  if (!parsed.success) throw new ServiceError('VALIDATION', 'Invalid live value query', zodIssuesToFields(parsed.error));
  return parsed.data;
}

/** "27" for a count, "12 500 €" for money: the text a live value shows. */
export function formatRegisterValue(metric: LiveValueMetric, totals: { count: number; grantedCents: number }): string {
  switch (metric) {
    case 'runningProjectCount':
      return String(totals.count);
    case 'runningGrantedCents':
      return formatEuros(totals.grantedCents);
    default:
      return assertNever(metric);
  }
}

export async function resolveRegisterValue(db: Kysely<Database>, query: LiveValueQuery): Promise<string> {
  return formatRegisterValue(query.metric, await projectTotals(db, registerFilter(query.activeOn, query.areas)));
}

export function registerResolver(db: Kysely<Database>): LiveValueResolver {
  return (query) => resolveRegisterValue(db, query);
}
