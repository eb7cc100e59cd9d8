// Optimistic concurrency for every row a form edits (agenda items, projects, people, settings):
// a save states the updatedAt it read (expectedUpdatedAt) and is refused with CONFLICT, writing
// nothing, when the row has been saved since – by another window, another app instance on the
// same data folder, or `npm run dev:web`. The check and the write run in one transaction, which
// begins IMMEDIATE (db/sqlite-dialect.ts), so two processes cannot both pass the check.
import { ServiceError } from '../../shared/errors';

/**
 * The stamp of a save: now, but always later than the previous one, so that expectedUpdatedAt
 * tells apart two saves in the same millisecond (or after the clock was set back).
 * `previous` is null for a new row; an unreadable previous stamp counts as none.
 */
export function nextTimestamp(now: Date, previous: string | null): string {
  const before = previous === null ? Number.NaN : Date.parse(previous);
  const floor = Number.isNaN(before) ? 0 : before + 1;
  return new Date(Math.max(now.getTime(), floor)).toISOString();
}

/**
 * CONFLICT (field expectedUpdatedAt, with the i18n key the form shows) unless the stored row
 * still carries the stamp the caller read. `what` names the row for the log only.
 */
export function assertUnchanged(what: string, storedUpdatedAt: string, expectedUpdatedAt: string, messageKey: string): void {
  if (storedUpdatedAt === expectedUpdatedAt) return;
  throw new ServiceError('CONFLICT', `${what} was saved at ${storedUpdatedAt || '(never)'}, not ${expectedUpdatedAt || '(never)'}`, [{ path: 'expectedUpdatedAt', message: messageKey }]);
}
