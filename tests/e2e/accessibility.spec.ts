// axe (WCAG 2.0/2.1 A and AA) over every screen and every open dialog: zero violations.
import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, registerReady, test } from './fixtures';

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
  expect(results.passes.length, 'axe ran rules').toBeGreaterThan(0);
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

test('register, filters, form with errors, delete dialog and toast pass axe', async ({ page, startApp }) => {
  await startApp();
  await registerReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expectNoViolations(page, 'the register');

  await page.getByText('Tila', { exact: true }).first().click();
  await expect(page.getByRole('checkbox', { name: 'Käynnissä' })).toBeVisible();
  await expectNoViolations(page, 'the register with a filter open');
  await page.getByText('Tila', { exact: true }).first().click();

  await page.getByRole('button', { name: 'Uusi hanke' }).click();
  const form = page.getByRole('dialog', { name: 'Uusi hanke' });
  await expect(form).toBeVisible();
  await expectNoViolations(page, 'the empty project form');
  await form.getByLabel('Myönnetty avustus').fill('-5');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form.getByLabel('Nimi', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'the project form with errors');
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  const firstDelete = page.getByRole('button', { name: /^Poista hanke /u }).first();
  await firstDelete.click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectNoViolations(page, 'the delete confirmation');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Poista' }).click();
  await expect(page.getByRole('button', { name: 'Kumoa' })).toBeFocused();
  await expectNoViolations(page, 'the undo toast');
});

test('the startup-error screen passes axe', async ({ page, dataDir, startApp }) => {
  writeFileSync(path.join(dataDir, 'pykala.sqlite3'), 'not a database');
  await startApp();
  await expect(page.getByRole('button', { name: 'Aloita tyhjällä tietokannalla' })).toBeVisible();
  await expectNoViolations(page, 'the startup-error screen');
  await page.getByRole('button', { name: 'Aloita tyhjällä tietokannalla' }).click();
  await registerReady(page);
  await expect(page.getByTestId('totals-count')).toHaveText('0');
  await expect(page.getByRole('note')).toHaveCount(0);
  await expectNoViolations(page, 'the empty register');
});

test('the item editor with its preview controls, and the full-page preview, pass axe', async ({ page, startApp }) => {
  await startApp();
  await page.getByRole('navigation').getByRole('link', { name: 'Asiat' }).click();
  await page.getByRole('link', { name: 'Kehittämishankkeiden ajankohtaiskatsaus 2024' }).click();
  await expect(page.getByTestId('item-preview')).toContainText('yhteensä 27 kehittämishanketta');
  await expectNoViolations(page, 'the item editor');
  await page.getByRole('button', { name: 'Avaa koko sivuna' }).click();
  await expect(page.getByRole('dialog', { name: 'Esikatselu koko sivuna' })).toBeVisible();
  await expectNoViolations(page, 'the full-page preview');
});
