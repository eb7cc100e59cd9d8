// The preview is readable and the user sets how (issue 7): the border between the form and the
// preview drags or moves by keyboard, the zoom goes 50–200 % or fits the width, the preview opens
// as a full page of its own and closes with Esc or back, and the choices outlive a reload.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openItemsList } from './items-helpers';

const screens = path.resolve(import.meta.dirname, '../../test-results/screens');

async function openSeedItem(page: Page): Promise<void> {
  await openItemsList(page);
  await page.getByRole('link', { name: 'Kehittämishankkeiden ajankohtaiskatsaus 2024' }).click();
  await expect(page.getByTestId('item-preview')).toContainText('yhteensä 27 kehittämishanketta');
}

/** The font size of the preview's body text, in CSS pixels. */
function bodyTextPx(page: Page): Promise<number> {
  return page.getByTestId('item-preview').locator('.preview-text p').first().evaluate((element) => parseFloat(window.getComputedStyle(element).fontSize));
}

function pageWidthPx(page: Page): Promise<number> {
  return page.getByTestId('item-preview').first().evaluate((sheet) => sheet.getBoundingClientRect().width);
}

test.use({ viewport: { width: 1366, height: 768 } });

test('at 1366×768 the preview fits its pane at a readable size, and zooms 50–200 % by steps or by choice', async ({ page, startApp }) => {
  await startApp();
  await openSeedItem(page);
  await page.screenshot({ path: path.join(screens, 'editor-1366x768.png') });
  // Before, the page was drawn at half size whatever the window: 11 pt text at 7.3 px.
  expect(await bodyTextPx(page)).toBeGreaterThan(9);
  const zoom = page.getByLabel('Zoomaus');
  await expect(zoom).toHaveValue('fit');
  const pane = page.locator('.preview-pane__scroll');
  const room = await pane.evaluate((element) => element.clientWidth - 16);
  expect(Math.abs((await pageWidthPx(page)) - room)).toBeLessThan(room * 0.02);

  await zoom.selectOption('150');
  // 11 pt at 150 % is 22 px, and the page 21 cm × 1.5 wide.
  await expect.poll(() => bodyTextPx(page)).toBeCloseTo(22, 0);
  expect(await pageWidthPx(page)).toBeCloseTo((21 / 2.54) * 96 * 1.5, 0);
  await page.getByRole('button', { name: 'Suurenna esikatselua' }).click();
  await expect(zoom).toHaveValue('175');
  await page.getByRole('button', { name: 'Suurenna esikatselua' }).click();
  await expect(zoom).toHaveValue('200');
  await expect(page.getByRole('button', { name: 'Suurenna esikatselua' })).toBeDisabled();
  await zoom.selectOption('50');
  await expect(page.getByRole('button', { name: 'Pienennä esikatselua' })).toBeDisabled();
  expect(await pageWidthPx(page)).toBeCloseTo((21 / 2.54) * 96 * 0.5, 0);

  // The choice outlives a reload.
  await zoom.selectOption('125');
  await page.reload();
  await expect(page.getByTestId('item-preview')).toContainText('yhteensä 27 kehittämishanketta');
  await expect(page.getByLabel('Zoomaus')).toHaveValue('125');
  await page.getByRole('button', { name: 'Sovita leveyteen' }).click();
  await expect(page.getByLabel('Zoomaus')).toHaveValue('fit');
});

test('the border between the form and the preview moves by mouse and by arrow keys, and the fitted page follows', async ({ page, startApp }) => {
  await startApp();
  await openSeedItem(page);
  const border = page.getByRole('separator', { name: 'Lomakkeen ja esikatselun raja' });
  const start = Number(await border.getAttribute('aria-valuenow'));
  const before = await pageWidthPx(page);
  await border.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(border).toHaveAttribute('aria-valuenow', String(start + 4));
  await expect.poll(() => pageWidthPx(page)).toBeGreaterThan(before);

  // Drag it to x = 500: the preview takes nearly two thirds of the row.
  const box = await border.boundingBox();
  if (!box) throw new Error('no separator');
  const y = Math.max(box.y, 0) + 200;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(500, y + 20, { steps: 5 });
  await page.mouse.up();
  const dragged = Number(await border.getAttribute('aria-valuenow'));
  expect(dragged).toBeGreaterThan(start + 10);
  await page.screenshot({ path: path.join(screens, 'editor-wide-preview-1366x768.png') });
  await page.keyboard.press('End');
  await expect(border).toHaveAttribute('aria-valuenow', '25');
  await page.keyboard.press('PageUp');
  await expect(border).toHaveAttribute('aria-valuenow', '35');
  await page.reload();
  await expect(page.getByRole('separator', { name: 'Lomakkeen ja esikatselun raja' })).toHaveAttribute('aria-valuenow', '35');
});

test('the preview opens as a full page with its own zoom, and Esc or back returns to the editor', async ({ page, startApp }) => {
  await startApp();
  await openSeedItem(page);
  await page.getByLabel('Zoomaus').selectOption('75');
  const open = page.getByRole('button', { name: 'Avaa koko sivuna' });
  await open.click();
  const full = page.getByRole('dialog', { name: 'Esikatselu koko sivuna' });
  await expect(full).toBeVisible();
  expect(page.url()).toContain('view=page');
  await expect(full.getByRole('button', { name: 'Sulje (Esc)' })).toBeFocused();
  // Its own zoom: fitted to the window, whatever the pane's.
  await expect(full.getByLabel('Zoomaus')).toHaveValue('fit');
  await expect.poll(() => full.getByTestId('item-preview').evaluate((sheet) => sheet.getBoundingClientRect().width)).toBeGreaterThan(1200);
  await page.screenshot({ path: path.join(screens, 'full-page-1366x768.png') });
  await full.getByLabel('Zoomaus').selectOption('100');
  await page.keyboard.press('Escape');
  await expect(full).toBeHidden();
  expect(page.url()).not.toContain('view=page');
  await expect(open).toBeFocused();
  await expect(page.getByLabel('Zoomaus')).toHaveValue('75');

  await open.click();
  await expect(full).toBeVisible();
  await expect(full.getByLabel('Zoomaus')).toHaveValue('100');
  await page.goBack();
  await expect(full).toBeHidden();
  await expect(page.getByRole('separator', { name: 'Lomakkeen ja esikatselun raja' })).toBeVisible();
});
