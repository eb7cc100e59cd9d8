// The body's standard appeal texts: the secretary keeps them in settings; an item copies the one
// it picks (so later edits never change minutes already written).
import type { AppealText } from '../../../shared/domain/appeal';
import { ServiceError } from '../../../shared/errors';
import type { AppealTextInput } from '../../../shared/ipc/channels/appeal-texts';
import * as repo from '../../../db/repositories/appeal-texts-repository';
import { getBody } from '../../../db/repositories/bodies-repository';
import type { HandlerFactory } from '../handler-factories';
import type { ServiceDeps } from '../service-deps';

function notFound(id: string): ServiceError {
  return new ServiceError('NOT_FOUND', `No appeal text ${id}`, [{ path: 'id', message: 'items.error.appealTextNotFound' }]);
}

export class AppealTextService {
  constructor(private readonly deps: ServiceDeps) {}

  /** forBody null: every text; a body: its own and those for every body. */
  list(forBody: string | null = null): Promise<AppealText[]> {
    return repo.listAppealTexts(this.deps.db, forBody);
  }

  /** A newer stamp than the stored one even within the same millisecond, so CONFLICT can tell saves apart. */
  private stamp(previous: string | null): string {
    const now = this.deps.now().getTime();
    return new Date(Math.max(now, previous === null ? 0 : Date.parse(previous) + 1)).toISOString();
  }

  async save(input: AppealTextInput): Promise<AppealText> {
    return this.deps.db.transaction().execute(async (trx) => {
      if (input.bodyId !== null && !(await getBody(trx, input.bodyId))) {
        throw new ServiceError('VALIDATION', `No body ${input.bodyId}`, [{ path: 'bodyId', message: 'items.error.appealTextBodyUnknown' }]);
      }
      if (input.id === null) {
        const created: AppealText = { id: this.deps.newId(), kind: input.kind, name: input.name, text: input.text, sortOrder: await repo.nextAppealSortOrder(trx), bodyId: input.bodyId, updatedAt: this.stamp(null) };
        await repo.insertAppealText(trx, created, created.updatedAt);
        return created;
      }
      const stored = await repo.getAppealText(trx, input.id);
      if (!stored) throw notFound(input.id);
      if (input.expectedUpdatedAt !== null && input.expectedUpdatedAt !== stored.updatedAt) {
        throw new ServiceError('CONFLICT', `Appeal text ${input.id} was saved at ${stored.updatedAt}`, [{ path: 'expectedUpdatedAt', message: 'items.error.appealTextConflict' }]);
      }
      const next: AppealText = { ...stored, kind: input.kind, name: input.name, text: input.text, bodyId: input.bodyId, updatedAt: this.stamp(stored.updatedAt) };
      await repo.updateAppealText(trx, next);
      return next;
    });
  }

  async delete(id: string): Promise<{ id: string }> {
    return this.deps.db.transaction().execute(async (trx) => {
      if (!(await repo.softDeleteAppealText(trx, id, this.deps.now().toISOString()))) throw notFound(id);
      return { id };
    });
  }
}

export const appealTextHandlers: HandlerFactory = (deps) => {
  const service = () => new AppealTextService(deps());
  return {
    'appealTexts:list': ({ bodyId }) => service().list(bodyId),
    'appealTexts:save': (input) => service().save(input),
    'appealTexts:delete': ({ id }) => service().delete(id),
  };
};
