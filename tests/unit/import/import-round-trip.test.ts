// The register's own exports read back: the CSV and the XLSX that projects:export writes (the demo
// register plus projects with every field filled in every way) imported into an empty database
// reproduce every project field for field, without a mapping being chosen.
import { afterEach, describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/services/app-context';
import type { AppContext } from '../../../electron/services/app-context-types';
import type { Project, ProjectInput, ProjectListResult } from '../../../shared/domain/project';
import type { ExportFile } from '../../../shared/ipc/define';
import type { ImportPreview, ImportReport } from '../../../shared/domain/register-import';
import { tempDir } from '../db/helpers';
import { ok, openEmpty } from './import-helpers';

const contexts: AppContext[] = [];
afterEach(() => {
  for (const context of contexts.splice(0)) context.close();
});

const full: ProjectInput = {
  nameFi: 'Lukuinto; "ääkköset" – €', nameSv: 'Läslust', area: 'vapaa_sivistystyo', funder: 'EU_ESR', grantType: 'hankeavustus', callName: 'Haku, kevät 2024',
  grantedCents: 1250050, ownShareKind: 'percent', ownShareValue: 1550, totalBudgetCents: 100000001, startDate: '2023-08-01', endDate: '2024-07-31', partnership: true,
  scope: 'valtakunnallinen', partners: ['Kannus', 'Kruunupyy'], responsiblePerson: 'Anna Äijälä', coordinator: 'Laura Ö', status: 'kaynnissa',
  decisionNumber: 'OKM/1/2023', decisionDate: '2023-06-15', reportDueDate: '2024-10-31', description: 'Rivi 1\nRivi 2; "lainaus"',
};
const extra: ProjectInput[] = [
  full,
  { ...full, nameFi: 'Euroina', ownShareKind: 'euros', ownShareValue: 250099, partnership: false, partners: [], scope: 'oma', status: 'haettu', funder: 'muu', area: 'muu', grantType: 'muu' },
  { ...full, nameFi: 'Tyhjät kentät', nameSv: '', callName: '', grantedCents: null, ownShareValue: null, totalBudgetCents: null, startDate: null, endDate: null, decisionDate: null, reportDueDate: null, description: '', responsiblePerson: '', coordinator: '', decisionNumber: '', partners: [] },
  { ...full, nameFi: 'Nolla', grantedCents: 0, ownShareValue: 0, totalBudgetCents: 5, status: 'hylatty', scope: 'maakunnallinen', funder: 'AVI', area: 'varhaiskasvatus', grantType: 'kehittamisavustus' },
];

/** A project as ProjectInput, sorted: what must survive the round trip. */
function inputs(projects: Project[]): ProjectInput[] {
  return projects
    .map((project) => {
      const input: Partial<Project> = { ...project };
      delete input.id;
      delete input.isSample;
      delete input.createdAt;
      delete input.updatedAt;
      return input as ProjectInput;
    })
    .sort((a, b) => a.nameFi.localeCompare(b.nameFi, 'fi') || (a.startDate ?? '').localeCompare(b.startDate ?? ''));
}

async function allProjects(context: AppContext): Promise<Project[]> {
  const list = await ok<ProjectListResult>(context, 'projects:list', {});
  const projects: Project[] = [];
  for (const row of list.rows) projects.push(await ok<Project>(context, 'projects:get', { id: row.id }));
  return projects;
}

describe('export → import round trip', () => {
  for (const format of ['csv', 'xlsx'] as const) {
    it(`${format}: the demo register and edge cases come back exactly`, async () => {
      const source = openAppContext({ dataDir: tempDir('pykala-roundtrip-'), seedDemoIfNew: true });
      contexts.push(source);
      await source.ready();
      for (const input of extra) await ok(source, 'projects:create', input);
      const original = await allProjects(source);
      expect(original.length).toBeGreaterThan(20);
      const file = await ok<ExportFile>(source, 'projects:export', { format, query: {} });

      const { context: target } = openEmpty();
      contexts.push(target);
      const preview = await ok<ImportPreview>(target, 'import:previewProjects', { fileName: file.fileName, dataBase64: file.dataBase64, mapping: null });
      expect(preview.unknownValues).toEqual([]);
      expect(preview.rows.flatMap((row) => row.errors)).toEqual([]);
      expect(preview.mapping.columns.filter((column) => column.field === null)).toEqual([]);
      const report = await ok<ImportReport>(target, 'import:applyProjects', { fileName: file.fileName, dataBase64: file.dataBase64, mapping: preview.mapping, duplicateActions: {}, skipInvalid: false });
      expect([report.added, report.updated, report.skipped]).toEqual([original.length, 0, 0]);
      expect(inputs(await allProjects(target))).toEqual(inputs(original));
    });
  }
});
