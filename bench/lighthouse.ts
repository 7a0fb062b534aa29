/**
 * Lighthouse figures for the built microsite (dist/site): performance, accessibility, best
 * practices and SEO scores, LCP, CLS, TBT, transferred bytes and requests, for the home page and
 * one sub-outcome page. Lighthouse's default mobile settings (simulated throttling), Debian's
 * Chromium, the median of three runs (the machines here are shared and noisy).
 *
 * The site is served as a web server would serve it: compressed. Every text file is gzipped
 * into a copy of dist/site and sirv sends the .gz sibling when the browser accepts gzip.
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from '../scripts/serve-static.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../test/helpers/chromium-options.js';
import { REPO_ROOT } from './embed-bundle.ts';

export const LIGHTHOUSE_PAGES = ['/', '/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/'];
const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const COMPRESSIBLE = /\.(html|js|css|json|svg|csv|map)$/;

export interface PageFigures {
  page: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  transferBytes: number;
  requests: number;
  /** Audits that scored below 1 in some category, by id, with their titles. */
  failing: Record<string, string>;
}

function gzipCopy(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-kit-site-'));
  cpSync(from, dir, { recursive: true });
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (COMPRESSIBLE.test(name)) writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
    }
  };
  walk(dir);
  return dir;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function measureSite(): Promise<PageFigures[]> {
  const siteDir = join(REPO_ROOT, 'dist/site');
  if (!existsSync(join(siteDir, 'index.html'))) execSync('npm run build:packages && npm run build:site', { cwd: REPO_ROOT, stdio: 'inherit' });
  const served = gzipCopy(siteDir);
  const server = await serveStatic({ root: served, gzip: true });
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const figures: PageFigures[] = [];
    for (const page of LIGHTHOUSE_PAGES) {
      const runs: PageFigures[] = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(`${server.url}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
        const { lhr } = result;
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        const failing: Record<string, string> = {};
        for (const category of CATEGORIES) {
          for (const ref of lhr.categories[category]?.auditRefs ?? []) {
            const a = lhr.audits[ref.id];
            if (ref.weight > 0 && a && a.score !== null && a.score < 1) failing[a.id] = a.title;
          }
        }
        runs.push({
          page,
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as PageFigures['scores'],
          lcpMs: audit('largest-contentful-paint'),
          cls: audit('cumulative-layout-shift'),
          tbtMs: audit('total-blocking-time'),
          transferBytes: audit('total-byte-weight'),
          requests: (lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items?.length ?? 0,
          failing,
        });
      }
      figures.push({
        page,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])) as PageFigures['scores'],
        lcpMs: median(runs.map((r) => r.lcpMs)),
        cls: median(runs.map((r) => r.cls)),
        tbtMs: median(runs.map((r) => r.tbtMs)),
        transferBytes: median(runs.map((r) => r.transferBytes)),
        requests: median(runs.map((r) => r.requests)),
        failing: Object.assign({}, ...runs.map((r) => r.failing)),
      });
    }
    return figures;
  } finally {
    chrome.kill();
    await server.close();
    rmSync(served, { recursive: true, force: true });
  }
}
