// `npm run dev:web [-- --data DIR --port N]`: the same UI in a browser, served by the browser
// host from the same data folder as the desktop app. Rebuilds the renderer only when its
// sources are newer than the build, so a second start is instant.
import { spawnSync, spawn } from 'node:child_process';
import { isStale } from './freshness.mjs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const builtIndex = path.join(root, 'dist', 'renderer', 'index.html');


if (isStale([builtIndex], [path.join(root, 'renderer'), path.join(root, 'shared')])) {
  console.log('Rakennetaan käyttöliittymä (vite build)…');
  const build = spawnSync('npm', ['run', '--silent', 'build:renderer'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const child = spawn(tsx, [path.join(root, 'electron', 'host', 'main.ts'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
