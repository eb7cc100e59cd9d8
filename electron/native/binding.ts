// Which better-sqlite3 binary to load. node_modules holds the build for Node (tests, CLI, browser
// host); Electron has another ABI, so the desktop app loads a separate build through
// better-sqlite3's `nativeBinding` option. build/electron-native.mjs produces the dev copy and
// build/before-pack.cjs the packaged one; both use the same folder names as this file.
import path from 'node:path';
import { translate } from '../../shared/i18n/translate';

export const nativeFileName = 'better_sqlite3.node';
export const electronNativeFolder = '.electron-native';
/** Inside the packaged app's resources folder (electron-builder extraResources). */
export const packagedNativeFolder = 'native';

export interface NativeBindingQuery {
  isElectron: boolean;
  isPackaged: boolean;
  platform: string;
  arch: string;
  electronVersion: string | undefined;
  projectRoot: string;
  /** process.resourcesPath of a packaged app. */
  resourcesPath?: string;
  fileExists: (file: string) => boolean;
}

export class NativeBindingMissingError extends Error {
  constructor(readonly file: string) {
    super(translate('shell.fatal.nativeMissing', { file }));
    this.name = 'NativeBindingMissingError';
  }
}

/** `.electron-native/<electron version>-<platform>-<arch>/better_sqlite3.node` under the project. */
export function devNativeBindingPath(projectRoot: string, electronVersion: string, platform: string, arch: string): string {
  return path.join(projectRoot, electronNativeFolder, `${electronVersion}-${platform}-${arch}`, nativeFileName);
}

/**
 * undefined = let better-sqlite3 find its default build (plain Node). Inside Electron, the
 * Electron build: in development from .electron-native, when packaged from resources/native.
 * A missing file is an error with a clear Finnish message, never a silent fallback to the Node
 * build (that would fail later with an opaque NODE_MODULE_VERSION error).
 */
export function chooseNativeBinding(query: NativeBindingQuery): string | undefined {
  if (!query.isElectron) return undefined;
  if (!query.electronVersion) throw new Error('Electron version unknown although running in Electron');
  let file: string;
  if (query.isPackaged) {
    if (!query.resourcesPath) throw new Error('resourcesPath is required for a packaged app');
    file = path.join(query.resourcesPath, packagedNativeFolder, nativeFileName);
  } else {
    file = devNativeBindingPath(query.projectRoot, query.electronVersion, query.platform, query.arch);
  }
  if (!query.fileExists(file)) throw new NativeBindingMissingError(file);
  return file;
}
