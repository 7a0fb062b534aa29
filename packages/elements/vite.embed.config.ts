/**
 * The embed bundle, `dist/embed/`, for a `<script type="module">` tag in a CMS page. Run with
 * `npm run build:embed`.
 *
 * - `plan-kit.js` is the loader (`src/embed-loader.ts`): it defines nothing itself, and imports each
 *   element's module (`plan-vision-<hash>.js`...) when the element's tag first appears. The
 *   modules share chunks, so Lit, the content model and d3 load once a page, and only what the
 *   page's elements use. The loader imports none of what the elements import, so no chunk ever
 *   imports `plan-kit.js` back (loaded twice when a CMS renames it or adds `?ver=3`); chunks
 *   import each other by relative URL, which the browser resolves from the importing file.
 * - `every-element-<hash>.js` is every element in one file (`src/every-element.ts`), which the loader
 *   imports instead of the elements' own modules on a page that shows most of them: separate files
 *   compress apart, so there one file weighs less. It shares nothing with the elements' own
 *   files (a page loads one or the other); its markdown renderer is a chunk of its own
 *   (`every-element-markdown-<hash>.js`), listed in `.vite/every-element-manifest.json`. Built
 *   first, so that the loader's build can name it.
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
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { type Plugin, type Rolldown, type UserConfig, defineConfig } from 'vite';
import { ELEMENT_CHUNKS } from './chunk-groups.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const OUT_DIR = here('../../dist/embed');

/** The loader, which a page's script tag names. */
export const LOADER_FILE = 'plan-kit.js';
/** Every element in one file. */
export const ALL_IN_ONE_FILE = 'plan-kit-all.js';

/** The every-element file's manifest (in `dist/embed/.vite/`, beside the loader's `manifest.json`; scripts/embed-bundle.ts reads it). */
const EVERY_ELEMENT_MANIFEST = 'every-element-manifest.json';

/** Builds plan-kit-all.js once the loader and its chunks are written. */
function buildAllInOne(): Plugin {
  return {
    name: 'plan-kit:build-all-in-one',
    apply: 'build',
    async closeBundle() {
      const { build } = await import('vite');
      await build({ configFile: false, ...embedConfig({ entry: 'src/index.ts', fileName: ALL_IN_ONE_FILE }) });
    },
  };
}

/**
 * Builds the every-element file before the loader (emptying `dist/embed/` first), and gives the
 * loader's `import('./every-element.js')` its file name, hash and all: a file of the other build,
 * which this one leaves as it is (external).
 */
function buildEveryElementFirst(outDir: string): Plugin {
  let fileName: string | undefined;
  let intoOutDir = false;
  return {
    name: 'plan-kit:build-every-element-first',
    apply: 'build',
    // Before Vite's own resolving, which would find src/every-element.ts and bundle it here.
    enforce: 'pre',
    configResolved(config) {
      // Not when the bench builds another entry with this config into a directory of its own.
      intoOutDir = resolve(config.build.outDir) === resolve(outDir);
    },
    async buildStart() {
      if (!intoOutDir) return;
      const { build } = await import('vite');
      rmSync(outDir, { recursive: true, force: true });
      const everyElement = embedConfig({
        entry: 'src/every-element.ts',
        fileName: 'every-element-[hash:6].js',
        chunkFileNames: 'every-element-[name]-[hash:6].js',
        manifest: EVERY_ELEMENT_MANIFEST,
        groups: EVERY_ELEMENT_CHUNKS,
        quietAboutDynamicImports: true,
        plugins: [registryImportsStatic(), registryDetailsOut()],
      });
      // A build without `watch` gives its outputs, one per format (here one).
      const outputs = [await build({ configFile: false, ...everyElement })].flat() as Rolldown.RolldownOutput[];
      fileName = outputs.flatMap((result) => result.output).find((file) => file.type === 'chunk' && file.isEntry)?.fileName;
      if (!fileName) this.error('the every-element build wrote no entry file');
    },
    resolveId(source, importer) {
      if (source === './every-element.js' && importer && /[\\/]src[\\/]embed-loader\.ts$/.test(importer)) return { id: `./${fileName}`, external: true };
      return null;
    },
  };
}

/**
 * The every-element file's chunks: the markdown renderer (loaded when content needs it) without
 * what it shares with the elements, and everything else in the file itself. Left to itself, the
 * bundler would make a file of every module that something imports dynamically (the plan loader,
 * the plan feed, ...), though the file has it already.
 */
const EVERY_ELEMENT_CHUNKS: Rolldown.CodeSplittingGroup[] = [
  { name: 'markdown', priority: 1, includeDependenciesRecursively: false, test: /[\\/]content[\\/]src[\\/]markdown(-core)?\.ts$|[\\/]node_modules[\\/](marked|dompurify)[\\/]/ },
  { name: 'every-element', test: () => true },
];

/**
 * Makes the registry's imports of the elements' modules static, for the every-element file, so
 * that they are all in it (a bundler makes each dynamically imported module a file of its own):
 * `load: () => import('./plan-vision/plan-vision.js')` becomes a plain
 * `import './plan-vision/plan-vision.js'` (an element's module is imported for what it does:
 * define the tag) and `load: () => Promise.resolve()`. What elements import on first need (the
 * plan loader, the plan feed, a gauge's reading of an indicator) every-element.ts imports
 * statically, so those stay in the file too; the markdown renderer alone is a chunk of its own.
 */
function registryImportsStatic(): Plugin {
  const registryFile = /[\\/]elements[\\/]src[\\/]registry\.ts$/;
  const dynamicImport = /\bimport\(\s*(['"])([^'"]+)\1\s*\)/g;
  return {
    name: 'plan-kit:registry-imports-static',
    transform(code, id) {
      if (!registryFile.test(id.replace(/\?.*$/, ''))) return null;
      const imports: string[] = [];
      const out = code.replace(dynamicImport, (_call, quote: string, specifier: string) => {
        imports.push(`import ${quote}${specifier}${quote};`);
        return 'Promise.resolve()';
      });
      return { code: imports.join('') + out, map: null };
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

interface EmbedBuild {
  entry: string;
  /**
   * Whether to stay silent about a module imported both dynamically and statically (the
   * every-element file has every module statically, which is its point).
   */
  quietAboutDynamicImports?: boolean;
  fileName: string;
  /** The names of its chunks. */
  chunkFileNames?: string;
  /** Its chunks (ELEMENT_CHUNKS, EVERY_ELEMENT_CHUNKS); none (every dynamic import inlined) without. */
  groups?: Rolldown.CodeSplittingGroup[];
  /** Where to write its manifest in `.vite/` (the bench and the budget test read it). */
  manifest?: string;
  plugins?: Plugin[];
}

/** A build of the embed bundle: the loader and its chunks, the every-element file, or the one file with everything. */
function embedConfig({ entry, fileName, chunkFileNames, groups, manifest, quietAboutDynamicImports = false, plugins = [] }: EmbedBuild): UserConfig {
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
      outDir: OUT_DIR,
      // The first build (the every-element file's) empties it: see buildEveryElementFirst.
      emptyOutDir: false,
      manifest: manifest ? `.vite/${manifest}` : false,
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
        checks: { ineffectiveDynamicImport: !quietAboutDynamicImports },
        output: {
          // Six characters of hash, not eight: every import names the files it imports, hash and all,
          // and a hash does not compress (some 0.15 KB gzip on a page with every element).
          chunkFileNames: chunkFileNames ?? '[name]-[hash:6].js',
          // The loader's chunks: ELEMENT_CHUNKS; the every-element file's: EVERY_ELEMENT_CHUNKS.
          // plan-kit-all.js: every dynamic import inlined.
          codeSplitting: groups ? { groups } : false,
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

export default defineConfig(
  embedConfig({
    entry: 'src/embed-loader.ts',
    fileName: LOADER_FILE,
    groups: ELEMENT_CHUNKS,
    manifest: 'manifest.json',
    plugins: [buildEveryElementFirst(OUT_DIR), registryDetailsOut(), buildAllInOne()],
  }),
);
