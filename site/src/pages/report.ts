/**
 * The six-monthly report as a page (plans/<plan>/reports/<start>-to-<end>/): the same paper as
 * the Word document (report.ts has the model and the words), plain HTML with no script, which
 * the build prints to a tagged PDF. Tables have header rows that repeat on each printed page.
 */
import type { Plan } from '@plan-kit/content';
import { safeHref } from '@plan-kit/elements/links.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Page } from '../layout.js';
import {
  ACTION_COLUMNS_WORDS,
  EXAMPLE_NOTICE,
  INDICATOR_COLUMNS,
  RECOMMENDATIONS_PLACEHOLDER,
  REPORT_HEADINGS,
  type ReportModel,
  actionRow,
  indicatorRow,
  outcomeHeading,
  purposeText,
  sourceLines,
} from '../report.js';
import { href, paths } from '../routes.js';
import { type SiteData, planCrumbs } from './common.js';
import { boardUpdateBody, periodWords } from './delivery.js';
import { type PrintPdf, pdfSize } from './print.js';

/** The files the build wrote for one report. */
export interface ReportFiles {
  period: ReportModel['period'];
  page: string;
  docx: PrintPdf;
  pdf?: PrintPdf;
}

/** "Word document, 14 KB" */
export function docxSize(file: PrintPdf): string {
  return pdfSize(file).replace(/^PDF/, 'Word document');
}

function table(caption: string, header: readonly string[], rows: string[][]): TemplateResult {
  // A short table is kept on one page, so that its header row is never left alone at a page's foot.
  // In a region of its own that scrolls sideways on a narrow screen (a table cannot reflow), focusable and named for keyboard users.
  return html`<div class="table-scroll" role="region" aria-label=${caption} tabindex="0"><table class="report-table${rows.length <= 8 ? ' short' : ''}">
    <caption>${caption}</caption>
    <thead><tr>${header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
    <tbody>${rows.map((row) => html`<tr>${row.map((cell, i) => (i === 1 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}</tr>`)}</tbody>
  </table></div>`;
}

export function reportPage(data: SiteData, model: ReportModel): Page {
  const { plan } = model;
  const path = paths.report(plan, model.period);
  return {
    path,
    title: model.title,
    planTitle: 'Progress report',
    description: `${plan.title}: the ${model.frequency} progress report for ${periodWords(model.period)}, as a committee paper.`,
    breadcrumbs: planCrumbs(plan),
    document: { scripts: false, exampleFigures: false },
    body: html`<div class="print-document report">
      <p class="caption">${plan.organisation}: report to ${model.reportsTo}</p>
      <h1>${model.title}</h1>
      <p>As at ${html`<time datetime=${model.asAt}>${new Date(`${model.asAt}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}</time>`}.</p>
      ${model.examples ? html`<p class="example-note"><strong class="tag">Examples</strong> ${EXAMPLE_NOTICE}</p>` : nothing}
      <h2>${REPORT_HEADINGS.purpose}</h2>
      <p>${purposeText(model)}</p>
      <h2>${REPORT_HEADINGS.recommendations}</h2>
      <p>${RECOMMENDATIONS_PLACEHOLDER}</p>
      <h2>${REPORT_HEADINGS.summary}</h2>
      <ul>${model.summary.map((line) => html`<li>${line}</li>`)}</ul>
      <h2>${REPORT_HEADINGS.indicators}</h2>
      ${model.indicators.length ? table('Each indicator: latest figure, target, status and reason', INDICATOR_COLUMNS, model.indicators.map(indicatorRow)) : html`<p>The plan has no indicators.</p>`}
      <h2>${REPORT_HEADINGS.actions}</h2>
      ${model.actionsByStatus
        .filter((g) => g.actions.length)
        .map((g) => html`<h3>${g.words} (${g.actions.length})</h3>${table(`Actions: ${g.words.toLowerCase()}`, ACTION_COLUMNS_WORDS, g.actions.map(actionRow))}`)}
      <h2>${REPORT_HEADINGS.outcomes}</h2>
      ${model.outcomes.map(
        ({ outcome, update }) => html`<section class="report-outcome">
          <h3>${outcomeHeading(outcome)}</h3>
          ${update ? boardUpdateBody(plan, update, 4) : html`<p>No Outcome Board report for this period.</p>`}
        </section>`,
      )}
      <h2>${REPORT_HEADINGS.background}</h2>
      <ul>${sourceLines(plan).map((line) => html`<li>${line}</li>`)}</ul>
    </div>`,
  };
}

/** List items linking to a plan's reports (the Word document and the PDF, with their sizes, and the page), from the page at `from`. */
export function reportLinkItems(data: SiteData, plan: Plan, from: string): TemplateResult | typeof nothing {
  const reports = data.reports?.get(plan.id) ?? [];
  if (reports.length === 0) return nothing;
  return html`${reports.map(
    (report) => html`<li>
      Progress report, ${periodWords(report.period)}:
      <a href=${safeHref(href(from, report.docx.path))} download>Word document (${docxSize(report.docx)})</a>${report.pdf
        ? html`, <a href=${safeHref(href(from, report.pdf.path))} download>PDF (${pdfSize(report.pdf).replace(/^PDF, /, '')})</a>`
        : nothing},
      <a href=${safeHref(href(from, report.page))}>as a web page</a>
    </li>`,
  )}`;
}
