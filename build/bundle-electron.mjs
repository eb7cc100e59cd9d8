// Bundles the Electron main process and the preload into dist/electron/*.cjs. The sandboxed
// preload may require nothing but 'electron', so everything else is bundled into it; main keeps
// 'electron' and better-sqlite3 (a native module, loaded from node_modules or the asar) external.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const electronMajor = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version.split('.')[0];
// Electron 45 ships Node 22 and Chromium 140.
const nodeTarget = Number(electronMajor) >= 45 ? 'node22' : 'node20';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  absWorkingDir: root,
  outExtension: { '.js': '.cjs' },
};

/** The contract's channel names, read from the contract itself (bundled once, imported, dropped). */
async function contractChannels() {
  const result = await build({ ...common, entryPoints: ['shared/ipc/contract.ts'], format: 'esm', write: false, sourcemap: false });
  const file = path.join(os.tmpdir(), `pykala-contract-${process.pid}.mjs`);
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return (await import(pathToFileURL(file).href)).channels;
  } finally {
    rmSync(file, { force: true });
  }
}

/** The preload carries only the list of channel names (not the contract with zod). */
export async function bundlePreload(outdir, channels) {
  await build({ ...common, entryPoints: { preload: 'electron/preload/preload.ts' }, outdir, target: 'chrome140', external: ['electron'], define: { PYKALA_CHANNELS: JSON.stringify(channels) } });
  // Guard the sandbox rule at build time: a stray require in the preload would only fail at run time.
  const code = readFileSync(path.join(outdir, 'preload.cjs'), 'utf8');
  const foreign = [...code.matchAll(/\brequire\(["']([^"']+)["']\)/gu)].map((match) => match[1]).filter((name) => name !== 'electron');
  if (foreign.length > 0) throw new Error(`preload.cjs requires ${foreign.join(', ')}; a sandboxed preload may require only 'electron'.`);
  return code;
}

export async function bundleMain(outdir) {
  await build({ ...common, entryPoints: { main: 'electron/main/main.ts' }, outdir, target: nodeTarget, external: ['electron', 'better-sqlite3'] });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = path.join(root, 'dist', 'electron');
  try {
    const [preload] = await Promise.all([bundlePreload(outdir, await contractChannels()), bundleMain(outdir)]);
    console.log(`dist/electron: main.cjs, preload.cjs (${Math.round(preload.length / 1024)} kB)`);
  } catch (error) {
    // esbuild has already printed its errors with file and line; our own checks print here.
    if (!(error && typeof error === 'object' && 'errors' in error)) console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
