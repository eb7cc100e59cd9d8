// A real SQLite file per test in a temp folder, a controllable clock, and small builders.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../../db/connection';
import type { DatabaseHandle } from '../../../db/connection';
import type { ProjectInput } from '../../../shared/domain/project';
import { serviceDeps } from '../../../electron/services/service-deps';
import type { ServiceDeps } from '../../../electron/services/service-deps';
import { ServiceError } from '../../../shared/errors';
import type { AgendaItem } from '../../../shared/domain/item';
import { fillAppealBlanks } from '../../../shared/domain/appeal';
import { draftOf } from '../../../shared/domain/item-schema';
import { ItemService } from '../../../electron/services/items/item-service';
import { PeopleService } from '../../../electron/services/people/people-service';

export interface TestDb {
  dir: string;
  handle: DatabaseHandle;
  deps: ServiceDeps;
  /** Moves the clock forward. */
  advance(ms: number): void;
  cleanup(): void;
}

export function openTestDb(options: { targetVersion?: number } = {}): TestDb {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-items-'));
  const handle = openDatabase(path.join(dir, 'test.sqlite3'), options.targetVersion === undefined ? {} : { targetVersion: options.targetVersion });
  let clock = Date.parse('2025-03-01T08:00:00.000Z');
  return {
    dir,
    handle,
    deps: { ...serviceDeps(handle.db, handle.sqlite), now: () => new Date(clock), newId: () => randomUUID() },
    advance(ms) {
      clock += ms;
    },
    cleanup() {
      handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function runningProject(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    nameFi: 'Kielikylpy vahvaksi',
    nameSv: '',
    area: 'perusopetus',
    funder: 'OPH',
    grantType: 'valtionavustus',
    callName: '',
    grantedCents: 1_250_000,
    ownShareKind: 'percent',
    ownShareValue: 1500,
    totalBudgetCents: 1_470_600,
    startDate: '2023-08-01',
    endDate: '2025-06-30',
    partnership: false,
    scope: 'oma',
    partners: [],
    responsiblePerson: '',
    coordinator: '',
    status: 'kaynnissa',
    decisionNumber: '',
    decisionDate: null,
    reportDueDate: null,
    description: '',
    ...overrides,
  };
}

/** The ServiceError a call is refused with; fails the test when the call succeeds or throws anything else. */
export async function rejection(promise: Promise<unknown>): Promise<ServiceError> {
  const error: unknown = await promise.then(
    () => new Error('expected a rejection'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof ServiceError)) throw error;
  return error;
}

/**
 * An item that may move on (item-completeness.ts): a preparer from the people list, a named
 * presenter and appeal instructions without the presets' blanks, which a new item leaves for the
 * user to fill in.
 */
export async function completeItem(deps: ServiceDeps, id: string): Promise<AgendaItem> {
  const items = new ItemService(deps);
  const person = await new PeopleService(deps).save({ id: null, name: 'Maria Esimerkki', title: 'kehittämispäällikkö', phone: '', email: '', expectedUpdatedAt: null });
  const item = await items.get(id);
  const appeal = fillAppealBlanks(item.appeal.text, () => 'Sivistyslautakunta, PL 1, 67101 Kokkola');
  return items.update(id, { ...draftOf(item), preparerIds: [person.id], presenterName: 'Mikko Saari', appeal: { ...item.appeal, text: appeal } }, item.updatedAt);
}
