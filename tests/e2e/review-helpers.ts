// Shared steps of the review e2e tests (issue 9): axe, screenshots, switching user from the header.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

const screenshots = path.resolve(import.meta.dirname, '../../test-results/screens');

export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
}

export async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
  expect(results.passes.length, 'axe ran rules').toBeGreaterThan(0);
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), `axe on ${what}`).toEqual([]);
}

/** The header's one-step switch; the option's text is "Name (Role)". */
export async function switchUser(page: Page, name: string): Promise<void> {
  const select = page.getByRole('banner').getByLabel('Käyttäjä');
  const label = await select.locator('option', { hasText: name }).first().innerText();
  await select.selectOption({ label });
  await expect(page.getByRole('status').filter({ hasText: `Käyttäjäksi vaihdettiin ${name}.` })).toBeVisible();
  await expect(select.locator('option:checked')).toHaveText(label);
}
