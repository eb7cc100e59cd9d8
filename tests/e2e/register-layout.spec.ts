// The register on a 1366×768 laptop screen: names readable, no header clipped, the totals in
// view without scrolling, and rows of varying height virtualized without overlapping.
import { api, expect, registerReady, test } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 1366, height: 768 } });

const longName = 'Perusopetuksen tasa-arvon ja laadun vahvistaminen Kokkolan kouluissa 2024–2025';
const veryLongName = `Hyvin pitkä hankenimi, ${'jota kukaan ei jaksa lukea loppuun asti, '.repeat(7)}loppu`.slice(0, 300);

async function createProject(url: string, token: string, nameFi: string) {
  const response = await fetch(`${url}api/projects:create`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ nameFi, area: 'perusopetus', funder: 'OKM', grantType: 'muu', scope: 'oma', status: 'kaynnissa', grantedCents: 1_234_567_800, ownShareValue: null, totalBudgetCents: 1_234_567_800, startDate: '2024-08-01', endDate: '2025-07-31', decisionDate: null, reportDueDate: '2025-12-31', responsiblePerson: 'Anna-Maria Virtanen-Korhonen' }),
  });
  expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
}

/** Rows on screen, in order, as [aria-rowindex, top, bottom]. */
async function renderedRows(page: Page): Promise<[number, number, number][]> {
  const rows = page.locator('[role="rowgroup"] + [role="rowgroup"] > [role="row"]');
  const boxes = await rows.evaluateAll((elements) => elements.map((element) => {
    const box = element.getBoundingClientRect();
    return [Number(element.getAttribute('aria-rowindex')), box.top, box.bottom] as [number, number, number];
  }));
  return boxes.sort((a, b) => a[0] - b[0]);
}

test('at 1366×768 every header is whole, names wrap and stay readable, and the totals are in view without scrolling', async ({ page, startApp }) => {
  const host = await startApp();
  await createProject(host.url, host.token, longName);
  await createProject(host.url, host.token, veryLongName);
  await page.reload();
  await registerReady(page);

  // No header is clipped: each fits its column (wrapping between words or at a soft hyphen).
  const headers = page.getByRole('table', { name: 'Hankkeet' }).getByRole('columnheader');
  await expect(headers).toHaveCount(11);
  const clipped = await headers.evaluateAll((cells) => cells.filter((cell) => [cell, ...cell.querySelectorAll('button')].some((part) => part.scrollWidth > part.clientWidth + 0.5 || part.getBoundingClientRect().right > cell.getBoundingClientRect().right + 0.5)).map((cell) => cell.textContent));
  expect(clipped).toEqual([]);
  // Soft hyphens break long compounds on screen only: the headers' names are whole words.
  await expect(headers.filter({ has: page.getByRole('button', { name: 'Kokonaisbudjetti', exact: true }) })).toBeVisible();
  await expect(headers.filter({ has: page.getByRole('button', { name: 'Vastuuhenkilö', exact: true }) })).toBeVisible();
  // …and the table needs no sideways scrolling.
  const scroller = page.locator('.table-scroll');
  expect(await scroller.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);

  // The totals are in the window as it opens, whole.
  await expect(page.getByRole('region', { name: 'Yhteenveto suodatetuista hankkeista' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('table', { name: 'Rahoittajittain' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('table', { name: 'Vastuualueittain' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('table', { name: 'Hankkeet' }).getByRole('row').nth(4)).toBeInViewport({ ratio: 1 });
  expect(await page.locator('.app__main').evaluate((element) => element.scrollHeight - element.clientHeight)).toBeLessThanOrEqual(0);

  // A long name wraps and is shown whole; the button says it whole and so does its title.
  await page.getByLabel('Haku', { exact: true }).fill('Kokkolan kouluissa 2024–2025');
  const name = page.getByRole('button', { name: longName, exact: true });
  await expect(name).toBeVisible();
  await expect(name).toHaveAttribute('title', `Muokkaa hanketta ${longName}`);
  const nameBox = await name.locator('span').evaluate((span) => ({ lines: Math.round(span.getBoundingClientRect().height / parseFloat(getComputedStyle(span).lineHeight)), cut: span.scrollHeight > span.clientHeight + 1 || span.scrollWidth > span.clientWidth + 1 }));
  expect(nameBox.lines).toBeGreaterThan(1);
  expect(nameBox.cut).toBe(false);
  // Amounts in the billions and a long person's name still fit their cells.
  const row = page.getByRole('row', { name: new RegExp(longName, 'u') });
  await expect(row).toContainText('12 345 678 €'.replace(/ /gu, '\u00a0'));
  const cutCells = await row.getByRole('cell').evaluateAll((cells) => cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 0.5).length);
  expect(cutCells).toBe(0);

  // A 300-character name is cut to three lines on screen, but its accessible name and title are whole.
  await page.getByLabel('Haku', { exact: true }).fill('Hyvin pitkä hankenimi');
  const veryLong = page.getByRole('button', { name: veryLongName, exact: true });
  await expect(veryLong).toBeVisible();
  await expect(veryLong).toHaveAttribute('title', `Muokkaa hanketta ${veryLongName}`);
  const box = await veryLong.boundingBox();
  expect(box?.height ?? 0).toBeLessThan(70);
});

test('rows of varying height follow one another without gaps or overlaps while scrolling', async ({ page, startApp }) => {
  const host = await startApp();
  // Enough rows that most of them are outside the window (virtualized), some with long names.
  for (let index = 0; index < 40; index += 1) await createProject(host.url, host.token, index % 3 === 0 ? `${longName} ${String(index)}` : `Lyhyt ${String(index)}`);
  await page.reload();
  await registerReady(page);
  const total = (await api<{ totals: { count: number } }>(host, 'projects:list', {})).totals.count;
  const scroller = page.locator('.table-scroll');
  const maxScroll = await scroller.evaluate((element) => element.scrollHeight - element.clientHeight);
  expect(maxScroll).toBeGreaterThan(1000);
  for (let top = 0; top <= maxScroll + 200; top += 250) {
    await scroller.evaluate((element, value) => { element.scrollTop = value; }, top);
    await page.waitForTimeout(50);
    const rows = await renderedRows(page);
    expect(rows.length).toBeLessThan(total);
    for (let index = 1; index < rows.length; index += 1) {
      const [previousIndex, , previousBottom] = rows[index - 1]!;
      const [rowIndex, rowTop] = rows[index]!;
      expect(rowIndex, 'rows are consecutive').toBe(previousIndex + 1);
      expect(Math.abs(rowTop - previousBottom), `row ${String(rowIndex)} starts where row ${String(previousIndex)} ends`).toBeLessThanOrEqual(1.5);
    }
  }
  // At the bottom (End, as often as rows measured on the way make the table longer) the last project is there, whole.
  await expect(async () => {
    await scroller.evaluate((element) => { element.scrollTop = element.scrollHeight; });
    expect(await scroller.evaluate((element) => element.scrollHeight - element.clientHeight - element.scrollTop)).toBeLessThanOrEqual(1);
  }).toPass();
  await expect(page.locator(`[role="row"][aria-rowindex="${String(total + 1)}"]`)).toBeInViewport({ ratio: 1 });
});
