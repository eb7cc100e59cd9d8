// Playwright in Debian's Chromium against the browser host. Never downloads a browser.
import { defineConfig } from '@playwright/test';
import type { ReporterDescription } from '@playwright/test';

const reporters: ReporterDescription[] = [['list']];
// build/test-all.mjs names the JSON file; without it the JSON reporter would flood stdout.
if (process.env.PLAYWRIGHT_JSON_OUTPUT_NAME) reporters.push(['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME }]);

export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/e2e',
  workers: 2,
  fullyParallel: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: reporters,
  use: {
    browserName: 'chromium',
    locale: 'fi-FI',
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    trace: 'off',
  },
});
