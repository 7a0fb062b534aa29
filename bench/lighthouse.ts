/**
 * Lighthouse figures for the built microsite (dist/site): performance, accessibility, best
 * practices and SEO scores, LCP, CLS, TBT, transferred bytes and requests, for the home page,
 * one sub-outcome page and one indicator page. Lighthouse's default mobile settings (simulated
 * throttling), Debian's Chromium, the median of three runs (the machines here are shared and noisy).
 *
 * Beside each page, the same figures for a plain HTML file with the same text, no stylesheet and
 * no JavaScript: the practical limit a page can reach. The ratios are reported.
 *
 * The site is served as a web server would serve it: compressed. Every text file is gzipped
 * into a copy of dist/site and sirv sends the .gz sibling when the browser accepts gzip.
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../scripts/serve-static.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../test/helpers/chromium-options.js';
import { launchChromium } from '../test/helpers/chromium.ts';
import { REPO_ROOT } from '../scripts/embed-bundle.ts';
import { median } from './stats.ts';

/** The pages measured, with the short names the table gives them. */
export const LIGHTHOUSE_PAGES: Record<string, string> = {
  '/': 'home',
  '/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/': 'sub-outcome 9.3',
  '/plans/2022-26/indicators/young-people-neet/': 'indicator (NEET)',
};
/** Where the plain copy of a page is written in the served folder. */
const plainPath = (page: string) => `/plain-pages/${page.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home'}.html`;
const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const COMPRESSIBLE = /\.(html|js|css|json|svg|csv|map)$/;

export interface PageFigures {
  page: string;
  /** The site's page, or the plain copy of it with the same text. */
  kind: 'site' | 'plain';
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

/**
 * The page as a plain HTML file: its title, description and words (shadow roots included, as
 * the page shows them), one paragraph a line, the h1 kept; no stylesheet, no script.
 */
async function plainCopy(browser: Browser, url: string): Promise<string> {
  const page = await browser.newPage();
  try {
    // tsx names inner functions with a `__name` helper that the page lacks.
    await page.addInitScript('window.__name = (fn) => fn;');
    await page.goto(url);
    const { title, description, h1, lines } = await page.evaluate(() => {
      // Innermost first: replace each shadow host with a plain element holding its shadow tree's
      // content (without styles), so that innerText reads every word the page shows.
      const flatten = (host: Element) => {
        const root = host.shadowRoot!;
        for (const inner of [...root.querySelectorAll('*')].filter((el) => el.shadowRoot)) flatten(inner);
        root.querySelectorAll('style').forEach((style) => style.remove());
        const plain = document.createElement('div');
        plain.innerHTML = root.innerHTML;
        host.replaceWith(plain);
      };
      [...document.querySelectorAll('*')].filter((el) => el.shadowRoot).forEach(flatten);
      const heading = document.querySelector('h1')?.textContent?.trim() ?? '';
      return {
        title: document.title,
        description: document.querySelector('meta[name=description]')?.getAttribute('content') ?? '',
        h1: heading,
        lines: document.body.innerText.split('\n').map((l) => l.trim()).filter((l) => l && l !== heading),
      };
    });
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<meta name="description" content="${escape(description)}">
<link rel="icon" href="data:,">
</head>
<body>
<main>
<h1>${escape(h1)}</h1>
${lines.map((line) => `<p>${escape(line)}</p>`).join('\n')}
</main>
</body>
</html>
`;
  } finally {
    await page.close();
  }
}

/** Writes the plain copy of each measured page (and its .gz) into the served folder. */
async function writePlainCopies(served: string, serverUrl: string): Promise<void> {
  const browser = await launchChromium();
  try {
    mkdirSync(join(served, 'plain-pages'), { recursive: true });
    for (const page of Object.keys(LIGHTHOUSE_PAGES)) {
      const html = await plainCopy(browser, `${serverUrl}${page}`);
      const file = join(served, plainPath(page));
      writeFileSync(file, html);
      writeFileSync(`${file}.gz`, gzipSync(html, { level: 9 }));
    }
  } finally {
    await browser.close();
  }
}

/** One Lighthouse run's figures. */
async function lighthouseRun(url: string, port: number): Promise<Omit<PageFigures, 'page' | 'kind'>> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failing: Record<string, string> = {};
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) failing[a.id] = a.title;
    }
  }
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as PageFigures['scores'],
    lcpMs: audit('largest-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
    tbtMs: audit('total-blocking-time'),
    transferBytes: audit('total-byte-weight'),
    requests: (lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items?.length ?? 0,
    failing,
  };
}

export async function measureSite(): Promise<PageFigures[]> {
  const siteDir = join(REPO_ROOT, 'dist/site');
  if (!existsSync(join(siteDir, 'index.html'))) execSync('npm run build:packages && npm run build:site', { cwd: REPO_ROOT, stdio: 'inherit' });
  const served = gzipCopy(siteDir);
  const server = await serveStatic({ root: served, gzip: true });
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    await writePlainCopies(served, server.url);
    chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
    const targets = Object.keys(LIGHTHOUSE_PAGES).flatMap((page) => [
      { page, kind: 'site' as const, path: page },
      { page, kind: 'plain' as const, path: plainPath(page) },
    ]);
    const figures: PageFigures[] = [];
    for (const { page, kind, path } of targets) {
      const runs: Omit<PageFigures, 'page' | 'kind'>[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await lighthouseRun(`${server.url}${path}`, chrome.port));
      const mid = (pick: (r: (typeof runs)[number]) => number) => median(runs.map(pick));
      figures.push({
        page,
        kind,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, mid((r) => r.scores[c])])) as PageFigures['scores'],
        lcpMs: mid((r) => r.lcpMs),
        cls: mid((r) => r.cls),
        tbtMs: mid((r) => r.tbtMs),
        transferBytes: mid((r) => r.transferBytes),
        requests: mid((r) => r.requests),
        failing: Object.assign({}, ...runs.map((r) => r.failing)),
      });
    }
    return figures;
  } finally {
    chrome?.kill();
    await server.close();
    rmSync(served, { recursive: true, force: true });
  }
}
