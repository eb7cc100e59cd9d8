// The project summary: landscape A4, grouped by area with subtotals, totals by funder.
import { describe, expect, it } from 'vitest';
import { exportProjectSummary, summaryProjects } from '../../../electron/export';
import { formatEuros } from '../../../shared/format/money';
import { findAll, first, readDocx, textOf } from './docx-xml';
import { demoProjectList, settingsWith } from './fixtures';

const projects = demoProjectList();

async function summaryDocument(areas?: string[]) {
  const bytes = await exportProjectSummary({ projects, activeOn: '2024-01-01', areas, settings: settingsWith('classic'), author: 'Maria Esimerkki' });
  return readDocx(bytes);
}

describe('project summary export', () => {
  it('lists the 27 projects running on 1.1.2024 on a landscape A4 page', async () => {
    expect(summaryProjects(projects, '2024-01-01')).toHaveLength(27);
    const docx = await summaryDocument();
    const document = docx.part('word/document.xml');
    const size = first(document, 'w:pgSz')?.attrs ?? {};
    expect(size['w:orient']).toBe('landscape');
    expect(Number(size['w:w'])).toBeGreaterThan(Number(size['w:h']));
    const [projectTable, funderTable] = findAll(document, 'w:tbl');
    const rows = findAll(projectTable ?? document, 'w:tr');
    const header = rows[0];
    expect(header && first(header, 'w:tblHeader')).toBeDefined();
    expect(findAll(header ?? document, 'w:tc').map(textOf)).toEqual(['Hanke', 'Rahoittaja', 'Avustuslaji', 'Myönnetty €', 'Kokonaisbudjetti €', 'Kausi', 'Tila']);
    expect(first(projectTable ?? document, 'w:tblLayout')?.attrs['w:type']).toBe('fixed');
    expect(rows.every((row) => first(row, 'w:cantSplit'))).toBe(true);
    const total = rows.at(-1);
    const granted = summaryProjects(projects, '2024-01-01').reduce((sum, project) => sum + (project.grantedCents ?? 0), 0);
    expect(findAll(total ?? document, 'w:tc').map(textOf).slice(0, 2)).toEqual(['Yhteensä (27)', formatEuros(granted)]);
    expect(findAll(funderTable ?? document, 'w:tr').map((row) => textOf(findAll(row, 'w:tc')[0] ?? row))).toContain('Opetus- ja kulttuuriministeriö');
  });

  it('groups by area with a subtotal per area and right-aligned money', async () => {
    const document = (await summaryDocument()).part('word/document.xml');
    const texts = findAll(document, 'w:tr').map((row) => findAll(row, 'w:tc').map(textOf));
    expect(texts.some((cells) => cells[0] === 'Varhaiskasvatus')).toBe(true);
    expect(texts.some((cells) => /^Varhaiskasvatus yhteensä \(\d+\)$/u.test(cells[0] ?? ''))).toBe(true);
    const moneyCell = findAll(document, 'w:tc').find((cell) => /\d\s€$/u.test(textOf(cell)));
    expect(moneyCell && first(moneyCell, 'w:jc')?.attrs['w:val']).toBe('right');
  });

  it('marks sample data and narrows to the chosen areas', async () => {
    const document = (await summaryDocument(['perusopetus'])).part('word/document.xml');
    const text = textOf(document);
    expect(text).toContain('Esimerkkiaineisto – summat ovat kuvitteellisia');
    expect(text).toContain('Vastuualueet: Perusopetus');
    expect(text).not.toContain('Varhaiskasvatus yhteensä');
  });
});
