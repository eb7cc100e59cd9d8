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

export function registerFilter(activeOn: string, areas: readonly string[]) {
  const parsed = projectQuerySchema.safeParse({ activeOn, areas: [...areas] });
  if (!parsed.success) throw new ServiceError('VALIDATION', 'Invalid live value query', zodIssuesToFields(parsed.error));
  return parsed.data;
}

export async function resolveRegisterValue(db: Kysely<Database>, query: LiveValueQuery): Promise<string> {
  const totals = await projectTotals(db, registerFilter(query.activeOn, query.areas));
  switch (query.metric) {
    case 'runningProjectCount':
      return String(totals.count);
    case 'runningGrantedCents':
      return formatEuros(totals.grantedCents);
    default:
      return assertNever(query.metric);
  }
}

export function registerResolver(db: Kysely<Database>): LiveValueResolver {
  return (query) => resolveRegisterValue(db, query);
}
