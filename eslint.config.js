import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import checkedUrlBinding from './scripts/eslint/checked-url-binding.js';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'content/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // No import cycles, static or through a lazy import() (type-only imports, gone at run time, do
    // not count): each module's
    // dependencies load before it runs, and a module loaded on first need does not reach back
    // into the module that loads it. Shared pieces go into a module of their own instead.
    // What ships and what builds it: the packages, the site, the scripts (tests and stories left out,
    // for the time the rule's look through every import takes).
    files: ['packages/*/src/**/*.ts', 'site/src/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['**/*.stories.ts', '**/*.test.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // import-x's TypeScript settings (which files it parses, and how), with the resolver that
      // reads the tsconfigs (`./x.js` is `./x.ts`; workspace packages by their exports).
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: ['tsconfig.json', 'packages/*/tsconfig.json', 'stories/tsconfig.json'], noWarnOnMultipleProjects: true }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
    },
  },
  {
    // What ships (the elements, the site): URL bindings go through safeHref(), no style attributes.
    files: ['packages/*/src/**/*.ts', 'site/src/**/*.ts'],
    // Each element's stories and tests sit in its folder but do not ship.
    ignores: ['**/*.stories.ts', '**/*.test.ts'],
    plugins: { 'plan-kit': { rules: { 'checked-url-binding': checkedUrlBinding } } },
    rules: { 'plan-kit/checked-url-binding': 'error' },
  },
  {
    files: ['test/**/*.ts', 'packages/*/src/**/*.test.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests break typed plans on purpose; `any` is the honest type for that.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
