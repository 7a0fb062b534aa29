/**
 * The embed bundle's files and their sizes, for `npm run bench` (bench/run.ts) and the budget
 * test (test/node/embed.test.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const EMBED_DIR = join(REPO_ROOT, 'dist/embed');
export const EMBED_MAIN = 'plan-kit.js';
/** The timeline, consultation and lineage elements, which plan-kit.js loads when a page has one. */
export const EMBED_HISTORY = 'plan-kit-history.js';
export const EMBED_CONFIG = join(REPO_ROOT, 'packages/elements/vite.embed.config.ts');

/**
 * The budget for plan-kit.js, minified and gzipped (lazy chunks are not counted). 30 KB until
 * issues 16 and 17: the schema's `updates` and national identifiers, which the browser needs to
 * validate a plan, and the loader's hardening (markdown limits, address and redirect errors, the
 * timeout over validation) need about 1 KB; the per-tag loader (issue 13) replaces this budget.
 */
export const EMBED_GZIP_BUDGET = 31 * 1024;

/** Builds dist/embed/ with packages/elements/vite.embed.config.ts (what `npm run build:embed` runs). */
export async function buildEmbed(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: EMBED_CONFIG, logLevel: 'warn' });
}

/** Builds the bundle unless it is there already. */
export async function ensureEmbed(): Promise<void> {
  if (!existsSync(join(EMBED_DIR, EMBED_MAIN))) await buildEmbed();
}

/** The JavaScript files of the bundle: plan-kit.js first, then the lazily loaded files by name. */
export function embedFiles(): string[] {
  const chunks = readdirSync(EMBED_DIR)
    .filter((name) => name.endsWith('.js') && name !== EMBED_MAIN)
    .sort();
  return [EMBED_MAIN, ...chunks];
}

export interface FileSize {
  file: string;
  /** The file name without its content hash ("markdown" for markdown-BRJchcmt.js), to compare runs. */
  name: string;
  /** true for plan-kit.js (loaded by the script tag), false for chunks loaded on demand. */
  main: boolean;
  bytes: number;
  /** gzip at level 9, as a web server's pre-compression would. */
  gzip: number;
  /** brotli at quality 11 (Node's default, the maximum). */
  brotli: number;
}

export function sizeOf(file: string, dir = EMBED_DIR): FileSize {
  const content = readFileSync(join(dir, file));
  return {
    file,
    name: file.replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, ''),
    main: file === EMBED_MAIN,
    bytes: content.length,
    gzip: gzipSync(content, { level: constants.Z_BEST_COMPRESSION }).length,
    brotli: brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    }).length,
  };
}

export function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
