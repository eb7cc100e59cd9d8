// The mapping step's examples: every column's first non-empty cells under the header, as the
// spreadsheet shows them, the columns the mapping leaves out too (import-ui's column table).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/services/app-context-types';
import type { ImportPreview } from '../../../shared/domain/register-import';
import { ok, openEmpty, upload, uploadText } from './import-helpers';

let context: AppContext;
beforeEach(() => {
  ({ context } = openEmpty());
});
afterEach(() => {
  context.close();
});

const samplesOf = (preview: ImportPreview, header: string) => {
  const column = preview.mapping.columns.find((entry) => entry.header === header);
  return preview.columnSamples?.find((entry) => entry.index === column?.index)?.values;
};

describe('import preview column samples', () => {
  it('lists the cells of an unmapped column and skips its empty ones', async () => {
    const file = uploadText('rekisteri.csv', ['Hanke;Rahoittaja;Muistiinpanot', 'A;OKM;', 'B;OPH;Soitettu 3.4.', 'C;OKM;Kesken', 'D;OKM;Ei', 'E;OKM;Liikaa'].join('\r\n'));
    const preview = await ok<ImportPreview>(context, 'import:previewProjects', { ...file, mapping: null });
    expect(preview.mapping.columns.find((column) => column.header === 'Muistiinpanot')?.field).toBeNull();
    expect(samplesOf(preview, 'Muistiinpanot')).toEqual(['Soitettu 3.4.', 'Kesken', 'Ei']);
    expect(samplesOf(preview, 'Hanke')).toEqual(['A', 'B', 'C']);
  });

  it('shows an Excel file\'s real dates d.m.yyyy and its numbers in Finnish, below a merged title row', async () => {
    const preview = await ok<ImportPreview>(context, 'import:previewProjects', { ...upload('toimiston-rekisteri-exceljs.xlsx'), mapping: null });
    expect(preview.mapping.headerRow).toBe(3);
    expect(samplesOf(preview, 'Hanke')?.[0]).toBe('Lukuinto – lukemisen ilo');
    expect(samplesOf(preview, 'Alkaa')?.[0]).toBe('1.3.2024');
    expect(samplesOf(preview, 'Myönnetty €')?.[0]).toBe('12\u00a0500,5');
  });
});
