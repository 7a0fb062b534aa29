/**
 * A plan given as an object (`.plan = obj`) is validated like one loaded by `src`: a host page may
 * hand over raw JSON, and a broken object must show its problems, not throw inside a render.
 * Each object is validated once, however many elements show it; plans from the loader are
 * already valid and are not validated again.
 */
import { InvalidPlanError, type Plan, type Problem, validatePlan } from '@plan-kit/content';
import type { PlanState } from './plan-context.js';

/** Problems by plan object: an empty list for a valid plan. */
const checked = new WeakMap<object, Problem[]>();

/** Records a plan that has been validated (the loader's output), so that it is not validated again. */
export function markValid(plan: Plan): void {
  checked.set(plan, []);
}

/**
 * The state of an element given plans as objects: ready, or an error (kind "invalid-plan", with
 * `problems`, and `where`: which element was given it) for the first that is not a valid plan.
 */
export function planObjectsState(plans: unknown[], tag: string): PlanState {
  for (const plan of plans) {
    // A primitive gets a new wrapper each time: not cached, and it fails fast anyway.
    const key = Object(plan) as object;
    const problems = checked.get(key) ?? validatePlan(plan).errors;
    checked.set(key, problems);
    if (problems.length) {
      const where = `The plan object given to <${tag}>`;
      return { status: 'error', error: new InvalidPlanError('', problems, where) };
    }
  }
  return { status: 'ready', plan: plans[0] as Plan, plans: plans as Plan[] };
}
