// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Process boundaries from ARCHITECTURE.md, enforced here rather than remembered. */
const boundaries = {
  shared: {
    paths: [...nodeBuiltins, 'electron'].map((name) => ({
      name,
      message: 'shared/ runs on both sides: no Node or Electron.',
    })),
    patterns: [
      {
        group: ['**/electron/**', '**/renderer/**'],
        message: 'shared/ imports nothing from the core or the renderer.',
      },
      {
        group: ['react', 'react-*', 'leaflet', 'zustand', 'socket.io*', 'mqtt', 'better-sqlite3'],
        message: 'shared/ holds contracts only.',
      },
    ],
  },
  renderer: {
    paths: [...nodeBuiltins, 'electron'].map((name) => ({ name, message: 'The renderer runs in a sandboxed page.' })),
    patterns: [
      {
        group: ['**/electron/**', 'better-sqlite3', 'mqtt', 'aedes', 'socket.io'],
        message: 'The renderer talks to the core only over socket.io/HTTP.',
      },
    ],
  },
  core: {
    paths: [
      {
        name: 'electron',
        message: 'The core is plain Node; only electron/main.ts, preload.cts and shell/ may use Electron.',
      },
    ],
    patterns: [
      {
        group: ['**/renderer/**', '**/shell/**', '**/main.js', '**/preload.js'],
        message: 'The core does not reach into the shell or the renderer.',
      },
    ],
  },
};

const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'native/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object or array.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', boundaries.shared],
      'no-restricted-globals': ['error', ...domGlobals, 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', boundaries.renderer] } },
  {
    // The core, and the shell's core host (it runs in the utility process, beside the core).
    files: [
      'electron/core/**/*.ts',
      'fixtures/**/*.ts',
      'electron/shell/core/{host,host-runner,parent-port,protocol}.ts',
    ],
    rules: { 'no-restricted-imports': ['error', boundaries.core] },
  },
  {
    // A sandboxed preload is CommonJS and may require only 'electron'.
    files: ['electron/preload.cts'],
    rules: { '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }] },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        TextDecoder: 'readonly',
      },
    },
  },
);
