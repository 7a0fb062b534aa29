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

/** A template's text and placeholder names in turn: "/outcomes/{outcome}/#{ref}" is ["/outcomes/", "outcome", "/#", "ref", ""]. */
type TemplatePieces = string[];

/**
 * A filled template, tidied and checked: an outcome link from a template written for
 * sub-outcomes loses its empty fragment and its empty path segment ("outcomes/health//" from
 * "outcomes/{outcome}/{ref}/"); undefined where the result is not a safe URL. Each regular
 * expression runs only where it applies: it costs a render more than the test.
 */
function tidyLink(filled: string): string | undefined {
  if (filled.endsWith('#')) filled = filled.slice(0, -1);
  if (filled.includes('//')) filled = filled.replace(/([^:/])\/{2,}/g, '$1/');
  return isSafeUrl(filled) ? filled : undefined;
}

/**
 * The filler of one template: read once, then filled for each item. Fills to undefined when
 * there is no template or the result is not a safe URL.
 */
export function linkFiller(template: string | undefined): (values: LinkValues) => string | undefined {
  if (!template) return () => undefined;
  const pieces: TemplatePieces = template.split(PLACEHOLDER);
  return (values) => {
    let filled = pieces[0]!;
    for (let i = 1; i < pieces.length; i += 2) filled += encodeURIComponent(values[pieces[i] as keyof LinkValues] ?? '') + pieces[i + 1]!;
    return tidyLink(filled);
  };
}

/** The filled template, or undefined when there is no template or the result is not a safe URL. */
export function fillLinkTemplate(template: string | undefined, values: LinkValues): string | undefined {
  return linkFiller(template)(values);
}

/** A placeholder's value for an outcome of a plan, or for one of its sub-outcomes. */
function itemValue(name: keyof LinkValues, plan: Plan, outcome: Outcome, subOutcome: SubOutcome | undefined): string | undefined {
  switch (name) {
    case 'plan':
      return plan.id;
    case 'outcome':
      return outcome.id;
    case 'number':
      return outcome.number;
    case 'subOutcome':
      return subOutcome?.id;
    default:
      return subOutcome && (subOutcome.number ?? subOutcome.id);
  }
}

/**
 * The link of an item, with its values read by name (no object of values for each link). A
 * module-level function, not a closure made for each template: a matrix fills some thirty links
 * a render, and the engine keeps its optimised code for a function that lives as long as the
 * page, where a closure made afresh each render starts cold.
 */
function fillItem(pieces: TemplatePieces, plan: Plan, outcome: Outcome, subOutcome: SubOutcome | undefined): string | undefined {
  let filled = pieces[0]!;
  for (let i = 1; i < pieces.length; i += 2) filled += encodeURIComponent(itemValue(pieces[i] as keyof LinkValues, plan, outcome, subOutcome) ?? '') + pieces[i + 1]!;
  return tidyLink(filled);
}

/** The URLs of the pages of a plan's outcomes and sub-outcomes, from one template (read once: a matrix fills it some thirty times a render). */
export function itemUrls(template: string | undefined, plan: Plan): (outcome: Outcome, subOutcome?: SubOutcome) => string | undefined {
  if (!template) return () => undefined;
  const pieces: TemplatePieces = template.split(PLACEHOLDER);
  return (outcome, subOutcome) => fillItem(pieces, plan, outcome, subOutcome);
}

/** The URL of the page of an outcome of a plan, or to one of its sub-outcomes, from a template. */
export function itemUrl(template: string | undefined, plan: Plan, outcome: Outcome, subOutcome?: SubOutcome): string | undefined {
  return itemUrls(template, plan)(outcome, subOutcome);
}
