/**
 * A gauge's figures from an indicator of a plan (`indicator="healthy-weight-adults"`). A module
 * of its own, which the gauge imports on first need (`gaugeFromPlan`), so that a gauge given its
 * figures as attributes (a CMS page) loads none of the plan's look-ups.
 */
import {
  type Assessment,
  type Indicator,
  type Plan,
  PlanNotFoundError,
  assessIndicator,
  capitalise,
  findIndicator,
  formatDate,
  isExampleValue,
  latestValue,
  PROGRESS_WORDS,
  progressMethod,
} from '@plan-kit/content';
import { html, nothing, type TemplateResult } from 'lit';
import { todayOr } from '../shared/plan-making.js';
import type { GaugeFigures } from './gauge-figures.js';

/** The figures of the plan's indicator `id` as at `today` (YYYY-MM-DD, else the reader's today), or which indicator the plan lacks. */
export function indicatorFigures(plan: Plan, id: string, today: string | undefined): GaugeFigures | PlanNotFoundError {
  const found = findIndicator(plan, id);
  if (!found) return new PlanNotFoundError(`${plan.title} has no indicator "${id}".`);
  return figuresOf(found.indicator, assessIndicator(found.indicator, { asAt: todayOr(today), method: progressMethod(plan) }));
}

/**
 * What the published method says of an indicator, under its status word: the flags in their own
 * words, the reason with its numbers, and the council's own assessment beside it (never in its
 * place). Here, not in the gauge, so that a gauge given attributes carries none of it.
 */
export function assessmentLines(a: Assessment): TemplateResult {
  return html`${a.flags.map((flag) => html`<p class="flag">${capitalise(PROGRESS_WORDS[flag])}</p>`)}
    <p class="reason" part="reason">${a.summary} <span class="as-at">(As at ${formatDate(a.asAt)}.)</span></p>
    ${a.council ? html`<p class="council" part="council">${a.council.summary} <span>By the published method: ${PROGRESS_WORDS[a.status]}.</span></p>` : nothing}`;
}

/** The change since the previous figure and since the baseline, each in words with its arrow. */
export function changeRows(a: Assessment): TemplateResult | typeof nothing {
  const changes = [a.sincePrevious, a.sinceBaseline].filter((c) => c !== undefined);
  return changes.length
    ? html`<div><dt>Change</dt>${changes.map((c) => html`<dd><span aria-hidden="true">${c.arrow}</span> ${c.words}</dd>`)}</div>`
    : nothing;
}

/** The gauge figures of an indicator from a plan. */
function figuresOf(indicator: Indicator, assessment: Assessment): GaugeFigures {
  const latest = latestValue(indicator);
  const values = [latest?.value, indicator.target?.value, indicator.baseline?.value].filter((v): v is number => v !== undefined);
  const min = indicator.min ?? Math.min(0, ...values);
  const max = indicator.max ?? (indicator.unit === '%' ? 100 : niceMax(Math.max(...values, min + 1)));
  return {
    value: latest?.value,
    valueDate: latest?.date,
    min,
    max,
    target: indicator.target?.value,
    targetDate: indicator.target?.date,
    baseline: indicator.baseline?.value,
    baselineDate: indicator.baseline?.date,
    unit: indicator.unit,
    direction: indicator.direction,
    label: indicator.title,
    status: assessment.status,
    assessment,
    ...exampleFigures(indicator),
  };
}

/**
 * Whether the figures the gauge shows are examples. After a council import some may be real and
 * some examples (an example target, say): the label then names the example ones.
 */
function exampleFigures(indicator: Indicator): Pick<GaugeFigures, 'example' | 'exampleLabel'> {
  const shown = [
    ['latest value', latestValue(indicator)],
    ['target', indicator.target],
    ['baseline', indicator.baseline],
  ] as const;
  const present = shown.filter(([, value]) => value !== undefined);
  const examples = present.filter(([, value]) => isExampleValue(indicator, value)).map(([name]) => name);
  if (examples.length === 0) return { example: false };
  if (examples.length === present.length) return { example: true };
  return { example: true, exampleLabel: `Example ${examples.join(' and ')}` };
}

/**
 * A round number a little above the largest value, for a scale without a stated maximum: zero
 * when every value is negative, the value itself near the largest double.
 */
function niceMax(value: number): number {
  if (value <= 0) return 0;
  const step = 10 ** Math.floor(Math.log10(Math.abs(value) * 1.2 || 1));
  const nice = Math.ceil((value * 1.2) / step) * step;
  return Number.isFinite(nice) ? nice : value;
}
