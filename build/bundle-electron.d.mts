// Types for build/bundle-electron.mjs, so TypeScript tests can import it.
export function bundlePreload(outdir: string, channels: readonly string[]): Promise<string>;
export function bundleMain(outdir: string): Promise<void>;
