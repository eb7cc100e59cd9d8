// Bodies (toimielimet, issue 8): the roster with personal deputies, those who attend by right, the
// default place, the term and the yearly § starts. A meeting copies the roster when created, so
// editing a body never rewrites minutes. A body with meetings is not deleted.
import type { Body } from '../../../shared/domain/body';
import { ServiceError } from '../../../shared/errors';
import type { BodyInput } from '../../../shared/ipc/channels/meetings';
import * as bodiesRepo from '../../../db/repositories/bodies-repository';
import * as meetingsRepo from '../../../db/repositories/meetings-repository';
import type { ServiceDeps } from '../service-deps';
import { assertUnchanged, nextTimestamp } from '../updated-at';
import { inTransaction } from '../transaction';

function bodyNotFound(id: string): ServiceError {
  return new ServiceError('NOT_FOUND', `No body ${id}`, [{ path: 'id', message: 'meetingService.error.bodyNotFound' }]);
}

export class BodyService {
  constructor(private readonly deps: ServiceDeps) {}

  list(): Promise<Body[]> {
    return bodiesRepo.listBodies(this.deps.db);
  }

  /** Adds (id null) or replaces a body; a replacement states the updatedAt it read. */
  async save(input: BodyInput, options: { isSample?: boolean } = {}): Promise<Body> {
    const ids = [...input.members.map((member) => member.id), ...input.others.map((other) => other.id)];
    const repeated = ids.findIndex((id, index) => ids.indexOf(id) !== index);
    if (repeated >= 0) throw new ServiceError('VALIDATION', `Roster id ${ids[repeated] ?? ''} repeats`, [{ path: 'members', message: 'validation.invalid' }]);
    if (input.termStart !== null && input.termEnd !== null && input.termEnd < input.termStart) {
      throw new ServiceError('VALIDATION', 'Term ends before it starts', [{ path: 'termEnd', message: 'validation.project.endBeforeStart' }]);
    }
    return inTransaction(this.deps.db, async (trx) => {
      const fields = {
        name: input.name,
        nameSv: input.nameSv,
        defaultPlace: input.defaultPlace,
        termStart: input.termStart,
        termEnd: input.termEnd,
        members: input.members,
        others: input.others,
        sectionStarts: input.sectionStarts,
      };
      if (input.id === null) {
        const now = nextTimestamp(this.deps.now(), null);
        const body: Body = { id: this.deps.newId(), ...fields, isSample: options.isSample ?? false, createdAt: now, updatedAt: now };
        await bodiesRepo.insertBody(trx, body);
        return body;
      }
      const stored = await bodiesRepo.getBody(trx, input.id);
      if (!stored) throw bodyNotFound(input.id);
      if (input.expectedUpdatedAt !== null) assertUnchanged(`Body ${input.id}`, stored.updatedAt, input.expectedUpdatedAt, 'meetingService.error.bodyConflict');
      const body: Body = { ...stored, ...fields, isSample: options.isSample ?? stored.isSample, updatedAt: nextTimestamp(this.deps.now(), stored.updatedAt) };
      await bodiesRepo.updateBody(trx, body);
      return body;
    });
  }

  async delete(id: string, expectedUpdatedAt: string): Promise<{ id: string }> {
    return inTransaction(this.deps.db, async (trx) => {
      const stored = await bodiesRepo.getBody(trx, id);
      if (!stored) throw bodyNotFound(id);
      assertUnchanged(`Body ${id}`, stored.updatedAt, expectedUpdatedAt, 'meetingService.error.bodyConflict');
      if ((await meetingsRepo.countMeetingsOfBody(trx, id)) > 0) {
        throw new ServiceError('CONFLICT', `Body ${id} has meetings`, [{ path: 'id', message: 'meetingService.error.bodyHasMeetings' }]);
      }
      await bodiesRepo.softDeleteBody(trx, id, nextTimestamp(this.deps.now(), stored.updatedAt));
      return { id };
    });
  }
}
