// Vite config for Storybook only (the root vite.config.ts builds the microsite).
//
// Stories import the elements as a page would (`@plan-kit/elements/plan-vision.js`); here those
// names resolve to the TypeScript sources, so Storybook shows the current code without a `tsc`
// build first. The sources use legacy decorators (experimentalDecorators with
// useDefineForClassFields: false, tsconfig.base.json), which Vite 8 lowers; standard decorators
// would build but throw a SyntaxError in the browser.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const packages = fileURLToPath(new URL('../packages/', import.meta.url));
const elementsSource = `${packages}elements/src/`;

const sources: [RegExp, string][] = [
  [/^@plan-kit\/elements$/, `${packages}elements/src/index.ts`],
  [/^@plan-kit\/elements\/(plan-[a-z-]+)\.js$/, `${packages}elements/src/$1/$1.ts`],
  [/^@plan-kit\/content$/, `${packages}content/src/index.ts`],
  [/^@plan-kit\/content\/markdown$/, `${packages}content/src/markdown.ts`],
];

/**
 * Resolves the workspace packages to their sources, and keeps every module of the elements'
 * sources even when nothing is imported from it: importing an element's module registers its tag.
 * (packages/elements/package.json's `sideEffects` names the dist files only, so without this the
 * production build drops `import '@plan-kit/elements/plan-vision.js'` and the tag is never defined.)
 */
function planKitSources(): Plugin {
  return {
    name: 'plan-kit-sources',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const match = sources.find(([pattern]) => pattern.test(source));
      if (match) return { id: source.replace(match[0], match[1]), moduleSideEffects: true };
      if (!importer?.startsWith(elementsSource)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id.startsWith(elementsSource) ? { ...resolved, moduleSideEffects: true } : resolved;
    },
  };
}

export default defineConfig({
  plugins: [planKitSources()],
  // In `storybook dev`, pre-bundle Lit once for everyone: Storybook's renderer imports
  // lit/directive-helpers.js, which would otherwise load a second copy of lit-html.
  optimizeDeps: {
    include: [
      'lit',
      'lit/directive-helpers.js',
      'lit/decorators.js',
      'lit/directives/if-defined.js',
      'lit/directives/style-map.js',
      'lit/directives/unsafe-html.js',
      '@lit/context',
    ],
  },
});
