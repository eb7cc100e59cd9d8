import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * boot.ts starts the first requests and then imports the app bundle dynamically. Preloading
 * that bundle from the HTML lets the browser fetch it while boot.ts runs, instead of after.
 */
function preloadAppBundle(): Plugin {
  return {
    name: 'pykala-preload-app-bundle',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/src/main.tsx'));
        if (chunk?.type !== 'chunk') return [];
        const css = [...(chunk.viteMetadata?.importedCss ?? [])].map((href) => ({ tag: 'link', attrs: { rel: 'stylesheet', href: `./${href}` }, injectTo: 'head' as const }));
        const scripts = [chunk.fileName, ...chunk.imports].map((href) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${href}` }, injectTo: 'head' as const }));
        return [...scripts, ...css];
      },
    },
  };
}

// Relative base: the desktop app loads the build from disk through its own protocol, the
// browser host serves it from "/"; both work with relative asset URLs.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), preloadAppBundle()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No inline module preload polyfill: the strict CSP allows no inline script.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
