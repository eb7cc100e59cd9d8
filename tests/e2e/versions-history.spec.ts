// The versions panel beside the item editor at 1366×768 (issue 9): the history with author, status
// and the one-line summary; two versions compared inline and side by side (insertions and
// deletions told in words, not colour alone, and named by their place: "kohta 2"); an old version
// restored after a confirmation; "since I last looked" and "since approval" in one click, with the
// opening marking the shown version seen.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import type { VersionEntry } from '../../shared/domain/compare-types';
import type { AgendaItem } from '../../shared/domain/item';
import type { ItemReviewState } from '../../shared/domain/review';
import { richToPlainText } from '../../shared/domain/rich-text';
import { formatVersionSummary } from '../../shared/format/version-summary-text';
import { api, expect, test } from './fixtures';
import { pointTexts, waitSaved } from './items-helpers';
import { actAsDirector, actAsSecretary, listDoc, openItem, showTab, sidePanel, storedItem, updateItem } from './review-editor-helpers';

test.use({ viewport: { width: 1366, height: 768 } });

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
  expect(results.passes.length, 'axe ran rules').toBeGreaterThan(0);
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

const versionsOf = (host: Parameters<typeof api>[0], id: string) => api<VersionEntry[]>(host, 'versions:list', { id });

function seenVersion(dataDir: string, itemId: string, personId: string): { version: number; previous: number | null } | undefined {
  const sqlite = new Database(path.join(dataDir, 'pykala.sqlite3'), { readonly: true, fileMustExist: true });
  try {
    const row = sqlite.prepare('SELECT version, previous_version AS previous FROM item_views WHERE item_id = ? AND person_id = ?').get(itemId, personId) as { version: number; previous: number | null } | undefined;
    return row;
  } finally {
    sqlite.close();
  }
}

const firstPoints = ['hyväksyä kuljetussuunnitelman', 'merkitä tiedoksi kustannukset'];

test('the history, two versions compared inline and side by side, and an old version restored', async ({ page, startApp }) => {
  const host = await startApp();
  // The secretary writes; the director changes a point (one person's autosaves within a minute are one version).
  const secretary = await actAsSecretary(host);
  const first = await storedItem(host, { title: 'Koulukuljetukset', presenterName: 'Mikko Saari', proposal: listDoc('Lautakunta päättää', firstPoints) });
  const original = (await versionsOf(host, first.id)).at(-1)?.version ?? 0;
  await actAsDirector(host);
  await updateItem(host, first, { proposal: listDoc('Lautakunta päättää', ['hyväksyä kuljetussuunnitelman', 'merkitä tiedoksi kustannusarvion']) });
  const versions = await versionsOf(host, first.id);
  const latest = versions.at(-1);
  if (!latest) throw new Error('no versions');

  await openItem(page, host, first.id);
  await showTab(page, 'Versiot');
  const panel = sidePanel(page);
  const entries = panel.getByTestId('version-entry');
  await expect(entries).toHaveCount(versions.length);
  // Newest first: who, when, the status then, and what changed in one line.
  await expect(entries.first()).toContainText(`Versio ${String(latest.version)} (uusin)`);
  await expect(entries.first()).toContainText(/\d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2} · Mikko Saari · Luonnos/u);
  await expect(entries.first().getByTestId('version-summary')).toHaveText(formatVersionSummary(latest.summary));
  await expect(entries.nth(1)).toContainText(`· ${secretary.name} ·`);
  expect(formatVersionSummary(latest.summary)).toContain('Päätösehdotus');

  // Compare the original with the newest, inline.
  await panel.getByLabel('Vanhempi versio').selectOption(String(original));
  await panel.getByLabel('Uudempi versio').selectOption(String(latest.version));
  await panel.getByRole('button', { name: 'Vertaa', exact: true }).click();
  const view = panel.getByTestId('compare-view');
  await expect(view.getByRole('heading', { name: `Versio ${String(original)} → versio ${String(latest.version)}` })).toBeVisible();
  const unit = view.getByTestId('compare-unit');
  await expect(unit).toHaveCount(1);
  await expect(unit).toContainText('kohta 2');
  // Screen readers hear the change in words; on screen it is struck through or underlined.
  await expect(unit.locator('del')).toHaveText('[poistettu: kustannukset]');
  await expect(unit.locator('ins')).toHaveText('[lisätty: kustannusarvion]');
  await expect(unit.locator('del')).toHaveCSS('text-decoration-line', 'line-through');
  await expect(unit.locator('ins')).toHaveCSS('text-decoration-line', 'underline');
  await expectNoViolations(page, 'the versions panel comparing inline');
  await page.screenshot({ path: test.info().outputPath('versions-inline.png') });

  // Side by side: the deletion only on the left, the insertion only on the right.
  await panel.getByRole('button', { name: 'Rinnakkain' }).click();
  await expect(view).toHaveAttribute('data-mode', 'sideBySide');
  await expect(unit.getByTestId('compare-before').locator('del')).toHaveText('[poistettu: kustannukset]');
  await expect(unit.getByTestId('compare-before').locator('ins')).toHaveCount(0);
  await expect(unit.getByTestId('compare-after').locator('ins')).toHaveText('[lisätty: kustannusarvion]');
  await expect(unit.getByTestId('compare-after').locator('del')).toHaveCount(0);
  await expectNoViolations(page, 'the versions panel side by side');
  await page.screenshot({ path: test.info().outputPath('versions-side-by-side.png') });

  // Restore the original after a confirmation: a new version, the editor shows it, nothing lost.
  await panel.getByRole('button', { name: `Palauta versio ${String(original)}` }).click();
  const confirm = page.getByRole('alertdialog', { name: `Palautetaanko versio ${String(original)}?` });
  await expect(confirm).toContainText('eikä mitään menetetä');
  await expectNoViolations(page, 'the restore confirmation');
  await confirm.getByRole('button', { name: 'Palauta versio' }).click();
  await expect(confirm).toBeHidden();
  await expect.poll(() => pointTexts(page, 'proposal')).toEqual(firstPoints);
  await waitSaved(page);
  const after = await versionsOf(host, first.id);
  expect(after).toHaveLength(versions.length + 1);
  expect(after.at(-1)?.note).toBe(`Palautettu versiosta ${String(original)}`);
  const stored = await api<AgendaItem>(host, 'items:get', { id: first.id });
  expect(richToPlainText(stored.proposal)).toContain('merkitä tiedoksi kustannukset');
  // The versions stay in sight after the reload, with the restored one on top.
  await expect(page.getByRole('tab', { name: 'Versiot' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByTestId('version-entry')).toHaveCount(after.length);
  await expect(panel.getByTestId('version-entry').first()).toContainText(`Palautettu versiosta ${String(original)}`);
});

test('"since I last looked" and "since approval" in one click; opening marks the shown version seen', async ({ page, startApp, dataDir }) => {
  const host = await startApp();
  const director = await actAsDirector(host);
  const secretary = await actAsSecretary(host);
  let item = await storedItem(host, { title: 'Oppilashuollon kuraattorit', presenterName: 'Mikko Saari', preparerIds: [secretary.id], proposal: listDoc('Lautakunta päättää', ['perustaa kaksi kuraattorin tointa']) });
  const seenAtOpening = (await versionsOf(host, item.id)).at(-1)?.version ?? 0;

  // The director opens the item: the shown version is marked seen.
  await actAsDirector(host);
  await openItem(page, host, item.id);
  await expect.poll(() => seenVersion(dataDir, item.id, director.id)?.version).toBe(seenAtOpening);
  // The secretary sends it and then changes the proposal.
  await actAsSecretary(host);
  item = await api<AgendaItem>(host, 'review:send', { id: item.id, message: '', expectedUpdatedAt: item.updatedAt });
  item = await updateItem(host, item, { proposal: listDoc('Lautakunta päättää', ['perustaa kolme kuraattorin tointa']) });
  const changed = (await versionsOf(host, item.id)).at(-1)?.version ?? 0;
  expect(changed).toBeGreaterThan(seenAtOpening);

  // The next opening compares with the version seen before it, though it marks the new one seen.
  await actAsDirector(host);
  await openItem(page, host, item.id);
  await expect.poll(() => seenVersion(dataDir, item.id, director.id)).toEqual({ version: changed, previous: seenAtOpening });
  await showTab(page, 'Versiot');
  const panel = sidePanel(page);
  await panel.getByRole('button', { name: 'Muutokset edellisen katseluni jälkeen' }).click();
  const view = panel.getByTestId('compare-view');
  await expect(view.getByRole('heading', { name: `Versio ${String(seenAtOpening)} → versio ${String(changed)}` })).toBeVisible();
  await expect(view.locator('del')).toHaveText('[poistettu: kaksi]');
  await expect(view.locator('ins')).toHaveText('[lisätty: kolme]');
  // Never approved: the button is disabled and says why.
  const sinceApproval = panel.getByRole('button', { name: 'Muutokset hyväksynnän jälkeen' });
  await expect(sinceApproval).toBeDisabled();
  await expect(sinceApproval).toHaveAccessibleDescription('Asiaa ei ole hyväksytty, tai sitä ei ole muutettu hyväksynnän jälkeen.');

  // Approved, reopened and changed by the secretary: the changes since the approval.
  item = await api<AgendaItem>(host, 'items:get', { id: item.id });
  item = await api<AgendaItem>(host, 'review:approve', { id: item.id, expectedUpdatedAt: item.updatedAt });
  const approvedVersion = (await api<ItemReviewState>(host, 'review:state', { id: item.id })).lastApprovedVersion ?? 0;
  item = await api<AgendaItem>(host, 'items:setStatus', { id: item.id, status: 'luonnos' });
  await actAsSecretary(host);
  item = await updateItem(host, item, { proposal: listDoc('Lautakunta päättää', ['perustaa kolme kuraattorin tointa 1.8.2025 alkaen']) });
  const newest = (await versionsOf(host, item.id)).at(-1)?.version ?? 0;
  await actAsDirector(host);
  await openItem(page, host, item.id);
  await showTab(page, 'Versiot');
  await panel.getByRole('button', { name: 'Muutokset hyväksynnän jälkeen' }).click();
  await expect(view.getByRole('heading', { name: `Versio ${String(approvedVersion)} → versio ${String(newest)}` })).toBeVisible();
  await expect(view.locator('ins')).toHaveText(/^\[lisätty: {1,2}1\.8\.2025 alkaen\]$/u);
  await expect(view.locator('del')).toHaveCount(0);
});
