import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { itemQuerySchema } from '../../../shared/domain/item-schema';
import { collectLiveValues } from '../../../electron/services/items/live-values';
import { draftOf } from '../../../electron/services/items/item-rules';
import { ItemService, versionCoalesceMs } from '../../../electron/services/items/item-service';
import { ProjectService } from '../../../electron/services/projects/project-service';
import { openTestDb, rejection, runningProject } from './helpers';
import type { TestDb } from './helpers';

let t: TestDb;
let items: ItemService;
let projects: ProjectService;

beforeEach(() => {
  t = openTestDb();
  items = new ItemService(t.deps);
  projects = new ProjectService(t.deps);
});
afterEach(() => {
  t.cleanup();
});


const liveText = (background: Parameters<typeof collectLiveValues>[0]) => collectLiveValues(background).map((value) => value.frozenText ?? value.text);

describe('ItemService', () => {
  it('creates from the project review template and lists, searches and filters', async () => {
    const review = await items.create('projectReview');
    const empty = await items.create('empty');
    expect(review.title).toBe('Kehittämishankkeiden ajankohtaiskatsaus 2025');
    expect(review.bodyName).toBe('Sivistyslautakunta');
    expect(review.presenterTitle).toBe('Sivistysjohtaja');
    expect(empty.proposal.opening).toBe('Lautakunta päättää');
    const all = await items.list(itemQuerySchema.parse({}));
    expect(all.map((row) => row.id).sort()).toEqual([review.id, empty.id].sort());
    // Search folds case and diacritics and reads the background text too.
    expect((await items.list(itemQuerySchema.parse({ search: 'KEHITTAMISHANKKEIDEN' }))).map((row) => row.id)).toEqual([review.id]);
    expect((await items.list(itemQuerySchema.parse({ search: 'strateginen valinta' }))).map((row) => row.id)).toEqual([review.id]);
    await items.setStatus(review.id, 'tarkastettavana');
    expect((await items.list(itemQuerySchema.parse({ statuses: ['tarkastettavana'] }))).map((row) => row.id)).toEqual([review.id]);
    const dated = await items.update(empty.id, { ...draftOf(empty), meetingDate: '2025-04-10' }, empty.updatedAt);
    expect((await items.list(itemQuerySchema.parse({ meetingDate: '2025-04-10' }))).map((row) => row.id)).toEqual([dated.id]);
  });

  it('autosaves, refuses a stale save with CONFLICT and changes nothing', async () => {
    const item = await items.create('empty');
    t.advance(1000);
    const saved = await items.update(item.id, { ...draftOf(item), title: 'Uusi otsikko' }, item.updatedAt);
    expect(saved.title).toBe('Uusi otsikko');
    expect(saved.updatedAt > item.updatedAt).toBe(true);
    const error = await rejection(items.update(item.id, { ...draftOf(item), title: 'Vanha välilehti' }, item.updatedAt));
    expect(error.code).toBe('CONFLICT');
    expect(error.fields?.[0]?.message).toBe('items.error.conflict');
    expect((await items.get(item.id)).title).toBe('Uusi otsikko');
  });

  it('keeps every change as a version, coalescing autosaves within a minute', async () => {
    let item = await items.create('empty');
    for (const title of ['A', 'AB', 'ABC']) {
      t.advance(5000);
      item = await items.update(item.id, { ...draftOf(item), title }, item.updatedAt);
    }
    t.advance(versionCoalesceMs);
    item = await items.update(item.id, { ...draftOf(item), title: 'ABCD' }, item.updatedAt);
    await items.setStatus(item.id, 'tarkastettavana');
    const versions = await items.versions(item.id);
    expect(versions.map((version) => [version.version, version.reason, version.snapshot.title])).toEqual([
      [1, 'create', 'Uusi asia'],
      [2, 'update', 'ABC'],
      [3, 'update', 'ABCD'],
      [4, 'status', 'ABCD'],
    ]);
    expect(versions[3]?.snapshot.status).toBe('tarkastettavana');
  });

  it('freezes the approved proposal but lets the decision and meeting data change', async () => {
    const item = await items.create('projectReview');
    const approved = await items.setStatus(item.id, 'hyvaksytty');
    const error = await rejection(items.update(item.id, { ...draftOf(approved), title: 'Muutettu' }, approved.updatedAt));
    expect(error.code).toBe('FROZEN');
    expect(error.fields).toEqual([{ path: 'title', message: 'items.error.frozen' }]);
    const points = approved.proposal.points.slice(0, 1);
    expect((await rejection(items.update(item.id, { ...draftOf(approved), proposal: { ...approved.proposal, points } }, approved.updatedAt))).code).toBe('FROZEN');
    const decision = { opening: 'Lautakunta päätti', openingSv: '', points: [{ id: 'd1', text: 'merkitä tiedoksi', textSv: '' }] };
    const handled = await items.update(item.id, { ...draftOf(approved), decision, meetingDate: '2025-03-20', sectionNumber: 12 }, approved.updatedAt);
    expect(handled.decision?.points[0]?.text).toBe('merkitä tiedoksi');
    expect(handled.sectionNumber).toBe(12);
    // Reopening the review makes the proposal editable again.
    const reopened = await items.setStatus(item.id, 'luonnos');
    expect((await items.update(item.id, { ...draftOf(reopened), title: 'Muutettu' }, reopened.updatedAt)).title).toBe('Muutettu');
  });

  it('follows the register in live values until approval, then keeps the approved figure', async () => {
    await projects.create(runningProject());
    const second = await projects.create(runningProject({ nameFi: 'Harrastamisen malli', grantedCents: 50_000 }));
    await projects.create(runningProject({ nameFi: 'Haettu', status: 'haettu' }));
    await projects.create(runningProject({ nameFi: 'Alkaa vuoden alussa', startDate: '2025-01-01' }));
    const item = await items.create('projectReview');
    expect(item.supplementary[0]?.source).toEqual({ kind: 'projectSummary', summary: { activeOn: '2025-01-01', areas: [] } });
    // The 2025 template asks about 1.1.2025: the project starting that day counts, the applied one does not.
    expect(liveText(item.background)).toEqual(['3']);
    await projects.delete(second.id, second.updatedAt);
    expect(liveText((await items.get(item.id)).background)).toEqual(['2']);
    await items.setStatus(item.id, 'hyvaksytty');
    await projects.restore(second.id);
    const approved = await items.get(item.id);
    expect(liveText(approved.background)).toEqual(['2']);
    expect(collectLiveValues(approved.background)[0]?.frozenText).toBe('2');
    // A save from an editor that refreshed the figure to "3" is not a change of the proposal.
    await items.update(item.id, draftOf(approved), approved.updatedAt);
    const reopened = await items.setStatus(item.id, 'luonnos');
    expect(liveText(reopened.background)).toEqual(['3']);
  });

  it('resolves register figures: count and granted euros by date and area', async () => {
    await projects.create(runningProject({ grantedCents: 1_000_000 }));
    await projects.create(runningProject({ area: 'lukiokoulutus', grantedCents: 250_000 }));
    expect(await items.resolveLiveValue({ metric: 'runningProjectCount', activeOn: '2024-01-01', areas: [] })).toEqual({ text: '2' });
    expect(await items.resolveLiveValue({ metric: 'runningProjectCount', activeOn: '2024-01-01', areas: ['lukiokoulutus'] })).toEqual({ text: '1' });
    expect(await items.resolveLiveValue({ metric: 'runningProjectCount', activeOn: '2022-01-01', areas: [] })).toEqual({ text: '0' });
    const euros = await items.resolveLiveValue({ metric: 'runningGrantedCents', activeOn: '2024-01-01', areas: [] });
    expect(euros.text.replace(/\s/gu, ' ')).toBe('12 500 €');
    expect((await rejection(items.resolveLiveValue({ metric: 'runningProjectCount', activeOn: '2024-01-01', areas: ['kuu'] }))).code).toBe('VALIDATION');
  });

  it('duplicates as a fresh draft and deletes softly with restore', async () => {
    const item = await items.create('projectReview');
    await items.copyProposalToDecision(item.id);
    const approved = await items.setStatus(item.id, 'hyvaksytty');
    const copy = await items.duplicate(item.id);
    expect(copy.id).not.toBe(item.id);
    expect(copy.title).toBe(`${approved.title} (kopio)`);
    expect(copy.status).toBe('luonnos');
    expect(copy.decision).toBeNull();
    expect(collectLiveValues(copy.background)[0]?.frozenText).toBeNull();
    expect(copy.proposal.points.map((point) => point.text)).toEqual(approved.proposal.points.map((point) => point.text));

    await items.delete(copy.id);
    expect((await items.list(itemQuerySchema.parse({}))).map((row) => row.id)).toEqual([item.id]);
    expect((await rejection(items.get(copy.id))).code).toBe('NOT_FOUND');
    expect((await rejection(items.delete(copy.id))).code).toBe('NOT_FOUND');
    const restored = await items.restore(copy.id);
    expect(restored.title).toBe(copy.title);
    expect((await rejection(items.restore(copy.id))).code).toBe('NOT_FOUND');
    expect((await items.versions(copy.id)).map((version) => version.reason)).toEqual(['create', 'delete', 'restore']);
  });

  it('copies the proposal into an empty decision only', async () => {
    const item = await items.create('projectReview');
    const copied = await items.copyProposalToDecision(item.id);
    expect(copied.decision?.opening).toBe('Lautakunta päätti');
    expect(copied.decision?.points.map((point) => point.text)).toEqual(item.proposal.points.map((point) => point.text));
    expect(copied.decision?.points.map((point) => point.id)).not.toEqual(item.proposal.points.map((point) => point.id));
    const error = await rejection(items.copyProposalToDecision(item.id));
    expect(error.code).toBe('CONFLICT');
    expect(error.fields?.[0]).toEqual({ path: 'decision', message: 'items.error.decisionNotEmpty' });
  });

  it('rejects an unknown preparer and a missing item, writing nothing', async () => {
    const item = await items.create('empty');
    const error = await rejection(items.update(item.id, { ...draftOf(item), title: 'X', preparerIds: ['nobody'] }, item.updatedAt));
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.[0]?.path).toBe('preparerIds.0');
    expect((await items.get(item.id)).title).toBe('Uusi asia');
    expect((await rejection(items.update('missing', draftOf(item), null))).code).toBe('NOT_FOUND');
    expect((await rejection(items.setStatus('missing', 'hyvaksytty'))).code).toBe('NOT_FOUND');
  });
});
