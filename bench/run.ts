/**
 * `npm run bench`: size, render cost, prerender cost and page quality, printed as one table and
 * written as JSON to bench/results/ (latest.json, and one file per run).
 *
 * The machines are shared and noisy, so every timing is a median of several runs and is reported
 * as a ratio against a baseline measured in the same run: Lit alone for sizes, the same markup
 * built with plain DOM calls for render cost, 2022-26 for the synthetic plan's prerender, a plain
 * HTML page with the same text for Lighthouse.
 *
 *   npm run bench                      everything (about three minutes)
 *   npm run bench -- --only size,render
 *
 * The bench builds what it measures (the embed bundle, the site); it installs nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, formatKiB } from '../scripts/embed-bundle.ts';
import { LIGHTHOUSE_PAGES, type PageFigures, measureSite } from './lighthouse.ts';
import { type MarkdownFigures, measureMarkdown } from './markdown.ts';
import { type PrerenderFigures, measurePrerender } from './prerender.ts';
import { type RenderFigures, growthExponent, measureRender } from './render.ts';
import { type PageWeight, type SizeFigures, measureSizes } from './size.ts';
import { type Row, printTable } from './table.ts';

const SECTIONS = ['size', 'render', 'prerender', 'markdown', 'pages'] as const;
type Section = (typeof SECTIONS)[number];

/** The goals the issue sets; each row that has one says whether it is met. */
export const GOALS = {
  renderRatio: 1.2,
  growthExponent: 1.1,
  lighthouseScore: 100,
  lcpRatio: 1.2,
  homeTransferBytes: 100 * 1024,
};

function parseOnly(argv: string[]): Set<Section> {
  const at = argv.indexOf('--only');
  if (at < 0) return new Set(SECTIONS);
  const wanted = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = wanted.filter((w) => !SECTIONS.includes(w as Section));
  if (unknown.length || wanted.length === 0) {
    console.error(`bench: --only takes a comma-separated list of ${SECTIONS.join(', ')} (got "${argv[at + 1] ?? ''}").`);
    process.exit(2);
  }
  return new Set(wanted as Section[]);
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const ratio = (value: number) => `${value.toFixed(2)}x`;
/** A median ratio of paired runs, with the middle half of the runs' ratios: "1.15x (1.09-1.22)". */
const pairedRatio = (value: number, [low, high]: [number, number]) => `${ratio(value)} (${low.toFixed(2)}-${high.toFixed(2)})`;
const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');

function sizeRows(size: SizeFigures): Row[] {
  const sizes = (f: { gzip: number; brotli: number }) => `${formatKiB(f.gzip)} gz / ${formatKiB(f.brotli)} br`;
  const versusLit = (f: { gzip: number }) => ({ baseline: `Lit alone ${formatKiB(size.lit.gzip)} gz`, ratio: ratio(f.gzip / size.lit.gzip) });
  // Each page's JavaScript in all files; the files themselves are listed under the table (pageFiles).
  const page = (p: PageWeight): Row[] => [
    {
      measure: `page: ${p.label}`,
      value: sizes(p),
      ...versusLit(p),
      ...(p.goal ? { goal: `<= ${formatKiB(p.goal)} gz`, status: verdict(p.gzip <= p.goal) } : {}),
    },
  ];
  const rows: Row[] = [
    ...size.pages.flatMap(page),
    ...size.elements.flatMap(page),
    { measure: `${size.markdown.name} chunk (loaded when content has markdown)`, value: sizes(size.markdown) },
    { measure: 'plan-kit-all.js (every element and markdown, one file)', value: sizes(size.allInOne), ...versusLit(size.allInOne) },
    { measure: 'Lit alone (a minimal element)', value: sizes(size.lit) },
    ...size.heaviestPackages.slice(0, 8).map((p): Row => ({
      measure: `  in plan-kit-all.js: ${p.module}`,
      value: `${formatKiB(p.bytes)} before minifying, ${formatKiB(p.gzip)} gz`,
    })),
  ];
  return rows.map((r) => ({ section: 'size', ...r }));
}

/** What each page pays for, file by file (gzip), so that a reader sees where the bytes go. */
function pageFiles(size: SizeFigures): string[] {
  return [...size.pages, ...size.elements].map((p) => `${p.label} (${formatKiB(p.gzip)}): ${p.files.map((f) => `${f.name} ${formatKiB(f.gzip)}`).join(', ')}`);
}

function renderRows(render: RenderFigures[]): Row[] {
  const rows: Row[] = render.map((f) => ({
    measure: `${f.scenario.label}: insert to plan-load and paint`,
    value: ms(f.planKitMs),
    baseline: `plain DOM ${ms(f.plainMs)}`,
    ratio: pairedRatio(f.ratio, f.ratioSpread),
    goal: `<= ${GOALS.renderRatio}x`,
    status: f.sameText ? verdict(f.ratio <= GOALS.renderRatio) : 'TEXT DIFFERS',
  }));
  rows.push(
    ...render.map((f) => ({
      measure: `${f.scenario.label}: insert to plan-load and layout (no frame wait)`,
      value: ms(f.planKitLayoutMs),
      baseline: `plain DOM ${ms(f.plainLayoutMs)}`,
      ratio: pairedRatio(f.layoutRatio, f.layoutRatioSpread),
    })),
  );
  const exponent = growthExponent(render, (f) => f.planKitMs);
  rows.push({
    measure: 'growth exponent, 100 to 1,000 gauges',
    value: exponent.toFixed(2),
    baseline: `plain DOM ${growthExponent(render, (f) => f.plainMs).toFixed(2)}`,
    goal: `<= ${GOALS.growthExponent}`,
    status: verdict(exponent <= GOALS.growthExponent),
  });
  return rows.map((r) => ({ section: 'render', ...r }));
}

function prerenderRows(p: PrerenderFigures): Row[] {
  const reference = p.plans.find((f) => f.plan === '2022-26');
  const rows: Row[] = [
    { measure: `whole site build (${p.pages} pages)`, value: ms(p.siteBuildMs), baseline: `vite ${ms(p.viteBuildMs)} + prerender ${ms(p.prerenderMs)}` },
    ...p.plans.map((f): Row => ({ measure: `${f.plan} (${f.pages} pages)`, value: `${ms(f.msPerPage)} a page`, baseline: `${ms(f.totalMs)} in all` })),
    {
      measure: `synthetic plan, ${p.synthetic.sizeRatio.toFixed(1)}x the pages of 2022-26 (${p.synthetic.pages})`,
      value: `${ms(p.synthetic.msPerPage)} a page`,
      baseline: reference ? `2022-26 ${ms(reference.msPerPage)} a page` : undefined,
      ratio: reference ? ratio(p.synthetic.msPerPage / reference.msPerPage) : undefined,
    },
    { measure: 'site build with the synthetic plan (prerender)', value: ms(p.synthetic.prerenderMs), baseline: `without ${ms(p.prerenderMs)}`, ratio: ratio(p.synthetic.prerenderMs / p.prerenderMs) },
  ];
  return rows.map((r) => ({ section: 'prerender', ...r }));
}

function markdownRows(figures: MarkdownFigures[]): Row[] {
  return figures.map((f) => ({
    section: 'markdown',
    measure: `${f.label}, ${f.characters.toLocaleString('en-GB')} characters`,
    value: ms(f.renderMs),
    baseline: f.markedMs === undefined ? 'not rendered' : `marked alone ${ms(f.markedMs)}`,
    // How many times marked's cost rendering costs: the rest is DOMPurify on jsdom.
    ratio: f.markedMs === undefined ? undefined : ratio(f.renderMs / f.markedMs),
  }));
}

function pageRows(figures: PageFigures[]): Row[] {
  const rows: Row[] = [];
  for (const site of figures.filter((f) => f.kind === 'site')) {
    const plain = figures.find((f) => f.kind === 'plain' && f.page === site.page)!;
    const name = LIGHTHOUSE_PAGES[site.page] ?? site.page;
    const scores = (f: PageFigures) => `${f.scores.performance}/${f.scores.accessibility}/${f.scores['best-practices']}/${f.scores.seo}`;
    const allFull = Object.values(site.scores).every((s) => s >= GOALS.lighthouseScore);
    const lcpRatio = site.lcpMs / plain.lcpMs;
    rows.push(
      { measure: `${name} Lighthouse perf/a11y/best/SEO`, value: scores(site), baseline: `plain ${scores(plain)}`, goal: '100/100/100/100', status: verdict(allFull) },
      { measure: `${name} LCP`, value: ms(site.lcpMs), baseline: `plain ${ms(plain.lcpMs)}`, ratio: ratio(lcpRatio), goal: `<= ${GOALS.lcpRatio}x`, status: verdict(lcpRatio <= GOALS.lcpRatio) },
      { measure: `${name} TBT`, value: ms(site.tbtMs), baseline: `plain ${ms(plain.tbtMs)}` },
      { measure: `${name} CLS`, value: site.cls.toFixed(3), baseline: `plain ${plain.cls.toFixed(3)}` },
      {
        measure: `${name} transferred (${site.requests} requests)`,
        value: formatKiB(site.transferBytes),
        baseline: `plain ${formatKiB(plain.transferBytes)}`,
        ratio: ratio(site.transferBytes / plain.transferBytes),
        ...(site.page === '/' ? { goal: `< ${formatKiB(GOALS.homeTransferBytes)}`, status: verdict(site.transferBytes < GOALS.homeTransferBytes) } : {}),
      },
    );
    const failing = Object.entries(site.failing);
    if (failing.length) rows.push({ measure: `${name} audits below full marks`, value: failing.map(([id]) => id).join(', ') });
  }
  return rows.map((r) => ({ section: 'pages', ...r }));
}

const only = parseOnly(process.argv.slice(2));
const results: Partial<Record<Section, unknown>> = {};
const rows: Row[] = [];

/** Runs one section; a failure is reported in the table and the other sections still run. */
async function section<T>(name: Section, measure: () => Promise<T>, toRows: (figures: T) => Row[]): Promise<void> {
  if (!only.has(name)) return;
  console.error(`bench: measuring ${name}...`);
  try {
    const figures = await measure();
    results[name] = figures;
    rows.push(...toRows(figures));
  } catch (error) {
    results[name] = { error: (error as Error).message };
    rows.push({ section: name, measure: 'did not run', value: (error as Error).message.split('\n')[0]!, status: 'FAILED' });
  }
}

await section('size', measureSizes, sizeRows);
await section('render', measureRender, renderRows);
await section('prerender', measurePrerender, prerenderRows);
await section('markdown', measureMarkdown, markdownRows);
await section('pages', measureSite, pageRows);

printTable(rows);
const size = results.size as SizeFigures | { error: string } | undefined;
if (size && 'pages' in size) console.log(`\nThe files each page loads (gzip):\n${pageFiles(size).map((line) => `  ${line}`).join('\n')}`);

const resultsDir = join(REPO_ROOT, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
const measuredAt = new Date().toISOString();
const json = `${JSON.stringify({ measuredAt, node: process.version, goals: GOALS, rows, ...results }, null, 2)}\n`;
writeFileSync(join(resultsDir, 'latest.json'), json);
writeFileSync(join(resultsDir, `bench-${measuredAt.replace(/[:.]/g, '-')}.json`), json);
console.log('\nWrote bench/results/latest.json');
if (rows.some((r) => r.status === 'FAILED')) process.exitCode = 1;
