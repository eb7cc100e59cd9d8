// Search treats every dash as one: "2024-2025" finds "2024–2025", in rows written now and in rows
// whose search_text an earlier version folded with the dashes left as typed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchFold } from '../../../db/text-keys';
import { itemQuerySchema } from '../../../shared/domain/item-schema';
import { projectQuerySchema } from '../../../shared/domain/project';
import { ItemService } from '../../../electron/services/items/item-service';
import { ProjectService } from '../../../electron/services/projects/project-service';
import { openTestDb, runningProject } from '../items/helpers';
import type { TestDb } from '../items/helpers';

let t: TestDb;
let projects: ProjectService;
beforeEach(() => {
  t = openTestDb();
  projects = new ProjectService(t.deps);
});
afterEach(() => { t.cleanup(); });

const found = async (search: string) => (await projects.list(projectQuerySchema.parse({ search }))).rows.map((row) => row.nameFi).sort();
const dashes = ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212'];

describe('searchFold', () => {
  it.each(dashes)('folds %j to "-"', (dash) => {
    expect(searchFold(`Tasa${dash}arvo 2024${dash}2025`)).toBe('tasa-arvo 2024-2025');
  });
});

describe('search with dashes', () => {
  it('finds a name with any dash by any other dash, and words still all have to match', async () => {
    await projects.create(runningProject({ nameFi: 'Varhaiskasvatuksen tasa-arvo 2024–2025' }));
    await projects.create(runningProject({ nameFi: 'Kerhot 2024—2025' }));
    await projects.create(runningProject({ nameFi: 'Kerhot 2023-2024' }));
    for (const dash of dashes) {
      expect(await found(`2024${dash}2025`)).toEqual(['Kerhot 2024—2025', 'Varhaiskasvatuksen tasa-arvo 2024–2025']);
    }
    expect(await found('tasa–arvo 2024-2025')).toEqual(['Varhaiskasvatuksen tasa-arvo 2024–2025']);
    expect(await found('kerhot 2023‑2024')).toEqual(['Kerhot 2023-2024']);
    expect(await found('2025-2026')).toEqual([]);
  });

  it('finds projects whose stored search text still holds the dashes as an earlier version folded them', async () => {
    const old = await projects.create(runningProject({ nameFi: 'Tasa-arvo 2024–2025' }));
    // What the earlier searchFold wrote: lower case, marks folded, dashes as typed.
    t.handle.sqlite.prepare('UPDATE projects SET search_text = ? WHERE id = ?').run('tasa‐arvo 2024–2025', old.id);
    expect(await found('2024-2025')).toEqual(['Tasa-arvo 2024–2025']);
    expect(await found('tasa-arvo')).toEqual(['Tasa-arvo 2024–2025']);
    expect(await found('2024—2025')).toEqual(['Tasa-arvo 2024–2025']);
  });

  it('does the same in the agenda items list', async () => {
    const items = new ItemService(t.deps);
    const item = await items.create('empty');
    await items.create('empty');
    t.handle.sqlite.prepare('UPDATE agenda_items SET search_text = ? WHERE id = ?').run('hankkeet 2024–2025', item.id);
    const ids = async (search: string) => (await items.list(itemQuerySchema.parse({ search }))).map((row) => row.id);
    expect(await ids('2024-2025')).toEqual([item.id]);
    expect(await ids('hankkeet 2024−2025')).toEqual([item.id]);
  });
});
