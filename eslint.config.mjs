// ESLint flat config: TypeScript rules everywhere, and a fence that keeps the core pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.vscode-test/**', 'out/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', AbortSignal: 'readonly' } },
  },
  {
    // CommonJS files (the heap probe preloaded with `node --require`) load modules with require().
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The core is a library: no editor API, no LSP, no Node built-ins.
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'server/src/core must stay editor-independent.' },
          { name: 'fs', message: 'server/src/core must not touch the file system.' },
          { name: 'path', message: 'server/src/core must not use Node built-ins.' },
        ],
        patterns: [
          { group: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageclient', 'vscode-languageclient/*'], message: 'Only server/src/lsp may import the LSP libraries.' },
          { group: ['node:*'], message: 'server/src/core must not use Node built-ins.' },
        ],
      }],
    },
  },
);
