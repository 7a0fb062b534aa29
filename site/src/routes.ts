/**
 * Where each page lives. Every page is a folder with an index.html, and every link between pages
 * is relative (`../../outcomes/x/`), so the site works from any folder of any host.
 */
import { posix } from 'node:path';
import { type Indicator, type Outcome, type Plan, type SubOutcome, allIndicators } from '@plan-kit/content';

/** A page's path from the site root, without a leading slash, ending in "/" ("" is the home page). */
export type PagePath = string;

export const paths = {
  home: '',
  plans: 'plans/',
  openData: 'open-data/',
  accessibility: 'accessibility/',
  aToZ: 'a-z/',
  search: 'search/',
  /** For web editors: every widget's embed page, address and snippets (the embed pages themselves are under embed/). */
  embedBuilder: 'embed-builder/',
  /** How the outcomes flowed from plan to plan (every plan's lineage). */
  lineage: 'how-the-plans-changed/',
  /** The timelines of every plan together. */
  allTimelines: 'how-the-plans-were-made/',
  /** Two plans compared, the earlier first. */
  compare: (earlier: Plan, later: Plan) => `compare/${earlier.id}/${later.id}/`,
  plan: (plan: Plan) => `plans/${plan.id}/`,
  timeline: (plan: Plan) => `plans/${plan.id}/how-it-was-made/`,
  /** The plan made for paper: cover, contents, every outcome, the sources (pages/print.ts). */
  print: (plan: Plan) => `plans/${plan.id}/print/`,
  /** The print page as a PDF, where the build had a Chromium to print it with (pdf.ts). */
  printPdf: (plan: Plan) => `plans/${plan.id}/print/${plan.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || plan.id}.pdf`,
  /** The six-monthly progress report of a period (pages/report.ts), and its Word and PDF files beside it. */
  report: (plan: Plan, period: { start: string; end: string }) => `plans/${plan.id}/reports/${period.start}-to-${period.end}/`,
  reportFile: (plan: Plan, period: { start: string; end: string }, ext: 'docx' | 'pdf') =>
    `plans/${plan.id}/reports/${period.start}-to-${period.end}/progress-report-${plan.id}-${period.start}-to-${period.end}.${ext}`,
  outcome: (plan: Plan, outcome: Outcome) => `plans/${plan.id}/outcomes/${outcome.id}/`,
  subOutcome: (plan: Plan, outcome: Outcome, sub: SubOutcome) => `plans/${plan.id}/outcomes/${outcome.id}/${subOutcomeSlug(sub)}/`,
  /** An indicator's own page: its permanent address, whichever sub-outcome lists it. */
  indicator: (plan: Plan, indicator: Indicator) => `plans/${plan.id}/indicators/${indicator.id}/`,
  /** Downloads and data files (not pages). */
  planJson: (plan: Plan) => `open-data/${plan.id}.json`,
  /** The plan's indicator figures as a spreadsheet (same export as `plan-kit export`); none for a plan without indicators. */
  indicatorsCsv: (plan: Plan): string | undefined => (allIndicators(plan).next().done ? undefined : `open-data/${plan.id}-indicators.csv`),
  /** One indicator's figures, in the same columns. */
  indicatorCsv: (plan: Plan, indicator: Indicator) => `open-data/${plan.id}-indicator-${indicator.id}.csv`,
  /** The plan's actions and commitments with their delivery (same export as `plan-kit export --actions`). */
  actionsCsv: (plan: Plan) => `open-data/${plan.id}-actions.csv`,
  /** The CSV on the Web metadata of a CSV file, beside it (the name CSVW processors look for). */
  csvwMetadata: (csv: string) => `${csv}-metadata.json`,
  /** The Frictionless Data Package: every file of open-data/ with its Table Schema. */
  dataPackage: 'open-data/datapackage.json',
  /** What each import of figures changed, newest first. */
  whatChanged: 'what-changed/',
  /** The same as an Atom feed. */
  updatesFeed: 'updates.xml',
  searchIndex: 'search/index.json',
};

/** A sub-outcome's URL segment: its number where the sources give one ("9.3"), else its id. */
export function subOutcomeSlug(sub: SubOutcome): string {
  return sub.number ?? sub.id;
}

/** The absolute URL of a page or file of the site, from the site's address (`siteUrl`, ending in "/"). */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl).href;
}

/** The relative URL from one page to another page or file: href(from 'plans/x/', to 'a-z/') is '../../a-z/'. */
export function href(from: PagePath, to: string): string {
  const relative = posix.relative(`/${from}`, `/${to}`);
  if (relative === '') return './';
  return to === '' || to.endsWith('/') ? `${relative}/` : relative;
}
