import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/render/**/*.test.ts', 'renderer/src/**/*.test.ts', 'shared/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // LibreOffice rendering and database files: keep parallelism modest on a 2-core machine.
    maxWorkers: 2,
  },
});
