/**
 * A plan given as an object (`.plan = obj`) is validated like one loaded by `src`: a host page may
 * hand over raw JSON, and a broken object must show its problems, not throw inside a render.
 * Each object is validated once, however many elements show it; plans from the loader are
 * already valid and are not validated again.
 */
import { type Plan, type Problem, invalidPlanMessage, validatePlan } from '@plan-kit/content';
import type { PlanState } from './plan-context.js';

/** A `.plan` object that is not a valid plan. */
export class InvalidPlanObjectError extends Error {
  readonly kind = 'invalid';
  constructor(
    /** What was given the plan, e.g. "The plan object given to <plan-vision>". */
    readonly where: string,
    readonly problems: Problem[],
  ) {
    super(invalidPlanMessage(where, problems));
    this.name = 'InvalidPlanObjectError';
  }
}

/** Problems by plan object: an empty list for a valid plan. */
const checked = new WeakMap<object, Problem[]>();

/** Records a plan that has been validated (the loader's output), so that it is not validated again. */
export function markValid(plan: Plan): void {
  checked.set(plan, []);
}

/** The plan itself if it is valid, or an error that lists its problems. */
export function checkPlanObject(plan: unknown, tag: string): Plan | InvalidPlanObjectError {
  const cacheable = typeof plan === 'object' && plan !== null;
  let problems = cacheable ? checked.get(plan) : undefined;
  if (!problems) {
    problems = validatePlan(plan).errors;
    if (cacheable) checked.set(plan, problems);
  }
  return problems.length ? new InvalidPlanObjectError(`The plan object given to <${tag}>`, problems) : (plan as Plan);
}

/** The state of an element given plans as objects: ready, or an error that lists the first invalid one's problems. */
export function planObjectsState(plans: unknown[], tag: string): PlanState {
  const checkedPlans: Plan[] = [];
  for (const plan of plans) {
    const checkedPlan = checkPlanObject(plan, tag);
    if (checkedPlan instanceof InvalidPlanObjectError) return { status: 'error', error: checkedPlan };
    checkedPlans.push(checkedPlan);
  }
  return { status: 'ready', plan: checkedPlans[0]!, plans: checkedPlans };
}
