// Writing an agenda item with its version, shared by the item service and the meeting service
// (which moves items onto agendas and through a meeting): every change keeps a version, so any two
// can be compared; autosaves within a minute replace the previous autosave version.
import type { AgendaItem } from '../../../shared/domain/item';
import { ServiceError } from '../../../shared/errors';
import * as repo from '../../../db/repositories/items-repository';
import type { VersionReason } from '../../../db/repositories/items-repository';
import * as versionsRepo from '../../../db/repositories/item-versions-repository';
import type { ServiceDeps } from '../service-deps';

type Trx = ServiceDeps['db'];

/** Autosaves within this long of the previous autosave version replace it instead of adding one. */
export const versionCoalesceMs = 60_000;

export function itemNotFound(id: string): ServiceError {
  return new ServiceError('NOT_FOUND', `No agenda item ${id}`, [{ path: 'id', message: 'items.error.notFound' }]);
}

/** Writes the row and its version: a new version, or the latest autosave version replaced. Call inside a transaction. */
export async function writeItemVersion(trx: Trx, item: AgendaItem, reason: VersionReason, now: Date): Promise<void> {
  const latest = await versionsRepo.latestVersion(trx, item.id);
  const coalesce = reason === 'update' && latest?.reason === 'update' && now.getTime() - Date.parse(latest.createdAt) < versionCoalesceMs;
  const version = coalesce ? latest.version : (latest?.version ?? 0) + 1;
  if (latest === undefined) await repo.insertItem(trx, item, version);
  else if (!(await repo.updateItem(trx, item, version))) throw itemNotFound(item.id);
  if (coalesce) await versionsRepo.replaceVersion(trx, item, version, now.toISOString());
  else await versionsRepo.insertVersion(trx, item, version, reason, now.toISOString());
}
