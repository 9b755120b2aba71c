import { readdirSync, existsSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const featuresDir = 'renderer/features';
const features = existsSync(featuresDir)
  ? readdirSync(featuresDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
  : [];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', '.tsbuild/**', 'node_modules/**', 'e2e/artifacts/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['shared/tsconfig.json', 'renderer/tsconfig.json', 'electron/tsconfig.json', 'tsconfig.tooling.json'],
        }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // shared/ is pure: it imports nothing from the renderer or the main process.
            { target: './shared', from: './renderer', message: 'shared/ must not import renderer/.' },
            { target: './shared', from: './electron', message: 'shared/ must not import electron/.' },
            { target: './renderer', from: './electron', message: 'renderer/ talks to main only through window.api.' },
            { target: './electron', from: './renderer', message: 'electron/ must not import renderer/.' },
            // Feature folders do not import each other; screens that combine features live in renderer/app/.
            ...features.map((f) => ({
              target: `./${featuresDir}/${f}`,
              from: `./${featuresDir}`,
              except: [`./${f}`],
              message: 'Feature folders must not import each other; combine them in renderer/app/.',
            })),
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'dexie', 'electron', 'xlsx'].map((name) => ({
            name,
            message: 'shared/ holds pure domain code only.',
          })),
          patterns: [{ group: ['node:*', '@mui/*', 'dexie-*'], message: 'shared/ holds pure domain code only.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: 'All Dexie access lives in renderer/db/.' }] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', '*.config.{ts,js}', 'e2e/**/*.{ts,mjs}', 'bench/**/*.{ts,mjs}', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
