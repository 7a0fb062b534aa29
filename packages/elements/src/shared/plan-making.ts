/**
 * What the plan-making elements (how plans were made and changed: the timeline, consultation and
 * lineage; not "history", which is an indicator's dated figures) share: the date they count as
 * today, citations with their notes, names of plan items with links, and a few styles.
 */
import { type AssessOptions, type Outcome, type Plan, type SubOutcome, isoDay, progressMethod } from '@plan-kit/content';
import { css, html, type TemplateResult } from 'lit';
import { itemUrl, safeHref } from './links.js';

const DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** The `today` attribute when it is a date (YYYY-MM-DD), else the reader's today. */
export function todayOr(attribute: string | null | undefined): string {
  return attribute && DAY.test(attribute.trim()) ? attribute.trim() : isoDay();
}

/** What the progress method needs of an element: the day from its `today` attribute and the plan's settings. */
export function progressOptions(plan: Plan, today: string | null | undefined): AssessOptions {
  return { asAt: todayOr(today), method: progressMethod(plan) };
}

export { citation } from './citation.js';

/** "9.3 People enjoy long lives in good health", or an outcome's title. */
export function itemName(outcome: Outcome, subOutcome?: SubOutcome): string {
  if (subOutcome) return subOutcome.number ? `${subOutcome.number} ${subOutcome.title}` : subOutcome.title;
  return outcome.title;
}

/** An outcome or sub-outcome by name, linked through the element's `href` template when it has one. */
export function itemLink(
  template: string | undefined,
  plan: Plan,
  outcome: Outcome,
  subOutcome?: SubOutcome,
  name: unknown = itemName(outcome, subOutcome),
): TemplateResult {
  const url = itemUrl(template, plan, outcome, subOutcome);
  return url ? html`<a href=${safeHref(url)} part="link">${name}</a>` : html`${name}`;
}

export const planMakingStyles = css`
  .note {
    font-size: var(--_font-size-s);
    color: var(--_text-secondary);
  }
  .tag {
    display: inline-block;
    font-size: var(--_font-size-s);
    font-weight: 700;
    line-height: 1.3;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 var(--_space-1);
  }
  .citation {
    margin: 0;
  }
  @media (forced-colors: active) {
    .tag {
      border-color: CanvasText;
    }
  }
`;
