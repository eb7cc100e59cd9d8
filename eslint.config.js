// Lint is also the layer police: a wrong import fails `npm test`, not a code review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util'];
const noElectron = { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload may import Electron.' };
const noNodeBuiltins = { group: nodeBuiltins, message: 'This layer must stay free of Node APIs.' };
const noRenderer = { group: ['**/renderer/**'], message: 'Node code never imports the renderer.' };
const noDb = { group: ['**/db/**', 'better-sqlite3', 'kysely'], message: 'Only db/ and the services touch the database.' };
const noNodeSide = {
  group: ['**/electron/**', '**/db/**', 'better-sqlite3', 'kysely', 'docx'],
  message: 'The renderer reaches the rest only through renderer/src/api (window.api).',
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**', '.electron-native/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'build/*.mjs', 'electron/cli/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
  {
    // electron-builder hooks (build/after-pack.cjs) are CommonJS modules.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noNodeBuiltins, noRenderer, noDb, { group: ['react', 'react-dom'], message: 'shared/ has no UI.' }] }] },
  },
  {
    files: ['db/**/*.ts', 'electron/services/**/*.ts', 'electron/export/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts', 'electron/native/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noRenderer, { group: ['react', 'react-dom'], message: 'Node code has no React.' }] }] },
  },
  {
    files: ['db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noRenderer, { group: ['**/electron/**'], message: 'db/ is below the services; it never imports them.' }] }] },
  },
  {
    files: ['electron/export/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noRenderer, noDb] }] },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [noRenderer, noDb, { group: ['**/services/**', '**/host/**', '**/main/**'], message: 'The preload only bridges the contract.' }],
        paths: [{ name: 'electron', allowImportNames: ['contextBridge', 'ipcRenderer'], message: 'The preload may use only contextBridge and ipcRenderer.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [noElectron, noNodeBuiltins, noNodeSide] }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Use the api module.' }],
    },
  },
  {
    // The browser host's client is the one place in the renderer that may use fetch.
    files: ['renderer/src/api/http-client.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'build/**/*.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
