/**
 * Link templates such as `/outcomes/{outcome}/#{ref}`: placeholders filled from the item, each
 * value URL-encoded, and the result passed through the safe-URL check. One filler for every
 * element that links plan items to pages.
 *   {plan} plan id · {outcome} outcome id · {subOutcome} sub-outcome id
 *   {ref} sub-outcome number, or its id where it has none · {number} outcome number
 */
import type { Outcome, Plan, SubOutcome } from './types.js';
import { isSafeUrl } from './url.js';

export interface LinkValues {
  plan?: string;
  outcome?: string;
  subOutcome?: string;
  ref?: string;
  number?: string;
}

/** The filled template, or undefined when there is no template or the result is not a safe URL. */
export function fillLinkTemplate(template: string | undefined, values: LinkValues): string | undefined {
  if (!template) return undefined;
  const filled = template
    .replace(/\{(plan|outcome|subOutcome|ref|number)\}/g, (_, key: keyof LinkValues) => encodeURIComponent(values[key] ?? ''))
    // An outcome link from a template written for sub-outcomes: drop the empty fragment, and
    // the empty path segment ("outcomes/health//" from "outcomes/{outcome}/{ref}/").
    .replace(/#$/, '')
    .replace(/([^:/])\/{2,}/g, '$1/');
  return isSafeUrl(filled) ? filled : undefined;
}

/** The URL of the page of an outcome of a plan, or to one of its sub-outcomes, from a template. */
export function itemUrl(template: string | undefined, plan: Plan, outcome: Outcome, subOutcome?: SubOutcome): string | undefined {
  return fillLinkTemplate(template, {
    plan: plan.id,
    outcome: outcome.id,
    number: outcome.number,
    subOutcome: subOutcome?.id,
    ref: subOutcome && (subOutcome.number ?? subOutcome.id),
  });
}
