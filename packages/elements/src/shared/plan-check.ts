/**
 * A plan given as an object (`.plan = obj`) is validated like one loaded by `src`: a host page may
 * hand over raw JSON, and a broken object must show its problems, not throw inside a render.
 * Each object is validated once, however many elements show it; plans that `validatePlan` or the
 * loader returned are already valid and are not validated again.
 *
 * The validator is in plan-loading.ts, which loads on first need (`planLoading.load()`): until it
 * has, `planObjectsState` answers `undefined` for an object it has not seen, and the element shows
 * "Loading" and asks again once it is there.
 */
import { type Plan, type Problem, isValidatedPlan } from '@plan-kit/content';
import { planLoading } from './on-demand.js';
import type { PlanState } from './plan-context.js';

/** Problems by plan object: an empty list for a valid plan. */
const checked = new WeakMap<object, Problem[]>();

/** Records a plan that has been validated (the loader's output), so that it is not validated again. */
export function markValid(plan: Plan): void {
  checked.set(plan, []);
}

/**
 * The state of an element given plans as objects: ready, or an error (kind "invalid-plan", with
 * `problems`, and `where`: which element was given it) for the first that is not a valid plan;
 * `undefined` while the validator is still to load for an object not seen before (the caller
 * awaits `planLoading.load()` and asks again).
 */
export function planObjectsState(plans: unknown[], tag: string): PlanState | undefined {
  for (const plan of plans) {
    if (isValidatedPlan(plan)) continue;
    // A primitive gets a new wrapper each time: not cached, and it fails fast anyway.
    const key = Object(plan) as object;
    let problems = checked.get(key);
    if (!problems) {
      if (!planLoading.loaded) return undefined;
      problems = planLoading.loaded.planProblems(plan);
      checked.set(key, problems);
    }
    if (problems.length) {
      // Problems are only ever recorded by the validator, so plan-loading.ts is here.
      return { status: 'error', error: planLoading.loaded!.invalidPlanObjectError(problems, `The plan object given to <${tag}>`) };
    }
  }
  return { status: 'ready', plan: plans[0] as Plan, plans: plans as Plan[] };
}
