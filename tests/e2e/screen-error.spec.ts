// A screen that cannot render its data says so in Finnish and leads back to its list, instead of
// leaving a blank window. The bad data is what an old database could still hold (the service now
// refuses it on save): a live value whose frozen text is a number, which ProseMirror cannot render.
import { expect, test } from './fixtures';
import { openItemsList } from './items-helpers';

const seedTitle = 'Kehittämishankkeiden ajankohtaiskatsaus 2024';

test('an item the editor cannot show gives a Finnish message and the way back to the list', async ({ page, startApp }) => {
  await startApp();
  await page.route('**/api/items:get', async (route) => {
    const response = await route.fetch();
    const envelope = (await response.json()) as { ok: boolean; value: { background: { content: { content?: { type: string; attrs?: Record<string, unknown> }[] }[] } } };
    for (const block of envelope.value.background.content) {
      for (const node of block.content ?? []) if (node.type === 'liveValue') node.attrs = { ...node.attrs, frozenText: 27 };
    }
    await route.fulfill({ response, json: envelope });
  });
  await openItemsList(page);
  await page.getByRole('link', { name: seedTitle }).click();

  const alert = page.getByRole('alert').filter({ hasText: 'Näkymää ei voitu näyttää.' });
  await expect(alert).toContainText('Tallennettuja tietoja ei muutettu.');
  // The app around the screen is still there.
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Hankerekisteri' })).toBeVisible();

  await page.unroute('**/api/items:get');
  await alert.getByRole('link', { name: 'Palaa luetteloon: Asiat' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Asiat' })).toBeVisible();
  await expect(page.getByRole('link', { name: seedTitle })).toBeVisible();
  // With readable data the same item opens again.
  await page.getByRole('link', { name: seedTitle }).click();
  await expect(page.getByLabel('Otsikko', { exact: true })).toHaveValue(seedTitle);
});
