// Issue 7, no lost updates: a change of a project, a person or the settings states the updatedAt
// it read; a change of a row saved since is refused with CONFLICT and writes nothing. The clock
// of these tests stands still, so every save happens "in the same millisecond".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/services/app-context';
import { dispatch } from '../../../electron/services/dispatch';
import { handlerFactories } from '../../../electron/services/handler-factories';
import type { HandlerTable } from '../../../electron/services/dispatch';
import { PeopleService } from '../../../electron/services/people/people-service';
import { ProjectService } from '../../../electron/services/projects/project-service';
import { SettingsService, withDefaults } from '../../../electron/services/settings/settings-service';
import { nextTimestamp } from '../../../electron/services/updated-at';
import { projectQuerySchema } from '../../../shared/domain/project';
import { defaultSettings } from '../../../shared/domain/settings';
import type { Person } from '../../../shared/domain/item';
import type { OrganisationSettings } from '../../../shared/domain/settings';
import { tempDir } from '../db/helpers';
import { openTestDb, rejection, runningProject } from '../items/helpers';
import type { TestDb } from '../items/helpers';

let t: TestDb;
let projects: ProjectService;
let people: PeopleService;
let settings: SettingsService;
beforeEach(() => {
  t = openTestDb();
  projects = new ProjectService(t.deps);
  people = new PeopleService(t.deps);
  settings = new SettingsService(t.deps);
});
afterEach(() => { t.cleanup(); });

/** The settings' stored fields, without the stamp. */
const defaultValues = withDefaults(defaultSettings);
const conflictAt = (message: string) => [{ path: 'expectedUpdatedAt', message }];

describe('nextTimestamp', () => {
  it('is now, or one millisecond after the previous stamp when the clock has not moved past it', () => {
    const now = new Date('2025-03-01T08:00:00.000Z');
    expect(nextTimestamp(now, null)).toBe('2025-03-01T08:00:00.000Z');
    expect(nextTimestamp(now, '2025-03-01T07:00:00.000Z')).toBe('2025-03-01T08:00:00.000Z');
    expect(nextTimestamp(now, '2025-03-01T08:00:00.000Z')).toBe('2025-03-01T08:00:00.001Z');
    // The clock set back does not make a stamp go back.
    expect(nextTimestamp(now, '2025-03-01T09:00:00.000Z')).toBe('2025-03-01T09:00:00.001Z');
    // A row written before stamps existed ('') counts as never saved.
    expect(nextTimestamp(now, '')).toBe('2025-03-01T08:00:00.000Z');
  });
});

describe('projects', () => {
  it('refuses a save over a newer save with CONFLICT and keeps the newer one, also in the list', async () => {
    const read = await projects.create(runningProject({ nameFi: 'Alkuperäinen' }));
    // Two windows read the same project; the first saves (in the same millisecond as the create).
    const first = await projects.update(read.id, runningProject({ nameFi: 'Ensimmäisen ikkunan nimi' }), read.updatedAt);
    expect(first.updatedAt > read.updatedAt).toBe(true);
    const error = await rejection(projects.update(read.id, runningProject({ nameFi: 'Toisen ikkunan nimi' }), read.updatedAt));
    expect([error.code, error.fields]).toEqual(['CONFLICT', conflictAt('projects.error.conflict')]);
    expect(await projects.get(read.id)).toEqual(first);
    expect((await projects.list(projectQuerySchema.parse({}))).rows.map((row) => row.nameFi)).toEqual(['Ensimmäisen ikkunan nimi']);
    // Saving again against the newest stored version (the user overwrites knowingly) goes through.
    const second = await projects.update(read.id, runningProject({ nameFi: 'Toisen ikkunan nimi' }), first.updatedAt);
    expect(second.nameFi).toBe('Toisen ikkunan nimi');
    expect(second.updatedAt > first.updatedAt).toBe(true);
  });

  it('refuses to delete a project saved since the list was read, and deletes it once asked again', async () => {
    const listed = await projects.create(runningProject());
    const edited = await projects.update(listed.id, runningProject({ status: 'paattynyt' }), listed.updatedAt);
    const error = await rejection(projects.delete(listed.id, listed.updatedAt));
    expect([error.code, error.fields]).toEqual(['CONFLICT', conflictAt('projects.error.deleteConflict')]);
    expect(await projects.get(listed.id)).toEqual(edited);
    expect(await projects.delete(listed.id, edited.updatedAt)).toEqual({ id: listed.id });
    expect((await rejection(projects.get(listed.id))).code).toBe('NOT_FOUND');
    // Undo brings back the project with the other window's edit in it.
    expect(await projects.restore(listed.id)).toEqual(edited);
  });
});

describe('people', () => {
  it('refuses a save over a newer save with CONFLICT and writes nothing', async () => {
    const created = await people.save({ id: null, name: 'Maija Meikäläinen', title: 'rehtori', phone: '', email: '', expectedUpdatedAt: null });
    expect(created.updatedAt).toBe(t.deps.now().toISOString());
    expect(await people.list()).toEqual([created]);
    const first = await people.save({ ...created, title: 'apulaisrehtori', expectedUpdatedAt: created.updatedAt });
    expect(first.updatedAt > created.updatedAt).toBe(true);
    const error = await rejection(people.save({ ...created, phone: '040 123', expectedUpdatedAt: created.updatedAt }));
    expect([error.code, error.fields]).toEqual(['CONFLICT', conflictAt('items.error.personConflict')]);
    expect(await people.list()).toEqual([first]);
  });

  it('needs the updatedAt it read to change a person, also through the contract', async () => {
    const created = await people.save({ id: null, name: 'Maija', title: '', phone: '', email: '', expectedUpdatedAt: null });
    const error = await rejection(people.save({ ...created, name: 'Maija M.', expectedUpdatedAt: null }));
    expect([error.code, error.fields]).toEqual(['VALIDATION', [{ path: 'expectedUpdatedAt', message: 'validation.required' }]]);
    const handlers = handlerTable();
    const envelope = await dispatch(handlers, 'people:save', { id: created.id, name: 'Maija M.' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'expectedUpdatedAt', message: 'validation.required' }] } });
    expect(await people.list()).toEqual([created]);
  });

  it('refuses to delete a person saved since the list was read', async () => {
    const listed = await people.save({ id: null, name: 'Maija', title: '', phone: '', email: '', expectedUpdatedAt: null });
    const edited = await people.save({ ...listed, phone: '040 765 4321', expectedUpdatedAt: listed.updatedAt });
    const error = await rejection(people.delete(listed.id, listed.updatedAt));
    expect([error.code, error.fields]).toEqual(['CONFLICT', conflictAt('items.error.personDeleteConflict')]);
    expect(await people.list()).toEqual([edited]);
    expect(await people.delete(listed.id, edited.updatedAt)).toEqual({ id: listed.id });
    expect(await people.list()).toEqual([]);
  });
});

describe('settings', () => {
  it('are never saved in a new database (updatedAt ""), and the first save over another first save is refused', async () => {
    expect(await settings.get()).toEqual(defaultSettings);
    const first = await settings.update({ ...defaultValues, bodyName: 'Opetus- ja kasvatuslautakunta' }, '');
    expect(first).toEqual({ ...defaultValues, bodyName: 'Opetus- ja kasvatuslautakunta', updatedAt: t.deps.now().toISOString() });
    const error = await rejection(settings.update({ ...defaultValues, presenterName: 'Toinen Ikkuna' }, ''));
    expect([error.code, error.fields]).toEqual(['CONFLICT', conflictAt('items.error.settingsConflict')]);
    expect(await settings.get()).toEqual(first);
    const second = await settings.update({ ...defaultValues, presenterName: 'Toinen Ikkuna' }, first.updatedAt);
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(await settings.get()).toEqual(second);
  });

  it('keep the stamp out of the stored value', async () => {
    const saved = await settings.update({ ...defaultValues, unit: 'Sivistyspalvelut' }, '');
    const value = t.handle.sqlite.prepare("SELECT value, updated_at FROM settings WHERE key = 'organisation'").get() as { value: string; updated_at: string };
    expect(JSON.parse(value.value)).toEqual(defaultValues);
    expect(value.updated_at).toBe(saved.updatedAt);
  });

  it('need the updatedAt they were read with through the contract', async () => {
    const envelope = await dispatch(handlerTable(), 'settings:update', defaultValues);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'expectedUpdatedAt', message: 'validation.required' }] } });
    expect(await settings.get()).toEqual(defaultSettings);
  });
});

describe('the demo database', () => {
  it('stamps its people and settings with the time it was made, so their first edit can be checked', async () => {
    const made = new Date('2026-01-05T09:00:00.000Z');
    const context = openAppContext({ dataDir: tempDir(), seedDemoIfNew: true, now: () => made });
    try {
      const listed = await dispatch(context.handlers, 'people:list', {});
      const stored = await dispatch(context.handlers, 'settings:get', {});
      // Five people: the seed's preparer, three others, and the director (a user since issue 9).
      expect(listed.ok && (listed.value as Person[]).map((person) => person.updatedAt)).toEqual(Array(5).fill(made.toISOString()));
      expect(stored.ok && (stored.value as OrganisationSettings).updatedAt).toBe(made.toISOString());
    } finally {
      context.close();
    }
  });
});

describe('the contract', () => {
  it('needs expectedUpdatedAt for projects:update and projects:delete', async () => {
    const created = await projects.create(runningProject());
    const handlers = handlerTable();
    for (const [channel, input] of [['projects:update', { id: created.id, input: runningProject({ nameFi: 'X' }) }], ['projects:delete', { id: created.id }]] as const) {
      const envelope = await dispatch(handlers, channel, input);
      expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'expectedUpdatedAt', message: 'validation.required' }] } });
    }
    expect(await projects.get(created.id)).toEqual(created);
    const stale = await dispatch(handlers, 'projects:update', { id: created.id, input: runningProject({ nameFi: 'X' }), expectedUpdatedAt: '2020-01-01T00:00:00.000Z' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: conflictAt('projects.error.conflict') } });
    expect(await projects.get(created.id)).toEqual(created);
  });
});

function handlerTable(): HandlerTable {
  const table: HandlerTable = {};
  for (const factory of handlerFactories) Object.assign(table, factory(() => t.deps));
  return table;
}
