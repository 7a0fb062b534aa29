/**
 * Builds the microsite into dist/site, after `vite build` has bundled the client assets there:
 *
 * 1. reads content/site.json and every plan in content/plans (any invalid file stops the build,
 *    naming the file and each problem's path);
 * 2. prerenders every page with Lit SSR (declarative shadow DOM), so each page is complete HTML
 *    that works with JavaScript off, with the hashed asset URLs from Vite's manifest;
 * 3. writes the open data (open-data.ts: each plan's JSON file and, where it has indicators, their
 *    figures as CSV by the same export as `plan-kit export`, all together and one file per
 *    indicator, with CSV on the Web metadata and a Frictionless Data Package), the search index,
 *    and `_headers` with the Content-Security-Policy the pages need (csp.ts).
 *
 * A new valid plan file in content/plans publishes its pages on the next build, with no code change.
 *
 *   npx tsx site/src/build.ts      (after `vite build`; `npm run build` runs both)
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { type Plan, allIndicators, checkPlanSet, formatProblem, isoDay, reportingPeriods, subOutcomesInOrder, validatePlan } from '@plan-kit/content';
import { loadMarkdown, markdownRenderCount } from '@plan-kit/elements';
import { outcomeColourStylesheet } from '@plan-kit/elements/outcome-colours.js';
import { loadSiteConfig, resolveSiteUrl } from './config.js';
import { headersFile, inlineStyleHashes, sitePolicy } from './csp.js';
import { type EmbedBuildReport, advertiseWidgets, copyElementsBundle, embedWidgets, writeEmbedPages } from './embed-build.js';
import { type Assets, type Page, documentHtml, frame } from './layout.js';
import { embedBuilderPage } from './pages/embed-builder.js';
import { dataPackage, openDataFiles, openDataJson } from './open-data.js';
import { type SiteData, planPairs, withReferences } from './pages/common.js';
import { allTimelinesPage, comparePage, lineagePage } from './pages/history.js';
import { homePage } from './pages/home.js';
import { indicatorPage, outcomePage, subOutcomePage } from './pages/outcome.js';
import { planPage, timelinePage } from './pages/plan.js';
import { type PrintPdf, printPage } from './pages/print.js';
import { openPdfPrinter } from './pdf.js';
import { type ReportFiles, reportPage } from './pages/report.js';
import { reportDocx, reportModel } from './report.js';
import { whatChangedPage } from './pages/what-changed.js';
import { aToZPage, accessibilityPage, notFoundPage, openDataPage, plansPage, searchPage } from './pages/site-pages.js';
import { paths } from './routes.js';
import { searchIndexJson } from './search-index.js';
import { atomFeed, updateEntries } from './updates.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildOptions {
  /** The folder with site.json and plans/; content/ by default. */
  contentDir?: string;
  /** Where `vite build` wrote the client assets and the pages go; dist/site by default. */
  outDir?: string;
  /**
   * Print each plan's print page to a PDF with Chromium, which the plan and open data pages then
   * link to with its size: `npm run build:site` does; off by default, for the tests and the
   * bench that build sites of their own. Without a Chromium the build goes on without PDFs and
   * says so (`pdfSkipped`).
   */
  pdf?: boolean;
  /** The day the build reports "as at" (YYYY-MM-DD): today where it runs, unless given. */
  asAt?: string;
}

/** How long one page took to prerender (for `npm run bench`). */
export interface PageTiming {
  path: string;
  ms: number;
}

export class BuildError extends Error {}

function readPlans(contentDir: string): { plan: Plan; text: string }[] {
  const dir = join(contentDir, 'plans');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const problems: string[] = [];
  const plans: { plan: Plan; text: string }[] = [];
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push(`content/plans/${file}: not valid JSON: ${(error as Error).message}`);
      continue;
    }
    const result = validatePlan(json);
    if (result.ok) plans.push({ plan: result.plan, text });
    else problems.push(...result.errors.map((p) => `content/plans/${file}: ${formatProblem(p)}`));
  }
  for (const [id, errors] of checkPlanSet(plans.map((p) => p.plan))) {
    problems.push(...errors.map((p) => `content/plans/${id}.json: ${formatProblem(p)}`));
  }
  if (problems.length) {
    throw new BuildError(`Not building the site: fix these first (npx plan-kit validate content/plans/*.json):\n  ${problems.join('\n  ')}`);
  }
  if (plans.length === 0) throw new BuildError('Not building the site: content/plans has no plan files.');
  // Newest first: by the end of the period, then the start.
  return plans.sort((a, b) => b.plan.period.end - a.plan.period.end || b.plan.period.start - a.plan.period.start);
}

/** The hashed asset files Vite wrote, from its manifests: the modules', and the classic scripts' (vite.config.ts). */
function readAssets(outDir: string): Assets {
  const manifest: Record<string, { file: string; css?: string[]; isEntry?: boolean }> = {};
  for (const file of ['.vite/manifest.json', '.vite/classic-manifest.json']) {
    const manifestPath = join(outDir, file);
    if (!existsSync(manifestPath)) throw new BuildError(`No ${manifestPath}: run "vite build" first (npm run build does).`);
    Object.assign(manifest, JSON.parse(readFileSync(manifestPath, 'utf8')));
  }
  const entry = (name: string) => {
    const found = manifest[name];
    if (!found) throw new BuildError(`Vite's manifest has no entry "${name}" (see vite.config.ts).`);
    return found;
  };
  return {
    // Inlined into every page: one request less before the first paint (about 2 KB gzipped).
    css: readFileSync(join(outDir, entry('src/styles/site.css').file), 'utf8'),
    boot: entry('src/client/boot.ts').file,
    search: entry('src/client/search.ts').file,
    embedFrame: entry('src/client/embed-frame.ts').file,
    embedBuilder: entry('src/client/embed-builder.ts').file,
  };
}

/** Every page; those that quote the plans number their citations and list the sources at their foot (`withReferences`). */
function pagesOf(data: SiteData, assets: Assets, widgets: ReturnType<typeof embedWidgets>): Page[] {
  return [
    withReferences(() => homePage(data)),
    plansPage(data),
    ...data.plans.flatMap((plan) => [
      withReferences(() => planPage(data, plan)),
      ...(plan.timeline?.length ? [timelinePage(data, plan)] : []),
      ...plan.outcomes.flatMap((outcome) => [
        withReferences(() => outcomePage(data, plan, outcome)),
        ...subOutcomesInOrder(outcome).map((sub) => withReferences(() => subOutcomePage(data, plan, outcome, sub))),
      ]),
      ...[...allIndicators(plan)].map((context) => withReferences(() => indicatorPage(data, plan, context))),
    ]),
    ...(data.plans.length > 1 ? [lineagePage(data), ...planPairs(data.plans).map(([a, b]) => comparePage(data, a, b))] : []),
    ...(data.plans.filter((p) => p.timeline?.length).length > 1 ? [allTimelinesPage(data)] : []),
    openDataPage(data),
    whatChangedPage(data),
    aToZPage(data),
    searchPage(data, assets.search),
    accessibilityPage(data),
    embedBuilderPage(data, widgets, assets.embedBuilder),
  ];
}

async function renderPage(data: SiteData, page: Page, assets: Assets, root = ''): Promise<string> {
  const before = markdownRenderCount();
  const body = await collectResult(render(frame(data.site, page, root)));
  return documentHtml(data.site, page, body, assets, {
    root,
    markdown: markdownRenderCount() > before,
    exampleFigures: showsExampleFigures(body),
    ...page.document,
  });
}

/**
 * Prints each plan's print page (already written to `outDir`) to a PDF beside it. Returns the
 * PDFs by plan id, or why there are none.
 */
async function printPdfs(plans: Plan[], outDir: string, write: (path: string, data: Uint8Array) => void): Promise<{ pdfs: Map<string, PrintPdf>; skipped?: string }> {
  const pdfs = new Map<string, PrintPdf>();
  const printer = await openPdfPrinter();
  if ('skipped' in printer) return { pdfs, skipped: printer.skipped };
  try {
    for (const plan of plans) {
      const pdf = await printer.print(join(outDir, paths.print(plan), 'index.html'));
      const path = paths.printPdf(plan);
      write(path, pdf);
      pdfs.set(plan.id, { path, bytes: pdf.byteLength });
    }
  } finally {
    await printer.close();
  }
  return { pdfs };
}

/**
 * Writes each plan's six-monthly reports (one per reporting period its Outcome Boards reported
 * for): the page, the Word document beside it and, with `pdf`, the page printed to a tagged PDF.
 */
async function writeReports(
  data: SiteData,
  outDir: string,
  writeOnce: (page: Page) => Promise<void>,
  write: (path: string, data: Uint8Array) => void,
  pdf: boolean,
): Promise<Map<string, ReportFiles[]>> {
  const reports = new Map<string, ReportFiles[]>();
  const written: { plan: Plan; files: ReportFiles }[] = [];
  for (const plan of data.plans) {
    for (const period of reportingPeriods(plan)) {
      const model = reportModel(plan, period, data.today);
      const page = reportPage(data, model);
      await writeOnce(page);
      const docx = await reportDocx(model);
      const docxPath = paths.reportFile(plan, period, 'docx');
      write(docxPath, docx);
      const files: ReportFiles = { period, page: page.path, docx: { path: docxPath, bytes: docx.byteLength } };
      reports.set(plan.id, [...(reports.get(plan.id) ?? []), files]);
      written.push({ plan, files });
    }
  }
  if (!pdf || written.length === 0) return reports;
  const printer = await openPdfPrinter();
  if ('skipped' in printer) return reports;
  try {
    for (const { plan, files } of written) {
      const bytes = await printer.print(join(outDir, files.page, 'index.html'));
      const path = paths.reportFile(plan, files.period, 'pdf');
      write(path, bytes);
      files.pdf = { path, bytes: bytes.byteLength };
    }
  } finally {
    await printer.close();
  }
  return reports;
}

/**
 * Whether a rendered page labels any figure as an example: the elements' labels (`example-label`,
 * the figures table's `example-tag`) and the pages' notices (`example-note`, the "Example figures"
 * tag). The footer's general sentence about examples is not one.
 */
export function showsExampleFigures(body: string): boolean {
  return /class="[^"]*\bexample-(?:label|tag|note)\b|<strong class="tag">Example figures</.test(body);
}

/** Writes into `outDir`, and nowhere else whatever a path built from content says. */
function writer(outDir: string): (path: string, text: string | Uint8Array) => void {
  const root = resolve(outDir);
  return (path, text) => {
    const file = resolve(root, path);
    const inside = relative(root, file);
    if (!inside || inside.startsWith('..') || isAbsolute(inside)) {
      throw new BuildError(`Not writing ${JSON.stringify(path)}: it is outside ${outDir}. Check the ids and numbers in the content.`);
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
}

export interface BuildReport {
  pages: number;
  plans: number;
  policy: string;
  timings: PageTiming[];
  embeds: EmbedBuildReport;
  /** The PDFs written (with `pdf: true`), and how long printing them took. */
  pdfs: PrintPdf[];
  pdfMs: number;
  /** The six-monthly reports written (Word, and PDF with `pdf: true`), and how long writing them took. */
  reports: ReportFiles[];
  reportMs: number;
  /** Why no PDFs were written although asked for: no Chromium. */
  pdfSkipped?: string;
}

export async function buildSite(options: BuildOptions = {}): Promise<BuildReport> {
  const contentDir = options.contentDir ?? join(repoRoot, 'content');
  const outDir = options.outDir ?? join(repoRoot, 'dist/site');
  const write = writer(outDir);
  const site = loadSiteConfig(join(contentDir, 'site.json'));
  const plans = readPlans(contentDir);
  const current = plans.find((p) => p.plan.id === site.currentPlan)?.plan;
  if (!current) {
    throw new BuildError(`content/site.json: currentPlan "${site.currentPlan}" is not a plan in content/plans (there are: ${plans.map((p) => p.plan.id).join(', ')}).`);
  }
  let siteUrl: string;
  try {
    siteUrl = resolveSiteUrl(site);
  } catch (error) {
    throw new BuildError((error as Error).message);
  }
  const openData = openDataFiles(plans, site);
  const planList = plans.map((p) => p.plan);
  const data: SiteData = { site, siteUrl, plans: planList, current, today: options.asAt ?? isoDay(), openData, updates: updateEntries(planList, site) };
  const assets = readAssets(outDir);
  // Each outcome's colour, for the parts of the elements that show it: in the prerendered pages,
  // so that they are coloured with JavaScript off as with it on (a hashed inline style, no style attribute).
  assets.css += `\n${outcomeColourStylesheet(data.plans)}`;
  // The server renders markdown synchronously: load the renderer first.
  await loadMarkdown();

  const seen = new Set<string>();
  const styleHashes = new Set<string>();
  const writePage = (path: string, html: string) => {
    for (const hash of inlineStyleHashes(html)) styleHashes.add(hash);
    write(path, html);
  };
  const timings: PageTiming[] = [];
  const writeOnce = async (page: Page) => {
    if (seen.has(page.path)) throw new BuildError(`Two pages would be written to /${page.path}: make the ids in the content unique.`);
    seen.add(page.path);
    const started = performance.now();
    writePage(`${page.path}index.html`, await renderPage(data, page, assets));
    timings.push({ path: page.path, ms: performance.now() - started });
  };
  // The print pages first: their PDFs' sizes go into the links on the plan and open data pages.
  const printPages = data.plans.map((plan) => printPage(data, plan));
  for (const page of printPages) await writeOnce(page);
  const pdfStarted = performance.now();
  const printed = options.pdf ? await printPdfs(data.plans, outDir, write) : { pdfs: new Map<string, PrintPdf>() };
  const pdfMs = performance.now() - pdfStarted;
  data.printPdfs = printed.pdfs;
  const reportStarted = performance.now();
  data.reports = await writeReports(data, outDir, writeOnce, write, options.pdf === true);
  const reportMs = performance.now() - reportStarted;
  // The other pages are made once the PDFs are known, since they link to them.
  const widgets = embedWidgets(data);
  const pages = pagesOf(data, assets, widgets);
  advertiseWidgets(data, pages, widgets, write);
  for (const page of pages) await writeOnce(page);
  // Served for any missing address, at any depth: its links start at the site root.
  writePage('404.html', await renderPage(data, notFoundPage(), assets, '/'));
  const embeds = await writeEmbedPages(data, widgets, { css: assets.css, frame: assets.embedFrame, boot: assets.boot }, writePage, write);
  copyElementsBundle(join(repoRoot, 'dist/embed'), outDir);

  for (const file of openData) write(file.path, file.text);
  write(paths.dataPackage, openDataJson(dataPackage(openData, site, siteUrl)));
  write(paths.updatesFeed, atomFeed(data.updates, site, siteUrl, data.today));
  write(paths.searchIndex, searchIndexJson(data.plans));
  const policy = sitePolicy(styleHashes);
  const topLevel = readdirSync(outDir, { withFileTypes: true })
    .filter((entry) => !['embed', '.vite', '_headers'].includes(entry.name))
    .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
    .sort();
  write('_headers', headersFile(policy, { topLevel, shared: ['open-data/', 'plan-kit/'] }, site.embedFrameAncestors));
  return {
    pages: printPages.length + pages.length + 1 + [...data.reports.values()].flat().length,
    plans: plans.length,
    policy,
    timings,
    embeds,
    pdfs: [...printed.pdfs.values()],
    pdfMs,
    reports: [...data.reports.values()].flat(),
    reportMs,
    ...(printed.skipped && { pdfSkipped: printed.skipped }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // --no-pdf: the pages without the PDFs of the print pages (which need Chromium).
  buildSite({ pdf: !process.argv.includes('--no-pdf') }).then(
    ({ pages, plans, embeds, pdfs, pdfMs, pdfSkipped, reports, reportMs }) => {
      console.log(`site: ${pages} pages from ${plans} plans in dist/site/, and ${embeds.pages} embed pages (${Math.round(embeds.bytes / 1024)} KB with their oEmbed JSON, ${Math.round(embeds.ms)} ms)`);
      if (pdfs.length) console.log(`site: ${pdfs.length} PDFs of the print pages (${pdfs.map((p) => `${p.path}, ${Math.round(p.bytes / 1024)} KB`).join('; ')}) in ${Math.round(pdfMs)} ms`);
      if (reports.length) {
        const size = (f?: PrintPdf) => (f ? `${Math.round(f.bytes / 1024)} KB` : 'no PDF');
        console.log(`site: ${reports.length} progress ${reports.length === 1 ? 'report' : 'reports'} (${reports.map((r) => `${r.docx.path}, ${size(r.docx)}; PDF ${size(r.pdf)}`).join('; ')}) in ${Math.round(reportMs)} ms`);
      }
      if (pdfSkipped) console.log(`site: no PDFs of the print pages, so the pages link to the print pages alone. ${pdfSkipped}`);
    },
    (error: unknown) => {
      console.error(error instanceof BuildError ? error.message : error);
      process.exit(1);
    },
  );
}
