/**
 * Every error plan-kit reports, one hierarchy (as GOV.UK Frontend's `GOVUKFrontendError`): a
 * `PlanKitError` base, one class per cause, each with a message a web editor can act on (what
 * went wrong, and where: the URL, the HTTP status, the invalid paths, the attribute) and a `kind`
 * from one closed list that host pages can switch on.
 *
 * Each class sets its `name` as a literal, which a minifier leaves alone (`new.target.name` or
 * `this.constructor.name` would read a mangled class name). An error may come from another copy of
 * the library on the page (`instanceof` fails across copies), so readers check its shape with
 * `planKitErrorOf` (error-shape.ts), never a cast.
 *
 * The errors of loading a plan are in load-errors.ts: an element given its figures as attributes
 * (a gauge) needs only these, and the embed bundle loads the loader's part only for a plan.
 */
import type { PlanKitErrorKind } from './error-shape.js';

// The list of kinds and the shape check are in error-shape.ts: every element's errors (these)
// need neither, and the embed bundle loads them only with a plan. error-shape.ts imports nothing
// from here, so that the two are no import cycle.
export { PLAN_KIT_ERROR_KINDS, type PlanKitErrorKind, type PlanKitErrorShape, planKitErrorOf, toPlanKitError } from './error-shape.js';


/** The base of every error plan-kit throws or reports. */
export abstract class PlanKitError extends Error {
  override name = 'PlanKitError';
  abstract readonly kind: PlanKitErrorKind;
  /** Whether trying again may help (a retry button makes sense). */
  abstract readonly retryable: boolean;
}

/** An element's attribute names something its plan does not have (`ref="9.9"`). */
export class PlanNotFoundError extends PlanKitError {
  override name = 'PlanNotFoundError';
  readonly kind = 'not-found';
  readonly retryable = false;
}

/** An element's attribute has a value it cannot use. */
export class PlanAttributeError extends PlanKitError {
  override name = 'PlanAttributeError';
  readonly kind = 'invalid-attribute';
  readonly retryable = false;
}

/**
 * A part of plan-kit that loads when first needed (a gauge's reading of an indicator, in the embed
 * bundle) could not be loaded: offline, or the files changed on the server since the page loaded.
 */
export class PlanPartLoadError extends PlanKitError {
  override name = 'PlanPartLoadError';
  readonly kind = 'network';
  readonly retryable = false;
}
