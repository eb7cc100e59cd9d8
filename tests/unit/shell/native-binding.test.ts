import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBindingPath } from '../../../build/electron-native.mjs';
import { NativeBindingMissingError, chooseNativeBinding, devNativeBindingPath } from '../../../electron/native/binding';
import type { NativeBindingQuery } from '../../../electron/native/binding';

const root = path.resolve('/projects/pykala');
const devFile = path.join(root, '.electron-native', '45.5.0-linux-x64', 'better_sqlite3.node');
const packagedFile = path.join('/opt/Pykala/resources', 'native', 'better_sqlite3.node');

function query(overrides: Partial<NativeBindingQuery>, existing: string[] = [devFile, packagedFile]): NativeBindingQuery {
  return {
    isElectron: true,
    isPackaged: false,
    platform: 'linux',
    arch: 'x64',
    electronVersion: '45.5.0',
    projectRoot: root,
    resourcesPath: '/opt/Pykala/resources',
    fileExists: (file) => existing.includes(file),
    ...overrides,
  };
}

describe('chooseNativeBinding', () => {
  it('leaves plain Node (tests, CLI, browser host) on the node_modules build', () => {
    expect(chooseNativeBinding(query({ isElectron: false, electronVersion: undefined }))).toBeUndefined();
  });

  it('gives development Electron the build made for its version, platform and arch', () => {
    expect(chooseNativeBinding(query({}))).toBe(devFile);
    const win = path.join(root, '.electron-native', '45.5.0-win32-arm64', 'better_sqlite3.node');
    expect(chooseNativeBinding(query({ platform: 'win32', arch: 'arm64' }, [win]))).toBe(win);
  });

  it('gives the packaged app the build shipped in its resources', () => {
    expect(chooseNativeBinding(query({ isPackaged: true }))).toBe(packagedFile);
  });

  it('fails with a clear Finnish message naming the file when the build is missing', () => {
    expect(() => chooseNativeBinding(query({}, []))).toThrow(NativeBindingMissingError);
    expect(() => chooseNativeBinding(query({}, []))).toThrow(/Electron-käännöstä ei löytynyt.*45\.5\.0-linux-x64.*npm start/u);
    expect(() => chooseNativeBinding(query({ electronVersion: '46.0.0' }))).toThrow(/46\.0\.0-linux-x64/u);
    expect(() => chooseNativeBinding(query({ isPackaged: true }, [devFile]))).toThrow(NativeBindingMissingError);
  });

  it('does not guess when Electron reports no version or a packaged app has no resources path', () => {
    expect(() => chooseNativeBinding(query({ electronVersion: undefined }))).toThrow();
    expect(() => chooseNativeBinding(query({ isPackaged: true, resourcesPath: undefined }))).toThrow();
  });

  it('uses the same folder as build/electron-native.mjs, which produces the file', () => {
    for (const [platform, arch] of [['linux', 'x64'], ['win32', 'x64'], ['darwin', 'arm64']] as const) {
      expect(devNativeBindingPath(root, '45.5.0', platform, arch)).toBe(nativeBindingPath(root, '45.5.0', platform, arch));
    }
  });
});
