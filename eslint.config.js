import js from '@eslint/js';
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
