/**
 * The embed bundle's files and their sizes, for `npm run bench` (bench/run.ts) and the budget
 * test (test/node/embed.test.ts): which files a page with given elements loads (from the
 * build's manifest), and what they weigh.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { loadsEveryElement } from '@plan-kit/elements/loader.js';
import type { Manifest } from 'vite';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const EMBED_DIR = join(REPO_ROOT, 'dist/embed');
/** The loader, which a page's script tag names. */
export const EMBED_MAIN = 'plan-kit.js';
/** Every element in one file, for whoever wants that. */
export const EMBED_ALL = 'plan-kit-all.js';
export const EMBED_CONFIG = join(REPO_ROOT, 'packages/elements/vite.embed.config.ts');

/** Builds dist/embed/ with packages/elements/vite.embed.config.ts (what `npm run build:embed` runs). */
export async function buildEmbed(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: EMBED_CONFIG, logLevel: 'warn' });
}

/** Builds the bundle unless it is there already. */
export async function ensureEmbed(): Promise<void> {
  if (!existsSync(join(EMBED_DIR, EMBED_MAIN))) await buildEmbed();
}

/** The JavaScript files of the bundle: plan-kit.js first, then the chunks it loads and plan-kit-all.js, by name. */
export function embedFiles(dir = EMBED_DIR): string[] {
  const chunks = readdirSync(dir)
    .filter((name) => name.endsWith('.js') && name !== EMBED_MAIN)
    .sort();
  return [EMBED_MAIN, ...chunks];
}

/**
 * Vite's build manifest (each chunk's file and the chunks it imports): the loader's
 * (`dist/embed/.vite/manifest.json`), or the every-element file's (`every-element-manifest.json`,
 * see vite.embed.config.ts).
 */
function readManifest(dir: string, name = 'manifest.json'): Manifest {
  return JSON.parse(readFileSync(join(dir, '.vite', name), 'utf8')) as Manifest;
}

/**
 * The every-element file (every-element.ts), which the loader imports instead of the elements'
 * own modules on a page that shows most of them, and its markdown renderer.
 */
export function everyElementFiles(dir = EMBED_DIR): { file: string; markdown: string } {
  const manifest = readManifest(dir, 'every-element-manifest.json');
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  const markdown = Object.values(manifest).find((chunk) => chunk.name === 'markdown');
  if (!entry || !markdown) throw new Error("dist/embed's every-element manifest lists no entry or no markdown chunk: build the embed bundle again");
  return { file: entry.file, markdown: markdown.file };
}

/**
 * The files a page with these elements loads: the loader, then each element's module and every
 * chunk it imports, each once (in load order). What loads only when needed is counted only when
 * asked for: `planLoading` adds the plan loader and validator (`shared/plan-loading.ts`, which an
 * element imports when it has a `src` or a plan object to check, and `<plan-data>` imports at
 * once), `markdown` the markdown renderer (when content text has markdown). A page that shows
 * most of the elements loads the loader and the every-element file instead (the loader's own
 * rule: loadsEveryElement), unless `oneFile` is false (to weigh the elements' own files).
 */
export function pageFiles(tags: readonly string[], { markdown = false, planLoading = false, oneFile = true, dir = EMBED_DIR } = {}): string[] {
  if (oneFile && loadsEveryElement(new Set(tags))) {
    const everyElement = everyElementFiles(dir);
    return [EMBED_MAIN, everyElement.file, ...(markdown ? [everyElement.markdown] : [])];
  }
  const manifest = readManifest(dir);
  const files = new Set<string>([EMBED_MAIN]);
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in dist/embed's manifest: build the embed bundle again`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
    // With a plan, an element loads the part of itself that reads one (a gauge's gauge-indicator.ts).
    const folder = /^src\/plan-[^/]+\//.exec(key)?.[0];
    if (planLoading && folder) for (const own of chunk.dynamicImports ?? []) if (own.startsWith(folder)) visit(own);
  };
  for (const tag of tags) visit(`src/${tag}/${tag}.ts`);
  if (planLoading) visit(planLoadingKey(manifest));
  if (markdown) visit(Object.keys(manifest).find((key) => /markdown\.ts$/.test(key))!);
  return [...files];
}

/**
 * The manifest's key for the plan loader and validator: its module's, or (as the embed config
 * groups it with the content model's loader and schema) the chunk named `plan-loading`.
 */
function planLoadingKey(manifest: Manifest): string {
  const key = Object.keys(manifest).find((k) => /plan-loading\.ts$/.test(k) || manifest[k]!.name === 'plan-loading');
  if (!key) throw new Error("dist/embed's manifest has no plan-loading chunk: build the embed bundle again");
  return key;
}

/** The plan loader and validator's file. */
export function planLoadingFile(dir = EMBED_DIR): string {
  const manifest = readManifest(dir);
  return manifest[planLoadingKey(manifest)]!.file;
}

/** The lazily loaded markdown renderer's file. */
export function markdownFile(dir = EMBED_DIR): string {
  const [key, chunk] = Object.entries(readManifest(dir)).find(([k]) => /markdown\.ts$/.test(k))!;
  return chunk?.file ?? key;
}

/** A page the bench and the budgets weigh: the elements it shows, and the most its JavaScript may weigh (gzip, all files). */
export interface PageScenario {
  label: string;
  tags: readonly string[];
  /** Whether the page loads a plan (`src`, `<plan-data>`): the plan loader and validator count too. */
  loadsPlan: boolean;
  /** Issue 13's goal for the page, gzipped, in all files. */
  goal: number;
  /** What the budget test holds it to: the goal where it is met, otherwise a little above today's weight, so that it grows no more. */
  budget: number;
}

const KB = 1024;

/** The pages of issue 13's size goals, by the elements they show. */
export function pageScenarios(allTags: readonly string[]): PageScenario[] {
  return [
    { label: 'the loader alone (a page with no plan-kit element)', tags: [], loadsPlan: false, goal: 3 * KB, budget: 3 * KB },
    { label: 'one <plan-progress-gauge> from attributes', tags: ['plan-progress-gauge'], loadsPlan: false, goal: 12 * KB, budget: 12 * KB },
    { label: '<plan-outcomes-matrix src> (loads and validates the plan)', tags: ['plan-outcomes-matrix'], loadsPlan: true, goal: 24 * KB, budget: 24 * KB },
    // 41 KB until the goal is met again: delivery of actions and Outcome Board reports (issue 24)
    // added 1.0 KB (the schema and checks 0.7 KB in the plan loader, the card's delivery note 0.3 KB).
    { label: 'every element', tags: allTags, loadsPlan: true, goal: 40 * KB, budget: 41 * KB },
  ];
}

/** The files a scenario's page loads. */
export function scenarioFiles(scenario: PageScenario, dir = EMBED_DIR): string[] {
  return pageFiles(scenario.tags, { planLoading: scenario.loadsPlan, dir });
}

/** The size of each file, and of them all. */
export function filesSize(files: string[], dir = EMBED_DIR): { files: FileSize[]; gzip: number; brotli: number; bytes: number } {
  const sizes = files.map((file) => sizeOf(file, dir));
  const sum = (key: 'gzip' | 'brotli' | 'bytes') => sizes.reduce((total, size) => total + size[key], 0);
  return { files: sizes, gzip: sum('gzip'), brotli: sum('brotli'), bytes: sum('bytes') };
}

export interface FileSize {
  file: string;
  /** The file name without its content hash ("markdown" for markdown-BRJchcmt.js), to compare runs. */
  name: string;
  /** true for plan-kit.js (the loader, which the script tag names), false for the chunks it loads. */
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
    name: file.replace(/-[\w-]{6}\.js$/, '').replace(/\.js$/, ''),
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
