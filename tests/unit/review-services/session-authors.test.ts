// Who is working (issue 9): the current user per app instance, remembered for the next start, and
// the author on every version. A database where nobody has a role stays permissive.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ItemService } from '../../../electron/services/items/item-service';
import { PeopleService } from '../../../electron/services/people/people-service';
import { SessionService } from '../../../electron/services/session/session-service';
import { newSessionMemory } from '../../../electron/services/session/session-memory';
import { VersionsService } from '../../../electron/services/review/versions-service';
import { draftOf } from '../../../shared/domain/item-schema';
import { paragraphsDoc } from '../../../shared/domain/rich-text';
import { openTestDb, rejection } from '../items/helpers';
import type { TestDb } from '../items/helpers';
import { actAs, addPerson, addUsers, readyItem } from './helpers';

let t: TestDb;
beforeEach(() => {
  t = openTestDb();
});
afterEach(() => {
  t.cleanup();
});

describe('the current user', () => {
  it('is only a person with a role, and is remembered for the next start of the app', async () => {
    const session = new SessionService(t.deps);
    expect(await session.get()).toEqual({ user: null, users: [] });
    const helper = await addPerson(t.deps, 'Liisa Lisätieto', null);
    const { secretary, director } = await addUsers(t.deps);

    const notUser = await rejection(session.setUser(helper.id));
    expect([notUser.code, notUser.fields]).toEqual(['VALIDATION', [{ path: 'personId', message: 'reviewService.error.notAUser' }]]);
    const unknown = await rejection(session.setUser('nobody'));
    expect([unknown.code, unknown.fields]).toEqual(['NOT_FOUND', [{ path: 'personId', message: 'reviewService.error.userNotFound' }]]);
    expect((await session.get()).user).toBeNull();

    const state = await session.setUser(secretary.id);
    expect(state.user?.name).toBe('Sanna Sihteeri');
    expect(state.users.map((user) => [user.name, user.role])).toEqual([['Mikko Saari', 'esittelija'], ['Sanna Sihteeri', 'valmistelija']]);

    // The next start (a fresh memory on the same database) takes up the last choice …
    const nextStart = { ...t.deps, session: newSessionMemory() };
    expect((await new SessionService(nextStart).get()).user?.id).toBe(secretary.id);
    // … while another instance running meanwhile keeps its own user.
    await new SessionService(nextStart).setUser(director.id);
    expect((await session.get()).user?.id).toBe(secretary.id);
    expect((await new SessionService(nextStart).get()).user?.id).toBe(director.id);
  });

  it('stops being the user once their role is taken away', async () => {
    const { secretary } = await addUsers(t.deps);
    await actAs(t.deps, secretary);
    await new PeopleService(t.deps).save({ ...secretary, role: null, expectedUpdatedAt: secretary.updatedAt });
    expect((await new SessionService(t.deps).get()).user).toBeNull();
  });
});

describe('authors of versions', () => {
  it('are recorded with every version, with a stored summary, and the history keeps the name after the person is removed', async () => {
    const items = new ItemService(t.deps);
    const { secretary } = await addUsers(t.deps);
    const writer = await addPerson(t.deps, 'Kaisa Kirjoittaja', 'valmistelija');
    await actAs(t.deps, writer);
    const created = await items.create('empty');
    t.advance(120_000);
    const updated = await items.update(created.id, { ...draftOf(created), title: 'Uusi otsikko', background: paragraphsDoc(['Ensimmäinen kappale.']) }, created.updatedAt);
    await actAs(t.deps, secretary);
    t.advance(120_000);
    await items.update(created.id, { ...draftOf(updated), title: 'Uusi otsikko 2' }, updated.updatedAt);

    await new PeopleService(t.deps).delete(writer.id, writer.updatedAt);
    const history = await new VersionsService(t.deps).list(created.id);
    expect(history.map((entry) => [entry.version, entry.reason, entry.author.name])).toEqual([
      [1, 'create', 'Kaisa Kirjoittaja'],
      [2, 'update', 'Kaisa Kirjoittaja'],
      [3, 'update', 'Sanna Sihteeri'],
    ]);
    expect(history[0]?.summary).toBeNull();
    expect(history[1]?.summary?.fields.map((field) => field.field)).toEqual(['title', 'background']);
    expect(history[2]?.summary?.fields.map((field) => field.field)).toEqual(['title']);
    // Stored at write time, not computed on read.
    const stored = t.handle.sqlite.prepare('SELECT version, author_id, author_name, summary IS NOT NULL AS hasSummary FROM item_versions WHERE item_id = ? ORDER BY version').all(created.id);
    expect(stored).toEqual([
      { version: 1, author_id: writer.id, author_name: 'Kaisa Kirjoittaja', hasSummary: 1 },
      { version: 2, author_id: writer.id, author_name: 'Kaisa Kirjoittaja', hasSummary: 1 },
      { version: 3, author_id: secretary.id, author_name: 'Sanna Sihteeri', hasSummary: 1 },
    ]);
  });

  it("does not fold one person's autosave into another's within the minute", async () => {
    const items = new ItemService(t.deps);
    const { secretary, director } = await addUsers(t.deps);
    await actAs(t.deps, secretary);
    const created = await items.create('empty');
    t.advance(120_000);
    const first = await items.update(created.id, { ...draftOf(created), title: 'A' }, created.updatedAt);
    t.advance(1000);
    const second = await items.update(created.id, { ...draftOf(first), title: 'AB' }, first.updatedAt);
    await actAs(t.deps, director);
    t.advance(1000);
    await items.update(created.id, { ...draftOf(second), title: 'ABC' }, second.updatedAt);
    const history = await new VersionsService(t.deps).list(created.id);
    expect(history.map((entry) => [entry.version, entry.author.name])).toEqual([[1, 'Sanna Sihteeri'], [2, 'Sanna Sihteeri'], [3, 'Mikko Saari']]);
  });

  it('with nobody a user (a legacy database), every action is allowed and recorded without an author', async () => {
    const items = new ItemService(t.deps);
    const created = await readyItem(t.deps);
    t.advance(120_000);
    const approved = await items.setStatus(created.id, 'hyvaksytty');
    expect(approved.status).toBe('hyvaksytty');
    const history = await new VersionsService(t.deps).list(created.id);
    expect(new Set(history.map((entry) => JSON.stringify(entry.author)))).toEqual(new Set([JSON.stringify({ personId: null, name: '' })]));
    const events = t.handle.sqlite.prepare('SELECT kind, actor_id, actor_name FROM item_review_events').all();
    expect(events).toEqual([{ kind: 'approved', actor_id: null, actor_name: '' }]);
  });
});
