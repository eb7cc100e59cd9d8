import { expect, registerReady, test } from './fixtures';
test.use({ viewport: { width: 1366, height: 768 } });
test('scratch', async ({ page, startApp }) => {
  await startApp();
  await registerReady(page);
  await page.screenshot({ path: '/tmp/shots/register.png' });
  await page.getByRole('link', { name: 'Tuo tiedostosta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tuo hankkeita tiedostosta' })).toBeVisible();
  await page.getByLabel('Rekisterin tiedosto (CSV tai XLSX)').setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('a;b\n1;2') });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: '/tmp/shots/file.png' });
});
