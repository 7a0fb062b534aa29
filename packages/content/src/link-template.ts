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

/** Splits a template at its placeholders, keeping their names (the capture). */
const PLACEHOLDER = /\{(plan|outcome|subOutcome|ref|number)\}/;

/**
 * Fills a template's text and placeholder names in turn ("/outcomes/{outcome}/#{ref}" is
 * ["/outcomes/", "outcome", "/#", "ref", ""]) from `values`, each URL-encoded. An outcome link
 * from a template written for sub-outcomes loses the empty fragment and the empty path segment
 * ("outcomes/health//" from "outcomes/{outcome}/{ref}/"); each regular expression runs only where
 * it applies, as it costs a render more than the test. Undefined where the result is not a safe URL.
 *
 * A module-level function, not the body of a closure made for each template: a matrix fills some
 * thirty links a render, and the engine keeps the optimised code of a function that lives as long
 * as the page, where a closure made afresh each render starts cold.
 */
function fillPieces(pieces: string[], values: LinkValues): string | undefined {
  let filled = pieces[0]!;
  for (let i = 1; i < pieces.length; i += 2) filled += encodeURIComponent(values[pieces[i] as keyof LinkValues] ?? '') + pieces[i + 1]!;
  if (filled.endsWith('#')) filled = filled.slice(0, -1);
  if (filled.includes('//')) filled = filled.replace(/([^:/])\/{2,}/g, '$1/');
  return isSafeUrl(filled) ? filled : undefined;
}

/**
 * The filler of one template: read once, then filled for each item (a matrix fills one template
 * for some thirty links in a render). Fills to undefined when there is no template or the result
 * is not a safe URL.
 */
export function linkFiller(template: string | undefined): (values: LinkValues) => string | undefined {
  if (!template) return () => undefined;
  const pieces = template.split(PLACEHOLDER);
  return (values) => fillPieces(pieces, values);
}

/** The filled template, or undefined when there is no template or the result is not a safe URL. */
export function fillLinkTemplate(template: string | undefined, values: LinkValues): string | undefined {
  return linkFiller(template)(values);
}

/** The URLs of the pages of a plan's outcomes and sub-outcomes, from one template. */
export function itemUrls(template: string | undefined, plan: Plan): (outcome: Outcome, subOutcome?: SubOutcome) => string | undefined {
  const fill = linkFiller(template);
  return (outcome, subOutcome) =>
    fill({
      plan: plan.id,
      outcome: outcome.id,
      number: outcome.number,
      subOutcome: subOutcome?.id,
      ref: subOutcome && (subOutcome.number ?? subOutcome.id),
    });
}

/** The URL of the page of an outcome of a plan, or to one of its sub-outcomes, from a template. */
export function itemUrl(template: string | undefined, plan: Plan, outcome: Outcome, subOutcome?: SubOutcome): string | undefined {
  return itemUrls(template, plan)(outcome, subOutcome);
}
