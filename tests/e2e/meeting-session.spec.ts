// The meeting on the laptop at 1366×768, run by keyboard: attendance (a member replaced by the
// deputy, a late arrival during a §, the quorum and its warning, the officers), a disqualification
// in one §, a seconded counter-proposal and a 6–3 roll-call vote with the names, a vote by a
// disqualified member pointed at and refused, one item tabled (back in the pool of the next
// meeting), the seed item checked at the meeting; the Käsittely texts written from the record,
// one edited and restored; then the minutes exported and read. Each step is read back from the service.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import type { RunningHost } from '../../electron/host/host';
import type { AgendaItem } from '../../shared/domain/item';
import type { Meeting } from '../../shared/domain/meeting';
import type { MeetingDetail, PoolItem } from '../../shared/ipc/channels/meetings';
import { api, expect, test } from './fixtures';
import { openMeeting, presence, saveStatus, sectionHeading, showSession, titles, waitSaved } from './meeting-session-helpers';

const screenshots = path.resolve(import.meta.dirname, '../../test-results/screens');

async function shoot(page: Page, name: string) {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
}

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), `axe on ${what}`).toEqual([]);
}

/** Nothing on the screen scrolls sideways: the page, or the app's scrolling main area. */
async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => {
    const main = document.querySelector('.app__main');
    return [document.documentElement.scrollWidth - document.documentElement.clientWidth, main ? main.scrollWidth - main.clientWidth : 0];
  });
  expect(overflow).toEqual([0, 0]);
}


async function nextSection(page: Page, expected: RegExp) {
  await page.keyboard.press('Alt+PageDown');
  await expect(sectionHeading(page)).toHaveText(expected);
  await expect(sectionHeading(page)).toBeFocused();
}

async function detailOf(host: RunningHost, id: string): Promise<MeetingDetail> {
  return api<MeetingDetail>(host, 'meetings:get', { id });
}

test.use({ viewport: { width: 1366, height: 768 } });

test('a whole meeting run by keyboard at 1366×768, each action saved at once', async ({ page, startApp }) => {
  test.setTimeout(180_000);
  const host = await startApp();
  const { meeting, seedCopy, itemC, body } = await openMeeting(host);
  await showSession(page, meeting.id, 2025);
  await expect(page.getByRole('heading', { level: 2, name: 'Läsnäolo ja kokouksen toimihenkilöt' })).toBeVisible();
  await expect(page.getByTestId('quorum')).toHaveText('Kokouksen alussa: Päätösvaltainen: 9/9 jäsentä paikalla');

  // Attendance by keyboard: arrow keys in a member's radio group, Tab to the next member.
  await presence(page, 'Eino Hakala').getByRole('radio', { name: 'Läsnä' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(presence(page, 'Eino Hakala').getByRole('radio', { name: 'Varajäsen Sanna Lampi' })).toBeChecked();
  await waitSaved(page);
  // Four absent: 5/9 is still a quorum; a fifth leaves 4/9 and the screen warns (allowed, but said).
  for (const name of ['Sami Saikkonen', 'Heikki Mäki', 'Liisa Niemi', 'Oskari Virta', 'Paula Nurmi']) {
    await presence(page, name).getByRole('radio', { name: 'Läsnä' }).focus();
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.getByTestId('quorum')).toHaveText('Kokouksen alussa: Ei päätösvaltainen: 4/9 jäsentä paikalla');
  await expect(page.getByTestId('quorum-warning')).toContainText('Kokous ei ole päätösvaltainen');
  for (const name of ['Sami Saikkonen', 'Heikki Mäki', 'Liisa Niemi', 'Oskari Virta', 'Paula Nurmi']) {
    await presence(page, name).getByRole('radio', { name: 'Poissa' }).focus();
    await page.keyboard.press('ArrowLeft');
  }
  await expect(page.getByTestId('quorum-warning')).toBeHidden();
  await waitSaved(page);
  // Tab goes from one member's choice to the next member's.
  await presence(page, 'Paula Nurmi').getByRole('radio', { name: 'Läsnä' }).focus();
  await page.keyboard.press('Tab');
  await expect(presence(page, 'Eino Hakala').getByRole('radio', { name: 'Varajäsen Sanna Lampi' })).toBeFocused();

  // The officers, chosen by typing in the focused lists.
  for (const [label, name] of [['Puheenjohtaja', 'Anna'], ['Pöytäkirjanpitäjä', 'Maija'], ['Pöytäkirjantarkastaja 1', 'Tiina'], ['Pöytäkirjantarkastaja 2', 'Sami']] as const) {
    await page.getByLabel(label, { exact: true }).focus();
    await page.keyboard.type(name);
    await expect(page.getByLabel(label, { exact: true }).locator('option:checked')).toHaveText(new RegExp(`^${name}`, 'u'));
  }
  await waitSaved(page);

  // Paula Nurmi arrives at 18.20 during § 4.
  await page.getByRole('button', { name: 'Lisää saapuminen tai poistuminen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Henkilö', { exact: true })).toBeFocused();
  await page.keyboard.type('Paula');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Tapahtuma', { exact: true })).toHaveValue('arrived');
  await page.keyboard.press('Tab');
  await page.keyboard.type('18.20');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Pykälän aikana', { exact: true })).toBeFocused();
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Pykälän aikana', { exact: true }).locator('option:checked')).toHaveText(`§ 4 ${titles.a}`);
  await waitSaved(page);
  await expect(page.getByTestId('quorum')).toHaveText('Kokouksen alussa: Päätösvaltainen: 8/9 jäsentä paikalla');
  await expectNoHorizontalScroll(page);
  // Scrolled to the end, the § list still stands whole below the meeting page's sticky bar.
  await page.locator('.app__main').evaluate((main) => { main.scrollTop = main.scrollHeight; });
  const [barEnd, listTop] = await page.evaluate(() => [document.querySelector('.item-editor__bar')?.getBoundingClientRect().bottom ?? 0, document.querySelector('.session__nav')?.getBoundingClientRect().top ?? 0]);
  expect(listTop).toBeGreaterThanOrEqual(barEnd);
  await shoot(page, 'session-attendance');
  await expectNoViolations(page, 'the attendance of the session screen');

  let stored = await detailOf(host, meeting.id);
  const id = (name: string) => stored.meeting.attendees.find((attendee) => attendee.name === name)?.id ?? '';
  expect(stored.meeting.attendees.find((attendee) => attendee.name === 'Eino Hakala')?.presence).toBe('deputy');
  expect(stored.meeting.attendees.filter((attendee) => attendee.presence === 'absent')).toEqual([]);
  expect(stored.meeting.chairId).toBe(id('Anna Laine'));
  expect(stored.meeting.secretaryId).toBe(id('Maija Virtanen'));
  expect(stored.meeting.checkerIds).toEqual([id('Tiina Walls'), id('Sami Saikkonen')]);
  const sectionOf = (title: string) => stored.sections.find((section) => section.item.title === title);
  expect(stored.meeting.events).toEqual([expect.objectContaining({ attendeeId: id('Paula Nurmi'), kind: 'arrived', time: '18.20', sectionId: sectionOf(titles.a)?.id })]);

  // § 1–3 by Alt+PageDown; the keyboard lands on each § heading.
  // The standard items are approved as proposed as the meeting passes them.
  for (const heading of [/^§ 1 Kokouksen avaus/u, /^§ 2 /u, /^§ 3 /u]) {
    await nextSection(page, heading);
    await page.getByRole('radio', { name: 'Hyväksyttiin esityksen mukaisesti' }).focus();
    await page.keyboard.press('Space');
    await waitSaved(page);
  }
  await nextSection(page, new RegExp(`^§ 4 ${titles.a}`, 'u'));
  await expect(page.getByTestId('section-events')).toHaveText('Tämän pykälän aikana: Paula Nurmi saapui klo 18.20');
  await expect(page.getByTestId('quorum')).toHaveText('§ 4 aikana: Päätösvaltainen: 9/9 jäsentä paikalla');
  // The § heading is in view below the meeting page's sticky bar, not behind it.
  const barBottom = await page.locator('.item-editor__bar').evaluate((bar) => bar.getBoundingClientRect().bottom);
  const headingTop = await sectionHeading(page).evaluate((heading) => heading.getBoundingClientRect().top);
  expect(headingTop).toBeGreaterThanOrEqual(barBottom);
  await shoot(page, 'session-section');

  // § 4: Liisa Niemi is disqualified: who, the ground, left and returned.
  await page.getByRole('button', { name: 'Lisää esteellinen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Esteellinen', { exact: true })).toBeFocused();
  await page.keyboard.type('Liisa');
  await page.keyboard.press('Tab');
  await page.keyboard.type('hallintolaki 28.1 § 5 k, yhteisöjäävi');
  await page.keyboard.press('Tab');
  await page.keyboard.type('18.25');
  await page.keyboard.press('Tab');
  await page.keyboard.type('18.40');
  await page.keyboard.press('Tab');
  await waitSaved(page);
  await expect(page.getByTestId('quorum')).toHaveText('§ 4 aikana: Päätösvaltainen: 8/9 jäsentä paikalla');
  await expect(page.getByTestId('generated-handling')).toContainText('Nurmi saapui kokoukseen klo 18.20 tämän pykälän käsittelyn aikana.');
  await expect(page.getByTestId('generated-handling')).toContainText('Niemi ilmoitti olevansa esteellinen (hallintolaki 28.1 § 5 k, yhteisöjäävi)');
  await page.getByRole('radio', { name: 'Hyväksyttiin esityksen mukaisesti' }).focus();
  await page.keyboard.press('Space');
  await waitSaved(page);
  // The decision is the proposal unless changed: the service copied it into the item.
  await expect(page.getByTestId('item-decision')).not.toBeEmpty();

  // § 5: a counter-proposal, first without a seconder (it fell), then seconded; a 6–3 vote.
  await nextSection(page, new RegExp(`^§ 5 ${titles.b}`, 'u'));
  await page.getByRole('button', { name: 'Lisää vastaehdotus' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Ehdottaja', { exact: true })).toBeFocused();
  await page.keyboard.type('Jari');
  await page.getByLabel('Vastaehdotuksen teksti', { exact: true }).focus();
  await page.keyboard.type('Hankinta kilpailutetaan kahdessa osassa.');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('counter-proposal-state')).toHaveText('Raukesi kannattamattomana');
  await expect(page.getByTestId('generated-handling')).toContainText('Ehdotus raukesi kannattamattomana.');
  for (const name of ['Tiina Walls', 'Sami Saikkonen']) {
    await page.getByRole('checkbox', { name }).focus();
    await page.keyboard.press('Space');
  }
  await expect(page.getByTestId('counter-proposal-state')).toHaveText('Kannatettu');
  await waitSaved(page);

  await page.getByRole('button', { name: 'Lisää äänestys' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Jaa tarkoittaa', { exact: true })).toHaveValue('päätösehdotus');
  await expect(page.getByLabel('Ei tarkoittaa', { exact: true })).toHaveValue('Kerosen vastaehdotus');
  // A roll call: J, E or T for each voter in turn, the keyboard moving down the list.
  await page.getByRole('radio', { name: 'Anna Laine: Jaa' }).focus();
  for (const key of ['j', 'e', 'e', 'e', 'j', 'j', 'j', 'j', 'j']) await page.keyboard.press(key);
  await expect(page.getByTestId('vote-count')).toHaveText('Jaa 6, ei 3, tyhjiä 0; äänestämättä 0 Tulos: jaa voitti (päätösehdotus)');
  await waitSaved(page);
  await expect(page.getByRole('radio', { name: 'Sanna Lampi: Jaa' })).toBeChecked();
  await expect(page.getByTestId('session-announcement')).toHaveText('Sanna Lampi: Jaa.');
  const generated = page.getByTestId('generated-handling');
  await expect(generated).toContainText('Keronen teki Wallsin ja Saikkosen kannattamana seuraavan vastaehdotuksen: Hankinta kilpailutetaan kahdessa osassa.');
  await expect(generated).toContainText('Puheenjohtaja totesi, että oli tehty kannatettu vastaehdotus, joten asiasta oli äänestettävä.');
  await expect(generated).toContainText('Äänestyksessä annettiin 6 jaa-ääntä ja 3 ei-ääntä');
  await expectNoHorizontalScroll(page);
  await shoot(page, 'session-vote');
  await expectNoViolations(page, 'a § with a vote');

  // The chair disqualified after voting: pointed at beside the vote, refused by the service, and
  // nothing typed is lost; removing the disqualification saves the record again.
  await page.getByRole('button', { name: 'Lisää esteellinen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Esteellinen', { exact: true }).locator('option:checked')).toHaveText('Anna Laine');
  await expect(page.getByTestId('part-votes').getByRole('alert')).toContainText('Anna Laine on esteellinen tässä pykälässä, joten hän ei voi äänestää.');
  await expect(saveStatus(page)).toHaveText('Ei tallennettu');
  await page.keyboard.press('Tab');
  await page.keyboard.type('puheenjohtajan läheinen');
  await expect(page.getByLabel('Esteellisyyden peruste', { exact: true })).toHaveValue('puheenjohtajan läheinen');
  await page.getByRole('button', { name: 'Poista esteellisyys: Anna Laine' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Lisää esteellinen' })).toBeFocused();
  await waitSaved(page);
  await expect(page.getByTestId('part-votes').getByRole('alert')).toBeHidden();
  await expect(page.getByTestId('vote-count')).toContainText('Jaa 6, ei 3');

  // "Muokkaa" turns the written text into an edited one; "Palauta tuotettu teksti" goes back.
  await page.getByRole('button', { name: 'Muokkaa', exact: true }).focus();
  await page.keyboard.press('Enter');
  const editor = page.locator('.rte-content[data-field="handlingText"]');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Keskustelun kuluessa kuultiin hankintapäällikköä.');
  await page.keyboard.press('Shift+Tab');
  await waitSaved(page);
  stored = await detailOf(host, meeting.id);
  expect(JSON.stringify(sectionOf(titles.b)?.handlingText)).toContain('Keskustelun kuluessa kuultiin hankintapäällikköä.');
  await page.getByRole('button', { name: 'Palauta tuotettu teksti' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Muokkaa', exact: true })).toBeFocused();
  await waitSaved(page);
  await page.getByRole('radio', { name: 'Hyväksyttiin esityksen mukaisesti' }).focus();
  await page.keyboard.press('Space');
  await waitSaved(page);

  // § 6 is tabled: arrowing to the outcome saves the one left on.
  await nextSection(page, new RegExp(`^§ 6 ${titles.c}`, 'u'));
  await page.getByRole('radio', { name: 'Hyväksyttiin esityksen mukaisesti' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Pantiin pöydälle' })).toBeChecked();
  await waitSaved(page);
  await expect(page.getByTestId('outcome-decision')).toHaveText('Lautakunta päätti panna asian pöydälle.');

  // § 7, the seed item, checked at the meeting.
  await nextSection(page, /^§ 7 /u);
  await page.getByRole('checkbox', { name: 'Tarkastettiin kokouksessa' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('radio', { name: 'Hyväksyttiin esityksen mukaisesti' }).focus();
  await page.keyboard.press('Space');
  await waitSaved(page);
  await expect(page.getByTestId('generated-handling')).toHaveText('Pykälä tarkastettiin kokouksessa.');
  // Alt+PageUp goes back; the last § stays the last.
  await page.keyboard.press('Alt+PageDown');
  await expect(sectionHeading(page)).toHaveText(/^§ 7 /u);
  await page.keyboard.press('Alt+PageUp');
  await expect(sectionHeading(page)).toHaveText(new RegExp(`^§ 6 ${titles.c}`, 'u'));

  // What the service holds.
  stored = await detailOf(host, meeting.id);
  const s4 = sectionOf(titles.a);
  const s5 = sectionOf(titles.b);
  const s6 = sectionOf(titles.c);
  const s7 = stored.sections.find((section) => section.itemId === seedCopy.id);
  expect(stored.sections.filter((section) => section.standardKind !== null).map((section) => section.outcome)).toEqual(['hyvaksytty', 'hyvaksytty', 'hyvaksytty']);
  expect(s4?.handling.disqualifications).toEqual([expect.objectContaining({ attendeeId: id('Liisa Niemi'), ground: 'hallintolaki 28.1 § 5 k, yhteisöjäävi', leftAt: '18.25', returnedAt: '18.40' })]);
  expect(s4?.outcome).toBe('hyvaksytty');
  expect(s5?.handling.counterProposals).toEqual([expect.objectContaining({ moverId: id('Jari Keronen'), seconderIds: [id('Tiina Walls'), id('Sami Saikkonen')], text: 'Hankinta kilpailutetaan kahdessa osassa.' })]);
  const votes = s5?.handling.votes[0]?.votes ?? {};
  expect(Object.entries(votes).filter(([, choice]) => choice === 'ei').map(([voter]) => voter).sort()).toEqual([id('Jari Keronen'), id('Tiina Walls'), id('Sami Saikkonen')].sort());
  expect(Object.values(votes).filter((choice) => choice === 'jaa')).toHaveLength(6);
  expect(s5?.handlingText).toBeNull();
  expect(s6?.outcome).toBe('pantiin_poydalle');
  expect(s7?.handling.checkedAtMeeting).toBe(true);
  expect(s7?.outcome).toBe('hyvaksytty');

  // The tabled item waits in the pool of the next meeting, with its earlier handling.
  const next = await api<Meeting>(host, 'meetings:create', { bodyId: body.id, number: null, date: '2025-03-10', startTime: '18.00', place: null });
  const pool = await api<PoolItem[]>(host, 'meetings:pool', { meetingId: next.id });
  expect(pool.find((item) => item.id === itemC.id)?.earlierHandling).toContain('Sivistyslautakunta 10.2.2025 § 6');
  expect((await api<AgendaItem>(host, 'items:get', { id: itemC.id })).status).toBe('hyvaksytty');

  // The meeting page's own step after the session's saves: closing is not refused as a conflict.
  await page.getByRole('button', { name: 'Päätä kokous' }).click();
  await expect(page.getByTestId('meeting-status')).toHaveText('Päättynyt');
  expect((await detailOf(host, meeting.id)).meeting.status).toBe('paattynyt');

  // The whole minutes as Word, from the meeting page: every § in order with the record's Käsittely.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Pöytäkirja (.docx)' }).click();
  const minutes = await JSZip.loadAsync(readFileSync(await (await download).path()));
  const minutesText = ((await minutes.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');
  const places = [titles.a, titles.b, titles.c].map((title) => minutesText.indexOf(title, minutesText.indexOf('Asiat')));
  expect(places.every((place) => place > 0)).toBe(true);
  expect(places).toEqual([...places].sort((a, b) => a - b));
  expect(minutesText).toContain('Äänestyksessä annettiin 6 jaa-ääntä ja 3 ei-ääntä');
  expect(minutesText).toMatch(/Ei: .*Keronen/u);
  expect(minutesText).toContain('Lautakunta päätti panna asian pöydälle.');
  expect(minutesText).toContain('Pykälä tarkastettiin kokouksessa.');

  // The decision is edited in the item editor: the link opens the item, Back returns to the meeting.
  await page.keyboard.press('Alt+PageUp');
  await page.keyboard.press('Alt+PageUp');
  await expect(sectionHeading(page)).toHaveText(new RegExp(`^§ 4 ${titles.a}`, 'u'));
  await page.getByRole('link', { name: 'Muokkaa päätöstä asian editorissa' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Otsikko', { exact: true })).toHaveValue(titles.a);
  await page.goBack();
  await expect(sectionHeading(page)).toHaveText(new RegExp(`^§ 4 ${titles.a}`, 'u'));

});
