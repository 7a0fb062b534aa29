/**
 * A plan made for paper (plans/<plan>/print/): what a councillor takes to a meeting. A cover
 * (title, organisation, period, status, the date of the content), contents, then each outcome on
 * a new page with its sub-outcomes in number order, their aims, actions and indicator tables, and
 * last the sources, numbered, which every item refers to by number ("source 2, paragraph 18").
 *
 * Plain HTML with no disclosures and no script: it prints whole from any browser with JavaScript
 * off, and `npm run build:site` prints it to a tagged PDF (pdf.ts). Every outcome that shows
 * example figures says so at its start and, printed, at the top of each of its pages (site.css:
 * the outcome is on the `example-figures` page). Links carry their full address for paper in
 * `data-print-href`, since the pages link relatively.
 */
import {
  type Aim,
  type Citation,
  type Indicator,
  type Outcome,
  type Plan,
  type SubOutcome,
  PROGRESS_WORDS,
  assessIndicator,
  progressMethod,
  capitalise,
  formatDate,
  formatValue,
  hasExampleFigures,
  latestValue,
  paragraphWords,
  subOutcomesInOrder,
} from '@plan-kit/content';
import { figuresTable } from '@plan-kit/elements/figures-table.js';
import { safeHref } from '@plan-kit/elements/links.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Page } from '../layout.js';
import { absoluteUrl, href, paths } from '../routes.js';
import { type PrintPdf, type SiteData, STATUS_WORDS, byteSize, periodText, planCrumbs, subOutcomeTitle } from './common.js';
import { markdown } from './markdown.js';

// The PDF of a print page is described in common.ts, with the data every page is built from.
export type { PrintPdf } from './common.js';

/** "PDF, 212 KB": what a link to the PDF says of it. */
export function pdfSize(pdf: PrintPdf): string {
  return `PDF, ${byteSize(pdf.bytes)}`;
}

/** The date of a plan's content: its last import of figures, else its newest source document. */
export function contentDate(plan: Plan): string | undefined {
  const dates = [...(plan.updates ?? []).map((u) => u.date), ...plan.sources.flatMap((s) => (s.date ? [s.date] : []))];
  return dates.sort().at(-1);
}

/** List items linking to the plan's PDF (where the build made one: its size said) and its print page, from the page at `from`. */
export function printLinkItems(data: SiteData, plan: Plan, from: string): TemplateResult {
  const pdf = data.printPdfs?.get(plan.id);
  return html`${pdf ? html`<li><a href=${safeHref(href(from, pdf.path))} download>${plan.title} as a document to print (${pdfSize(pdf)})</a></li>` : nothing}
    <li><a href=${safeHref(href(from, paths.print(plan)))}>${plan.title} on one page, made for printing</a></li>`;
}

/** The same as a list, for the plan's page: printed, with their addresses, so that a reader of the paper finds the print version. */
export function printLinks(data: SiteData, plan: Plan, from: string): TemplateResult {
  return html`<ul class="plain-list print-links print-urls">${printLinkItems(data, plan, from)}</ul>`;
}

export function printPage(data: SiteData, plan: Plan): Page {
  const path = paths.print(plan);
  const sources = new Map(plan.sources.map((s, i) => [s.id, i + 1]));
  const ref = (cited: Citation | undefined) => sourceRef(sources, cited);
  const asOf = contentDate(plan);
  const planUrl = absoluteUrl(data.siteUrl, paths.plan(plan));
  const outcomes = plan.outcomes;
  return {
    path,
    // The h1 is the plan's title, as on its cover; <title> says which version this is:
    // "Strategic Plan 2022-26 - Printable version - Leicestershire County Council".
    title: plan.title,
    planTitle: 'Printable version',
    description: `${plan.title} on one page made for printing: its outcomes, sub-outcomes, aims, actions and indicator figures, and its sources.`,
    breadcrumbs: planCrumbs(plan),
    document: { scripts: false, exampleFigures: false },
    body: html`<div class="print-document">
      <section class="cover" aria-labelledby="cover-heading">
        <p class="caption">${plan.organisation}</p>
        <h1 id="cover-heading">${plan.title}${plan.subtitle ? html` <span class="subtitle">${plan.subtitle}</span>` : nothing}</h1>
        <dl class="facts">
          <div><dt>Status</dt><dd>${STATUS_WORDS[plan.status]}</dd></div>
          <div><dt>Period</dt><dd>${periodText(plan)}</dd></div>
          ${plan.documentType ? html`<div><dt>Document</dt><dd>${plan.documentType}</dd></div>` : nothing}
          <div><dt>Published by</dt><dd>${plan.organisation}</dd></div>
          ${asOf ? html`<div><dt>Content as of</dt><dd>${formatDate(asOf)}</dd></div>` : nothing}
          <div><dt>Indicator statuses as at</dt><dd>${formatDate(data.today)}</dd></div>
        </dl>
        ${plan.statusNote ? html`<div class="notice"><p>${plan.statusNote}</p></div>` : nothing}
        <p>
          Quoted from the council's committee reports: each item gives its source by number, and the sources are listed at the end.
          On the web, with its figures over time: <a href=${safeHref(href(path, paths.plan(plan)))} data-print-href=${planUrl}>${plan.title}</a>.
        </p>
        ${outcomes.some(outcomeHasExamples) ? exampleNotice() : nothing}
      </section>
      <nav class="contents" aria-labelledby="contents-heading">
        <h2 id="contents-heading">Contents</h2>
        <ol>
          ${outcomes.map(
            (outcome) => html`<li>
              <a href=${safeHref(`#${outcomeAnchor(outcome)}`)}>${outcomeHeading(plan, outcome)}</a>
              ${outcome.subOutcomes.length
                ? html`<ol>
                    ${subOutcomesInOrder(outcome).map((sub) => html`<li><a href=${safeHref(`#${subOutcomeAnchor(sub)}`)}>${subOutcomeTitle(sub)}</a></li>`)}
                  </ol>`
                : nothing}
            </li>`,
          )}
          <li><a href="#sources-heading">Sources</a></li>
        </ol>
      </nav>
      ${outcomes.map((outcome) => outcomeSection(plan, outcome, ref, data.today))}
      <section class="sources" aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <ol class="print-urls">
          ${plan.sources.map(
            (s) => html`<li id=${`source-${sources.get(s.id)}`}>
              ${s.url ? html`<a href=${safeHref(s.url)}>${s.title}</a>` : s.title}${s.meeting ? html`, ${s.meeting}` : nothing}${s.date
                ? html`, ${formatDate(s.date)}`
                : nothing}
            </li>`,
          )}
        </ol>
      </section>
    </div>`,
  };
}

function outcomeHasExamples(outcome: Outcome): boolean {
  return outcome.subOutcomes.some((sub) => (sub.aims ?? []).some((aim) => (aim.indicators ?? []).some(hasExampleFigures)));
}

function exampleNotice(): TemplateResult {
  return html`<p class="example-note"><strong class="tag">Example figures</strong> Figures marked "example" are examples, not council figures: the council's reports do not state measured values.</p>`;
}

const outcomeAnchor = (outcome: Outcome) => `outcome-${outcome.id}`;
const subOutcomeAnchor = (sub: SubOutcome) => `sub-outcome-${sub.id}`;

function outcomeHeading(plan: Plan, outcome: Outcome): string {
  return `${outcome.number ? `${capitalise(plan.labels.outcome)} ${outcome.number}: ` : ''}${outcome.title}`;
}


type Ref = (cited: Citation | undefined) => TemplateResult | typeof nothing;

/** "Source 2, paragraph 18": the number of the document in the list of sources, and where in it. */
function sourceRef(numbers: Map<string, number>, cited: Citation | undefined): TemplateResult | typeof nothing {
  if (!cited) return nothing;
  const number = numbers.get(cited.document);
  const where = cited.paragraph ? `, ${paragraphWords(cited.paragraph)}` : '';
  return html`<p class="citation">
    ${number ? html`<a href=${safeHref(`#source-${number}`)}>Source ${number}</a>` : html`Source: ${cited.document}`}${where}${cited.note ? `. ${cited.note}` : ''}
  </p>`;
}

function outcomeSection(plan: Plan, outcome: Outcome, ref: Ref, asAt: string): TemplateResult {
  const id = outcomeAnchor(outcome);
  const examples = outcomeHasExamples(outcome);
  // An outcome with sub-outcomes starts a new page; one the sources give only as counts (2014-18) is a few lines.
  const classes = ['outcome', outcome.subOutcomes.length ? 'new-page' : '', examples ? 'example-figures' : ''].filter(Boolean).join(' ');
  return html`<section class=${classes} aria-labelledby=${id}>
    <h2 id=${id}>${outcomeHeading(plan, outcome)}</h2>
    ${examples ? exampleNotice() : nothing}
    ${outcome.statement ? html`<p class="lead">${outcome.statement}</p>` : nothing}
    ${markdown(outcome.description)}
    ${outcome.accountable ? html`<p><strong>Accountable:</strong> ${outcome.accountable}</p>` : nothing}
    ${ref(outcome.source)}
    ${outcome.subOutcomes.length
      ? subOutcomesInOrder(outcome).map((sub) => subOutcomeSection(plan, sub, ref, asAt))
      : html`${outcome.count ? html`<p><strong>${outcome.count.value}</strong> ${outcome.count.label}</p>` : nothing}
          ${outcome.subThemes?.length
            ? html`<ul>${outcome.subThemes.map((t) => html`<li>${t.title}${t.count ? html`: ${t.count.value} ${t.count.label}` : nothing}</li>`)}</ul>`
            : nothing}
          <p>The sources give the number of ${plan.labels.subOutcomes.toLowerCase()} but not the ${plan.labels.subOutcomes.toLowerCase()} themselves.</p>`}
  </section>`;
}

function subOutcomeSection(plan: Plan, sub: SubOutcome, ref: Ref, asAt: string): TemplateResult {
  const id = subOutcomeAnchor(sub);
  return html`<section class="sub-outcome" aria-labelledby=${id}>
    <h3 id=${id}>${subOutcomeTitle(sub)}</h3>
    ${markdown(sub.description)}
    ${ref(sub.source)}
    ${(sub.aims ?? []).map((aim) => aimSection(plan, aim, ref, asAt))}
    ${sub.includes?.length
      ? html`<h4>What the sources say it includes</h4>
          <ul>${sub.includes.map((item) => html`<li>${item.text}${ref(item.source)}</li>`)}</ul>`
      : nothing}
    ${!sub.aims?.length && !sub.includes?.length ? html`<p>The reports we quote list no aims for this ${plan.labels.subOutcome}.</p>` : nothing}
  </section>`;
}

function aimSection(plan: Plan, aim: Aim, ref: Ref, asAt: string): TemplateResult {
  return html`<section class="aim">
    <h4>Aim: ${aim.title}</h4>
    ${aim.actions.length
      ? html`<p class="actions-intro">${(aim.actionsIntro ?? 'Actions').replace(/:$/, '')}:</p>
          <ul>${aim.actions.map((action) => html`<li>${action}</li>`)}</ul>`
      : nothing}
    ${ref(aim.source)}
    ${(aim.indicators ?? []).map((indicator) => indicatorBlock(plan, indicator, ref, asAt))}
  </section>`;
}

/**
 * An indicator as words and the shared figures table: status as at the site's day with its reason
 * and flags, latest against target, the change in both frames.
 */
function indicatorBlock(plan: Plan, indicator: Indicator, ref: Ref, asAt: string): TemplateResult {
  const latest = latestValue(indicator);
  const a = assessIndicator(indicator, { asAt, method: progressMethod(plan) });
  const changes = [a.sincePrevious, a.sinceBaseline].filter((c) => c !== undefined);
  return html`<div class="print-indicator">
    <h5>Indicator: ${indicator.title}</h5>
    <p>
      <strong>${capitalise(PROGRESS_WORDS[a.status])}${a.flags.map((f) => `; ${PROGRESS_WORDS[f]}`)}.</strong>
      ${latest ? html`Latest ${formatValue(latest.value, indicator.unit)} (${formatDate(latest.date)})` : 'No figures yet'}${indicator.target
        ? html`; target ${formatValue(indicator.target.value, indicator.unit)} by ${formatDate(indicator.target.date)}`
        : nothing}.
      ${changes.map((c) => html`${c.words}. `)}
      ${indicator.direction === 'lower-is-better' ? 'Lower is better.' : 'Higher is better.'}
      ${indicator.editorialReason ? html`We chose this as an example measure of the aim.` : nothing}
    </p>
    <p>${a.summary}${a.council ? ` ${a.council.summary}` : ''}</p>
    ${figuresTable(indicator)}
    ${ref(indicator.source)}
  </div>`;
}
