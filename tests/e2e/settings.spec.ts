// Settings: the people list (preparers come from it) and the organisation's names and layout.
import type { AgendaItem } from '../../shared/domain/item';
import { draftOf } from '../../shared/domain/item-schema';
import { api, expect, test } from './fixtures';
import { openItemsList } from './items-helpers';

test('adds, edits and deletes a person, and a new preparer can be picked in an item', async ({ page, startApp }) => {
  const host = await startApp();
  await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
  await page.getByRole('button', { name: 'Lisää henkilö' }).click();
  const dialog = page.getByRole('dialog', { name: 'Uusi henkilö' });
  await expect(dialog.getByLabel('Nimi', { exact: true })).toBeFocused();
  await dialog.getByLabel('Sähköposti').fill('ei-osoite');
  await dialog.getByRole('button', { name: 'Tallenna henkilö' }).click();
  await expect(dialog.getByText('Pakollinen tieto.')).toBeVisible();
  await dialog.getByLabel('Nimi', { exact: true }).fill('Outi Opettaja');
  await dialog.getByLabel('Tehtävänimike').fill('rehtori');
  await dialog.getByLabel('Sähköposti').fill('outi.opettaja@example.fi');
  await dialog.getByLabel('Puhelin').press('Enter');
  await expect(dialog).toBeHidden();
  const table = page.getByRole('table', { name: 'Henkilöluettelo' });
  await expect(table.getByRole('row', { name: /Outi Opettaja/u })).toContainText('rehtori');

  await page.getByRole('button', { name: 'Muokkaa henkilöä Outi Opettaja' }).click();
  await page.getByRole('dialog').getByLabel('Tehtävänimike').fill('apulaisrehtori');
  await page.getByRole('dialog').getByRole('button', { name: 'Tallenna henkilö' }).click();
  await expect(table.getByRole('row', { name: /Outi Opettaja/u })).toContainText('apulaisrehtori');

  await openItemsList(page);
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  // A title makes it an item worth storing (an untouched new one is never stored).
  await page.getByLabel('Otsikko', { exact: true }).fill('Valmistelijan asia');
  await page.getByLabel('Valitse henkilö').selectOption({ label: 'Outi Opettaja, apulaisrehtori' });
  await page.getByRole('button', { name: 'Lisää valmistelija' }).click();
  await expect(page.getByTestId('item-preview')).toContainText('Outi Opettaja, apulaisrehtori, outi.opettaja@example.fi');
  await page.getByRole('button', { name: 'Poista valmistelija Outi Opettaja' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Tallennettu');

  await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
  await page.getByRole('button', { name: 'Poista henkilö Outi Opettaja' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Poista' }).click();
  await expect(table.getByRole('row', { name: /Outi Opettaja/u })).toHaveCount(0);
  expect((await api<{ name: string }[]>(host, 'people:list', {})).map((p) => p.name)).not.toContain('Outi Opettaja');
});

test('organisation settings are validated, saved, and switch the preview to the 2024 layout', async ({ page, startApp }) => {
  const host = await startApp();
  await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
  await page.getByLabel('Toimielin').fill('');
  await page.getByRole('button', { name: 'Tallenna asetukset' }).click();
  await expect(page.getByText('Pakollinen tieto.')).toBeVisible();
  await page.getByLabel('Toimielin').fill('Opetus- ja kasvatuslautakunta');
  await page.getByLabel('Esittelijän nimike').fill('Opetus- ja kasvatusjohtaja');
  await page.getByLabel('SFS 2487:2024 (teksti 2,3 cm:stä)').check();
  await page.getByRole('button', { name: 'Tallenna asetukset' }).click();
  await expect(page.getByText('Asetukset tallennettu.')).toBeVisible();
  const saved = await api<{ bodyName: string; layout: string }>(host, 'settings:get', {});
  expect(saved).toMatchObject({ bodyName: 'Opetus- ja kasvatuslautakunta', layout: 'sfs2024' });

  await openItemsList(page);
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  await expect(page.getByTestId('item-preview')).toHaveClass(/preview-page--sfs2024/u);
});

test('the body\'s practice labels the proposal and prints the presenter\'s name, in the preview and the export', async ({ page, startApp }) => {
  await startApp();
  await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
  await page.getByLabel('Rivi ”Esittelijä” nimineen ja otsake ”Päätösehdotus”').check();
  await page.getByRole('button', { name: 'Tallenna asetukset' }).click();
  await expect(page.getByText('Asetukset tallennettu.')).toBeVisible();
  await openItemsList(page);
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  const preview = page.getByTestId('item-preview');
  const rows = preview.locator('.preview-row');
  await expect(rows.filter({ hasText: 'Esittelijä' }).first()).toHaveText('EsittelijäMikko Saari, sivistysjohtaja');
  await expect(rows.filter({ hasText: 'Päätösehdotus' }).first()).toContainText('Lautakunta päättää');
  await page.getByLabel('Esittelijän nimi', { exact: true }).fill('Outi Opettaja');
  await expect(rows.filter({ hasText: 'Esittelijä' }).first()).toHaveText('EsittelijäOuti Opettaja, sivistysjohtaja');
});

test('the body\'s appeal texts are edited in settings and an item picks one, its blanks pointed out', async ({ page, startApp }) => {
  const host = await startApp();
  await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
  // The presets in their order: rectification request, municipal appeal, administrative appeal, no appeal (136 §), no appeal (another act).
  const card = page.getByTestId('appeal-text').nth(4);
  await expect(card.getByRole('textbox', { name: 'Ohjeen nimi' })).toHaveValue('Ei muutoksenhakuoikeutta (muu laki)');
  const text = card.locator('.rte-content');
  await text.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Tähän päätökseen ei saa hakea muutosta, koska perusopetuslain 42 § kieltää muutoksenhaun.');
  await card.getByRole('button', { name: 'Tallenna ohje' }).click();
  await expect(page.getByText('Ohje ”Ei muutoksenhakuoikeutta (muu laki)” tallennettu.')).toBeVisible();
  const stored = await api<{ id: string; text: { content: unknown[] } }[]>(host, 'appealTexts:list', {});
  expect(JSON.stringify(stored.find((t) => t.id === 'appeal-ei-muu-laki')?.text)).toContain('perusopetuslain 42 §');

  await openItemsList(page);
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  const appeal = page.getByLabel('Muutoksenhakuohje');
  await appeal.selectOption('appeal-hallintovalitus');
  await expect(page.getByRole('note').filter({ hasText: 'täydennettäviä kohtia' })).toBeVisible();
  await appeal.selectOption('appeal-ei-muu-laki');
  await expect(page.getByRole('note').filter({ hasText: 'täydennettäviä kohtia' })).toHaveCount(0);
  await expect(page.locator('.rte-content[data-field="appeal"]')).toContainText('perusopetuslain 42 §');
  await expect(page.getByTestId('item-preview').locator('.preview-row').filter({ hasText: 'Muutoksenhaku' })).toContainText('perusopetuslain 42 §');
});

test('an appeal text kept for one body is offered to that body\'s items, not to another body\'s', async ({ page, startApp }) => {
  const host = await startApp();
  const technical = await api<{ id: string }>(host, 'bodies:save', { name: 'Tekninen lautakunta', members: [], others: [] });
  await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
  await page.getByRole('button', { name: 'Lisää ohje' }).click();
  const card = page.getByTestId('appeal-text').last();
  await card.getByRole('textbox', { name: 'Ohjeen nimi' }).fill('Teknisen lautakunnan oikaisuvaatimusohje');
  await expect(card.getByLabel('Ohje koskee')).toHaveValue('');
  await expect(card.getByLabel('Ohje koskee').locator('option').first()).toHaveText('Kaikki toimielimet');
  await card.getByLabel('Ohje koskee').selectOption({ label: 'Tekninen lautakunta' });
  await card.locator('.rte-content').click();
  await page.keyboard.type('Oikaisuvaatimuksen voi tehdä tekniselle lautakunnalle.');
  await card.getByRole('button', { name: 'Tallenna ohje' }).click();
  await expect(page.getByText('Ohje ”Teknisen lautakunnan oikaisuvaatimusohje” tallennettu.')).toBeVisible();
  const names = async (bodyId: string | null) => (await api<{ name: string }[]>(host, 'appealTexts:list', { bodyId })).map((text) => text.name);
  expect(await names(technical.id)).toContain('Teknisen lautakunnan oikaisuvaatimusohje');
  const bodies = await api<{ id: string; name: string }[]>(host, 'bodies:list', {});
  const education = bodies.find((body) => body.name === 'Sivistyslautakunta');
  expect(await names(education?.id ?? '')).not.toContain('Teknisen lautakunnan oikaisuvaatimusohje');
  // After a reload the text still names its body.
  await page.reload();
  await expect(page.getByTestId('appeal-text').last().getByLabel('Ohje koskee')).toHaveValue(technical.id);

  const picker = () => page.getByLabel('Muutoksenhakuohje').locator('option');
  const itemFor = async (bodyName: string) => {
    const created = await api<AgendaItem>(host, 'items:create', { template: 'empty' });
    await api(host, 'items:update', { id: created.id, draft: { ...draftOf(created), title: `Asia: ${bodyName}`, bodyName }, expectedUpdatedAt: created.updatedAt });
    await page.goto(`${host.pageUrl}&item=${encodeURIComponent(created.id)}#/items`);
    await expect(page.getByLabel('Otsikko', { exact: true })).toHaveValue(`Asia: ${bodyName}`);
  };
  await itemFor('Sivistyslautakunta');
  await expect(picker().filter({ hasText: /^Oikaisuvaatimusohje$/u })).toBeAttached();
  await expect(picker().filter({ hasText: 'Teknisen lautakunnan oikaisuvaatimusohje' })).toHaveCount(0);
  await itemFor('Tekninen lautakunta');
  await expect(picker().filter({ hasText: 'Teknisen lautakunnan oikaisuvaatimusohje' })).toHaveCount(1);
});
