// better-sqlite3 for Electron's ABI, without touching node_modules (which stays the Node build
// that tests, the CLI and the browser host load). Tries better-sqlite3's own Electron prebuilt
// (prebuild-install, as `npm install` does for Node), else compiles against Electron's headers
// with node-gyp; both in a temporary COPY of the package. The result is kept in
// .electron-native/<electron version>-<platform>-<arch>/better_sqlite3.node and reused.
// The folder naming must match electron/native/binding.ts (a unit test compares them).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(import.meta.dirname, '..');

export function nativeBindingPath(root, electronVersion, platform, arch) {
  return path.join(root, '.electron-native', `${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
}

export function installedElectronVersion(root = projectRoot) {
  return JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

function run(command, args, cwd, timeout) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, npm_config_build_from_source: '' } });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

/** The lines that say why a tool failed, not its banner and stack. */
function why(output) {
  const lines = output.split('\n').filter((line) => /err|warn/iu.test(line) && !/stack\s+at |System |command |cwd |node -v|node-gyp -v|not ok/u.test(line));
  return lines.slice(0, 3).join(' | ') || output.trim().split('\n').slice(-2).join(' | ');
}

function copyPackage(root) {
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const copy = mkdtempSync(path.join(os.tmpdir(), 'pykala-better-sqlite3-'));
  // Without build/: the copy must not contain (and could never return) the Node binary.
  cpSync(source, copy, { recursive: true, filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build' });
  return copy;
}

/**
 * Returns { file, source } with source 'cached' | 'prebuilt' | 'compiled'; throws an Error with a
 * Finnish message when neither way works (for example offline with an empty cache).
 */
export function ensureElectronNative({
  root = projectRoot,
  electronVersion = installedElectronVersion(root),
  platform = process.platform,
  arch = process.arch,
  log = () => {},
} = {}) {
  const target = nativeBindingPath(root, electronVersion, platform, arch);
  if (existsSync(target)) return { file: target, source: 'cached' };

  const copy = copyPackage(root);
  const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
  const attempts = [];
  try {
    log(`better-sqlite3: haetaan valmis Electron ${electronVersion} -käännös (${platform}-${arch})…`);
    const prebuilt = run(
      process.execPath,
      [path.join(root, 'node_modules', 'prebuild-install', 'bin.js'), '--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--platform', platform],
      copy,
      5 * 60_000,
    );
    attempts.push(`prebuild-install: ${why(prebuilt.output)}`);
    let source = prebuilt.ok && existsSync(built) ? 'prebuilt' : null;

    // Compiling works only for the machine's own platform (no cross-compiling a .node file).
    if (!source && platform === process.platform) {
      log('better-sqlite3: valmista käännöstä ei saatu, käännetään Electronin otsikkotiedostoja vasten…');
      const compiled = run(
        process.execPath,
        [
          path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
          'rebuild',
          '--release',
          '--runtime=electron',
          `--target=${electronVersion}`,
          `--arch=${arch}`,
          '--dist-url=https://electronjs.org/headers',
        ],
        copy,
        20 * 60_000,
      );
      attempts.push(`node-gyp: ${why(compiled.output)}`);
      if (compiled.ok && existsSync(built)) source = 'compiled';
    }
    if (!source) {
      throw new Error(
        `better-sqlite3:n Electron-käännöstä (Electron ${electronVersion}, ${platform}-${arch}) ei saatu ladattua eikä käännettyä.\n${attempts.join('\n')}`,
      );
    }
    mkdirSync(path.dirname(target), { recursive: true });
    // Copy then rename: an interrupted run never leaves a half-written binary to be "reused".
    copyFileSync(built, `${target}.partial`);
    renameSync(`${target}.partial`, target);
    return { file: target, source };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/u, '');
    if (key === 'platform' || key === 'arch' || key === 'target') options[key === 'target' ? 'electronVersion' : key] = argv[i + 1];
  }
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { file, source } = ensureElectronNative({ ...parseArgs(process.argv.slice(2)), log: (line) => console.log(line) });
    console.log(`${source}: ${path.relative(projectRoot, file)}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
