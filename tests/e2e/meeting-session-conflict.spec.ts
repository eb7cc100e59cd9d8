// The session screen beside another writer (a second window or laptop saving the same meeting):
// a stale save is refused and offered as in the rest of the app (reload, or save mine over it),
// with the user's choice kept on screen meanwhile. And the demo's checked meeting: shown with its
// record, nothing changeable.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Meeting } from '../../shared/domain/meeting';
import type { MeetingDetail, MeetingSummary } from '../../shared/ipc/channels/meetings';
import { api, expect, test } from './fixtures';
import { openMeeting, presence, saveStatus, sectionHeading, showSession, waitSaved } from './meeting-session-helpers';

test.use({ viewport: { width: 1366, height: 768 } });

test('a save over a newer one elsewhere: the choice is offered, mine saved over it, or the stored one loaded', async ({ page, startApp }) => {
  const host = await startApp();
  const { meeting } = await openMeeting(host);
  await showSession(page, meeting.id, 2025);
  const stored = async () => (await api<MeetingDetail>(host, 'meetings:get', { id: meeting.id })).meeting;
  const presenceOf = (current: Meeting, name: string) => current.attendees.find((attendee) => attendee.name === name)?.presence;
  /** Another window marks someone absent after this screen read the meeting. */
  const elsewhere = async (name: string) => {
    const current = await stored();
    await api<Meeting>(host, 'meetings:update', { id: meeting.id, expectedUpdatedAt: current.updatedAt, patch: { attendees: current.attendees.map((attendee) => (attendee.name === name ? { ...attendee, presence: 'absent' } : attendee)) } });
  };

  await elsewhere('Jari Keronen');
  await presence(page, 'Eino Hakala').getByRole('radio', { name: 'Läsnä' }).focus();
  await page.keyboard.press('ArrowRight');
  const choice = page.getByTestId('conflict-choice');
  await expect(choice).toContainText('Kokouksen tietoja on muutettu toisaalla');
  await expect(choice.getByRole('button', { name: 'Lataa tallennettu versio' })).toBeFocused();
  await expect(saveStatus(page)).toHaveText('Ei tallennettu');
  // The user's choice stays on screen while they decide.
  await expect(presence(page, 'Eino Hakala').getByRole('radio', { name: 'Poissa' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await waitSaved(page);
  await expect(choice).toBeHidden();
  let now = await stored();
  expect(presenceOf(now, 'Eino Hakala')).toBe('absent');
  // Saved over it: the list as this screen held it.
  expect(presenceOf(now, 'Jari Keronen')).toBe('present');

  await elsewhere('Tiina Walls');
  await presence(page, 'Sami Saikkonen').getByRole('radio', { name: 'Läsnä' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(choice.getByRole('button', { name: 'Lataa tallennettu versio' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(choice).toBeHidden();
  await waitSaved(page);
  // The stored version is shown; this screen's change was dropped, as the choice said.
  await expect(presence(page, 'Tiina Walls').getByRole('radio', { name: 'Poissa' })).toBeChecked();
  await expect(presence(page, 'Sami Saikkonen').getByRole('radio', { name: 'Läsnä' })).toBeChecked();
  now = await stored();
  expect(presenceOf(now, 'Tiina Walls')).toBe('absent');
  expect(presenceOf(now, 'Sami Saikkonen')).toBe('present');
});

test("the demo's checked meeting shows its record and changes nothing", async ({ page, startApp }) => {
  const host = await startApp();
  const checked = (await api<MeetingSummary[]>(host, 'meetings:list', { year: 2024 })).find((summary) => summary.status === 'tarkastettu');
  if (!checked) throw new Error('the demo has no checked meeting');
  await showSession(page, checked.id, 2024);
  await expect(page.getByText('Pöytäkirja on tarkastettu: kokousta ei voi enää muuttaa.')).toBeVisible();
  await expect(page.locator('.session__main input:not(:disabled), .session__main select:not(:disabled), .session__main textarea:not(:disabled)')).toHaveCount(0);
  // The § with the demo's vote, found by going down the §§ with Alt+PageDown.
  const count = page.getByTestId('vote-count');
  for (let step = 0; step < 12 && !(await count.isVisible()); step += 1) await page.keyboard.press('Alt+PageDown');
  await expect(count).toContainText('Jaa 6, ei 3');
  await expect(sectionHeading(page)).toBeFocused();
  // Only the § area scrolled to the heading: the app itself stays put, its navigation in view.
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0);
  await expect(page.getByRole('link', { name: 'Kokoukset', exact: true })).toBeInViewport();
  await expect(page.locator('.session__main input:not(:disabled)')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lisää äänestys' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Poista vastaehdotus' })).toBeHidden();
  const screens = path.resolve(import.meta.dirname, '../../test-results/screens');
  mkdirSync(screens, { recursive: true });
  await page.screenshot({ path: path.join(screens, 'session-checked-meeting.png') });
});
