// Issue 10: a record changed on both machines is never overwritten silently. The local one stays,
// the incoming one is kept whole in exchange_conflicts until the user picks: "keep local" (the
// next exchange then sends the local one as an update) or "keep incoming" (written, with an item
// version noting the file).
import { afterEach, describe, expect, it } from 'vitest';
import { draftOf } from '../../../shared/domain/item-schema';
import { projectInputSchema } from '../../../shared/domain/project';
import type { Project } from '../../../shared/domain/project';
import { call, closeMachines, demoMachine, emptyMachine, exportFrom, importInto, query, refused } from './helpers';
import type { Machine } from './helpers';

afterEach(closeMachines);

async function renameProject(machine: Machine, id: string, name: string): Promise<Project> {
  const project = await call(machine, 'projects:get', { id });
  // The input schema strips what is not input (id, stamps, the sample flag).
  const input = projectInputSchema.parse({ ...project, nameFi: name });
  return call(machine, 'projects:update', { id, input, expectedUpdatedAt: project.updatedAt });
}

async function retitleItem(machine: Machine, id: string, title: string): Promise<void> {
  const item = await call(machine, 'items:get', { id });
  await call(machine, 'items:update', { id, draft: { ...draftOf(item), title }, expectedUpdatedAt: item.updatedAt });
}

interface Pair {
  office: Machine;
  laptop: Machine;
  projectId: string;
  itemId: string;
}

/** Both machines start from the same data, then change the same project and the same draft item. */
async function changedOnBothSides(): Promise<Pair> {
  const office = await demoMachine();
  const { id: itemId } = await call(office, 'items:create', { template: 'empty' });
  const laptop = emptyMachine();
  await importInto(laptop, await exportFrom(office, { kind: 'all' }));
  const projectId = query<{ id: string }>(office, 'SELECT id FROM projects WHERE deleted_at IS NULL ORDER BY id LIMIT 1')[0]?.id ?? '';
  expect(projectId).not.toBe('');
  await renameProject(office, projectId, 'Toimiston nimi');
  await renameProject(laptop, projectId, 'Kannettavan nimi');
  await retitleItem(office, itemId, 'Toimiston otsikko');
  await retitleItem(laptop, itemId, 'Kannettavan otsikko');
  return { office, laptop, projectId, itemId };
}

describe('a record changed on both machines', () => {
  it('is a conflict: the local version stays, the incoming one is kept whole and listed', async () => {
    const { office, laptop, projectId, itemId } = await changedOnBothSides();
    const officeRows = query(office, 'SELECT * FROM projects ORDER BY id');
    const file = await exportFrom(laptop, { kind: 'all' });

    const report = await importInto(office, file);

    const conflicted = report.entries.filter((entry) => entry.action === 'conflict');
    expect(conflicted.map((entry) => [entry.kind, entry.id])).toEqual(expect.arrayContaining([['project', projectId], ['item', itemId]]));
    expect(conflicted.find((entry) => entry.id === projectId)?.title).toBe('Kannettavan nimi');
    expect(report.updated).toBe(0);
    expect(query(office, 'SELECT * FROM projects ORDER BY id')).toEqual(officeRows);
    expect(query<{ title: string }>(office, 'SELECT title FROM agenda_items WHERE id = ?', itemId)[0]?.title).toBe('Toimiston otsikko');
    const stored = query<{ entity_id: string; incoming: string }>(office, 'SELECT entity_id, incoming FROM exchange_conflicts WHERE entity_id = ?', projectId)[0];
    expect((JSON.parse(stored?.incoming ?? '{}') as { row: { name_fi: string } }).row.name_fi).toBe('Kannettavan nimi');
    const listed = await call(office, 'exchange:conflicts', {});
    expect(listed.map((conflict) => conflict.entityId)).toEqual(expect.arrayContaining([projectId, itemId]));
    expect(listed.every((conflict) => conflict.fileName === file.fileName)).toBe(true);
  });

  it('keep local: resolved, nothing written, and the next exchange sends the local version as an update', async () => {
    const { office, laptop, projectId } = await changedOnBothSides();
    await importInto(office, await exportFrom(laptop, { kind: 'all' }));
    const conflict = (await call(office, 'exchange:conflicts', {})).find((candidate) => candidate.entityId === projectId);
    if (!conflict) throw new Error('the project is in conflict');
    const before = query(office, 'SELECT * FROM projects ORDER BY id');

    const resolved = await call(office, 'exchange:resolveConflict', { id: conflict.id, keep: 'local' });

    expect(resolved.id).toBe(conflict.id);
    expect(query(office, 'SELECT * FROM projects ORDER BY id')).toEqual(before);
    expect((await call(office, 'exchange:conflicts', {})).some((candidate) => candidate.id === conflict.id)).toBe(false);
    expect(query<{ resolution: string }>(office, 'SELECT resolution FROM exchange_conflicts WHERE id = ?', conflict.id)[0]?.resolution).toBe('local');
    // A second choice of the same conflict is refused.
    expect((await refused(office, 'exchange:resolveConflict', { id: conflict.id, keep: 'incoming' })).code).toBe('CONFLICT');

    const back = await importInto(laptop, await exportFrom(office, { kind: 'all' }));
    expect(back.entries.find((entry) => entry.id === projectId)?.action).toBe('updated');
    expect(query<{ name_fi: string }>(laptop, 'SELECT name_fi FROM projects WHERE id = ?', projectId)[0]?.name_fi).toBe('Toimiston nimi');
  });

  it('keep incoming: the incoming version is written with a new item version, and both machines then agree', async () => {
    const { office, laptop, itemId } = await changedOnBothSides();
    const file = await exportFrom(laptop, { kind: 'all' });
    await importInto(office, file);
    const conflict = (await call(office, 'exchange:conflicts', {})).find((candidate) => candidate.entityId === itemId);
    if (!conflict) throw new Error('the item is in conflict');
    const versionBefore = query<{ version: number }>(office, 'SELECT max(version) AS version FROM item_versions WHERE item_id = ?', itemId)[0]?.version ?? 0;

    await call(office, 'exchange:resolveConflict', { id: conflict.id, keep: 'incoming' });

    const item = await call(office, 'items:get', { id: itemId });
    expect(item.title).toBe('Kannettavan otsikko');
    const newest = query<{ version: number; reason: string; note: string }>(office, 'SELECT version, reason, note FROM item_versions WHERE item_id = ? ORDER BY version DESC LIMIT 1', itemId)[0];
    expect(newest).toEqual({ version: versionBefore + 1, reason: 'update', note: `Ristiriita ratkaistu: otettiin tuotu versio siirtotiedostosta ${file.fileName}` });

    const back = await importInto(laptop, await exportFrom(office, { kind: 'item', id: itemId }));
    expect(back.entries.find((entry) => entry.id === itemId)).toMatchObject({ action: 'skipped', reason: 'ei muutoksia' });
  });

  it('a change made only here is kept when the file carries the version both last agreed on', async () => {
    const office = await demoMachine();
    const laptop = emptyMachine();
    const first = await exportFrom(office, { kind: 'all' });
    await importInto(laptop, first);
    const projectId = query<{ id: string }>(office, 'SELECT id FROM projects WHERE deleted_at IS NULL ORDER BY id LIMIT 1')[0]?.id ?? '';
    await renameProject(laptop, projectId, 'Vain kannettavalla');

    const again = await importInto(laptop, first);

    expect(again.entries.find((entry) => entry.id === projectId)).toMatchObject({ action: 'skipped', reason: 'tällä koneella uudempi' });
    expect(query<{ name_fi: string }>(laptop, 'SELECT name_fi FROM projects WHERE id = ?', projectId)[0]?.name_fi).toBe('Vain kannettavalla');
  });
});
