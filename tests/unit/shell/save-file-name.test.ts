import { describe, expect, it } from 'vitest';
import { filterFor, safeFileName } from '../../../electron/main/save-file-name';

describe('safeFileName (the save dialog default name)', () => {
  it('keeps a meaningful Finnish name as it is', () => {
    expect(safeFileName('Esityslista 12.3.2024 – sivistyslautakunta.docx')).toBe('Esityslista 12.3.2024 – sivistyslautakunta.docx');
    expect(safeFileName('Hankerekisteri 1.1.2024.xlsx')).toBe('Hankerekisteri 1.1.2024.xlsx');
  });

  it('drops folders and characters no file system accepts', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Windows\\win.ini')).toBe('win.ini');
    expect(safeFileName('a<b>c:d"e|f?g*h.csv')).toBe('a_b_c_d_e_f_g_h.csv');
    expect(safeFileName('rivi\nvaihto\u0000.docx')).toBe('rivi vaihto_.docx');
  });

  it('never returns an empty, hidden or reserved name', () => {
    expect(safeFileName('   ')).toBe('tiedosto');
    expect(safeFileName('...')).toBe('tiedosto');
    expect(safeFileName('.bashrc')).toBe('bashrc');
    expect(safeFileName('CON.docx')).toBe('tiedosto.docx');
    expect(safeFileName('lpt1')).toBe('tiedosto');
  });

  it('shortens very long names but keeps the extension', () => {
    const name = safeFileName(`${'pitkä '.repeat(60)}.docx`);
    expect(name.length).toBeLessThanOrEqual(180);
    expect(name.endsWith('.docx')).toBe(true);
  });
});

describe('filterFor', () => {
  it('knows the export formats', () => {
    expect(filterFor('a.docx')).toEqual({ kind: 'word', extensions: ['docx'] });
    expect(filterFor('a.XLSX')).toEqual({ kind: 'excel', extensions: ['xlsx'] });
    expect(filterFor('a.csv')).toEqual({ kind: 'csv', extensions: ['csv'] });
    expect(filterFor('Sivistyslautakunta 2-2024.pykala')).toEqual({ kind: 'exchange', extensions: ['pykala'] });
    expect(filterFor('a.txt')).toBeNull();
  });
});
