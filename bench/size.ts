/**
 * Sizes for `npm run bench`: what a CMS page pays, file by file, for the pages of issue 13's goals
 * (the loader alone, one gauge, a matrix from `src`, every element) and for each element alone;
 * the one-file build and the lazy markdown renderer; Lit alone (the floor any Lit component
 * pays); and the heaviest packages in plan-kit-all.js, from rollup-plugin-visualizer's raw data.
 * Each minified, gzipped and brotli-compressed.
 *
 * Every bundle is built with the embed bundle's own Vite config (packages/elements/
 * vite.embed.config.ts), so the figures compare like with like.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { visualizer } from 'rollup-plugin-visualizer';
import { ELEMENTS, ELEMENT_TAGS } from '@plan-kit/elements/registry.js';
import { EMBED_ALL, EMBED_CONFIG, EMBED_MAIN, REPO_ROOT, type FileSize, type PageScenario, buildEmbed, filesSize, markdownFile, pageFiles, pageScenarios, scenarioFiles, sizeOf } from '../scripts/embed-bundle.ts';

/** A bundle built from one entry: its main file's size (lazy chunks not counted). */
export interface EntrySize extends FileSize {
  entry: string;
}

export interface ModuleWeight {
  /** A module path relative to the repository ("node_modules/lit-html/lit-html.js"). */
  module: string;
  bytes: number;
  gzip: number;
}

/** A page's JavaScript: each file it loads and their sum. */
export interface PageWeight {
  label: string;
  files: FileSize[];
  gzip: number;
  brotli: number;
  /** Issue 13's goal and the budget test's limit, for the pages that have them. */
  goal?: number;
  budget?: number;
}

export interface SizeFigures {
  pages: PageWeight[];
  elements: PageWeight[];
  allInOne: FileSize;
  markdown: FileSize;
  lit: EntrySize;
  heaviestModules: ModuleWeight[];
  heaviestPackages: ModuleWeight[];
}

const ELEMENTS_DIR = join(REPO_ROOT, 'packages/elements');

function pageWeight(label: string, tags: readonly string[], scenario?: PageScenario, planLoading = false, oneFile = true): PageWeight {
  const { files, gzip, brotli } = filesSize(scenario ? scenarioFiles(scenario) : pageFiles(tags, { planLoading, oneFile }));
  return { label, files, gzip, brotli, goal: scenario?.goal, budget: scenario?.budget };
}

/** Builds one entry into one file (no chunks), with the embed bundle's config otherwise. */
async function buildEntry(entry: string, outDir: string, plugins: import('vite').PluginOption[] = []): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: EMBED_CONFIG,
    logLevel: 'silent',
    plugins,
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      manifest: false,
      lib: { entry, formats: ['es'], fileName: () => EMBED_MAIN },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
}

async function entrySize(entry: string, label: string): Promise<EntrySize> {
  const outDir = mkdtempSync(join(tmpdir(), 'plan-kit-entry-'));
  try {
    await buildEntry(entry, outDir);
    return { ...sizeOf(EMBED_MAIN, outDir), entry: label };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

interface VisualizerData {
  nodeParts: Record<string, { renderedLength: number; gzipLength: number; metaUid: string }>;
  nodeMetas: Record<string, { id: string; moduleParts: Record<string, string> }>;
}

/** The package a module belongs to ("lit-html", "@lit/context"), or our own package's folder. */
function packageOf(module: string): string {
  const inNodeModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  if (inNodeModules) return inNodeModules[1]!;
  const ours = /^packages\/([^/]+)\//.exec(module);
  return ours ? `@plan-kit/${ours[1]}` : module;
}

/** The modules of every element (src/index.ts in one file, as plan-kit-all.js) by rendered (minified) size, from the visualizer's raw data. */
async function moduleWeights(): Promise<{ modules: ModuleWeight[]; packages: ModuleWeight[] }> {
  const outDir = mkdtempSync(join(tmpdir(), 'plan-kit-visualizer-'));
  const report = join(outDir, 'stats.json');
  try {
    await buildEntry(join(ELEMENTS_DIR, 'src/index.ts'), join(outDir, 'bundle'), [
      visualizer({ filename: report, template: 'raw-data', gzipSize: true }),
    ]);
    const data = JSON.parse(readFileSync(report, 'utf8')) as VisualizerData;
    const modules: ModuleWeight[] = [];
    for (const meta of Object.values(data.nodeMetas)) {
      const part = meta.moduleParts[EMBED_MAIN];
      if (!part) continue;
      const { renderedLength, gzipLength } = data.nodeParts[part]!;
      modules.push({ module: meta.id.replace(/^\//, '').replace(/\?.*$/, ''), bytes: renderedLength, gzip: gzipLength });
    }
    const byPackage = new Map<string, ModuleWeight>();
    for (const m of modules) {
      const name = packageOf(m.module);
      const sum = byPackage.get(name) ?? { module: name, bytes: 0, gzip: 0 };
      sum.bytes += m.bytes;
      sum.gzip += m.gzip;
      byPackage.set(name, sum);
    }
    const heaviest = (list: ModuleWeight[]) => list.filter((m) => m.bytes > 0).sort((a, b) => b.bytes - a.bytes);
    return { modules: heaviest(modules), packages: heaviest([...byPackage.values()]) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function measureSizes(): Promise<SizeFigures> {
  await buildEmbed();
  const pages = [
    ...pageScenarios(ELEMENT_TAGS).map((scenario) => pageWeight(scenario.label, scenario.tags, scenario)),
    // What the every-element file saves: the same page from the elements' own files, as a page with fewer of them loads.
    pageWeight("every element, from the elements' own files (not the one file)", ELEMENT_TAGS, undefined, true, false),
  ];
  // Each element alone as a CMS page has it: with `src` (the plan loader counted), the gauge from attributes.
  const elements = ELEMENTS.map(({ tag, takes }) =>
    takes === 'plan-or-attributes' ? pageWeight(`<${tag}> alone, from attributes`, [tag]) : pageWeight(`<${tag} src> alone`, [tag], undefined, true),
  );
  const lit = await entrySize(join(REPO_ROOT, 'bench/lit-alone.ts'), 'Lit alone');
  const { modules, packages } = await moduleWeights();
  return { pages, elements, allInOne: sizeOf(EMBED_ALL), markdown: sizeOf(markdownFile()), lit, heaviestModules: modules.slice(0, 8), heaviestPackages: packages };
}
