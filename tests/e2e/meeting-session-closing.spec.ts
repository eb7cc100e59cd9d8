// The session screen loses no typing when the laptop's window is closed or reloaded (issue 8's
// follow-up; the item editor's own test is item-closing.spec.ts). Text is sent 0.7 s after the last
// key while the meeting runs; each trial types a unique marker into a counter-proposal and leaves
// the page 0–300 ms after the last key, before that pause is over. The page's pagehide sends what
// waits as a keepalive call, so the marker must be stored exactly once.
import type { BrowserContext, Page } from '@playwright/test';
import type { RunningHost } from '../../electron/host/host';
import type { MeetingDetail } from '../../shared/ipc/channels/meetings';
import { api, expect, test } from './fixtures';
import { openMeeting, sectionHeading, showSession, titles, waitSaved } from './meeting-session-helpers';

const delays = [0, 50, 150, 300];
type Leave = 'close' | 'reload';

test.use({ viewport: { width: 1366, height: 768 } });

async function storedText(host: RunningHost, meetingId: string): Promise<string> {
  const detail = await api<MeetingDetail>(host, 'meetings:get', { id: meetingId });
  const section = detail.sections.find((candidate) => candidate.item.title === titles.b);
  return section?.handling.counterProposals.map((proposal) => proposal.text).join('\n') ?? '';
}

/** The session screen at the § of item B (§ 5), by the § keys as a secretary moves (a reload keeps the § shown). */
async function showSectionB(page: Page, host: RunningHost, meetingId: string): Promise<void> {
  await page.goto(`${host.pageUrl}#/meetings`);
  await showSession(page, meetingId, 2025);
  const wanted = new RegExp(`^§ 5 ${titles.b}`, 'u');
  for (let step = 0; step < 10 && !wanted.test(await sectionHeading(page).innerText()); step += 1) {
    const shown = Number(/^§ (\d+)/u.exec(await sectionHeading(page).innerText())?.[1] ?? 0);
    await page.keyboard.press(shown > 5 ? 'Alt+PageUp' : 'Alt+PageDown');
    await expect(sectionHeading(page)).not.toHaveText(new RegExp(`^§ ${String(shown)} `, 'u'));
  }
  await expect(sectionHeading(page)).toHaveText(wanted);
}

async function openPage(context: BrowserContext, host: RunningHost, meetingId: string): Promise<Page> {
  const page = await context.newPage();
  await showSectionB(page, host, meetingId);
  return page;
}

for (const how of ['close', 'reload'] as Leave[]) {
  test(`a counter-proposal typed on the session screen, ${how} 0–300 ms after the last key`, async ({ page, context, startApp }) => {
    test.setTimeout(150_000);
    const host = await startApp();
    const { meeting } = await openMeeting(host);
    await showSectionB(page, host, meeting.id);
    await page.getByRole('button', { name: 'Lisää vastaehdotus' }).click();
    await page.getByLabel('Ehdottaja', { exact: true }).focus();
    await page.keyboard.type('Jari');
    await waitSaved(page);

    let current: Page = page;
    for (const [trial, delay] of delays.entries()) {
      const marker = `Merkki${String(trial)}x${String(delay)}`;
      const field = current.getByLabel('Vastaehdotuksen teksti', { exact: true });
      await field.click();
      await current.keyboard.press('End');
      await current.keyboard.type(` ${marker}`);
      await current.waitForTimeout(delay);
      if (how === 'close') {
        await current.close();
        current = await openPage(context, host, meeting.id);
      } else {
        await current.reload();
        await showSectionB(current, host, meeting.id);
      }
      // Stored before the page is even reopened: the closing page's own call, not a later save.
      await expect.poll(() => storedText(host, meeting.id), { timeout: 5_000 }).toContain(marker);
      const stored = await storedText(host, meeting.id);
      expect(stored.split(marker).length - 1, `${marker} stored once`).toBe(1);
      await expect(current.getByLabel('Vastaehdotuksen teksti', { exact: true })).toHaveValue(new RegExp(marker, 'u'));
      await waitSaved(current);
    }
  });
}
