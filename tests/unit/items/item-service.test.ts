import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { itemQuerySchema } from '../../../shared/domain/item-schema';
import { collectLiveValues } from '../../../electron/services/items/live-values';
import { draftOf } from '../../../electron/services/items/item-rules';
import { ItemService, versionCoalesceMs } from '../../../electron/services/items/item-service';
import { ProjectService } from '../../../electron/services/projects/project-service';
import { simpleShape } from '../../../shared/domain/resolution';
import { docOf, openingWithPoints, paragraphNode } from '../../../shared/domain/rich-text-build';
import { completeItem, openTestDb, rejection, runningProject } from './helpers';
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
    const review = await completeItem(t.deps, (await items.create('projectReview', null, 2025)).id);
    const empty = await items.create('empty');
    expect(review.title).toBe('Kehittämishankkeiden ajankohtaiskatsaus 2025');
    expect(review.bodyName).toBe('Sivistyslautakunta');
    expect(review.presenterTitle).toBe('Sivistysjohtaja');
    expect(simpleShape(empty.proposal)).toEqual({ opening: 'Lautakunta päättää', points: [''] });
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
    item = await items.update(item.id, { ...draftOf(item), title: 'ABCD', proposal: docOf(paragraphNode('Merkitsee tiedoksi.')) }, item.updatedAt);
    t.advance(versionCoalesceMs);
    await completeItem(t.deps, item.id);
    await items.setStatus(item.id, 'tarkastettavana');
    const versions = await items.versions(item.id);
    expect(versions.map((version) => [version.version, version.reason, version.snapshot.title])).toEqual([
      [1, 'create', 'Uusi asia'],
      [2, 'update', 'ABC'],
      [3, 'update', 'ABCD'],
      [4, 'update', 'ABCD'],
      [5, 'status', 'ABCD'],
    ]);
    expect(versions[4]?.snapshot.status).toBe('tarkastettavana');
  });

  it('freezes the approved proposal but lets the decision and meeting data change', async () => {
    const item = await completeItem(t.deps, (await items.create('projectReview', '2025-03-20')).id);
    const approved = await items.setStatus(item.id, 'hyvaksytty');
    const error = await rejection(items.update(item.id, { ...draftOf(approved), title: 'Muutettu' }, approved.updatedAt));
    expect(error.code).toBe('FROZEN');
    expect(error.fields).toEqual([{ path: 'title', message: 'items.error.frozen' }]);
    const shorter = { ...approved.proposal, content: approved.proposal.content.slice(0, 1) };
    expect((await rejection(items.update(item.id, { ...draftOf(approved), proposal: shorter }, approved.updatedAt))).code).toBe('FROZEN');
    const decision = docOf(paragraphNode('Merkitsi tiedoksi.'));
    const handled = await items.update(item.id, { ...draftOf(approved), decision, meetingDate: '2025-03-20', sectionNumber: 12 }, approved.updatedAt);
    expect(simpleShape(handled.decision ?? docOf())).toBe('Merkitsi tiedoksi.');
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
    const item = await completeItem(t.deps, (await items.create('projectReview', '2025-02-10')).id);
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
    const item = await completeItem(t.deps, (await items.create('projectReview', null, 2025)).id);
    await items.copyProposalToDecision(item.id);
    const approved = await items.setStatus(item.id, 'hyvaksytty');
    const copy = await items.duplicate(item.id);
    expect(copy.id).not.toBe(item.id);
    expect(copy.title).toBe(`${approved.title} (kopio)`);
    expect(copy.status).toBe('luonnos');
    expect(copy.decision).toBeNull();
    expect(copy.yearToCheck).toBe(2025);
    expect(collectLiveValues(copy.background)[0]?.frozenText).toBeNull();
    expect(copy.proposal).toEqual(approved.proposal);

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
    const item = await items.create('projectReview', '2025-03-20');
    const copied = await items.copyProposalToDecision(item.id);
    expect(simpleShape(copied.decision ?? docOf())).toEqual({ opening: 'Lautakunta päätti', points: (simpleShape(item.proposal) as { points: string[] }).points });
    const error = await rejection(items.copyProposalToDecision(item.id));
    expect(error.code).toBe('CONFLICT');
    expect(error.fields?.[0]).toEqual({ path: 'decision', message: 'items.error.decisionNotEmpty' });
    expect((await rejection(items.decideAsProposed(item.id))).code).toBe('CONFLICT');
  });

  it('copies a one-line proposal into a one-line decision, and records "Hyväksyttiin päätösehdotuksen mukaisesti" in one step', async () => {
    const item = await items.create('empty');
    const oneLine = await items.update(item.id, { ...draftOf(item), proposal: docOf(paragraphNode('Lautakunta merkitsee katsauksen tiedoksi.')) }, item.updatedAt);
    const copied = await items.copyProposalToDecision(oneLine.id);
    expect(simpleShape(copied.decision ?? docOf())).toBe('Lautakunta merkitsi katsauksen tiedoksi.');
    const other = await items.create('empty');
    const decided = await items.decideAsProposed(other.id);
    expect(simpleShape(decided.decision ?? docOf())).toBe('Hyväksyttiin päätösehdotuksen mukaisesti.');
    // An opening with no points is no decision yet: either action may still fill it.
    const opened = await items.create('empty');
    const withOpening = await items.update(opened.id, { ...draftOf(opened), decision: docOf(paragraphNode('Lautakunta päätti')) }, opened.updatedAt);
    expect(simpleShape((await items.decideAsProposed(withOpening.id)).decision ?? docOf())).toBe('Hyväksyttiin päätösehdotuksen mukaisesti.');
  });

  it('refuses to send, approve or put on the agenda an incomplete item, listing every missing part, and changes nothing', async () => {
    const item = await items.create('empty');
    const error = await rejection(items.setStatus(item.id, 'tarkastettavana'));
    expect(error.code).toBe('INCOMPLETE');
    expect(error.fields?.map((field) => field.message)).toEqual(['items.incomplete.title', 'items.incomplete.preparer', 'items.incomplete.presenter', 'items.incomplete.proposal', 'items.incomplete.appealBlanks']);
    expect((await items.get(item.id)).status).toBe('luonnos');
    expect((await items.versions(item.id)).length).toBe(1);
    const complete = await completeItem(t.deps, item.id);
    const filled = await items.update(item.id, {
      ...draftOf(complete),
      title: 'Tuntijako 2025',
      proposal: openingWithPoints('Lautakunta päättää', ['hyväksyä tuntijaon']),
      appeal: { textId: null, text: docOf(paragraphNode('Oikaisuvaatimus 14 päivän kuluessa.')) },
    }, complete.updatedAt);
    const approved = await items.setStatus(filled.id, 'hyvaksytty');
    // The agenda needs the meeting's date as well.
    const agendaError = await rejection(items.setStatus(item.id, 'esityslistalla'));
    expect(agendaError.fields).toEqual([{ path: 'meetingDate', message: 'items.incomplete.meetingDate' }]);
    const dated = await items.update(item.id, { ...draftOf(approved), meetingDate: '2025-04-10' }, approved.updatedAt);
    expect((await items.setStatus(dated.id, 'esityslistalla')).status).toBe('esityslistalla');
  });

  it('refuses a copy of last year\'s item until its years are checked', async () => {
    const original = await completeItem(t.deps, (await items.create('projectReview', '2024-01-23')).id);
    const copy = await items.duplicate(original.id);
    expect((await rejection(items.setStatus(copy.id, 'tarkastettavana'))).fields).toEqual([{ path: 'yearToCheck', message: 'items.incomplete.yearToCheck' }]);
    const checked = await items.update(copy.id, { ...draftOf(copy), yearToCheck: null }, copy.updatedAt);
    expect((await items.setStatus(checked.id, 'tarkastettavana')).status).toBe('tarkastettavana');
  });

  it('asks the project review for its year and never takes it from the clock', async () => {
    expect((await rejection(items.create('projectReview'))).fields).toEqual([{ path: 'meetingDate', message: 'validation.item.templateYearRequired' }]);
    // The clock says 2025; the meeting is in 2024.
    const review = await items.create('projectReview', '2024-01-23');
    expect(review.title).toBe('Kehittämishankkeiden ajankohtaiskatsaus 2024');
    expect(review.meetingDate).toBe('2024-01-23');
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
