import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Plugin, type UserConfig, build, defineConfig } from 'vite';
import { ELEMENT_CHUNKS } from './packages/elements/chunk-groups.ts';

const site = (path: string) => fileURLToPath(new URL(`site/${path}`, import.meta.url));

/** Where both builds write, and what they share. */
const shared = {
  root: 'site',
  base: './',
  build: { outDir: '../dist/site', target: 'es2022' },
} satisfies UserConfig;

/**
 * The classic scripts, which import nothing: every embed page's script (embed/… pages), and the
 * resize script a host page may add beside our iframes, at a fixed address since the snippets
 * name it. Built apart from the modules, after them, so that the modules' shared chunks and
 * execution-order helpers never become an import of theirs. Their manifest is a second file, which
 * site/src/build.ts reads beside the first.
 */
function buildClassicScripts(): Plugin {
  // Where the modules went, which is not always the config's own (the prerender bench builds elsewhere).
  let outDir: string | undefined;
  return {
    name: 'plan-kit:classic-scripts',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build({
        ...shared,
        configFile: false,
        logLevel: 'warn',
        build: {
          ...shared.build,
          outDir,
          emptyOutDir: false,
          manifest: '.vite/classic-manifest.json',
          rolldownOptions: {
            input: {
              'embed-frame': site('src/client/embed-frame.ts'),
              'embed-resize': site('src/client/embed-resize.ts'),
            },
            output: {
              entryFileNames: (chunk) => (chunk.name === 'embed-resize' ? 'embed/resize.js' : 'assets/[name]-[hash].js'),
            },
          },
        },
      });
    },
  };
}

// The microsite's client assets: the stylesheet (inlined into each page by the build), the module
// every page loads (boot: it loads the hydration module after the page), the search page's and
// the embed builder's scripts, and the classic scripts (buildClassicScripts). `vite build` writes
// them with hashed names and manifests into dist/site; site/src/build.ts then prerenders every
// page there (Lit SSR) with those asset URLs. `npm start` builds everything and serves dist/site
// with `vite preview`.
export default defineConfig({
  ...shared,
  plugins: [buildClassicScripts()],
  build: {
    ...shared.build,
    emptyOutDir: true,
    manifest: true,
    rolldownOptions: {
      input: {
        site: site('src/styles/site.css'),
        boot: site('src/client/boot.ts'),
        search: site('src/client/search.ts'),
        'embed-builder': site('src/client/embed-builder.ts'),
      },
      // The element modules a page hydrates share chunks as the embed bundle's do (Lit and the
      // base, plan loading, parts): some twenty-five requests fewer on a sub-outcome page than a
      // file for each shared module.
      preserveEntrySignatures: 'allow-extension',
      output: {
        codeSplitting: { groups: ELEMENT_CHUNKS },
        // Lit's hydration support must run before lit-element.js, which the `core` group holds
        // and the hydration module imports: every module runs in its source order.
        strictExecutionOrder: true,
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
