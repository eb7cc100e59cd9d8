// The printed page from the editor (issue 7): a table's column borders drag and its widths reach
// the Word file, keyboard users widen a column or hand the widths back to the content, cells align
// left, centre or right in the editor, the preview and the export, all under the app's strict CSP
// (no refusal in the console: ProseMirror and the column resizing draw styles through CSSOM).
// The preview prints what the export prints: a six-column table keeps "Erityistehtävät" on one
// line, a long label wraps in its column in the weight of the others, no empty paragraph prints.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AgendaItem } from '../../shared/domain/item';
import type { RichNode } from '../../shared/domain/rich-text';
import { findAll, first, readDocx, textOf } from '../unit/export/docx-xml';
import { api, expect, test } from './fixtures';
import { backgroundEditor, openItemsList, pasteHtml, waitSaved } from './items-helpers';

const screens = path.resolve(import.meta.dirname, '../../test-results/screens');
const hoursTable =
  '<p>Tuntikehys:</p><table><tr><th>Koulu</th><th>Luokat</th><th>Oppilaita</th><th>Tunteja</th><th>Erityistehtävät</th><th>Muutos</th></tr>' +
  '<tr><td>Keskuskoulu</td><td>1–9</td><td>412</td><td>1 240</td><td>musiikkiluokat</td><td>+12</td></tr>' +
  '<tr><td>Kirkonkylän koulu</td><td>1–6</td><td>96</td><td>310</td><td>–</td><td>−4</td></tr></table>';

function cspErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => { if (/Content Security Policy/iu.test(message.text())) errors.push(message.text()); });
  return errors;
}

async function newItemWithTable(page: Page): Promise<string> {
  await openItemsList(page);
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  await page.getByLabel('Otsikko', { exact: true }).fill('Tuntikehys 2024–2025');
  await backgroundEditor(page).click();
  await pasteHtml(page, hoursTable);
  await expect(backgroundEditor(page).locator('table th')).toHaveCount(6);
  await waitSaved(page);
  return new URL(page.url()).searchParams.get('item') ?? '';
}

function storedCells(item: AgendaItem): RichNode[] {
  const table = item.background.content.find((node) => node.type === 'table');
  return (table?.content ?? []).flatMap((row) => row.content ?? []);
}

function widthsOf(cells: RichNode[]): unknown[] {
  return cells.slice(0, 6).map((cell) => (Array.isArray(cell.attrs?.colwidth) ? (cell.attrs.colwidth as unknown[])[0] : null));
}

test.use({ viewport: { width: 1366, height: 768 } });

test('cells align from the toolbar in the editor, the preview and the Word file; the preview keeps "Erityistehtävät" on one line', async ({ page, startApp }) => {
  const csp = cspErrors(page);
  await startApp();
  await newItemWithTable(page);
  const editor = backgroundEditor(page);
  await editor.locator('td', { hasText: '412' }).click();
  await page.getByRole('button', { name: 'Tasaa solu oikealle (luvut)' }).click();
  await expect(editor.locator('td', { hasText: '412' })).toHaveCSS('text-align', 'right');
  await expect(page.getByRole('button', { name: 'Tasaa solu oikealle (luvut)' })).toHaveAttribute('aria-pressed', 'true');
  const previewCell = page.getByTestId('item-preview').locator('td', { hasText: '412' });
  await expect(previewCell).toHaveCSS('text-align', 'right');

  // The header word on one line in the preview: its paragraph is one line high.
  const header = page.getByTestId('item-preview').locator('th p', { hasText: 'Erityistehtävät' });
  const lines = await header.evaluate((paragraph) => paragraph.getBoundingClientRect().height / parseFloat(window.getComputedStyle(paragraph).lineHeight));
  expect(lines).toBeCloseTo(1, 1);
  await waitSaved(page);
  await page.screenshot({ path: path.join(screens, 'table-aligned-1366x768.png') });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie päätösehdotus (Word)' }).click();
  const docx = await readDocx(readFileSync(await (await download).path()));
  const cells = findAll(first(docx.part('word/document.xml'), 'w:tbl') ?? docx.part('word/document.xml'), 'w:tc');
  const jc = (text: string) => first(cells.find((cell) => textOf(cell) === text)!, 'w:jc')?.attrs['w:val'];
  expect(jc('412')).toBe('right');
  expect(jc('96')).toBeUndefined();
  expect(csp).toEqual([]);
});

test('a dragged column border writes every column’s width, which the Word file keeps; the keyboard widens a column or gives the widths back', async ({ page, startApp }) => {
  const csp = cspErrors(page);
  const host = await startApp();
  const id = await newItemWithTable(page);
  const editor = backgroundEditor(page);
  const firstHeader = editor.locator('th', { hasText: 'Koulu' });
  const box = await firstHeader.boundingBox();
  if (!box) throw new Error('no header cell');
  // The border between the first and second column: drag it 80 px to the right.
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
  // prosemirror-tables draws the handle down the column's border.
  await expect(editor.locator('.column-resize-handle').first()).toBeAttached();
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 78, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  const storedWidths = async () => widthsOf(storedCells(await api<AgendaItem>(host, 'items:get', { id })));
  // Saved a moment after the drag (the editor commits after a pause, then autosave).
  await expect.poll(async () => (await storedWidths()).every((width) => typeof width === 'number' && width > 0)).toBe(true);
  await waitSaved(page);
  let stored = await storedWidths();
  const [koulu = 0, luokat = 0] = stored as number[];
  expect(koulu).toBeGreaterThan(luokat);
  expect(koulu).toBeCloseTo(box.width + 80, -1);

  // The Word file scales those widths to the text column.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie päätösehdotus (Word)' }).click();
  const docx = await readDocx(readFileSync(await (await download).path()));
  const grid = findAll(first(docx.part('word/document.xml'), 'w:tbl') ?? docx.part('word/document.xml'), 'w:gridCol').map((col) => Number(col.attrs['w:w']));
  const total = (stored as number[]).reduce((sum, width) => sum + width, 0);
  expect(grid[0]! / grid[1]!).toBeCloseTo(koulu / luokat, 1);
  expect(grid.reduce((sum, width) => sum + width, 0)).toBe(7314);
  expect(grid[0]! / 7314).toBeCloseTo(koulu / total, 2);

  // Keyboard: the cursor in the third column, "Levennä saraketta" from the toolbar by Enter.
  await editor.locator('td', { hasText: '412' }).click();
  const widen = page.getByRole('button', { name: 'Levennä saraketta' });
  await widen.focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await storedWidths())[2]).not.toBe(stored[2]);
  await waitSaved(page);
  const widened = (await storedWidths()) as number[];
  expect(widened[2]).toBeCloseTo((stored[2] as number) * 1.2, -1);
  expect(widened[0]).toBe(koulu);

  await editor.locator('td', { hasText: '412' }).click();
  await page.getByRole('button', { name: 'Sarakeleveydet sisällön mukaan' }).click();
  await expect.poll(storedWidths).toEqual([null, null, null, null, null, null]);
  await waitSaved(page);
  stored = await storedWidths();
  expect(stored).toEqual([null, null, null, null, null, null]);
  expect(csp).toEqual([]);
});

test('the preview wraps a long label in its column in the weight of the others, and prints no empty paragraph', async ({ page, startApp }) => {
  await startApp();
  await openItemsList(page);
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  await page.getByLabel('Esittelijän nimike', { exact: true }).fill('Opetus- ja kasvatuslautakunnan puheenjohtaja');
  const preview = page.getByTestId('item-preview');
  const lines = preview.locator('.preview-label__line');
  await expect(lines).toHaveText(['Opetus- ja', 'kasvatuslautakunnan', 'puheenjohtaja']);
  const weights = await lines.evaluateAll((spans) => spans.map((span) => window.getComputedStyle(span).fontWeight));
  const usual = await preview.locator('.preview-label', { hasText: 'Muutoksenhaku' }).evaluate((label) => window.getComputedStyle(label).fontWeight);
  expect(weights).toEqual([usual, usual, usual]);
  // Every label line inside the label column (4.6 cm of 21).
  const pageBox = await preview.boundingBox();
  const text = await preview.locator('.preview-text').first().boundingBox();
  for (const box of await lines.evaluateAll((spans) => spans.map((span) => { const range = document.createRange(); range.selectNodeContents(span); return range.getBoundingClientRect().right; }))) {
    expect(box).toBeLessThan(text!.x);
  }
  expect(pageBox).not.toBeNull();

  // An empty opening and empty paragraphs print nothing of their own.
  const proposal = page.locator('.rte-content[data-field="proposal"]');
  await proposal.locator(':scope > p').first().click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(proposal).toHaveText('');
  await backgroundEditor(page).click();
  await page.keyboard.type('Ensimmäinen');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Toinen');
  await expect(backgroundEditor(page).locator('p')).toHaveCount(4);
  await expect(preview).toContainText('Toinen');
  const empty = await preview.locator('p').evaluateAll((paragraphs) => paragraphs.filter((p) => p.textContent.trim() === '' && !p.classList.contains('preview-label-line')).length);
  expect(empty).toBe(0);
  await waitSaved(page);
  await page.screenshot({ path: path.join(screens, 'long-label-1366x768.png') });
});
