// `npm test`: every runner in turn (typecheck, lint, Electron security scan, vitest, Playwright).
// A failing stage does not stop the others, so one run tells everything; the last line sums them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, '.tmp', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const npmRun = (script, extraEnv = {}, args = []) =>
  spawnSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...extraEnv },
  }).status === 0;

let passed = 0;
let failed = 0;
const results = [];
const tally = (name, ok, counts) => {
  const p = counts ? counts.passed : ok ? 1 : 0;
  const f = counts ? counts.failed + (ok || counts.failed > 0 ? 0 : 1) : ok ? 0 : 1;
  passed += p;
  failed += f;
  results.push(`${name}: ${p} passed, ${f} failed`);
};

for (const stage of ['typecheck', 'lint', 'check:electron']) {
  console.log(`\n=== ${stage} ===`);
  tally(stage, npmRun(stage));
}

console.log('\n=== vitest ===');
const vitestJson = path.join(reports, 'vitest.json');
const vitestOk = npmRun('test:unit', {}, ['--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
tally('vitest', vitestOk, readVitest(vitestJson));

console.log('\n=== playwright ===');
const playwrightJson = path.join(reports, 'playwright.json');
const e2eOk = npmRun('test:e2e', { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson });
tally('playwright', e2eOk, readPlaywright(playwrightJson));

console.log('\n' + results.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function readVitest(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // Skipped or todo tests count as failures: CI must not pass on tests that did not run.
  return { passed: report.numPassedTests, failed: report.numFailedTests + report.numPendingTests + report.numTodoTests };
}

function readPlaywright(file) {
  if (!existsSync(file)) return null;
  const stats = JSON.parse(readFileSync(file, 'utf8')).stats;
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky + stats.skipped };
}
