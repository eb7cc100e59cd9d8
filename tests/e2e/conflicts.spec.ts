// Issue 7, no lost updates, through the UI: two browser hosts on one data folder stand for two app
// instances (or the app and `npm run dev:web`), each with its own page. When both edit the same
// project, settings or person, the later save is refused: the form keeps its text and offers
// "Lataa tallennettu versio" and "Tallenna omani päälle", and each does what it says.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { startHost } from '../../electron/host/host';
import type { RunningHost } from '../../electron/host/host';
import { api, expect, registerReady, rendererDir, test } from './fixtures';

interface ListResult {
  rows: { id: string; nameFi: string }[];
}

interface StoredProject {
  nameFi: string;
  responsiblePerson: string;
  coordinator: string;
}

interface StoredPerson {
  id: string;
  name: string;
  title: string;
  phone: string;
}

interface StoredSettings {
  unit: string;
  bodyName: string;
  presenterName: string;
}

/** The second app instance: its own host (own database connection) and its own page. */
async function secondInstance(context: BrowserContext, dataDir: string): Promise<{ host: RunningHost; page: Page }> {
  const host = await startHost({ dataDir, rendererDir, seedDemoIfNew: true });
  const page = await context.newPage();
  await page.goto(host.pageUrl);
  return { host, page };
}

async function search(page: Page, text: string) {
  const response = page.waitForResponse((r) => r.url().includes('/api/projects:list') && (r.request().postDataJSON() as { search?: string }).search === text);
  await page.getByLabel('Haku', { exact: true }).fill(text);
  await response;
}

async function openProject(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Muokkaa hanketta' });
  await expect(dialog.getByLabel('Vastuuhenkilö')).toBeVisible();
  return dialog;
}

async function openSettings(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
  await expect(page.getByLabel('Toimielin')).toBeVisible();
}

/** axe (WCAG 2.0/2.1 A and AA, as accessibility.spec.ts) over the page with the choice shown. */
async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

const reload = 'Lataa tallennettu versio';
const overwrite = 'Tallenna omani päälle';

test('a project saved in another instance: the form keeps its text, then shows the stored version or saves over it; a delete asks again', async ({ page, context, dataDir, startApp }) => {
  const hostA = await startApp();
  const b = await secondInstance(context, dataDir);
  try {
    const target = (await api<ListResult>(hostA, 'projects:list', { sortBy: 'nameFi' })).rows[0]!;
    const original = await api<StoredProject>(hostA, 'projects:get', { id: target.id });
    for (const each of [page, b.page]) {
      await registerReady(each);
      await search(each, target.nameFi);
    }

    // Both open the project; B saves first, A's save is refused and nothing of it is written.
    let formA = await openProject(page, target.nameFi);
    let formB = await openProject(b.page, target.nameFi);
    await formB.getByLabel('Vastuuhenkilö').fill('Bertta Toinen');
    await formB.getByRole('button', { name: 'Tallenna' }).click();
    await expect(formB).toBeHidden();
    await formA.getByLabel('Vastuuhenkilö').fill('Aino Ensimmäinen');
    await formA.getByRole('button', { name: 'Tallenna' }).click();
    await expect(formA.getByRole('alert').filter({ hasText: 'Hanketta on muutettu toisaalla' })).toHaveText('Hanketta on muutettu toisaalla sen jälkeen, kun avasit sen. Muutoksiasi ei tallennettu.');
    await expect(formA.getByRole('button', { name: reload })).toBeFocused();
    await expect(formA.getByLabel('Vastuuhenkilö')).toHaveValue('Aino Ensimmäinen');
    expect((await api<StoredProject>(hostA, 'projects:get', { id: target.id })).responsiblePerson).toBe('Bertta Toinen');
    await expectNoViolations(page);

    // "Lataa tallennettu versio": B's version in the form; saving from there goes through.
    await formA.getByRole('button', { name: reload }).click();
    await expect(formA.getByLabel('Vastuuhenkilö')).toHaveValue('Bertta Toinen');
    await expect(formA.getByTestId('conflict-choice')).toHaveCount(0);
    await formA.getByLabel('Vastuuhenkilö').fill('Aino Ensimmäinen');
    await formA.getByRole('button', { name: 'Tallenna' }).click();
    await expect(formA).toBeHidden();
    expect((await api<StoredProject>(hostA, 'projects:get', { id: target.id })).responsiblePerson).toBe('Aino Ensimmäinen');

    // "Tallenna omani päälle": A's whole form replaces B's newer save, knowingly.
    formA = await openProject(page, target.nameFi);
    formB = await openProject(b.page, target.nameFi);
    await formB.getByLabel('Koordinaattori').fill('Kalle Koordinaattori');
    await formB.getByRole('button', { name: 'Tallenna' }).click();
    await expect(formB).toBeHidden();
    await formA.getByLabel('Vastuuhenkilö').fill('Aino Päälle');
    await formA.getByRole('button', { name: 'Tallenna' }).click();
    await formA.getByRole('button', { name: overwrite }).click();
    await expect(formA).toBeHidden();
    await expect(page.getByRole('status')).toContainText(`Hanke ${target.nameFi} tallennettu.`);
    expect(await api<StoredProject>(hostA, 'projects:get', { id: target.id })).toMatchObject({ responsiblePerson: 'Aino Päälle', coordinator: original.coordinator });

    // Deleting from a list older than the project: the question says it was changed, the list shows how.
    const rowA = page.getByRole('row', { name: new RegExp(target.nameFi.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'u') });
    formB = await openProject(b.page, target.nameFi);
    await formB.getByLabel('Vastuuhenkilö').fill('Bertta Kolmas');
    await formB.getByRole('button', { name: 'Tallenna' }).click();
    await expect(formB).toBeHidden();
    await expect(rowA).toContainText('Aino Päälle');
    await page.getByRole('button', { name: `Poista hanke ${target.nameFi}` }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Poistetaanko hanke?' });
    await expect(confirm).toContainText(`Hanketta ”${target.nameFi}” on muutettu toisaalla sen jälkeen, kun luettelo luettiin`);
    await expect(rowA).toContainText('Bertta Kolmas');
    await confirm.getByRole('button', { name: 'Peruuta' }).click();

    // A delete confirmed after B saved the project is not carried out: the dialog asks again.
    await page.getByRole('button', { name: `Poista hanke ${target.nameFi}` }).click();
    await expect(confirm).toContainText('poistetaan rekisteristä');
    formB = await openProject(b.page, target.nameFi);
    await formB.getByLabel('Vastuuhenkilö').fill('Bertta Viimeinen');
    await formB.getByRole('button', { name: 'Tallenna' }).click();
    await expect(formB).toBeHidden();
    await confirm.getByRole('button', { name: 'Poista' }).click();
    await expect(confirm).toContainText(`Hanketta ”${target.nameFi}” on muutettu toisaalla sen jälkeen, kun luettelo luettiin`);
    await expect(rowA).toContainText('Bertta Viimeinen');
    expect((await api<ListResult>(hostA, 'projects:list', { search: target.nameFi })).rows).toHaveLength(1);
    await confirm.getByRole('button', { name: 'Poista' }).click();
    await expect(page.getByRole('status')).toContainText(`Hanke ”${target.nameFi}” poistettu.`);
    expect((await api<ListResult>(hostA, 'projects:list', { search: target.nameFi })).rows).toHaveLength(0);
  } finally {
    await b.host.close();
  }
});

test('settings saved in another instance: saving over them, and loading them, each do what they say', async ({ page, context, dataDir, startApp }) => {
  const hostA = await startApp();
  const b = await secondInstance(context, dataDir);
  try {
    const original = await api<StoredSettings>(hostA, 'settings:get', {});
    await openSettings(page);
    await openSettings(b.page);

    await b.page.getByLabel('Yksikkö').fill('Opetuspalvelut');
    await b.page.getByRole('button', { name: 'Tallenna asetukset' }).click();
    await expect(b.page.getByText('Asetukset tallennettu.')).toBeVisible();
    await page.getByLabel('Esittelijän nimi', { exact: true }).fill('Aino Esittelijä');
    await page.getByRole('button', { name: 'Tallenna asetukset' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Asetuksia on muutettu toisaalla' })).toBeVisible();
    await expect(page.getByLabel('Esittelijän nimi', { exact: true })).toHaveValue('Aino Esittelijä');
    expect(await api<StoredSettings>(hostA, 'settings:get', {})).toMatchObject({ unit: 'Opetuspalvelut', presenterName: original.presenterName });

    // A saves its form over B's: B's unit is replaced by what A's form shows.
    await page.getByRole('button', { name: overwrite }).click();
    await expect(page.getByText('Asetukset tallennettu.')).toBeVisible();
    expect(await api<StoredSettings>(hostA, 'settings:get', {})).toMatchObject({ unit: original.unit, presenterName: 'Aino Esittelijä' });

    // B, still on the version before A's save, is refused in turn and loads A's version.
    await b.page.getByLabel('Toimielin').fill('Kasvatus- ja opetuslautakunta');
    await b.page.getByRole('button', { name: 'Tallenna asetukset' }).click();
    await b.page.getByRole('button', { name: reload }).click();
    await expect(b.page.getByLabel('Esittelijän nimi', { exact: true })).toHaveValue('Aino Esittelijä');
    await expect(b.page.getByLabel('Toimielin')).toHaveValue(original.bodyName);
    await expect(b.page.getByLabel('Yksikkö')).toHaveValue(original.unit);
    expect((await api<StoredSettings>(hostA, 'settings:get', {})).bodyName).toBe(original.bodyName);
    await b.page.getByLabel('Toimielin').fill('Kasvatus- ja opetuslautakunta');
    await b.page.getByRole('button', { name: 'Tallenna asetukset' }).click();
    await expect(b.page.getByText('Asetukset tallennettu.')).toBeVisible();
    expect(await api<StoredSettings>(hostA, 'settings:get', {})).toMatchObject({ bodyName: 'Kasvatus- ja opetuslautakunta', presenterName: 'Aino Esittelijä' });
  } finally {
    await b.host.close();
  }
});

test('a person saved in another instance: loading the stored person, saving over it, and a delete that asks again', async ({ page, context, dataDir, startApp }) => {
  const hostA = await startApp();
  const b = await secondInstance(context, dataDir);
  try {
    const person = (await api<StoredPerson[]>(hostA, 'people:list', {})).find((candidate) => candidate.name === 'Kalle Malli')!;
    await openSettings(page);
    await openSettings(b.page);
    const edit = async (each: Page) => {
      await each.getByRole('button', { name: `Muokkaa henkilöä ${person.name}` }).click();
      return each.getByRole('dialog', { name: `Muokkaa henkilöä ${person.name}` });
    };
    const stored = async () => (await api<StoredPerson[]>(hostA, 'people:list', {})).find((candidate) => candidate.id === person.id);

    let dialogA = await edit(page);
    let dialogB = await edit(b.page);
    await dialogB.getByLabel('Tehtävänimike').fill('opetusjohtaja');
    await dialogB.getByRole('button', { name: 'Tallenna henkilö' }).click();
    await expect(dialogB).toBeHidden();
    await dialogA.getByLabel('Puhelin').fill('040 111 2222');
    await dialogA.getByRole('button', { name: 'Tallenna henkilö' }).click();
    await expect(dialogA.getByRole('alert').filter({ hasText: 'Henkilön tietoja on muutettu toisaalla' })).toBeVisible();
    await expect(dialogA.getByLabel('Puhelin')).toHaveValue('040 111 2222');
    expect(await stored()).toMatchObject({ title: 'opetusjohtaja', phone: person.phone });

    // "Lataa tallennettu versio": B's title and the stored phone; then A's phone saves on top of it.
    await dialogA.getByRole('button', { name: reload }).click();
    await expect(dialogA.getByLabel('Tehtävänimike')).toHaveValue('opetusjohtaja');
    await expect(dialogA.getByLabel('Puhelin')).toHaveValue(person.phone);
    await dialogA.getByLabel('Puhelin').fill('040 111 2222');
    await dialogA.getByRole('button', { name: 'Tallenna henkilö' }).click();
    await expect(dialogA).toBeHidden();
    expect(await stored()).toMatchObject({ title: 'opetusjohtaja', phone: '040 111 2222' });

    // "Tallenna omani päälle": A's form (its title and phone) replaces B's newer title.
    dialogA = await edit(page);
    await b.page.reload();
    await openSettings(b.page);
    dialogB = await edit(b.page);
    await dialogB.getByLabel('Tehtävänimike').fill('sivistysjohtaja');
    await dialogB.getByRole('button', { name: 'Tallenna henkilö' }).click();
    await expect(dialogB).toBeHidden();
    await dialogA.getByLabel('Sähköposti').fill('kalle.uusi@example.fi');
    await dialogA.getByRole('button', { name: 'Tallenna henkilö' }).click();
    await dialogA.getByRole('button', { name: overwrite }).click();
    await expect(dialogA).toBeHidden();
    expect(await stored()).toMatchObject({ title: 'opetusjohtaja', phone: '040 111 2222', email: 'kalle.uusi@example.fi' });

    // B's list is now older than the person: B's delete is refused and asked again, saying so.
    await b.page.getByRole('button', { name: `Poista henkilö ${person.name}` }).click();
    const confirm = b.page.getByRole('alertdialog', { name: 'Poista henkilö' });
    await confirm.getByRole('button', { name: 'Poista' }).click();
    await expect(confirm).toContainText(`Henkilön ”${person.name}” tietoja on muutettu toisaalla sen jälkeen, kun luettelo luettiin`);
    expect(await stored()).toBeDefined();
    await confirm.getByRole('button', { name: 'Poista' }).click();
    await expect(b.page.getByRole('table', { name: 'Henkilöluettelo' }).getByRole('row', { name: new RegExp(person.name, 'u') })).toHaveCount(0);
    expect(await stored()).toBeUndefined();
  } finally {
    await b.host.close();
  }
});
