/**
 * `npm run bench`: builds the embed bundle and prints the size of plan-kit.js and of each lazy
 * chunk (minified, gzip, brotli); writes the figures to bench/results/size.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMBED_GZIP_BUDGET, REPO_ROOT, buildEmbed, embedFiles, formatKiB, sizeOf } from './embed-bundle.ts';
import { type PageFigures, measureSite } from './lighthouse.ts';

await buildEmbed();
const files = embedFiles().map(sizeOf);
const main = files.find((f) => f.main)!;

const rows = files.map((f) => [f.main ? `${f.file} (script tag)` : `${f.file} (lazy)`, formatKiB(f.bytes), formatKiB(f.gzip), formatKiB(f.brotli)]);
const header = ['dist/embed/', 'minified', 'gzip -9', 'brotli 11'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
console.log(`\nplan-kit.js: ${formatKiB(main.gzip)} gzip of a ${formatKiB(EMBED_GZIP_BUDGET)} budget (${formatKiB(EMBED_GZIP_BUDGET - main.gzip)} left).`);

/** Lighthouse on the microsite; a failure is reported, and the size figures above still stand. */
let lighthouse: PageFigures[] | { error: string };
try {
  lighthouse = await measureSite();
  const table = lighthouse.map((f) => [
    f.page,
    String(f.scores.performance),
    String(f.scores.accessibility),
    String(f.scores['best-practices']),
    String(f.scores.seo),
    `${Math.round(f.lcpMs)} ms`,
    f.cls.toFixed(3),
    `${Math.round(f.tbtMs)} ms`,
    formatKiB(f.transferBytes),
    String(f.requests),
  ]);
  const head = ['dist/site (Lighthouse, mobile, median of 3)', 'perf', 'a11y', 'best', 'SEO', 'LCP', 'CLS', 'TBT', 'transferred', 'requests'];
  const w = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  console.log(`\n${row(head)}\n${w.map((n) => '-'.repeat(n)).join('  ')}`);
  for (const r of table) console.log(row(r));
  const home = lighthouse.find((f) => f.page === '/')!;
  const allHundred = lighthouse.every((f) => Object.values(f.scores).every((s) => s === 100));
  console.log(`\nGoals: 100 in all four categories: ${allHundred ? 'met' : 'not met'}; home page under 100 KB transferred: ${home.transferBytes < 100 * 1024 ? 'met' : 'not met'} (${formatKiB(home.transferBytes)}).`);
  for (const f of lighthouse) {
    const failing = Object.entries(f.failing);
    if (failing.length) console.log(`${f.page}: audits below full marks: ${failing.map(([id, title]) => `${id} (${title})`).join('; ')}`);
  }
} catch (error) {
  lighthouse = { error: (error as Error).message };
  console.log(`\nLighthouse did not run: ${(error as Error).message}`);
}

const resultsDir = join(REPO_ROOT, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
const result = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  budget: { file: 'plan-kit.js', gzipBytes: EMBED_GZIP_BUDGET, withinBudget: main.gzip <= EMBED_GZIP_BUDGET },
  files,
  lighthouse,
};
writeFileSync(join(resultsDir, 'size.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(`Wrote bench/results/size.json`);
