// Types for build/electron-native.mjs, so TypeScript tests can import it.
export function nativeBindingPath(root: string, electronVersion: string, platform: string, arch: string): string;
export function installedElectronVersion(root?: string): string;
export function ensureElectronNative(options?: {
  root?: string;
  electronVersion?: string;
  platform?: string;
  arch?: string;
  log?: (line: string) => void;
}): { file: string; source: 'cached' | 'prebuilt' | 'compiled' };
