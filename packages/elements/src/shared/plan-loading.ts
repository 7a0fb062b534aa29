/**
 * Loading and validating plans: the content model's loader, its validator (Valibot and the
 * schema) and the errors they report. The largest part of what a data element needs, and none of
 * what a gauge given its figures as attributes needs, so elements import this module the first
 * time one has a `src` or a plan object to check (`planLoading` in on-demand.ts): in the embed
 * bundle it is a chunk of its own, which `<plan-data>` imports at once. `@plan-kit/elements` (the
 * index, which the site's server render and `plan-kit-all.js` use) imports it at once too, so
 * that there a plan object is checked in the same render that shows it.
 */
import { InvalidPlanError, type Problem, loadPlan, validatePlan } from '@plan-kit/content';

export { loadPlan };

/** The problems of a plan given as an object: none for a valid plan. */
export function planProblems(plan: unknown): Problem[] {
  return validatePlan(plan).errors;
}

/** The error an element shows for a plan object with problems: `where` says which element was given it. */
export function invalidPlanObjectError(problems: Problem[], where: string): Error {
  return new InvalidPlanError('', problems, where);
}
