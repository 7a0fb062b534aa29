/**
 * A plan given as an object (`.plan = obj`) is validated like one loaded by `src`: a host page may
 * hand over raw JSON, and a broken object must show its problems, not throw inside a render.
 * Each object is validated once, however many elements show it; plans that `validatePlan` or the
 * loader returned are already valid and are not validated again.
 *
 * Part of what loads on first need (plan-loading.ts): an element whose plan objects are not all
 * known valid (`isValidatedPlan`) shows "Loading" until it is there.
 */
import { InvalidPlanError, type Plan, type Problem, isValidatedPlan, validatePlanForDisplay } from '@plan-kit/content';
import type { PlanState } from './plan-context.js';

/** Problems by plan object: an empty list for a valid plan. */
const checked = new WeakMap<object, Problem[]>();

/**
 * The state of an element given plans as objects: ready, or an error (kind "invalid-plan", with
 * `problems`, and `where`: which element was given it) for the first that is not a valid plan.
 */
export function planObjectsState(plans: unknown[], tag: string): PlanState {
  for (const plan of plans) {
    if (isValidatedPlan(plan)) continue;
    // A primitive gets a new wrapper each time: not cached, and it fails fast anyway.
    const key = Object(plan) as object;
    const problems = checked.get(key) ?? validatePlanForDisplay(plan).errors;
    checked.set(key, problems);
    if (problems.length) {
      const where = `The plan object given to <${tag}>`;
      return { status: 'error', error: new InvalidPlanError('', problems, where) };
    }
  }
  return { status: 'ready', plan: plans[0] as Plan, plans: plans as Plan[] };
}
