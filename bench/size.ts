/**
 * Sizes for `npm run bench`: the embed bundle, each element's own entry bundled alone, and Lit
 * alone (the floor any Lit component pays), each minified, gzipped and brotli-compressed; and the
 * heaviest modules and packages in plan-kit.js, from rollup-plugin-visualizer's raw data.
 *
 * Every bundle is built with the embed bundle's own Vite config (packages/elements/
 * vite.embed.config.ts), so the figures compare like with like.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { visualizer } from 'rollup-plugin-visualizer';
import { EMBED_CONFIG, EMBED_MAIN, REPO_ROOT, type FileSize, buildEmbed, embedFiles, sizeOf } from './embed-bundle.ts';

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

export interface SizeFigures {
  embed: FileSize[];
  lit: EntrySize;
  elements: EntrySize[];
  heaviestModules: ModuleWeight[];
  heaviestPackages: ModuleWeight[];
}

const ELEMENTS_DIR = join(REPO_ROOT, 'packages/elements');

/** The element entries the package exports ("./plan-vision.js" → src/plan-vision/plan-vision.ts). */
export function elementEntries(): { name: string; source: string }[] {
  const pkg = JSON.parse(readFileSync(join(ELEMENTS_DIR, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  return Object.keys(pkg.exports)
    .filter((key) => /^\.\/plan-[\w-]+\.js$/.test(key))
    .map((key) => {
      const name = key.slice(2, -3);
      return { name, source: join(ELEMENTS_DIR, 'src', name, `${name}.ts`) };
    });
}

async function buildEntry(entry: string, outDir: string, plugins: import('vite').PluginOption[] = []): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: EMBED_CONFIG,
    logLevel: 'silent',
    plugins,
    build: { outDir, emptyOutDir: true, sourcemap: false, lib: { entry, formats: ['es'], fileName: () => EMBED_MAIN } },
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

/** The modules in plan-kit.js by rendered (minified) size, from the visualizer's raw data. */
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
  const embed = embedFiles().map((file) => sizeOf(file));
  const lit = await entrySize(join(REPO_ROOT, 'bench/lit-alone.ts'), 'Lit alone');
  const elements: EntrySize[] = [];
  for (const { name, source } of elementEntries()) elements.push(await entrySize(source, name));
  const { modules, packages } = await moduleWeights();
  return { embed, lit, elements, heaviestModules: modules.slice(0, 8), heaviestPackages: packages };
}
