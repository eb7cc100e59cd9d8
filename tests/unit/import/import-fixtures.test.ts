// The fixture files, saved as Excel and LibreOffice save them (tests/fixtures/import/README.md),
// read through import:previewProjects: every encoding, delimiter and format gives the same
// projects; bad files are refused in Finnish with nothing written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/services/app-context-types';
import type { ProjectInput } from '../../../shared/domain/project';
import type { ImportPreview } from '../../../shared/domain/register-import';
import { translate } from '../../../shared/i18n/translate';
import { ok, openEmpty, refused, snapshot, upload } from './import-helpers';

let context: AppContext;
let dir: string;
beforeEach(() => {
  ({ context, dir } = openEmpty());
});
afterEach(() => {
  context.close();
});

type Expected = Pick<ProjectInput, 'nameFi' | 'area' | 'funder' | 'grantType' | 'grantedCents' | 'totalBudgetCents' | 'ownShareKind' | 'ownShareValue' | 'startDate' | 'endDate' | 'responsiblePerson' | 'status' | 'partners'>;

const expected: Expected[] = [
  { nameFi: 'Lukuinto – lukemisen ilo', area: 'perusopetus', funder: 'OKM', grantType: 'erityisavustus', grantedCents: 1250050, totalBudgetCents: 1500000, ownShareKind: 'percent', ownShareValue: 1550, startDate: '2024-03-01', endDate: '2025-07-31', responsiblePerson: 'Sari Äijälä', status: 'kaynnissa', partners: ['Kannus', 'Kruunupyy'] },
  { nameFi: 'Vapaan sivistystyön digiloikka', area: 'vapaa_sivistystyo', funder: 'EU_ESR', grantType: 'hankeavustus', grantedCents: 4800000, totalBudgetCents: 6000000, ownShareKind: 'percent', ownShareValue: 2000, startDate: '2024-03-01', endDate: '2025-07-31', responsiblePerson: 'Örjan Ek', status: 'myonnetty', partners: [] },
  { nameFi: 'Kerho € ja ääkköset', area: 'varhaiskasvatus', funder: 'AVI', grantType: 'muu', grantedCents: 1250000, totalBudgetCents: 1250050, ownShareKind: 'percent', ownShareValue: null, startDate: '2024-03-01', endDate: '2024-12-31', responsiblePerson: 'Pekka Möttönen', status: 'haettu', partners: [] },
  { nameFi: 'Lukion hyvinvointi (pilotti)', area: 'lukiokoulutus', funder: 'OPH', grantType: 'valtionavustus', grantedCents: 730025, totalBudgetCents: null, ownShareKind: 'percent', ownShareValue: 1000, startDate: '2023-08-01', endDate: '2024-07-31', responsiblePerson: '', status: 'paattynyt', partners: ['Kokkola'] },
];

const files: { name: string; format: 'csv' | 'xlsx'; encoding: string | null; delimiter: string | null }[] = [
  { name: 'toimiston-rekisteri-exceljs.xlsx', format: 'xlsx', encoding: null, delimiter: null },
  { name: 'toimiston-rekisteri-libreoffice.xlsx', format: 'xlsx', encoding: null, delimiter: null },
  { name: 'windows-1252-puolipiste.csv', format: 'csv', encoding: 'windows-1252', delimiter: ';' },
  { name: 'iso-8859-15-pilkku.csv', format: 'csv', encoding: 'iso-8859-15', delimiter: ',' },
  { name: 'utf8-bom-puolipiste.csv', format: 'csv', encoding: 'utf-8', delimiter: ';' },
  { name: 'utf8-sarkain.csv', format: 'csv', encoding: 'utf-8', delimiter: '\t' },
];

describe('fixtures as Excel and LibreOffice save them', () => {
  for (const file of files) {
    it(`${file.name}: the header below the merged title, every value in Finnish forms, the unknown funder listed`, async () => {
      const preview = await ok<ImportPreview>(context, 'import:previewProjects', { ...upload(file.name), mapping: null });
      expect([preview.format, preview.encoding, preview.delimiter]).toEqual([file.format, file.encoding, file.delimiter]);
      expect(preview.mapping.headerRow).toBe(3);
      expect(preview.mappingRemembered).toBe(false);
      expect(preview.mapping.columns.map((column) => column.field)).toEqual([
        'nameFi', 'area', 'funder', 'grantType', 'grantedCents', 'totalBudgetCents', 'ownShareValue', 'startDate', 'endDate', 'responsiblePerson', 'status', 'partners',
      ]);
      expect(preview.counts).toEqual({ rows: 5, valid: 4, invalid: 1, duplicates: 0 });
      // ISO-8859-15 has no en dash: LibreOffice wrote a hyphen.
      const names = file.encoding === 'iso-8859-15' ? ['Lukuinto - lukemisen ilo'] : [expected[0]!.nameFi];
      expect(preview.rows.slice(0, 4).map((row) => ({ errors: row.errors, values: row.values }))).toEqual(
        expected.map((values, index) => ({ errors: [], values: expect.objectContaining(index === 0 ? { ...values, nameFi: names[0] } : values) as unknown })),
      );
      expect(preview.rows.map((row) => row.row)).toEqual([4, 5, 6, 7, 8]);
      const last = preview.rows[4]!;
      expect(last.errors).toEqual([{ row: 8, column: 'Rahoittaja', message: 'Tuntematon arvo ”Kunta” (Rahoittaja): valitse, mitä se tarkoittaa.' }]);
      expect(preview.unknownValues).toEqual([{ field: 'funder', value: 'Kunta', count: 1 }]);
    });
  }

  it('the unknown value mapped by the user makes the row valid', async () => {
    const first = await ok<ImportPreview>(context, 'import:previewProjects', { ...upload('windows-1252-puolipiste.csv'), mapping: null });
    const mapping = { ...first.mapping, valueMappings: [{ field: 'funder', value: 'Kunta', target: 'muu' }] };
    const second = await ok<ImportPreview>(context, 'import:previewProjects', { ...upload('windows-1252-puolipiste.csv'), mapping });
    expect(second.counts).toEqual({ rows: 5, valid: 5, invalid: 0, duplicates: 0 });
    expect(second.rows[4]!.values.funder).toBe('muu');
    expect(second.unknownValues).toEqual([]);
  });

  const bad: [string, string][] = [
    ['rikkinainen-lainaus.csv', translate('dataImport.error.brokenQuote', { row: 3 })],
    ['ei-otsikkoa.csv', translate('dataImport.error.noHeader')],
    ['tyhja.csv', translate('dataImport.error.empty')],
    ['ei-taulukko.png', translate('dataImport.error.notSpreadsheet')],
  ];
  for (const [name, message] of bad) {
    it(`${name} is refused in Finnish and nothing is written (preview and apply)`, async () => {
      const before = snapshot(dir);
      const error = await refused(context, 'import:previewProjects', { ...upload(name), mapping: null });
      expect(error.code).toBe('VALIDATION');
      expect(error.fields?.map((field) => translate(field.message, field.params))).toEqual([message]);
      expect(message).toMatch(/Mitään ei tuotu\.$/u);
      const applied = await refused(context, 'import:applyProjects', { ...upload(name), mapping: { headerRow: 1, columns: [{ index: 0, header: 'Hanke', field: 'nameFi' }], valueMappings: [], defaults: {} }, duplicateActions: {}, skipInvalid: true });
      expect(applied.code).toBe('VALIDATION');
      expect(snapshot(dir)).toEqual(before);
    });
  }
});
