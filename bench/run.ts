/**
 * `npm run bench`: builds the embed bundle and prints the size of plan-kit.js and of each lazy
 * chunk (minified, gzip, brotli); writes the figures to bench/results/size.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMBED_GZIP_BUDGET, REPO_ROOT, buildEmbed, embedFiles, formatKiB, sizeOf } from './embed-bundle.ts';

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

const resultsDir = join(REPO_ROOT, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
const result = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  budget: { file: 'plan-kit.js', gzipBytes: EMBED_GZIP_BUDGET, withinBudget: main.gzip <= EMBED_GZIP_BUDGET },
  files,
};
writeFileSync(join(resultsDir, 'size.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(`Wrote bench/results/size.json`);
