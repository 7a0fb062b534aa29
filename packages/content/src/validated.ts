/**
 * The plans `validatePlan` or `validatePlanForDisplay` has found valid (and so every plan `loadPlan` returns), remembered by
 * object, so that an element given one as `.plan` shows it at once: it need not load the
 * validator (a chunk of its own in the embed bundle) to check it again. A module of its own, with
 * no imports, so that an element can ask without carrying the schema.
 */
const validatedPlans = new WeakSet<object>();

/** Records a plan object that `validatePlan` or `validatePlanForDisplay` returned as valid. */
export function markValidated(plan: object): void {
  validatedPlans.add(plan);
}

/** Whether this object is a plan that `validatePlan` or `validatePlanForDisplay` returned as valid. */
export function isValidatedPlan(plan: unknown): boolean {
  return typeof plan === 'object' && plan !== null && validatedPlans.has(plan);
}
