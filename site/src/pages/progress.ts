/**
 * How a plan is doing, judged in the open: the progress page (every indicator by status, with the
 * reason in numbers, counts by status and by outcome, the scorecard) and the "How we judge
 * progress" page that states the method's every rule and setting. Both are complete without
 * JavaScript: the status counts are links to the lists below them. Statuses are the published
 * method's (`@plan-kit/content` progress.ts), as at the day the site was built (`data.today`).
 */
import {
  type Assessment,
  type Indicator,
  type IndicatorContext,
  type Plan,
  type ProgressFlag,
  type ProgressStatus,
  CADENCE_WORDS,
  DEFAULT_PROGRESS_METHOD,
  PROGRESS_FLAGS,
  PROGRESS_RULES,
  PROGRESS_STATUSES,
  PROGRESS_WORDS,
  allIndicators,
  assessIndicator,
  capitalise,
  formatDate,
  formatValue,
  hasExampleFigures,
  progressMethod,
  rateAmount,
  toleranceOf,
} from '@plan-kit/content';
import { safeHref } from '@plan-kit/elements/links.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Page } from '../layout.js';
import { type PagePath, href, paths } from '../routes.js';
import { type SiteData, outcomeTitle, planCrumbs, planElementSource } from './common.js';

/** An indicator with where it sits and what the method says of it, as at the build's day. */
export interface AssessedIndicator extends IndicatorContext {
  assessment: Assessment;
}

/** Every indicator of the plan, assessed as at the site's day. */
export function assessedIndicators(data: SiteData, plan: Plan): AssessedIndicator[] {
  const options = { asAt: data.today, method: progressMethod(plan) };
  return [...allIndicators(plan)].map((context) => ({ ...context, assessment: assessIndicator(context.indicator, options) }));
}

/** "As at 8 December 2026": the day every status on a page is judged on. */
export function asAtWords(data: SiteData): string {
  return `As at ${formatDate(data.today)}`;
}

/** A status (or flag) as a link to its rule on the method page: every status shown links to its definition. */
export function statusLink(from: PagePath, plan: Plan, status: ProgressStatus | ProgressFlag, words = capitalise(PROGRESS_WORDS[status])): TemplateResult {
  return html`<a class="status-link" href=${safeHref(`${href(from, paths.progressMethod(plan))}#${status}`)}>${words}</a>`;
}

/** Beside an element that shows a status (the gauge): a link to the status's rule, and flags', on the method page. */
export function statusMeaning(from: PagePath, plan: Plan, a: Assessment): TemplateResult {
  const words = [a.status, ...a.flags].map((s) => `“${capitalise(PROGRESS_WORDS[s])}”`).join(' and ');
  return html`<p class="status-meaning"><a href=${safeHref(`${href(from, paths.progressMethod(plan))}#${a.status}`)}>What ${words} ${a.flags.length ? 'mean' : 'means'}: how we judge progress</a></p>`;
}

/**
 * What the method says of one indicator, for a page: the status (linked to its rule), the flags
 * in their own words, the reason with its numbers, and the council's assessment beside it.
 */
export function assessmentBlock(from: PagePath, plan: Plan, a: Assessment): TemplateResult {
  return html`<div class="assessment status-${a.status}">
    <p class="assessment-status"><strong>${statusLink(from, plan, a.status)}</strong>${a.flags.map((flag) => html` <span class="flag">${statusLink(from, plan, flag)}</span>`)}</p>
    <p class="reason">${a.reason}</p>
    ${a.flagReasons.map((text) => html`<p class="reason">${text}</p>`)}
    ${a.council ? html`<p class="council">${a.council.summary} By the published method: ${PROGRESS_WORDS[a.status]}.</p>` : nothing}
  </div>`;
}

/** How many indicators are in each status: list items, each a link (to `to`, with the status as fragment) where there are any. */
function statusCountItems(assessed: AssessedIndicator[], to: string): TemplateResult[] {
  return PROGRESS_STATUSES.map((status) => [status, assessed.filter((a) => a.assessment.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => html`<li class="status-${status}"><a href=${safeHref(`${to}#status-${status}`)}><span class="count">${count}</span> ${capitalise(PROGRESS_WORDS[status])}</a></li>`);
}

/** How many indicators carry each flag, in words: "8 with the target date passed". */
function flagCounts(assessed: AssessedIndicator[]): string[] {
  return PROGRESS_FLAGS.map((flag) => [flag, assessed.filter((a) => a.assessment.flags.includes(flag)).length] as const)
    .filter(([, count]) => count > 0)
    .map(([flag, count]) => `${count} ${count === 1 ? 'has' : 'have'} the flag "${PROGRESS_WORDS[flag]}"`);
}

/**
 * The answer first, for the plan page, home and outcome pages: how many indicators are in each
 * status (links to the progress page's lists), as at the build's day, and the way to the progress page.
 */
export function progressSummary(
  data: SiteData,
  plan: Plan,
  from: PagePath,
  { only, examplesSaid = false }: { only?: (a: AssessedIndicator) => boolean; examplesSaid?: boolean } = {},
): TemplateResult | typeof nothing {
  const all = assessedIndicators(data, plan);
  const assessed = all.filter(only ?? (() => true));
  const progress = href(from, paths.progress(plan));
  if (assessed.length === 0) {
    // An outcome no indicator measures still leads to how the plan as a whole is doing.
    return all.length
      ? html`<p class="next">No indicator measures this ${plan.labels.outcome}. <a href=${safeHref(progress)}>How ${plan.title} is doing</a></p>`
      : nothing;
  }
  const flags = flagCounts(assessed);
  return html`<section class="progress-overview" aria-labelledby="progress-heading">
    <h2 id="progress-heading">How it is doing</h2>
    <p>${asAtWords(data)}, ${assessed.length} ${assessed.length === 1 ? 'indicator measures' : 'indicators measure'} progress${only ? ` on this ${plan.labels.outcome}` : ''}:</p>
    <ul class="status-counts">${statusCountItems(assessed, progress)}</ul>
    ${flags.length ? html`<p>Of these, ${flags.join(', and ')}.</p>` : nothing}
    ${examplesSaid ? nothing : examplesNote(assessed.map((a) => a.indicator))}
    <p class="next"><a href=${safeHref(progress)}>How ${plan.title} is doing: every indicator and why it has its status</a></p>
  </section>`;
}

/** Says once that figures are examples, where some are. */
export function examplesNote(indicators: Indicator[]): TemplateResult | typeof nothing {
  const some = indicators.filter(hasExampleFigures).length;
  if (some === 0) return nothing;
  return html`<p class="example-note"><strong class="tag">Example figures</strong> ${some === indicators.length
      ? 'All of these figures are examples, not council figures: the council\'s reports do not give measured values. The statuses show how the method works, not how the council is doing.'
      : `${some} of these ${indicators.length} indicators have figures that are examples, not council figures; each such figure is labelled "example".`}</p>`;
}

export function progressPage(data: SiteData, plan: Plan): Page {
  const path = paths.progress(plan);
  const assessed = assessedIndicators(data, plan);
  const method = href(path, paths.progressMethod(plan));
  return {
    path,
    title: `How ${plan.title} is doing`,
    planTitle: plan.title,
    description: `How ${plan.title} is doing, as at ${formatDate(data.today)}: every indicator's status, with the reason in numbers, by status and by ${plan.labels.outcome}.`,
    breadcrumbs: planCrumbs(plan),
    body: html`<h1>How ${plan.title} is doing</h1>
      <p class="lead">${asAtWords(data)}. Each status is worked out from the figures by <a href=${safeHref(method)}>the method we publish</a>, and says why in numbers.</p>
      ${assessed.length === 0
        ? html`<p>This plan has no indicators, so there is nothing to judge progress by.</p>`
        : html`${examplesNote(assessed.map((a) => a.indicator))}
            <h2>At a glance</h2>
            <ul class="status-counts">${statusCountItems(assessed, '')}</ul>
            ${flagCounts(assessed).length ? html`<p>Of these, ${flagCounts(assessed).join(', and ')}.</p>` : nothing}
            ${byOutcome(plan, path, assessed)}
            ${byStatus(plan, path, assessed)}
            <section aria-labelledby="table-heading">
              <h2 id="table-heading">Every indicator in one table</h2>
              <plan-scorecard .plan=${plan} today=${data.today} defer-hydration data-plan-src=${planElementSource(path, plan)}></plan-scorecard>
            </section>`}
      <p class="next"><a href=${safeHref(method)}>How we judge progress</a></p>`,
  };
}

/** Counts by outcome, as a table: each outcome a row, each status a column. */
function byOutcome(plan: Plan, from: PagePath, assessed: AssessedIndicator[]): TemplateResult {
  const outcomes = plan.outcomes.filter((o) => assessed.some((a) => a.outcome === o));
  return html`<div class="table-scroll" role="region" aria-labelledby="by-outcome" tabindex="0">
    <table class="progress-by-outcome">
      <caption id="by-outcome">Indicators by ${plan.labels.outcome} and status</caption>
      <thead>
        <tr>
          <th scope="col">${capitalise(plan.labels.outcome)}</th>
          ${PROGRESS_STATUSES.map((s) => html`<th scope="col" class="numeric">${capitalise(PROGRESS_WORDS[s])}</th>`)}
          <th scope="col" class="numeric">All</th>
        </tr>
      </thead>
      <tbody>
        ${outcomes.map((outcome) => {
          const mine = assessed.filter((a) => a.outcome === outcome);
          return html`<tr>
            <th scope="row"><a href=${safeHref(href(from, paths.outcome(plan, outcome)))}>${outcomeTitle(plan, outcome)}</a></th>
            ${PROGRESS_STATUSES.map((s) => html`<td class="numeric">${mine.filter((a) => a.assessment.status === s).length}</td>`)}
            <td class="numeric">${mine.length}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** Every indicator under its status, linked to its page, with the reason: where the counts lead. */
function byStatus(plan: Plan, from: PagePath, assessed: AssessedIndicator[]): TemplateResult {
  return html`${PROGRESS_STATUSES.map((status) => {
    const those = assessed.filter((a) => a.assessment.status === status);
    if (those.length === 0) return nothing;
    return html`<section class="progress-status" aria-labelledby=${`status-${status}`}>
      <h2 id=${`status-${status}`} tabindex="-1">${capitalise(PROGRESS_WORDS[status])} (${those.length})</h2>
      <p class="rule">${PROGRESS_RULES[status](progressMethod(plan))} ${statusLink(from, plan, status, 'About this status')}</p>
      <ul class="plain-list progress-list">
        ${those.map(
          (a) => html`<li>
            <h3><a href=${safeHref(href(from, paths.indicator(plan, a.indicator)))}>${a.indicator.title}</a></h3>
            <p class="caption">${outcomeTitle(plan, a.outcome)}${a.subOutcome.number ? `, ${a.subOutcome.number}` : ''} ${a.subOutcome.title}</p>
            ${assessmentBlock(from, plan, a.assessment)}
          </li>`,
        )}
      </ul>
    </section>`;
  })}`;
}

/** The method page: every rule, the plan's settings with their defaults, each indicator's cadence and tolerance. */
export function progressMethodPage(data: SiteData, plan: Plan): Page {
  const path = paths.progressMethod(plan);
  const method = progressMethod(plan);
  const indicators = [...allIndicators(plan)].map((c) => c.indicator);
  const setting = (key: keyof typeof method, words: string) =>
    html`<div><dt>${words}</dt><dd>${settingValue(key, method[key])}${plan.progressMethod?.[key] !== undefined ? ' (set for this plan)' : ' (the default)'}</dd></div>`;
  return {
    path,
    title: 'How we judge progress',
    planTitle: plan.title,
    description: `The rules that give each indicator of ${plan.title} its status, the tolerances and cadences, and where the figures come from.`,
    breadcrumbs: [...planCrumbs(plan), { label: `How ${plan.title} is doing`, path: paths.progress(plan) }],
    body: html`<h1>How we judge progress</h1>
      <p class="lead">Every status on this site is worked out from the figures by one method, the same on every page, widget and download. Each status comes with a sentence that gives the numbers behind it, so you can check it.</p>
      <p>The statuses on this site are as at ${formatDate(data.today)}, the day the site was last built.</p>
      <h2>The statuses</h2>
      <p>We compare the latest figure with the baseline, the figure at the start of the plan. We work out how fast it has changed each year since then, and how fast it needs to change to reach the target by the target's date.</p>
      <dl class="rules">
        ${PROGRESS_STATUSES.map((s) => html`<div id=${s} tabindex="-1"><dt>${capitalise(PROGRESS_WORDS[s])}</dt><dd>${PROGRESS_RULES[s](method)}</dd></div>`)}
      </dl>
      <h2>Said beside any status</h2>
      <dl class="rules">
        ${PROGRESS_FLAGS.map((f) => html`<div id=${f} tabindex="-1"><dt>${capitalise(PROGRESS_WORDS[f])}</dt><dd>${PROGRESS_RULES[f](method)}</dd></div>`)}
      </dl>
      <h2 id="change">What counts as a change</h2>
      <p>A small change can be noise. Each indicator has a tolerance: a change no bigger than it is "little or no change", never "better" or "worse". An indicator may set its own; otherwise it is ${percent(method.toleranceShare)} of the indicator's range (from its lowest to its highest possible value), or of its target where it has no range.</p>
      <p>We say how the latest figure has changed in two ways: since the previous figure, and since the baseline. The arrows follow the numbers (↑ up, ↓ down) and show → for little or no change.</p>
      <h2 id="council">The council's own assessment</h2>
      <p>An officer may record the council's own view of an indicator, with a reason and a date. We show it beside the status the method gives, never in its place.</p>
      <h2>The settings for ${plan.title}</h2>
      <dl class="facts">
        ${setting('onTrackShare', 'On track from')}
        ${setting('toleranceShare', 'Tolerance, where an indicator sets none')}
        ${setting('cadence', 'How often figures come, where an indicator does not say')}
        ${setting('publicationLagMonths', 'Time allowed to publish a figure')}
      </dl>
      ${indicators.length ? indicatorSettings(plan, path, indicators, method) : nothing}
      <h2>Where the method comes from</h2>
      <p>The rate test is the one Statistics Canada uses, which the Open SDG platform for the UN Sustainable Development Goals publishes: the rate of change since the baseline against the rate needed to reach the target. What counts as a change follows Scotland's National Performance Framework, which says a change must be bigger than a stated amount to count.</p>
      <p class="next"><a href=${safeHref(href(path, paths.progress(plan)))}>How ${plan.title} is doing</a></p>`,
  };
}

function percent(share: number): string {
  return `${formatValue(share * 100)}%`;
}

function settingValue(key: 'onTrackShare' | 'toleranceShare' | 'cadence' | 'publicationLagMonths', value: number | string): string {
  if (key === 'onTrackShare') return value === 1 ? 'the rate needed to reach the target' : `${percent(Number(value))} of the rate needed to reach the target`;
  if (key === 'toleranceShare') return `${percent(Number(value))} of the range`;
  if (key === 'cadence') return CADENCE_WORDS[value as keyof typeof CADENCE_WORDS];
  return `${value} months after the cadence`;
}

/** Each indicator's cadence, tolerance, baseline, target and data source: what its status is worked out from. */
function indicatorSettings(plan: Plan, from: PagePath, indicators: Indicator[], method = DEFAULT_PROGRESS_METHOD): TemplateResult {
  return html`<h2>Each indicator</h2>
    <div class="table-scroll" role="region" aria-labelledby="indicator-settings" tabindex="0">
      <table>
        <caption id="indicator-settings">What each indicator's status is worked out from</caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Baseline</th>
            <th scope="col">Target</th>
            <th scope="col">Figures come</th>
            <th scope="col">Tolerance</th>
            <th scope="col">Where the figures come from</th>
          </tr>
        </thead>
        <tbody>
          ${indicators.map(
            (i) => html`<tr>
              <th scope="row"><a href=${safeHref(href(from, paths.indicator(plan, i)))}>${i.title}</a></th>
              <td>${i.baseline ? `${formatValue(i.baseline.value, i.unit)}, ${formatDate(i.baseline.date)}` : 'The first figure'}</td>
              <td>${i.target ? `${formatValue(i.target.value, i.unit)} by ${formatDate(i.target.date)}` : 'None'}</td>
              <td>${capitalise(CADENCE_WORDS[i.cadence ?? method.cadence])}</td>
              <td>${rateAmount(toleranceOf(i, method), i.unit)}${i.tolerance === undefined ? ' (the default)' : ''}</td>
              <td>${i.dataSource ?? (hasExampleFigures(i) ? 'Example figures, not council figures' : 'Not stated')}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
