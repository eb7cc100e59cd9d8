import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base: the desktop app loads the build from disk through its own protocol, the
// browser host serves it from "/"; both work with relative asset URLs.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No inline module preload polyfill: the strict CSP allows no inline script.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
