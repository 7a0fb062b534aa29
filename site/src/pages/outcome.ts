/** One page per outcome (its description and its sub-outcomes as cards) and one per sub-outcome. */
import {
  type Aim,
  type Indicator,
  type IndicatorContext,
  type Outcome,
  type Plan,
  type SubOutcome,
  hasExampleFigures,
  isExampleValue,
  lastImport,
  latestValue,
  subOutcomesInOrder,
  timelineOf,
  travelWords,
  formatDate,
  formatValue,
} from '@plan-kit/content';
import { safeHref } from '@plan-kit/elements/links.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Page } from '../layout.js';
import { href, paths, subOutcomeSlug } from '../routes.js';
import { type SiteData, planCrumbs, planElementSource, source, subOutcomeTitle } from './common.js';
import { markdown } from './markdown.js';

export function outcomePage(data: SiteData, plan: Plan, outcome: Outcome): Page {
  const path = paths.outcome(plan, outcome);
  const planJson = planElementSource(path, plan);
  const label = plan.labels.outcome;
  return {
    path,
    title: outcome.title,
    planTitle: plan.title,
    description: outcome.statement ?? `${outcome.title}: one of the ${plan.labels.outcomes.toLowerCase()} of ${plan.title}, with its ${plan.labels.subOutcomes.toLowerCase()}.`,
    breadcrumbs: planCrumbs(plan),
    body: html`<p class="caption">${plan.title}: ${label}${outcome.number ? html` ${outcome.number}` : nothing}</p>
      <h1>${outcome.title}</h1>
      ${outcome.statement ? html`<p class="lead">${outcome.statement}</p>` : nothing}
      ${markdown(outcome.description)}
      ${source(plan, outcome.source)}
      ${outcome.subOutcomes.length
        ? html`<h2>${plan.labels.subOutcomes}</h2>
            <ul class="cards">
              ${subOutcomesInOrder(outcome).map(
                (sub) => html`<li>
                  <plan-sub-outcome-card .plan=${plan} ref=${subOutcomeSlug(sub)} heading-level="3" href="./{ref}/" defer-hydration data-plan-src=${planJson}></plan-sub-outcome-card>
                </li>`,
              )}
            </ul>`
        : countsOnly(plan, outcome)}
      ${meetingsAbout(data, plan, outcome.id, path, `Meetings and decisions about this ${label}`, '../{outcome}/{ref}/')}
      ${plan.consultation?.questions?.some((q) => q.outcome === outcome.id)
        ? html`<plan-consultation .plan=${plan} outcome=${outcome.id} heading-level="2" today=${data.today} defer-hydration data-plan-src=${planJson}></plan-consultation>`
        : nothing}
      <p class="next"><a href=${safeHref(href(path, paths.plan(plan)))}>All the ${plan.labels.outcomes.toLowerCase()} of ${plan.title}</a></p>`,
  };
}

/**
 * The meetings that decided or discussed an item (an outcome, or a sub-outcome and its outcome),
 * under a heading, when the timeline names it; `links` is the template for the items they discussed.
 */
function meetingsAbout(data: SiteData, plan: Plan, ref: string, path: string, title: string, links: string): TemplateResult | typeof nothing {
  if (timelineOf([plan], { about: ref }).length === 0) return nothing;
  return html`<section aria-labelledby="meetings-heading">
    <h2 id="meetings-heading">${title}</h2>
    <plan-timeline .plan=${plan} ref=${ref} heading-level="3" href=${safeHref(links)} today=${data.today} defer-hydration data-plan-src=${planElementSource(path, plan)}></plan-timeline>
  </section>`;
}

/** An outcome (a 2014-18 theme) that the sources give only as counts. */
function countsOnly(plan: Plan, outcome: Outcome): TemplateResult {
  return html`<h2>${plan.labels.subOutcomes}</h2>
    ${outcome.count ? html`<p><strong>${outcome.count.value}</strong> ${outcome.count.label}</p>` : nothing}
    ${outcome.subThemes?.length
      ? html`<ul>${outcome.subThemes.map((t) => html`<li>${t.title}${t.count ? html`: ${t.count.value} ${t.count.label}` : nothing}</li>`)}</ul>`
      : nothing}
    <p>The sources give the number of ${plan.labels.subOutcomes.toLowerCase()} but not the ${plan.labels.subOutcomes.toLowerCase()} themselves, so they are not listed here.</p>`;
}

export function subOutcomePage(data: SiteData, plan: Plan, outcome: Outcome, sub: SubOutcome): Page {
  const path = paths.subOutcome(plan, outcome, sub);
  const planJson = planElementSource(path, plan);
  const indicators = (sub.aims ?? []).flatMap((aim) => (aim.indicators ?? []).map((indicator) => ({ aim, indicator })));
  return {
    path,
    title: sub.title,
    planTitle: plan.title,
    description: `${sub.title}: a ${plan.labels.subOutcome} of "${outcome.title}" in ${plan.title}, with its aims, actions and indicators.`,
    breadcrumbs: [...planCrumbs(plan), { label: outcome.title, path: paths.outcome(plan, outcome) }],
    // The card's own heading is the page's h1 (the card is the page's main item), so the title is not said twice.
    body: html`<p class="caption">${plan.title}: ${plan.labels.subOutcome}${sub.number ? html` ${sub.number}` : nothing}</p>
      <plan-sub-outcome-card .plan=${plan} ref=${subOutcomeSlug(sub)} heading-level="1" open-actions defer-hydration data-plan-src=${planJson}></plan-sub-outcome-card>
      ${indicators.length
        ? html`<h2>Indicators</h2>
            ${indicators.map(({ aim, indicator }) => indicatorSection(plan, aim, indicator, planJson, path))}`
        : nothing}
      ${meetingsAbout(data, plan, subOutcomeSlug(sub), path, 'Meetings that discussed it', '../../{outcome}/{ref}/')}
      <p class="next"><a href=${safeHref(href(path, paths.outcome(plan, outcome)))}>All the ${plan.labels.subOutcomes.toLowerCase()} of ${outcome.title}</a></p>`,
  };
}

/**
 * How the latest figure compares with the previous one, in words, and when and from which file
 * the figures were last updated (after an import): the one place the site says so.
 */
function figuresChange(indicator: Indicator, { withTravel = true } = {}): TemplateResult | typeof nothing {
  const travel = withTravel ? travelWords(indicator) : { travel: undefined, arrow: '', words: '' };
  const updated = lastImport(indicator);
  if (!travel.travel && !updated) return nothing;
  return html`<p class="figures-change">
    ${travel.travel ? html`${travel.arrow ? html`<span aria-hidden="true">${travel.arrow}</span> ` : nothing}${travel.words}.` : nothing}
    ${updated ? html`Figures last updated on ${formatDate(updated.date)}, from the file ${updated.file}.` : nothing}
  </p>`;
}

/** The identifiers the indicator shares with national frameworks, where the content gives them. */
function nationalIdentifiers(indicator: Indicator): TemplateResult | typeof nothing {
  if (!indicator.lgInformMetric && !indicator.localOutcome) return nothing;
  return html`<dl class="facts identifiers">
    ${indicator.lgInformMetric ? html`<div><dt>LG Inform metric</dt><dd>${indicator.lgInformMetric}</dd></div>` : nothing}
    ${indicator.localOutcome ? html`<div><dt>Local Outcomes Framework outcome</dt><dd>${indicator.localOutcome}</dd></div>` : nothing}
  </dl>`;
}

/**
 * A gauge and the figures behind it as a table: baseline, every dated value, target. Where only
 * some figures are examples (council figures imported into an example indicator), each example
 * row says so.
 */
function indicatorSection(plan: Plan, aim: Aim, indicator: Indicator, planJson: string, path: string): TemplateResult {
  const latest = latestValue(indicator);
  const mixed = !indicator.example && hasExampleFigures(indicator);
  const rows: { what: string; date?: string; value: number }[] = [
    ...(indicator.baseline ? [{ ...indicator.baseline, what: 'Baseline' }] : []),
    ...indicator.history.map((h) => ({ ...h, what: h === latest ? 'Latest' : 'Recorded' })),
    ...(indicator.target ? [{ ...indicator.target, what: 'Target' }] : []),
  ].map((row) => ({ ...row, what: mixed && isExampleValue(indicator, row) ? `${row.what} (example)` : row.what }));
  const id = `indicator-${indicator.id}`;
  return html`<section class="indicator" aria-labelledby=${id}>
    <h3 id=${id}>${indicator.title}</h3>
    ${indicator.example ? html`<p><strong class="tag">Example figures</strong> These figures are examples, not council figures.</p>` : nothing}
    ${mixed ? html`<p><strong class="tag">Example figures</strong> Figures marked "example" are examples, not council figures.</p>` : nothing}
    ${markdown(indicator.description)}
    ${indicator.editorialReason
      ? html`<p class="editorial"><strong class="tag">Editors' choice</strong> Chosen by the site's editors as an example measure of the aim "${aim.title}", which the council's reports name without an indicator. ${indicator.editorialReason}</p>`
      : nothing}
    <plan-progress-gauge .plan=${plan} indicator=${indicator.id} defer-hydration data-plan-src=${planJson}></plan-progress-gauge>
    ${rows.length
      ? html`<table class="data-table">
          <caption>${indicator.title}: figures${indicator.example ? ' (examples)' : mixed ? ' (some examples)' : ''}</caption>
          <thead><tr><th scope="col">Figure</th><th scope="col">Date</th><th scope="col" class="numeric">Value</th></tr></thead>
          <tbody>
            ${rows.map((r) => html`<tr><th scope="row">${r.what}</th><td>${r.date ? formatDate(r.date) : '–'}</td><td class="numeric">${formatValue(r.value, indicator.unit)}</td></tr>`)}
          </tbody>
        </table>`
      : nothing}
    ${figuresChange(indicator)}
    ${nationalIdentifiers(indicator)}
    <p class="direction">${indicator.direction === 'lower-is-better' ? 'Lower is better.' : 'Higher is better.'}</p>
    ${source(plan, indicator.source)}
    <p><a href=${safeHref(href(path, paths.indicator(plan, indicator)))}>${indicator.title}: the figures over time, as a chart</a></p>
  </section>`;
}

/**
 * One indicator's own page, its permanent address: the figures over time as a chart (with the
 * trend in words and the figures as a table), the gauge, what it measures, who chose it and why,
 * where it comes from, and its figures as files.
 */
export function indicatorPage(data: SiteData, plan: Plan, { outcome, subOutcome, aim, indicator }: IndicatorContext): Page {
  const path = paths.indicator(plan, indicator);
  const planJson = planElementSource(path, plan);
  const mixed = !indicator.example && hasExampleFigures(indicator);
  const csv = paths.indicatorCsv(plan, indicator);
  return {
    path,
    title: indicator.title,
    planTitle: plan.title,
    description: `${indicator.title}: an indicator of "${subOutcome.title}" in ${plan.title}, with its figures over time, its target and its sources.`,
    breadcrumbs: [
      ...planCrumbs(plan),
      { label: outcome.title, path: paths.outcome(plan, outcome) },
      { label: subOutcomeTitle(subOutcome), path: paths.subOutcome(plan, outcome, subOutcome) },
    ],
    body: html`<p class="caption">${plan.title}: indicator of ${plan.labels.subOutcome} ${subOutcomeTitle(subOutcome)}</p>
      <h1>${indicator.title}</h1>
      ${indicator.example ? html`<p><strong class="tag">Example figures</strong> These figures are examples, not council figures.</p>` : nothing}
      ${mixed ? html`<p><strong class="tag">Example figures</strong> Figures marked "example" are examples, not council figures.</p>` : nothing}
      ${markdown(indicator.description)}
      <h2>Over time</h2>
      <plan-indicator-chart .plan=${plan} indicator=${indicator.id} defer-hydration data-plan-src=${planJson}></plan-indicator-chart>
      <h2>Against its target</h2>
      <plan-progress-gauge .plan=${plan} indicator=${indicator.id} defer-hydration data-plan-src=${planJson}></plan-progress-gauge>
      ${figuresChange(indicator, { withTravel: false })}
      ${nationalIdentifiers(indicator)}
      <h2>Why this indicator</h2>
      ${indicator.editorialReason
        ? html`<p class="editorial"><strong class="tag">Editors' choice</strong> Chosen by the site's editors as an example measure of the aim "${aim.title}", which the council's reports name without an indicator. ${indicator.editorialReason}</p>`
        : nothing}
      ${source(plan, indicator.source)}
      <h2>The figures as files</h2>
      <ul>
        <li><a href=${safeHref(href(path, csv))}>${indicator.title}: figures (CSV)</a></li>
        <li><a href=${safeHref(href(path, paths.planJson(plan)))}>${plan.title}, with every indicator's figures (JSON)</a></li>
      </ul>
      <p class="next"><a href=${safeHref(href(path, paths.subOutcome(plan, outcome, subOutcome)))}>${plan.labels.subOutcome} ${subOutcomeTitle(subOutcome)}</a></p>`,
  };
}
