// ESLint: typescript-eslint's type-checked rules where they catch real bugs, and the layer map in
// ARCHITECTURE.md as import restrictions, so a wrong import fails `npm run lint` at its own line.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ui = { group: ['**/ui/**', '**/ui'], message: 'Nothing imports ui: it only renders state (ARCHITECTURE.md).' };
const app = { group: ['**/app/**', '**/app'], message: 'Only ui may import app (ARCHITECTURE.md).' };
const lessons = { group: ['**/lessons/**', '**/lessons'], message: 'Only app and ui may import lessons.' };
const kubectl = { group: ['**/kubectl/**', '**/kubectl'], message: 'sim knows nothing of kubectl.' };
const browserAndNode = {
  group: [
    'react',
    'react-dom',
    'react-dom/*',
    'zustand',
    'zustand/*',
    'monaco-editor',
    'monaco-*',
    '@xterm/*',
    'node:*',
  ],
  message: 'The core (sim, kubectl, lessons) is pure TypeScript: no React, stores, editor, terminal or Node.',
};

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'test-results', 'node_modules', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.core.json', './tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      // Commands, printers and stores are object literals of arrow functions, never `this`-bound methods.
      '@typescript-eslint/unbound-method': 'off',
      // Applets share one generator signature; many finish without yielding any output.
      'require-yield': 'off',
      // The shell interpreter and the decoder throw plain signal and Status objects on purpose.
      '@typescript-eslint/only-throw-error': 'off',
      // The shell's generator methods cannot be arrow functions, so they keep `this` in a local.
      '@typescript-eslint/no-this-alias': 'off',
      // Stripping terminal escapes means matching ESC itself.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Tests reach into internals through casts; the type-unsafe rules cost more than they find there.
    files: ['**/*.test.ts', '**/testing/**', 'e2e/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['src/sim/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [kubectl, lessons, app, ui, browserAndNode] }] },
  },
  {
    files: ['src/kubectl/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [lessons, app, ui, browserAndNode] }] },
  },
  {
    files: ['src/lessons/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [app, ui, browserAndNode] }] },
  },
  {
    files: ['src/app/**/*.ts', 'src/app/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ui] }] },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
