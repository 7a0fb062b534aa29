/**
 * The embed bundle: `dist/embed/plan-kit.js`, one ES module that registers every element, for a
 * `<script type="module">` tag in a CMS page. Run with `npm run build:embed`.
 *
 * - Built from source (`src/index.ts`, and `@plan-kit/content` from its source too), so it never
 *   picks up a stale `tsc` build.
 * - Lit's production build: the build runs in production mode, so the `development` export
 *   condition is never chosen (no dev-mode warnings, smaller code).
 * - The markdown renderer (`@plan-kit/content/markdown`: marked + DOMPurify) is imported
 *   dynamically by `src/shared/rich-text.ts`; it comes out as a lazy chunk beside plan-kit.js
 *   and loads only when some content text needs it.
 * - The timeline, consultation and lineage elements (`src/history.ts`) are imported dynamically
 *   by `src/shared/lazy-history.ts`; they are built as a second file, `plan-kit-history.js`,
 *   which loads only on pages that use them.
 * - The HTML and CSS inside Lit's html`` and css`` templates are minified too (the Lit team's
 *   @lit-labs/rollup-plugin-minify-html-literals: html-minifier-next and lightningcss); a
 *   JavaScript minifier leaves template text as written, indentation and all (about 0.8 KB
 *   gzipped of plan-kit.js).
 * - Decorators: Vite 8 (Oxc) lowers only legacy decorators; `experimentalDecorators` and
 *   `useDefineForClassFields: false` come from the package's tsconfig (tsconfig.base.json).
 */
import { fileURLToPath } from 'node:url';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { type Plugin, type UserConfig, defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Makes the lazy markdown chunk self-contained. The markdown renderer shares a small module with
 * the main bundle (`url.ts`, the safe-URL check); Rolldown would put it in a third file that
 * plan-kit.js must fetch before anything runs (or, with `preserveEntrySignatures:
 * 'allow-extension'`, make the chunk import `./plan-kit.js`, which loads the whole bundle a second
 * time when a CMS serves it as `plan-kit.js?ver=3` or renames it). So the markdown modules get
 * their own copy of whatever else they import from `@plan-kit/content` (a few hundred bytes).
 */
function selfContainedMarkdownChunk(): Plugin {
  const contentSource = here('../content/src/');
  return {
    name: 'plan-kit:self-contained-markdown-chunk',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !MARKDOWN_MODULE.test(importer) || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || MARKDOWN_MODULE.test(resolved.id) || !resolved.id.startsWith(contentSource)) return resolved;
      return { ...resolved, id: `${resolved.id}?markdown-chunk` };
    },
  };
}

/** The second file of the embed bundle: the timeline, consultation and lineage elements. */
export const HISTORY_FILE = 'plan-kit-history.js';

/**
 * plan-kit.js loads `src/history.ts` (the timeline, consultation and lineage elements) only when a
 * page has one of them (`src/shared/lazy-history.ts`). In the embed bundle that import becomes
 * `import('./plan-kit-history.js')`, a file built on its own after plan-kit.js (by the second
 * plugin below) with its own copy of Lit and of what else it needs. A chunk split off by one build
 * would share code with plan-kit.js: either plan-kit.js would have to import a third file before
 * anything runs, or the chunk would import plan-kit.js back (twice loaded when a CMS adds
 * `?ver=3` or renames it); and Rolldown shares the decorator helper it injects in any case.
 */
function historyAsItsOwnFile(): Plugin {
  return {
    name: 'plan-kit:history-as-its-own-file',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '../history.js' && importer && /[\\/]shared[\\/]lazy-history\.ts$/.test(importer)) {
        return { id: `./${HISTORY_FILE}`, external: true };
      }
      return null;
    },
  };
}

/** Builds plan-kit-history.js once plan-kit.js is written. */
function buildHistoryFile(): Plugin {
  return {
    name: 'plan-kit:build-history-file',
    apply: 'build',
    async closeBundle() {
      const { build } = await import('vite');
      await build({ configFile: false, ...embedConfig('src/history.ts', HISTORY_FILE, false) });
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

const MARKDOWN_MODULE = /[\\/]content[\\/]src[\\/]markdown(?:-core)?\.ts$/;

/** The build of one file of the embed bundle. */
function embedConfig(entry: string, fileName: string, first: boolean, plugins: Plugin[] = []): UserConfig {
  return {
    root: here('.'),
    mode: 'production',
    publicDir: false,
    plugins: [selfContainedMarkdownChunk(), schemaDescriptionsOut(), minifyTemplates(), ...plugins],
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
      target: 'es2022',
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: here(entry),
        formats: ['es'],
        fileName: () => fileName,
      },
      rolldownOptions: {
        output: {
          chunkFileNames: '[name]-[hash].js',
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

export default defineConfig(embedConfig('src/index.ts', 'plan-kit.js', true, [historyAsItsOwnFile(), buildHistoryFile()]));
