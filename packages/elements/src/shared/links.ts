/**
 * URLs in templates. Lit's production build does not filter URL schemes in attribute bindings, so
 * every URL that a template binds (`href=${…}`, `src=${…}`) goes through `safeHref`, the one
 * scheme check (isSafeUrl); the lint rule `plan-kit/checked-url-binding` fails on any that does not.
 *
 * Link templates such as `/outcomes/{outcome}/#{ref}`: placeholders filled from the item, each
 * value URL-encoded, and the result passed through the same check.
 *   {plan} plan id · {outcome} outcome id · {subOutcome} sub-outcome id
 *   {ref} sub-outcome number, or its id where it has none · {number} outcome number
 */
import { isSafeUrl } from '@plan-kit/content';
import { nothing } from 'lit';

/**
 * For an `href` or `src` binding: the URL when it passes the scheme check, otherwise `nothing`,
 * so the attribute is left out (a `javascript:` link keeps its text and loses its URL).
 */
export function safeHref(url: string | undefined): string | typeof nothing {
  return url !== undefined && isSafeUrl(url) ? url : nothing;
}

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
