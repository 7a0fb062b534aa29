/** One page per outcome (its description and its sub-outcomes as cards), one per sub-outcome, and one per indicator. */
import {
  type Aim,
  type Indicator,
  type IndicatorContext,
  type Outcome,
  type Plan,
  type SubOutcome,
  actionsOfSubOutcome,
  hasExampleDelivery,
  hasExampleFigures,
  lastImport,
  subOutcomesInOrder,
  timelineOf,
  formatDate,
} from '@plan-kit/content';
import { safeHref } from '@plan-kit/elements/links.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Page } from '../layout.js';
import { href, paths, subOutcomeSlug } from '../routes.js';
import { type SiteData, planCrumbs, planElementSource, source, subOutcomeTitle } from './common.js';
import { exampleDeliveryNotice, outcomeDelivery, outcomeHasExampleDelivery } from './delivery.js';
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
      <div class="passage">${markdown(outcome.description)}${source(plan, outcome.source)}</div>
      ${exampleDeliveryNotice(outcomeHasExampleDelivery(outcome))}
      ${outcomeDelivery(plan, outcome)}
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
      ${exampleDeliveryNotice(actionsOfSubOutcome(outcome, sub).some((a) => hasExampleDelivery(a.delivery)))}
      <plan-sub-outcome-card .plan=${plan} ref=${subOutcomeSlug(sub)} heading-level="1" open-actions ?hide-indicators=${indicators.length > 0} defer-hydration data-plan-src=${planJson}></plan-sub-outcome-card>
      ${indicators.length ? indicatorList(plan, indicators, planJson, path) : nothing}
      ${meetingsAbout(data, plan, subOutcomeSlug(sub), path, 'Meetings that discussed it', '../../{outcome}/{ref}/')}
      <p class="next"><a href=${safeHref(href(path, paths.outcome(plan, outcome)))}>All the ${plan.labels.subOutcomes.toLowerCase()} of ${outcome.title}</a></p>`,
  };
}

/**
 * When and from which file the figures were last updated (after an import). How the latest
 * figure compares with the previous one is the gauge's to say, in words beside it.
 */
function figuresUpdated(indicator: Indicator): TemplateResult | typeof nothing {
  const updated = lastImport(indicator);
  if (!updated) return nothing;
  return html`<p class="figures-change">Figures last updated on ${formatDate(updated.date)}, from the file ${updated.file}.</p>`;
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
 * The page-wide example notice: said once, above the indicators, whatever number of them have
 * example figures (each gauge still labels its own).
 */
function examplesNotice(indicators: Indicator[]): TemplateResult | typeof nothing {
  if (!indicators.some(hasExampleFigures)) return nothing;
  return indicators.every((i) => i.example)
    ? html`<p class="example-note"><strong class="tag">Example figures</strong> These figures are examples, not council figures.</p>`
    : html`<p class="example-note"><strong class="tag">Example figures</strong> Figures marked "example" are examples, not council figures.</p>`;
}

/**
 * A sub-outcome's indicators, each once: a compact gauge under a heading that links to the
 * indicator's own page (its chart, figures table and source), the aim it measures, what changed.
 * The heading's id is the address "What changed" links to (`#indicator-<id>`).
 */
function indicatorList(plan: Plan, items: { aim: Aim; indicator: Indicator }[], planJson: string, path: string): TemplateResult {
  return html`<section aria-labelledby="indicators-heading">
    <h2 id="indicators-heading">Indicators</h2>
    ${examplesNotice(items.map((i) => i.indicator))}
    <ul class="indicator-list">
      ${items.map(
        ({ aim, indicator }) => html`<li class="indicator">
          <h3 id=${`indicator-${indicator.id}`}><a href=${safeHref(href(path, paths.indicator(plan, indicator)))}>${indicator.title}</a></h3>
          <plan-progress-gauge compact .plan=${plan} indicator=${indicator.id} defer-hydration data-plan-src=${planJson}></plan-progress-gauge>
          ${figuresUpdated(indicator)}
          ${nationalIdentifiers(indicator)}
          <p class="aim">${indicator.editorialReason
            ? html`<strong class="tag">Editors' choice</strong> Chosen by the site's editors as an example measure of the aim “${aim.title}”.`
            : html`A measure of the aim “${aim.title}”.`}</p>
        </li>`,
      )}
    </ul>
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
      ${examplesNotice([indicator])}
      ${markdown(indicator.description)}
      <h2>Over time</h2>
      <plan-indicator-chart .plan=${plan} indicator=${indicator.id} defer-hydration data-plan-src=${planJson}></plan-indicator-chart>
      <h2>Against its target</h2>
      <plan-progress-gauge .plan=${plan} indicator=${indicator.id} defer-hydration data-plan-src=${planJson}></plan-progress-gauge>
      ${figuresUpdated(indicator)}
      ${nationalIdentifiers(indicator)}
      <h2>Why this indicator</h2>
      <div class="passage">
        ${indicator.editorialReason
          ? html`<p class="editorial"><strong class="tag">Editors' choice</strong> Chosen by the site's editors as an example measure of the aim "${aim.title}", which the council's reports name without an indicator. ${indicator.editorialReason}</p>`
          : nothing}${source(plan, indicator.source)}
      </div>
      <h2>The figures as files</h2>
      <ul>
        <li><a href=${safeHref(href(path, csv))}>${indicator.title}: figures (CSV)</a></li>
        <li><a href=${safeHref(href(path, paths.planJson(plan)))}>${plan.title}, with every indicator's figures (JSON)</a></li>
      </ul>
      <p class="next"><a href=${safeHref(href(path, paths.subOutcome(plan, outcome, subOutcome)))}>${plan.labels.subOutcome} ${subOutcomeTitle(subOutcome)}</a></p>`,
  };
}
