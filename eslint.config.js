// ESLint (typescript-eslint, syntax rules only: TypeScript 7 does the type checking) over the
// sources, tests, scripts and benchmarks. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Code at most 120 columns, as Prettier's printWidth (issue 13): Prettier does not break long strings,
// comments or regular expressions, so this rule does, in every code file. Lines with a URL are exempt (a
// URL is not broken); regular expressions are not: a long one gives way to a named const or a shorter
// assertion, or is split into String.raw pieces of the same source (ESLint's ignoreRegExpLiterals would
// exempt a whole line for any regex literal on it, long strings beside it included).
const CODE_WIDTH = ['**/*.{ts,mts,cts,js,mjs,cjs}'];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'build/',
      'node_modules/',
      'test/fixtures/',
      'test/**/fixtures/',
      'test/**/projects/',
      '.bench/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Our errors are the one sentence a user reads: when one rewords a caught error, it says the
      // cause itself, and messageOf (src/lib/errors.ts) would repeat a chained `cause` after it.
      'preserve-caught-error': 'off',
    },
  },
  {
    files: CODE_WIDTH,
    rules: { 'max-len': ['error', { code: 120, ignoreUrls: true }] },
  },
  {
    // Tests read recorded JSON whose shape is the service's, not ours.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // CommonJS stand-ins and preloads (started with node -r or as executables).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Code that runs inside the headless browser (page.evaluate).
    files: ['scripts/screenshots.mjs', 'scripts/mermaid-browser.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
