/**
 * Pieces that several pages share, in one place: the site's data, citations, status words, the
 * plan's period, example labels, the addresses a page gives its elements, titles, breadcrumbs and
 * comparison links.
 */
import { type Citation, type Outcome, type Plan, type SubOutcome, comparePlanPeriods } from '@plan-kit/content';
import { citation, citationWords } from '@plan-kit/elements/citation.js';
import { safeHref } from '@plan-kit/elements/links.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { SiteConfig } from '../config.js';
import type { Page } from '../layout.js';
import type { OpenDataFile } from '../open-data.js';
import type { UpdateEntry } from '../updates.js';
import { type PagePath, href, paths } from '../routes.js';

/** A PDF of a print page, once the build has written it. */
export interface PrintPdf {
  path: string;
  bytes: number;
}

/** Everything the pages are built from. */
export interface SiteData {
  site: SiteConfig;
  /** The site's public address, ending in "/": site.json's `siteUrl`, or PLAN_KIT_SITE_URL when set. */
  siteUrl: string;
  /** Newest first (by the end of their period). */
  plans: Plan[];
  current: Plan;
  /** The day the site is built (YYYY-MM-DD): the date elements count as today until they hydrate, when the reader's own today replaces it. */
  today: string;
  /** Every file of open-data/ but the data package, for the open data page (open-data.ts). */
  openData: OpenDataFile[];
  /** Every import of figures, newest first: the What changed page and the Atom feed both show these (updates.ts). */
  updates: UpdateEntry[];
  /**
   * The scripts the embed snippets load, from the site root: versioned copies (their names carry
   * their hash, so they never change once published) with their Subresource Integrity. Without
   * them (a build without the files) the snippets name the unversioned files.
   */
  scripts?: { resize?: VersionedScript; elements?: VersionedScript };
  /** Each plan's print page as a PDF, by plan id, once the build has printed them (none without Chromium). */
  printPdfs?: Map<string, PrintPdf>;
}

export interface VersionedScript {
  path: string;
  integrity: string;
}

export const STATUS_WORDS: Record<Plan['status'], string> = {
  draft: 'Draft',
  consultation: 'Consultation draft',
  approved: 'Approved',
  superseded: 'Superseded',
};

export function periodText(plan: Plan): string {
  return `${plan.period.start} to ${plan.period.end}`;
}

/**
 * The numbered sources of the page being built: each distinct citation once, numbered in the
 * order the page first cites it. Set by `withReferences` while a page's template is made.
 */
let pageReferences: Map<string, { n: number; words: string }> | undefined;

/**
 * Where an item is quoted from. On a page built by `withReferences`, a numbered link ("[3]",
 * named "Source 3" for screen readers) to the list at the page's foot, so that the citations do
 * not drown the text; elsewhere the elements' inline citation. Both say the elements' words
 * (`citationWords`), so pages and elements name a source alike.
 */
export function source(plan: Plan, cited: Citation | undefined): TemplateResult | typeof nothing {
  if (!cited) return nothing;
  if (!pageReferences) return citation(plan, cited);
  const words = citationWords(plan, cited);
  const key = `${plan.id}\n${words}`;
  let entry = pageReferences.get(key);
  if (!entry) pageReferences.set(key, (entry = { n: pageReferences.size + 1, words }));
  return html`<sup class="reference"><a href=${safeHref(`#source-${entry.n}`)}><span aria-hidden="true">[</span><span class="visually-hidden">Source </span>${entry.n}<span aria-hidden="true">]</span></a></sup>`;
}

/**
 * Makes a page whose citations are numbered references, and puts the numbered list of its
 * sources (document, meeting, date, paragraph) at the foot of its main content.
 */
export function withReferences(make: () => Page): Page {
  const outer = pageReferences;
  const references = new Map<string, { n: number; words: string }>();
  pageReferences = references;
  try {
    const page = make();
    if (references.size === 0) return page;
    return {
      ...page,
      foot: html`<section class="references" aria-labelledby="references-heading">
        <h2 id="references-heading">Sources</h2>
        <ol>
          ${[...references.values()].map(({ n, words }) => html`<li id=${`source-${n}`}>${words}</li>`)}
        </ol>
      </section>`,
    };
  } finally {
    pageReferences = outer;
  }
}

/** The plan's status and period as a summary list (a <dl>). */
export function planFacts(plan: Plan): TemplateResult {
  return html`<dl class="facts">
    <div><dt>Status</dt><dd>${STATUS_WORDS[plan.status]}</dd></div>
    <div><dt>Period</dt><dd>${periodText(plan)}</dd></div>
    ${plan.documentType ? html`<div><dt>Document</dt><dd>${plan.documentType}</dd></div>` : nothing}
    <div><dt>Published by</dt><dd>${plan.organisation}</dd></div>
  </dl>`;
}

/** Where a plan's figures can be downloaded from a page: the JSON file and, where there are indicators, the CSV. */
export interface DataLinks {
  json?: string;
  csv?: string;
}

/** A file's size as a download link says it: "3 KB", "1.2 MB". */
export function byteSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The plan's figures as downloads, for a page at `from`. */
export function dataDownloads(links: DataLinks): TemplateResult | typeof nothing {
  if (!links.json && !links.csv) return nothing;
  return html`<ul class="plain-list">
    ${links.json ? html`<li><a href=${safeHref(links.json)}>Download the plan and its indicator figures (JSON)</a></li>` : nothing}
    ${links.csv ? html`<li><a href=${safeHref(links.csv)}>Download the indicator figures as a spreadsheet (CSV)</a></li>` : nothing}
  </ul>`;
}


// Addresses a page gives the elements it places: where each hydrates its plan from, and where its links go.

/** Attributes that every top-level element of a page carries: it hydrates once the script has its plan. */
export function planElementSource(from: PagePath, plan: Plan): string {
  return href(from, paths.planJson(plan));
}

/** The value of `data-plans-src`: every plan's JSON file, for hydrating an element that shows several plans. */
export function plansSource(from: PagePath, plans: readonly Plan[]): string {
  return plans.map((plan) => href(from, paths.planJson(plan))).join(' ');
}

/** A link template from `from` to any plan's outcome and sub-outcome pages. */
export function itemLinks(from: PagePath): string {
  return `${href(from, paths.plans)}{plan}/outcomes/{outcome}/{ref}/`;
}

/** The plan's open data, linked from a page at `from`. */
export function dataLinks(from: PagePath, plan: Plan): DataLinks {
  const csv = paths.indicatorsCsv(plan);
  return { json: href(from, paths.planJson(plan)), ...(csv && { csv: href(from, csv) }) };
}

// Names and breadcrumbs.

export function outcomeTitle(plan: Plan, outcome: Outcome): string {
  return outcome.number && !/^O\d/.test(outcome.number) ? `${outcome.number} ${outcome.title}` : outcome.title;
}

export function subOutcomeTitle(sub: SubOutcome): string {
  return sub.number ? `${sub.number} ${sub.title}` : sub.title;
}

export const homeCrumb = { label: 'Home', path: paths.home };
export const plansCrumb = { label: 'Plans', path: paths.plans };

/** Breadcrumbs from the home page to a plan's own page. */
export function planCrumbs(plan: Plan) {
  return [homeCrumb, plansCrumb, { label: plan.title, path: paths.plan(plan) }];
}

// Comparing plans.

/** Every pair of plans, the earlier first: [2014-18, 2017-21], [2014-18, 2022-26], [2017-21, 2022-26]. */
export function planPairs(plans: readonly Plan[]): [Plan, Plan][] {
  const ordered = [...plans].sort(comparePlanPeriods);
  return ordered.flatMap((earlier, i) => ordered.slice(i + 1).map((later): [Plan, Plan] => [earlier, later]));
}

/** Links to the comparisons of `plan` with each other plan (or of every pair but `except`), from `from`. */
export function compareLinks(data: SiteData, from: PagePath, plan?: Plan, except?: [Plan, Plan]): TemplateResult | typeof nothing {
  const pairs = planPairs(data.plans).filter(
    ([a, b]) => (!plan || a === plan || b === plan) && !(except && a === except[0] && b === except[1]),
  );
  if (pairs.length === 0) return nothing;
  return html`<ul class="compare-links">
    ${pairs.map(([a, b]) => html`<li><a href=${safeHref(href(from, paths.compare(a, b)))}>${a.title} and ${b.title}</a></li>`)}
  </ul>`;
}
