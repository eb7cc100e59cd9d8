// `npm start`: the desktop app. Gets the Electron binary (downloaded by the electron package on
// first use), better-sqlite3 for Electron's ABI (build/electron-native.mjs), a fresh build when
// sources changed, then runs Electron on dist/electron/main.cjs. Where Electron cannot be had
// (no network), one sentence names the browser alternative.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureElectronNative } from './electron-native.mjs';
import { isStale } from './freshness.mjs';

const root = path.resolve(import.meta.dirname, '..');
const mainBundle = path.join(root, 'dist', 'electron', 'main.cjs');
const outputs = [mainBundle, path.join(root, 'dist', 'electron', 'preload.cjs'), path.join(root, 'dist', 'renderer', 'index.html')];
const sourceDirs = ['renderer', 'shared', 'electron', 'db'].map((dir) => path.join(root, dir));
const browserHint = 'käynnistä sama sovellus selaimessa: npm run dev:web';
const marker = '@@PYKALA_ELECTRON_PATH@@';

/** Electron's path; `require('electron')` downloads the binary when missing (its own behaviour). */
function electronExecutable() {
  const probe = spawnSync(process.execPath, ['-e', `process.stdout.write(${JSON.stringify(marker)} + require('electron'))`], {
    cwd: root,
    encoding: 'utf8',
    timeout: 15 * 60_000,
  });
  const output = probe.stdout ?? '';
  const at = output.lastIndexOf(marker);
  if (probe.status !== 0 || at < 0) return null;
  const executable = output.slice(at + marker.length).trim();
  return existsSync(executable) ? executable : null;
}

function buildIsStale() {
  return isStale(outputs, sourceDirs);
}

function fail(sentence) {
  console.error(sentence);
  process.exit(1);
}

const electron = electronExecutable();
if (!electron) fail(`Electronia ei voitu ladata (ei verkkoyhteyttä?) – ${browserHint}`);

try {
  const native = ensureElectronNative({ root, log: (line) => console.log(line) });
  if (native.source !== 'cached') console.log(`better-sqlite3 Electronille valmis: ${path.relative(root, native.file)}`);
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\nSQLite-moduulia ei saatu Electronille – ${browserHint}`);
}

if (buildIsStale()) {
  console.log('Rakennetaan sovellus (npm run build)…');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) fail('Sovelluksen rakentaminen epäonnistui; virheet näkyvät yllä.');
}

const env = { ...process.env };
// Set in some shells and CI images; it would turn Electron into plain Node.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electron, [mainBundle, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
