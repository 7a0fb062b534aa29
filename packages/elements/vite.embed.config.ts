/**
 * The embed bundle, `dist/embed/`, for a `<script type="module">` tag in a CMS page. Run with
 * `npm run build:embed`.
 *
 * - `plan-kit.js` is the loader (`src/loader.ts`): it defines nothing itself, and imports each
 *   element's module (`plan-vision-<hash>.js`...) when the element's tag first appears. The
 *   modules share chunks, so Lit, the content model and d3 load once a page, and only what the
 *   page's elements use. The loader imports none of what the elements import, so no chunk ever
 *   imports `plan-kit.js` back (loaded twice when a CMS renames it or adds `?ver=3`); chunks
 *   import each other by relative URL, which the browser resolves from the importing file.
 * - `plan-kit-all.js` is every element in one file (`src/index.ts`, dynamic imports inlined),
 *   markdown renderer included, for whoever wants one file.
 * - `.vite/manifest.json` lists each file's imports: the bench and the size budgets read from it
 *   which files a page with a given element loads.
 * - Built from source (`src/`, and `@plan-kit/content` from its source too), so it never picks up
 *   a stale `tsc` build.
 * - Lit's production build: the build runs in production mode, so the `development` export
 *   condition is never chosen (no dev-mode warnings, smaller code).
 * - The markdown renderer (`@plan-kit/content/markdown`: marked + DOMPurify) is imported
 *   dynamically by `src/shared/rich-text.ts`; it comes out as a chunk of its own that loads only
 *   when some content text needs it.
 * - The HTML and CSS inside Lit's html`` and css`` templates are minified too (the Lit team's
 *   @lit-labs/rollup-plugin-minify-html-literals: html-minifier-next and lightningcss); a
 *   JavaScript minifier leaves template text as written, indentation and all.
 * - Decorators: Vite 8 (Oxc) lowers only legacy decorators; `experimentalDecorators` and
 *   `useDefineForClassFields: false` come from the package's tsconfig (tsconfig.base.json).
 */
import { fileURLToPath } from 'node:url';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { type Plugin, type UserConfig, defineConfig } from 'vite';
import { ELEMENT_CHUNKS } from './chunk-groups.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The loader, which a page's script tag names. */
export const LOADER_FILE = 'plan-kit.js';
/** Every element in one file. */
export const ALL_IN_ONE_FILE = 'plan-kit-all.js';

/** Builds plan-kit-all.js once the loader and its chunks are written. */
function buildAllInOne(): Plugin {
  return {
    name: 'plan-kit:build-all-in-one',
    apply: 'build',
    async closeBundle() {
      const { build } = await import('vite');
      await build({ configFile: false, ...embedConfig('src/index.ts', ALL_IN_ONE_FILE, false) });
    },
  };
}

/**
 * Minifies the HTML and CSS in Lit's templates, first, on the TypeScript source. CSS is written
 * for the browsers the bundle's ES2022 runs in (lightningcss would otherwise use the newest
 * syntax, such as `(width >= 36em)`, which Safari reads only from 16.4).
 */
function minifyTemplates(): Plugin {
  const version = (major: number, minor = 0) => (major << 16) | (minor << 8);
  const targets = { chrome: version(94), firefox: version(93), safari: version(15, 4) };
  // White space is collapsed to one space, never removed: the space before a <span> in a sentence is a word space.
  const minifyOptions = { conservativeCollapse: true, removeEmptyAttributes: false, minifyCSS: { targets } };
  const plugin = minifyHtmlLiterals({ failOnError: true, options: { minifyOptions } });
  return { ...(plugin as unknown as Plugin), enforce: 'pre' };
}

/**
 * Leaves out the schema's descriptions (`v.description('…')` in `@plan-kit/content`'s schema.ts):
 * they are words for editors, read only by the JSON Schema that `npm run build:schema` writes,
 * and do nothing when a page validates a plan; in plan-kit.js they were about 1 KB gzipped. Each
 * becomes `v.description('')`; a description written any other way than as quoted strings joined
 * by `+` stops the build, so none is left in by accident.
 */
function schemaDescriptionsOut(): Plugin {
  const schemaFile = /[\\/]content[\\/]src[\\/]schema\.ts$/;
  const description = /v\.description\(\s*'(?:[^'\\]|\\.)*'(?:\s*\+\s*'(?:[^'\\]|\\.)*')*\s*,?\s*\)/g;
  return {
    name: 'plan-kit:schema-descriptions-out',
    enforce: 'pre',
    transform(code, id) {
      if (!schemaFile.test(id.replace(/\?.*$/, ''))) return null;
      const out = code.replace(description, "v.description('')");
      const left = out.split('v.description(').length - 1 - (out.match(/v\.description\(''\)/g) ?? []).length;
      if (left > 0) this.error(`${id}: ${left} v.description(…) not written as quoted strings joined by +; write it so, or update schemaDescriptionsOut.`);
      return { code: out, map: null };
    },
  };
}

/**
 * Leaves out what the registry says of each element beyond its tag and module (`takes`,
 * `selectsBy`, `renders`: read by Storybook, the tests and the bench) from the loader, which uses
 * only those two and exports none of the registry: some 0.08 KB gzip that every page would load.
 * Only for the loader's build: plan-kit-all.js exports the registry whole. A property written
 * another way than the generator writes it (`name: 'word'` or `name: ['word', …]`) stops the build.
 */
function registryDetailsOut(): Plugin {
  const registryFile = /[\\/]elements[\\/]src[\\/]registry\.ts$/;
  const detail = /,\s*(?:takes|selectsBy):\s*'[^']*'|,\s*renders:\s*\[[^\]]*\]/g;
  return {
    name: 'plan-kit:registry-details-out',
    enforce: 'pre',
    transform(code, id) {
      if (!registryFile.test(id.replace(/\?.*$/, ''))) return null;
      const elements = code.slice(code.indexOf('export const ELEMENTS'), code.indexOf('] as const'));
      const out = elements.replace(detail, '');
      if (/\b(?:takes|selectsBy|renders):/.test(out)) this.error(`${id}: an element's takes, selectsBy or renders is not written as new:element writes it; write it so, or update registryDetailsOut.`);
      return { code: code.replace(elements, out), map: null };
    },
  };
}

/** The build of the loader and its chunks (`first`), or of the one file with everything. */
function embedConfig(entry: string, fileName: string, first: boolean, plugins: Plugin[] = []): UserConfig {
  return {
    root: here('.'),
    mode: 'production',
    publicDir: false,
    plugins: [schemaDescriptionsOut(), minifyTemplates(), ...plugins],
    logLevel: 'warn',
    resolve: {
      alias: [
        { find: /^@plan-kit\/content$/, replacement: here('../content/src/index.ts') },
        { find: /^@plan-kit\/content\/markdown$/, replacement: here('../content/src/markdown.ts') },
      ],
    },
    // Library mode leaves `process.env.NODE_ENV` for the consumer's bundler; a script tag has none.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: here('../../dist/embed'),
      emptyOutDir: first,
      manifest: first,
      target: 'es2022',
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: here(entry),
        formats: ['es'],
        fileName: () => fileName,
      },
      rolldownOptions: {
        // The groups of ELEMENT_CHUNKS take their modules without what those import (which the
        // bundler then places by who uses it); that needs entries free to export more than they
        // declare. Nothing is moved into plan-kit.js (the embed test checks no chunk imports it).
        preserveEntrySignatures: 'allow-extension',
        output: {
          // Six characters of hash, not eight: every import names the files it imports, hash and all,
          // and a hash does not compress (some 0.15 KB gzip on a page with every element).
          chunkFileNames: '[name]-[hash:6].js',
          // The one file: every element's module (and the markdown renderer) inlined. The loader's
          // chunks: see ELEMENT_CHUNKS.
          codeSplitting: first && { groups: ELEMENT_CHUNKS },
          // Library mode keeps white space and /*#__PURE__*/ comments in ES output so that a
          // consumer's bundler can tree-shake it; this file goes straight into a page, so
          // minify fully. Licence comments stay.
          minify: true,
          comments: { legal: true, annotation: false, jsdoc: false },
        },
      },
    },
  };
}

export default defineConfig(embedConfig('src/loader.ts', LOADER_FILE, true, [registryDetailsOut(), buildAllInOne()]));
