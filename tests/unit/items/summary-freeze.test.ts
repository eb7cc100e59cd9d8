// The project summary attached to an item is frozen with the proposal, like its live figures:
// approval keeps the rows it lists, the exported summary of the approved item shows them whatever
// the register says later, and reopening the proposal makes it follow the register again.
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ItemExportService } from '../../../electron/services/items/item-export';
import { ItemService } from '../../../electron/services/items/item-service';
import { draftOf } from '../../../electron/services/items/item-rules';
import { ProjectService } from '../../../electron/services/projects/project-service';
import type { AgendaItem, ProjectSummarySource } from '../../../shared/domain/item';
import type { ExportFile } from '../../../shared/ipc/define';
import { toSummaryProject } from '../../../shared/domain/summary-project';
import { completeItem, openTestDb, rejection, runningProject } from './helpers';
import type { TestDb } from './helpers';

let t: TestDb;
let items: ItemService;
let projects: ProjectService;
let exports: ItemExportService;

beforeEach(() => {
  t = openTestDb();
  items = new ItemService(t.deps);
  projects = new ProjectService(t.deps);
  exports = new ItemExportService(t.deps);
});
afterEach(() => {
  t.cleanup();
});

function summaryOf(item: AgendaItem): ProjectSummarySource {
  const source = item.supplementary[0]?.source;
  if (source?.kind !== 'projectSummary') throw new Error('no summary');
  return source.summary;
}

/** The summary document's text: its project names and the "N hanketta" line. */
async function summaryText(file: ExportFile): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((match) => match[1]).join('|');
}

describe('the project summary of an approved item', () => {
  it('keeps the approved rows while the register changes, and follows the register again once reopened', async () => {
    await projects.create(runningProject({ nameFi: 'Kielikylpy vahvaksi' }));
    const later = await projects.create(runningProject({ nameFi: 'Harrastamisen malli' }));
    await projects.create(runningProject({ nameFi: 'Haettu vasta', status: 'haettu' }));
    const item = await completeItem(t.deps, (await items.create('projectReview', '2025-03-20')).id);
    expect(summaryOf(item).frozen).toBeUndefined();
    expect(await summaryText(await exports.exportItemSummary(item.id))).toContain('2 hanketta');

    const approved = await items.setStatus(item.id, 'hyvaksytty');
    expect(summaryOf(approved).frozen?.projects.map((project) => project.nameFi).sort()).toEqual(['Harrastamisen malli', 'Kielikylpy vahvaksi']);
    expect(summaryOf(approved).frozen?.at).toBe(t.deps.now().toISOString());

    await projects.delete(later.id, later.updatedAt);
    await projects.create(runningProject({ nameFi: 'Uusi hanke', grantedCents: 10_000 }));
    const frozenText = await summaryText(await exports.exportItemSummary(item.id));
    expect(frozenText).toContain('2 hanketta');
    expect(frozenText).toContain('Harrastamisen malli');
    expect(frozenText).not.toContain('Uusi hanke');
    // The item's own title heads the document.
    expect(frozenText).toContain(approved.supplementary[0]?.title);
    // An editor's save of the approved item (carrying the rows it was given) changes nothing.
    expect((await items.update(item.id, draftOf(approved), approved.updatedAt)).updatedAt).toBe(approved.updatedAt);

    const reopened = await items.setStatus(item.id, 'luonnos');
    expect(summaryOf(reopened)).toEqual({ activeOn: summaryOf(item).activeOn, areas: [] });
    const liveText = await summaryText(await exports.exportItemSummary(item.id));
    expect(liveText).toContain('Uusi hanke');
    expect(liveText).not.toContain('Harrastamisen malli');
  });

  it('ignores rows a draft brings for an open proposal, and a duplicate of an approved item follows the register', async () => {
    await projects.create(runningProject());
    const item = await completeItem(t.deps, (await items.create('projectReview', '2025-03-20')).id);
    const fake = { at: '2020-01-01T00:00:00.000Z', projects: [] };
    const draft = draftOf(item);
    const withRows = { ...draft, supplementary: draft.supplementary.map((entry) => ({ ...entry, source: { kind: 'projectSummary' as const, summary: { ...summaryOf(item), frozen: fake } } })) };
    t.advance(1000);
    const saved = await items.update(item.id, withRows, item.updatedAt);
    expect(summaryOf(saved).frozen).toBeUndefined();
    expect(summaryOf(await items.get(item.id)).frozen).toBeUndefined();

    await items.setStatus(item.id, 'hyvaksytty');
    const copy = await items.duplicate(item.id);
    expect(summaryOf(copy).frozen).toBeUndefined();
  });

  it('takes an approved item\'s rows from the register, not from its input, and freezes a summary among the attachments too', async () => {
    await projects.create(runningProject({ nameFi: 'Oikea hanke' }));
    const template = await items.create('projectReview', '2025-03-20');
    const forged = { at: '2020-01-01T00:00:00.000Z', projects: [{ ...toSummaryProject({ id: 'x', nameFi: 'Keksitty', area: 'muu', funder: 'muu', grantType: 'muu', grantedCents: 1, totalBudgetCents: 1, startDate: null, endDate: null, status: 'kaynnissa', isSample: false }) }] };
    const entry = template.supplementary[0]!;
    const asAttachment = { ...entry, id: 'liite-1', source: { kind: 'projectSummary' as const, summary: { ...summaryOf(template), frozen: forged } } };
    const imported = await items.createFromDraft({ ...draftOf(template), supplementary: [], attachments: [asAttachment] }, { status: 'hyvaksytty' });
    const source = imported.attachments[0]?.source;
    expect(source?.kind === 'projectSummary' ? source.summary.frozen?.projects.map((project) => project.nameFi) : null).toEqual(['Oikea hanke']);
    expect(await summaryText(await exports.exportItemSummary(imported.id))).toContain('Oikea hanke');
  });

  it('refuses to export the summary of an item that has none', async () => {
    const empty = await items.create('empty');
    const error = await rejection(exports.exportItemSummary(empty.id));
    expect([error.code, error.fields]).toEqual(['VALIDATION', [{ path: 'supplementary', message: 'items.error.noSummary' }]]);
  });
});
