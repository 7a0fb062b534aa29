/**
 * The detail of a `plan-error` event, read from any error by shape. A module of its own, apart
 * from events.ts (which every element loads): the shape check is for errors of loading a plan,
 * which only an element fed a plan meets (plan-feed.ts), and `<plan-data>`.
 */
import { type PlanKitErrorKind, type Problem, toPlanKitError } from '@plan-kit/content';

export interface PlanErrorDetail {
  /** What went wrong, in words a web editor understands (also shown inside the element). */
  message: string;
  /** The URL that failed to load, if the failure was loading. */
  url?: string;
  /** What kind of error: one of `PLAN_KIT_ERROR_KINDS` (`@plan-kit/content`), e.g. http, invalid-plan, not-found, invalid-attribute. */
  kind: PlanKitErrorKind;
  /** For invalid content: each problem with its JSON path. */
  problems?: readonly Problem[];
  error: Error;
}

/**
 * The detail of `plan-error` for an error: its message and kind, and the URL and problems where
 * it has them. Read by shape, not by class: the error may come from another copy of the library.
 */
export function errorDetail(error: Error): PlanErrorDetail {
  const { message, kind, url, problems } = toPlanKitError(error);
  return { message, kind, url, problems, error };
}
