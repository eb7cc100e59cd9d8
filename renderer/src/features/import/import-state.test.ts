import { describe, expect, it } from 'vitest';
import type { ImportMapping, ImportPreview, ImportPreviewRow, ImportUnknownValue } from '../../../../shared/domain/register-import';
import { projects } from '../../../../shared/i18n/fi/projects';
import {
  chooseAllDuplicates,
  chooseDuplicate,
  duplicateChoices,
  filterRows,
  importPlan,
  isFieldTwice,
  listFieldsWithoutColumn,
  mappingProblems,
  mergeUnknowns,
  nextStep,
  pageCount,
  pageOf,
  previousStep,
  pruneValueMappings,
  setColumnField,
  setDefault,
  setValueMapping,
  toDuplicateActions,
  unmappedUnknowns,
  valueTarget,
  visibleSteps,
} from './import-state';
import { columnExamples, formatImportValue } from './preview-values';
import type { ValueWords } from './preview-values';

const mapping = (changes: Partial<ImportMapping> = {}): ImportMapping => ({
  headerRow: 2,
  columns: [
    { index: 0, header: 'Hanke', field: 'nameFi' },
    { index: 1, header: 'Rahoittaja', field: 'funder' },
    { index: 2, header: 'Myönnetty €', field: 'grantedCents' },
    { index: 3, header: 'Huom', field: null },
  ],
  valueMappings: [],
  defaults: {},
  ...changes,
});

const row = (number: number, changes: Partial<ImportPreviewRow> = {}): ImportPreviewRow => ({
  row: number,
  values: { nameFi: `Hanke ${String(number)}` },
  errors: [],
  duplicateOf: null,
  ...changes,
});

const preview = (rows: ImportPreviewRow[]): ImportPreview => ({
  fileName: 'rekisteri.csv',
  format: 'csv',
  encoding: 'windows-1252',
  delimiter: ';',
  mapping: mapping(),
  mappingRemembered: false,
  rows,
  unknownValues: [],
  counts: { rows: rows.length, valid: 0, invalid: 0, duplicates: 0 },
});

const error = { row: 0, column: 'Alkaa', message: 'Päivämäärä ei kelpaa.' };
const unknown = (value: string, count = 1): ImportUnknownValue => ({ field: 'funder', value, count });

describe('import steps', () => {
  it('goes through the unknown values only when the file has some', () => {
    expect(nextStep('file', [])).toBe('mapping');
    expect(nextStep('mapping', [])).toBe('preview');
    expect(nextStep('mapping', [unknown('Säätiö')])).toBe('values');
    expect(nextStep('values', [unknown('Säätiö')])).toBe('preview');
    expect(nextStep('preview', [])).toBe('report');
    expect(visibleSteps([])).toEqual(['file', 'mapping', 'preview', 'report']);
    expect(visibleSteps([unknown('Säätiö')])).toEqual(['file', 'mapping', 'values', 'preview', 'report']);
  });

  it('goes back over the same steps, and never back from the report (it was written)', () => {
    expect(previousStep('preview', [])).toBe('mapping');
    expect(previousStep('preview', [unknown('Säätiö')])).toBe('values');
    expect(previousStep('values', [unknown('Säätiö')])).toBe('mapping');
    expect(previousStep('mapping', [])).toBe('file');
    expect(previousStep('file', [])).toBeNull();
    expect(previousStep('report', [])).toBeNull();
  });
});

describe('the mapping editor', () => {
  it('changes one column and names a field taken by two columns', () => {
    const changed = setColumnField(mapping(), 3, 'grantedCents');
    expect(changed.columns.map((column) => column.field)).toEqual(['nameFi', 'funder', 'grantedCents', 'grantedCents']);
    expect(mappingProblems(changed)).toEqual([{ kind: 'fieldTwice', field: 'grantedCents', headers: ['Myönnetty €', 'Huom'] }]);
    expect(isFieldTwice(changed, 'grantedCents')).toBe(true);
    expect(isFieldTwice(changed, 'funder')).toBe(false);
    expect(mappingProblems(setColumnField(changed, 2, 'totalBudgetCents'))).toEqual([]);
  });

  it('requires a column for the name', () => {
    expect(mappingProblems(setColumnField(mapping(), 0, null))).toEqual([{ kind: 'nameMissing' }]);
  });

  it('lists the list fields no column fills and keeps their defaults', () => {
    expect(listFieldsWithoutColumn(mapping())).toEqual(['area', 'grantType', 'scope', 'status']);
    expect(listFieldsWithoutColumn(setColumnField(mapping(), 1, null))).toEqual(['area', 'funder', 'grantType', 'scope', 'status']);
    const withDefault = setDefault(mapping(), 'status', 'kaynnissa');
    expect(withDefault.defaults).toEqual({ status: 'kaynnissa' });
    expect(setDefault(withDefault, 'status', null).defaults).toEqual({});
  });
});

describe('unknown values', () => {
  it('maps a file value to the app value and changes or clears the choice', () => {
    const mapped = setValueMapping(mapping(), 'funder', 'Säätiö', 'muu');
    expect(valueTarget(mapped, 'funder', 'Säätiö')).toBe('muu');
    const changed = setValueMapping(mapped, 'funder', 'Säätiö', 'OKM');
    expect(changed.valueMappings).toEqual([{ field: 'funder', value: 'Säätiö', target: 'OKM' }]);
    expect(setValueMapping(changed, 'funder', 'Säätiö', null).valueMappings).toEqual([]);
  });

  it('keeps a mapped value listed after a preview that no longer reports it, and drops one whose column went', () => {
    const seen = [unknown('Säätiö', 3), unknown('Kunta', 1)];
    const mapped = setValueMapping(mapping(), 'funder', 'Säätiö', 'muu');
    // The new preview knows "Säätiö" by the mapping; "Kunta" is still unknown.
    expect(mergeUnknowns(seen, [unknown('Kunta', 1)], mapped)).toEqual([unknown('Säätiö', 3), unknown('Kunta', 1)]);
    expect(unmappedUnknowns(mergeUnknowns(seen, [unknown('Kunta', 1)], mapped), mapped)).toEqual([unknown('Kunta', 1)]);
    const noFunderColumn = setColumnField(mapped, 1, null);
    expect(mergeUnknowns(seen, [], noFunderColumn)).toEqual([]);
    expect(pruneValueMappings(noFunderColumn).valueMappings).toEqual([]);
    expect(pruneValueMappings(mapped).valueMappings).toEqual(mapped.valueMappings);
  });
});

describe('duplicates and the plan', () => {
  const rows = [
    row(3),
    row(4, { duplicateOf: { id: 'p1', nameFi: 'Hanke 4' } }),
    row(5, { duplicateOf: { id: 'p2', nameFi: 'Hanke 5' } }),
    row(6, { errors: [{ ...error, row: 6 }] }),
  ];

  it('skips a duplicate unless the user chose to update it, and keeps choices over a new preview', () => {
    const first = duplicateChoices(preview(rows), {});
    expect(first).toEqual({ 4: 'skip', 5: 'skip' });
    const chosen = chooseDuplicate(first, 4, 'update');
    expect(importPlan(preview(rows), chosen, true)).toEqual({ add: 1, update: 1, skipDuplicates: 1, invalid: 1, total: 2, blocked: false });
    // A new preview (another mapping) where row 5 is no longer a duplicate.
    const again = duplicateChoices(preview([rows[0] as ImportPreviewRow, rows[1] as ImportPreviewRow, row(5)]), chosen);
    expect(again).toEqual({ 4: 'update' });
    expect(toDuplicateActions(chosen)).toEqual({ 4: 'update', 5: 'skip' });
  });

  it('chooses for all duplicates at once', () => {
    const all = chooseAllDuplicates(duplicateChoices(preview(rows), {}), 'update');
    expect(toDuplicateActions(all)).toEqual({ 4: 'update', 5: 'update' });
    expect(importPlan(preview(rows), all, true).total).toBe(3);
    expect(toDuplicateActions(chooseAllDuplicates(all, 'skip'))).toEqual({ 4: 'skip', 5: 'skip' });
  });

  it('is blocked by an invalid row until invalid rows are skipped', () => {
    expect(importPlan(preview(rows), {}, false).blocked).toBe(true);
    expect(importPlan(preview(rows.slice(0, 3)), {}, false).blocked).toBe(false);
  });

  it('filters and pages 10,000 rows', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => row(index + 2, index % 100 === 0 ? { errors: [{ ...error, row: index + 2 }] } : {}));
    expect(pageCount(many.length)).toBe(200);
    expect(filterRows(many, 'errors')).toHaveLength(100);
    expect(filterRows(rows, 'duplicates').map((entry) => entry.row)).toEqual([4, 5]);
    const last = pageOf(many, 500);
    expect(last.page).toBe(199);
    expect(last.first).toBe(9950);
    expect(last.rows).toHaveLength(50);
    expect(pageOf([], 3)).toEqual({ rows: [], page: 0, first: 0 });
  });
});

describe('values as the register shows them', () => {
  const words: ValueWords = {
    labels: {
      area: (value) => projects.area[value],
      funder: (value) => projects.funder[value],
      grantType: (value) => projects.grantType[value],
      scope: (value) => projects.scope[value],
      status: (value) => projects.status[value],
      field: (name) => name,
      totalsKey: (_kind, key) => key,
    },
    yes: 'Kyllä',
    no: 'Ei',
  };

  it('formats money, dates, shares and list values in Finnish', () => {
    const values = { grantedCents: 1250000, totalBudgetCents: 1250050, startDate: '2024-03-01', ownShareValue: 1500, ownShareKind: 'percent' as const, funder: 'EU_ESR' as const, status: 'kaynnissa' as const, partners: ['Kannus', 'Kokkola'], partnership: true };
    expect(formatImportValue(values, 'grantedCents', words)).toBe('12\u00a0500\u00a0€');
    expect(formatImportValue(values, 'totalBudgetCents', words)).toBe('12\u00a0500,50\u00a0€');
    expect(formatImportValue(values, 'startDate', words)).toBe('1.3.2024');
    expect(formatImportValue(values, 'ownShareValue', words)).toBe('15 %');
    expect(formatImportValue({ ownShareValue: 200000, ownShareKind: 'euros' }, 'ownShareValue', words)).toBe('2\u00a0000\u00a0€');
    expect(formatImportValue(values, 'funder', words)).toBe('EU / ESR+');
    expect(formatImportValue(values, 'status', words)).toBe('Käynnissä');
    expect(formatImportValue(values, 'partners', words)).toBe('Kannus, Kokkola');
    expect(formatImportValue(values, 'partnership', words)).toBe('Kyllä');
    expect(formatImportValue(values, 'endDate', words)).toBe('');
    expect(formatImportValue({ grantedCents: null }, 'grantedCents', words)).toBe('');
  });

  it('shows a column by the file cells when sent, else by the parsed values of an imported column', () => {
    const rows = [{ values: { grantedCents: 1250000 } }, { values: {} }, { values: { grantedCents: 500 } }];
    expect(columnExamples([{ index: 2, values: ['12 500,00 €', '', '5'] }], { index: 2, field: 'grantedCents' }, rows, words)).toEqual(['12 500,00 €', '', '5']);
    expect(columnExamples(undefined, { index: 2, field: 'grantedCents' }, rows, words)).toEqual(['12\u00a0500\u00a0€', '5\u00a0€']);
    expect(columnExamples(undefined, { index: 3, field: null }, rows, words)).toEqual([]);
  });
});
