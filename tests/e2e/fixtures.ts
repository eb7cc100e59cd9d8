// Each test gets its own data folder and its own browser host in this process, so tests run in
// parallel without sharing a database, and can restart the host on the same folder.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startHost } from '../../electron/host/host';
import type { RunningHost } from '../../electron/host/host';

export const rendererDir = path.resolve(import.meta.dirname, '../../dist/renderer');

/**
 * Who the app starts as (issue 9). The demo's director (the esittelijä Mikko Saari) by default, so the
 * specs that approve items keep doing so; the demo's secretary (its valmistelija) to see what she may
 * not do; null for nobody chosen, which on a new demo database shows "Kuka käyttää Pykälää?".
 */
export type StartUser = 'director' | 'secretary' | null;

interface SessionUser {
  id: string;
  name: string;
  role: string | null;
}

/** Chooses the user through session:setUser before the page opens, as the picker would. */
export async function chooseUser(host: RunningHost, user: Exclude<StartUser, null>): Promise<SessionUser> {
  const session = await api<{ users: SessionUser[] }>(host, 'session:get', {});
  const chosen = user === 'director'
    ? session.users.find((candidate) => candidate.role === 'esittelija' && candidate.name === 'Mikko Saari')
    : session.users.find((candidate) => candidate.role === 'valmistelija');
  if (!chosen) throw new Error(`The demo has no ${user} among its users: ${session.users.map((candidate) => `${candidate.name} (${String(candidate.role)})`).join(', ')}`);
  await api(host, 'session:setUser', { personId: chosen.id });
  return chosen;
}

interface Fixtures {
  dataDir: string;
  /** Start a browser host on the test's data folder and open the app in the page. */
  /** demo: false starts on an empty database (no users: the permissive mode of issue 9). */
  startApp: (options?: { demoMeetings?: boolean; user?: StartUser; demo?: boolean }) => Promise<RunningHost>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright's fixture signature needs the destructuring.
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pykala-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  startApp: async ({ dataDir, page }, use) => {
    const hosts: RunningHost[] = [];
    await use(async (options = {}) => {
      const demo = options.demo ?? true;
      const host = await startHost({ dataDir, rendererDir, seedDemoIfNew: demo, demoMeetings: options.demoMeetings ?? true });
      hosts.push(host);
      const user = options.user === undefined && demo ? 'director' : (options.user ?? null);
      // A database that could not be opened has no users to choose from: its startup-error screen shows.
      const ready = (await api<{ state: string }>(host, 'app:status', {})).state === 'ready';
      if (user !== null && ready) await chooseUser(host, user);
      await page.goto(host.pageUrl);
      return host;
    });
    for (const host of hosts) await host.close();
  },
});

export { expect };

/** Call a channel the way the page does, to check the data behind the UI. */
export async function api<T>(host: RunningHost, channel: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.url}api/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: true; value: T } | { ok: false; error: { code: string } };
  if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code}`);
  return envelope.value;
}

/** The register has loaded when the totals show a count. */
export async function registerReady(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Hankerekisteri' })).toBeVisible();
  await expect(page.getByTestId('totals-count')).toHaveText(/^\d+$/u);
}

/** "Kuka käyttää Pykälää?": a new (or just recovered) demo database asks first (issue 9). */
export async function pickUser(page: Page, name = 'Mikko Saari'): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Kuka käyttää Pykälää?' })).toBeVisible();
  await page.getByRole('button', { name: `Valitse ${name}` }).click();
}
