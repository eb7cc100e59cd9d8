// The issue 3 channels through the real handler table (openAppContext + dispatch) on a demo folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/services/app-context';
import type { AppContext } from '../../../electron/services/app-context-types';
import { dispatch } from '../../../electron/services/dispatch';
import { collectLiveValues } from '../../../electron/services/items/live-values';
import { draftOf } from '../../../electron/services/items/item-rules';
import type { AgendaItem, Person } from '../../../shared/domain/item';
import { richToPlainText } from '../../../shared/domain/rich-text';
import { appealBlankPattern } from '../../../shared/domain/appeal';
import type { AppealText } from '../../../shared/domain/appeal';
import { simpleShape } from '../../../shared/domain/resolution';
import { docOf } from '../../../shared/domain/rich-text-build';
import type { OrganisationSettings } from '../../../shared/domain/settings';
import type { AppError, Envelope, ExportFile } from '../../../shared/ipc/define';
import type { ItemSummary } from '../../../shared/ipc/channels/items';
import { seedItemId, seedPreparerId } from '../../../shared/demo/seed-item';

let dir: string;
let context: AppContext;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-handlers-'));
  context = openAppContext({ dataDir: dir, seedDemoIfNew: true });
});
afterAll(() => {
  context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function call(channel: string, input: unknown): Promise<Envelope<unknown>> {
  return dispatch(context.handlers, channel, input);
}
async function ok<T>(channel: string, input: unknown): Promise<T> {
  const envelope = await call(channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

async function failure(channel: string, input: unknown): Promise<AppError> {
  const envelope = await call(channel, input);
  if (envelope.ok) throw new Error(`${channel} succeeded unexpectedly`);
  return envelope.error;
}

async function documentXml(file: ExportFile): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'));
  const entry = zip.file('word/document.xml');
  if (!entry) throw new Error('no word/document.xml');
  return entry.async('string');
}

describe('issue 3 channels on the demo database', () => {
  it('holds the seed item with its proposal, decision, summary and the live value 27', async () => {
    const list = await ok<ItemSummary[]>('items:list', {});
    // The seed item, and the items of the demo meetings (issue 8), all sample data.
    expect(list.filter((row) => row.id === seedItemId).map((row) => row.title)).toEqual(['Kehittämishankkeiden ajankohtaiskatsaus 2024']);
    const item = await ok<AgendaItem>('items:get', { id: seedItemId });
    expect(simpleShape(item.proposal)).toEqual({ opening: 'Lautakunta päättää', points: ['merkitä kehittämishankkeiden ajankohtaiskatsauksen 2024 tiedoksi', 'lähettää asian tiedoksi kaupunginhallitukselle ja tarkastuslautakunnalle'] });
    expect((simpleShape(item.decision ?? docOf()) as { points: string[] }).points[2]).toBe('tarkistaa tämän pykälän välittömästi kokouksen yhteydessä.');
    expect(item.appeal.textId).toBe('appeal-ei-136');
    expect(item.presenterName).toBe('Mikko Saari');
    // Handled at its meeting, so its summary is frozen with the proposal: the 27 projects as approved.
    expect(item.supplementary[0]?.source).toEqual({ kind: 'projectSummary', summary: { activeOn: '2024-01-01', areas: [], frozen: { at: item.createdAt, projects: expect.any(Array) as unknown } } });
    const frozen = item.supplementary[0]?.source.kind === 'projectSummary' ? item.supplementary[0].source.summary.frozen : undefined;
    expect(frozen?.projects).toHaveLength(27);
    expect(collectLiveValues(item.background)).toEqual([expect.objectContaining({ text: '27', frozenText: '27' })]);
    expect(richToPlainText(item.background)).toContain('yhteensä 27 kehittämishanketta');
    expect(item.preparerIds).toEqual([seedPreparerId]);
    const people = await ok<Person[]>('people:list', {});
    expect(people.length).toBeGreaterThanOrEqual(4);
    const settings = await ok<OrganisationSettings>('settings:get', {});
    expect(settings).toMatchObject({ organisation: 'Kokkolan kaupunki', bodyName: 'Sivistyslautakunta', presenterTitle: 'Sivistysjohtaja', presenterName: 'Mikko Saari', proposalLabel: 'title' });
    // The demo fills in the presets' address blanks with sample data; a law's blank stays for the office.
    const texts = await ok<AppealText[]>('appealTexts:list', {});
    expect(texts.map((text) => text.id)).toEqual(['appeal-oikaisuvaatimus', 'appeal-kunnallisvalitus', 'appeal-hallintovalitus', 'appeal-ei-136', 'appeal-ei-muu-laki']);
    expect(richToPlainText(texts[0]?.text ?? docOf())).toContain('kirjaamo@example.fi');
    expect(texts.filter((text) => appealBlankPattern.test(richToPlainText(text.text))).map((text) => text.id)).toEqual(['appeal-hallintovalitus', 'appeal-ei-muu-laki']);
  });

  it('exports the seed item as a proposal and as minutes, and the project summary', async () => {
    const proposal = await ok<ExportFile>('items:export', { id: seedItemId, kind: 'proposal' });
    expect(proposal.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(proposal.fileName).toBe('2024-01-23 Kehittämishankkeiden ajankohtaiskatsaus 2024 - päätösehdotus.docx');
    const xml = await documentXml(proposal);
    expect(xml).toContain('Kehittämishankkeiden ajankohtaiskatsaus 2024');
    expect(xml).toContain('Maria Esimerkki');
    const minutes = await ok<ExportFile>('items:export', { id: seedItemId, kind: 'minutes' });
    expect(await documentXml(minutes)).toContain('tarkistaa tämän pykälän välittömästi kokouksen yhteydessä.');
    const summary = await ok<ExportFile>('items:exportSummary', { activeOn: '2024-01-01' });
    expect(summary.fileName).toMatch(/^2024-01-01 .*\.docx$/u);
    expect(await documentXml(summary)).toContain('Yhteenveto hankkeista');
    const attached = await ok<ExportFile>('items:exportItemSummary', { id: seedItemId });
    expect(attached.fileName).toBe(summary.fileName);
    expect(await documentXml(attached)).toContain('27 hanketta');
  });

  it('duplicates the seed for next year\'s review: same text, preparers and proposal, none of last year\'s case or meeting', async () => {
    const seed = await ok<AgendaItem>('items:get', { id: seedItemId });
    const copy = await ok<AgendaItem>('items:duplicate', { id: seedItemId });
    expect(copy).toMatchObject({ caseNumber: '', earlierHandling: '', meetingDate: null, meetingNumber: '', agendaNumber: null, sectionNumber: null, decision: null, status: 'luonnos' });
    expect(copy.title).toBe(`${seed.title} (kopio)`);
    expect(richToPlainText(copy.background)).toBe(richToPlainText(seed.background));
    expect(copy.preparerIds).toEqual(seed.preparerIds);
    expect(copy.proposal).toEqual(seed.proposal);
    expect(copy.yearToCheck).toBe(2024);
    // The original keeps last year's data.
    expect(await ok<AgendaItem>('items:get', { id: seedItemId })).toMatchObject({ caseNumber: 'KOK/52/12.00.01/2024', meetingDate: '2024-01-23', meetingNumber: '1/2024' });
    await ok('items:delete', { id: copy.id });
  });

  it('refuses minutes without a decision, a bad date and a person in use, in Finnish keys', async () => {
    const created = await ok<AgendaItem>('items:create', { template: 'empty' });
    const minutes = await failure('items:export', { id: created.id, kind: 'minutes' });
    expect([minutes.code, minutes.fields]).toEqual(['VALIDATION', [{ path: 'decision', message: 'items.error.minutesNeedDecision' }]]);
    expect((await call('items:exportSummary', { activeOn: '1.1.2024' })).ok).toBe(false);
    const preparer = (await ok<Person[]>('people:list', {})).find((person) => person.id === seedPreparerId);
    const inUse = await failure('people:delete', { id: seedPreparerId, expectedUpdatedAt: preparer?.updatedAt });
    expect([inUse.code, inUse.fields]).toEqual(['CONFLICT', [{ path: 'id', message: 'items.error.personInUse' }]]);
    expect((await ok<Person[]>('people:list', {})).some((person) => person.id === seedPreparerId)).toBe(true);
  });

  it('saves people and settings, and frees a person once no live item names them', async () => {
    const person = await ok<Person>('people:save', { id: null, name: ' Uusi Valmistelija ', email: 'uusi@example.fi' });
    expect(person.name).toBe('Uusi Valmistelija');
    expect((await call('people:save', { id: null, name: 'X', email: 'ei-osoite' })).ok).toBe(false);
    expect((await failure('people:save', { id: 'nobody', name: 'X', expectedUpdatedAt: person.updatedAt })).code).toBe('NOT_FOUND');
    const item = await ok<AgendaItem>('items:create', { template: 'projectReview', year: 2025 });
    await ok('items:update', { id: item.id, draft: { ...draftOf(item), preparerIds: [person.id] }, expectedUpdatedAt: item.updatedAt });
    expect((await call('people:delete', { id: person.id, expectedUpdatedAt: person.updatedAt })).ok).toBe(false);
    await ok('items:delete', { id: item.id });
    expect(await ok('people:delete', { id: person.id, expectedUpdatedAt: person.updatedAt })).toEqual({ id: person.id });
    const before = await ok<OrganisationSettings>('settings:get', {});
    const updated = await ok<OrganisationSettings>('settings:update', { organisation: 'Kokkolan kaupunki', unit: '', bodyName: 'Opetus- ja kasvatuslautakunta', presenterTitle: 'Opetus- ja kasvatusjohtaja', presenterName: '', layout: 'sfs2024', expectedUpdatedAt: before.updatedAt });
    expect(updated.bodyName).toBe('Opetus- ja kasvatuslautakunta');
    expect((await ok<AgendaItem>('items:create', { template: 'empty' })).presenterTitle).toBe('Opetus- ja kasvatusjohtaja');
    expect((await call('settings:update', { organisation: '', unit: '', bodyName: 'x', presenterTitle: 'x', presenterName: '', layout: 'classic', expectedUpdatedAt: updated.updatedAt })).ok).toBe(false);
  });
});
