// The import channels end to end on a real database: preview writes nothing; apply refuses an
// invalid file unless skipInvalid, backs up first, writes one transaction with its batch, and
// updates or skips duplicates as chosen; undo puts everything back in one step and refuses with
// CONFLICT when a project it touched was changed since. The mapping is remembered per header.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/services/app-context-types';
import { backupsDirOf } from '../../../electron/services/backups/backup-files';
import type { Project, ProjectInput, ProjectListResult } from '../../../shared/domain/project';
import type { ImportMapping, ImportPreview, ImportReport } from '../../../shared/domain/register-import';
import { translate } from '../../../shared/i18n/translate';
import { ok, openEmpty, projectRows, refused, snapshot, uploadText } from './import-helpers';

let context: AppContext;
let dir: string;
beforeEach(() => {
  ({ context, dir } = openEmpty());
});
afterEach(() => {
  context.close();
});

const header = 'Hanke;Vastuualue;Rahoittaja;Myönnetty;Alkaa;Päättyy;Tila';
const csv = (...rows: string[]) => uploadText('rekisteri.csv', [header, ...rows].join('\r\n'));
const good = ['Lukuinto;Perusopetus;OKM;12 500,50;1.3.2024;31.12.2024;Käynnissä', 'Kerho;Varhaiskasvatus;AVI;300;2024-01-01;;Haettu'];

const base: ProjectInput = {
  nameFi: 'Lukuinto', nameSv: '', area: 'perusopetus', funder: 'OKM', grantType: 'erityisavustus', callName: 'Haku', grantedCents: 100, ownShareKind: 'percent',
  ownShareValue: null, totalBudgetCents: null, startDate: '2024-03-01', endDate: null, partnership: false, scope: 'oma', partners: [], responsiblePerson: 'Anna',
  coordinator: '', status: 'haettu', decisionNumber: '', decisionDate: null, reportDueDate: null, description: '',
};

async function preview(file: { fileName: string; dataBase64: string }, mapping: ImportMapping | null = null): Promise<ImportPreview> {
  return ok<ImportPreview>(context, 'import:previewProjects', { ...file, mapping });
}

async function apply(file: { fileName: string; dataBase64: string }, options: { duplicateActions?: Record<string, 'update' | 'skip'>; skipInvalid?: boolean; mapping?: ImportMapping } = {}): Promise<ImportReport> {
  const mapping = options.mapping ?? (await preview(file)).mapping;
  return ok<ImportReport>(context, 'import:applyProjects', { ...file, mapping, duplicateActions: options.duplicateActions ?? {}, skipInvalid: options.skipInvalid ?? false });
}

async function listNames(): Promise<string[]> {
  const list = await ok<ProjectListResult>(context, 'projects:list', {});
  return list.rows.map((row) => row.nameFi);
}

function backupCopies(): string[] {
  const folder = backupsDirOf(dir);
  return fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.sqlite3')) : [];
}

describe('import:previewProjects', () => {
  it('shows parsed values and errors beside each row and writes nothing', async () => {
    const before = snapshot(dir);
    const result = await preview(csv(...good, 'Ilman alkua;Perusopetus;OKM;abc;31.2.2024;;Käynnissä', ';Perusopetus;OKM;;;;Haettu', 'Takaperin;Perusopetus;OKM;;1.3.2025;1.3.2024;Haettu'));
    expect(result.counts).toEqual({ rows: 5, valid: 2, invalid: 3, duplicates: 0 });
    expect(result.rows[0]).toMatchObject({ row: 2, errors: [], values: { nameFi: 'Lukuinto', grantedCents: 1250050, startDate: '2024-03-01', endDate: '2024-12-31', status: 'kaynnissa', grantType: 'muu', scope: 'oma' } });
    expect(result.rows[2]!.errors).toEqual([
      { row: 4, column: 'Myönnetty', message: translate('dataImport.value.money') },
      { row: 4, column: 'Alkaa', message: translate('dataImport.value.date') },
    ]);
    expect(result.rows[3]!.errors).toEqual([{ row: 5, column: 'Hanke', message: translate('validation.project.nameRequired') }]);
    expect(result.rows[4]!.errors).toEqual([{ row: 6, column: 'Päättyy', message: translate('validation.project.endBeforeStart') }]);
    expect(snapshot(dir)).toEqual(before);
    expect(backupCopies()).toEqual([]);
  });

  it('a missing list column is an error on every row until a default is chosen', async () => {
    const file = uploadText('a.csv', 'Hanke;Rahoittaja;Alkaa\r\nLukuinto;OKM;1.3.2024\r\n');
    const first = await preview(file);
    expect(first.rows[0]!.errors.map((error) => [error.column, error.message])).toEqual([
      ['Vastuualue', translate('dataImport.row.listMissing', { field: 'Vastuualue' })],
      ['Tila', translate('dataImport.row.listMissing', { field: 'Tila' })],
    ]);
    const second = await preview(file, { ...first.mapping, defaults: { area: 'perusopetus', status: 'haettu' } });
    expect(second.rows[0]).toMatchObject({ errors: [], values: { area: 'perusopetus', status: 'haettu' } });
  });

  it('finds duplicates by name (case and spacing ignored), funder and start', async () => {
    const existing = await ok<Project>(context, 'projects:create', base);
    await ok<Project>(context, 'projects:create', { ...base, nameFi: 'Toinen', funder: 'AVI' });
    const result = await preview(csv('  LUKUINTO ;Perusopetus;OKM;1;1.3.2024;;Haettu', 'Lukuinto;Perusopetus;OKM;1;2.3.2024;;Haettu', 'Toinen;Perusopetus;OKM;1;1.3.2024;;Haettu'));
    expect(result.rows.map((row) => row.duplicateOf)).toEqual([{ id: existing.id, nameFi: 'Lukuinto' }, null, null]);
    expect(result.counts.duplicates).toBe(1);
  });
  it('marks a project written twice in the file (name, funder and start) as an error naming the first row, so it is not added twice', async () => {
    const result = await preview(csv('Lukuinto;Perusopetus;OKM;1;1.3.2024;;Haettu', 'Toinen;Perusopetus;OKM;1;1.3.2024;;Haettu', ' lukuinto ;Perusopetus;OKM;2;1.3.2024;;Haettu', 'Lukuinto;Perusopetus;OKM;1;1.4.2024;;Haettu'));
    expect(result.rows.map((row) => row.errors)).toEqual([[], [], [{ row: 4, column: '', message: translate('dataImport.row.repeatedInFile', { row: 2 }) }], []]);
    const report = await apply(csv('Lukuinto;Perusopetus;OKM;1;1.3.2024;;Haettu', 'Lukuinto;Perusopetus;OKM;1;1.3.2024;;Haettu'), { skipInvalid: true });
    expect([report.added, report.skipped]).toEqual([1, 1]);
    expect(await listNames()).toEqual(['Lukuinto']);
  });
});

describe('import:applyProjects', () => {
  it('refuses a file with an invalid row, writing nothing and taking no backup; skipInvalid imports the rest', async () => {
    const file = csv(...good, 'Rikki;Perusopetus;OKM;abc;1.3.2024;;Haettu');
    const before = snapshot(dir);
    const error = await refused(context, 'import:applyProjects', { ...file, mapping: (await preview(file)).mapping, duplicateActions: {}, skipInvalid: false });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.map((field) => translate(field.message, field.params))).toEqual([`Rivi 4, Myönnetty: ${translate('dataImport.value.money')}`]);
    expect(snapshot(dir)).toEqual(before);
    expect(backupCopies()).toEqual([]);

    const report = await apply(file, { skipInvalid: true });
    expect([report.added, report.updated, report.skipped]).toEqual([2, 0, 1]);
    expect(report.errors).toEqual([{ row: 4, column: 'Myönnetty', message: translate('dataImport.value.money') }]);
    expect(report.rows.map((row) => [row.row, row.action, row.reason])).toEqual([[2, 'added', ''], [3, 'added', ''], [4, 'skipped', translate('dataImport.report.invalid')]]);
    expect(await listNames()).toEqual(['Kerho', 'Lukuinto']);
  });

  it('backs up the database as it was before writing, then writes the projects and one batch', async () => {
    await ok<Project>(context, 'projects:create', { ...base, nameFi: 'Ennestään' });
    const report = await apply(csv(...good));
    expect([report.added, report.updated, report.skipped, report.errors]).toEqual([2, 0, 0, []]);
    const copies = backupCopies();
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatch(/-import\.sqlite3$/u);
    const copy = new BetterSqlite3(path.join(backupsDirOf(dir), copies[0]!), { readonly: true });
    expect(copy.prepare('SELECT name_fi FROM projects').pluck().all()).toEqual(['Ennestään']);
    copy.close();
    expect(await listNames()).toEqual(['Ennestään', 'Kerho', 'Lukuinto']);
    const batches = snapshot(dir) as [unknown, { id: string; kind: string; file_name: string; undone_at: string | null; report: string }[]];
    expect(batches[1].map((batch) => [batch.id, batch.kind, batch.file_name, batch.undone_at])).toEqual([[report.batchId, 'projects', 'rekisteri.csv', null]]);
    expect((JSON.parse(batches[1][0]!.report) as ImportReport).added).toBe(2);
  });

  it('updates the duplicates the user chose and skips the others (and those not chosen)', async () => {
    const first = await ok<Project>(context, 'projects:create', base);
    const second = await ok<Project>(context, 'projects:create', { ...base, nameFi: 'Kerho', funder: 'AVI', startDate: '2024-01-01' });
    const report = await apply(csv(...good, 'Uusi;Lukiokoulutus;OPH;1;1.1.2024;;Haettu'), { duplicateActions: { '2': 'update', '3': 'skip' } });
    expect([report.added, report.updated, report.skipped]).toEqual([1, 1, 1]);
    expect(report.rows.map((row) => [row.action, row.projectId === null ? null : row.projectId === first.id || row.projectId === second.id])).toEqual([['updated', true], ['skipped', true], ['added', false]]);
    expect(report.rows[1]!.reason).toBe(translate('dataImport.report.duplicateSkipped'));
    const updated = await ok<Project>(context, 'projects:get', { id: first.id });
    expect(updated).toMatchObject({ grantedCents: 1250050, endDate: '2024-12-31', status: 'kaynnissa', callName: '', createdAt: first.createdAt });
    expect(updated.updatedAt > first.updatedAt).toBe(true);
    expect(await ok<Project>(context, 'projects:get', { id: second.id })).toEqual(second);
    // The register's list (its cache) shows the update at once.
    const list = await ok<ProjectListResult>(context, 'projects:list', {});
    expect(list.rows.find((row) => row.id === first.id)?.grantedCents).toBe(1250050);
  });

  it('remembers the mapping for a file with the same headers, value mappings and defaults included', async () => {
    const file = uploadText('a.csv', 'Nimi;Rahoittaja;Alkaa;Oma sarake\r\nLukuinto;Kunta;1.3.2024;x\r\n');
    const guessed = await preview(file);
    expect(guessed.mappingRemembered).toBe(false);
    const mapping: ImportMapping = { ...guessed.mapping, valueMappings: [{ field: 'funder', value: 'Kunta', target: 'muu' }], defaults: { area: 'muu', status: 'haettu' } };
    await apply(file, { mapping });
    const again = await preview(uploadText('b.csv', 'Otsikko\r\n\r\nNimi;Rahoittaja;Alkaa;Oma sarake\r\nKerho;Kunta;1.1.2024;y\r\n'));
    expect(again.mappingRemembered).toBe(true);
    expect(again.mapping).toEqual({ ...mapping, headerRow: 3 });
    expect(again.rows[0]).toMatchObject({ errors: [], values: { funder: 'muu', area: 'muu', status: 'haettu' } });
    expect((await preview(uploadText('c.csv', 'Hanke;Rahoittaja\r\nA;OKM\r\n'))).mappingRemembered).toBe(false);
  });
});

describe('import:undo', () => {
  it('removes the added projects and puts the updated ones back exactly, in one step, once', async () => {
    const existing = await ok<Project>(context, 'projects:create', base);
    const before = projectRows(dir);
    const report = await apply(csv(...good), { duplicateActions: { '2': 'update' } });
    expect([report.added, report.updated]).toEqual([1, 1]);
    expect(await ok(context, 'import:undo', { batchId: report.batchId })).toEqual({ removed: 1, restored: 1 });
    expect(projectRows(dir)).toEqual(before);
    expect(await ok<Project>(context, 'projects:get', { id: existing.id })).toEqual(existing);
    expect((await ok<ProjectListResult>(context, 'projects:list', {})).rows.map((row) => row.grantedCents)).toEqual([100]);
    const again = await refused(context, 'import:undo', { batchId: report.batchId });
    expect([again.code, again.fields?.[0]?.message]).toEqual(['CONFLICT', 'dataImport.undo.alreadyUndone']);
    expect((await refused(context, 'import:undo', { batchId: 'nope' })).code).toBe('NOT_FOUND');
  });

  it('is refused with CONFLICT, nothing changed, when an imported project was edited since', async () => {
    const report = await apply(csv(...good));
    const added = report.rows[0]!.projectId!;
    const project = await ok<Project>(context, 'projects:get', { id: added });
    await ok(context, 'projects:update', { id: added, input: { ...project, nameFi: 'Lukuinto (muokattu)' }, expectedUpdatedAt: project.updatedAt });
    const before = snapshot(dir);
    const error = await refused(context, 'import:undo', { batchId: report.batchId });
    expect(error.code).toBe('CONFLICT');
    expect(error.fields?.map((field) => translate(field.message, field.params))).toEqual([translate('dataImport.undo.changedSince', { name: 'Lukuinto (muokattu)' })]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('is refused with CONFLICT when an updated project was deleted since', async () => {
    const existing = await ok<Project>(context, 'projects:create', base);
    const report = await apply(csv(good[0]!), { duplicateActions: { '2': 'update' } });
    const now = await ok<Project>(context, 'projects:get', { id: existing.id });
    await ok(context, 'projects:delete', { id: existing.id, expectedUpdatedAt: now.updatedAt });
    expect((await refused(context, 'import:undo', { batchId: report.batchId })).code).toBe('CONFLICT');
  });
});
