/**
 * The detail of a `plan-error` event, read from any error by shape. A module of its own, apart
 * from events.ts (which every element loads): the shape check is for errors of loading a plan,
 * which only an element fed a plan meets (plan-feed.ts), and `<plan-data>`.
 */
import { toPlanKitError } from '@plan-kit/content';
import type { PlanErrorDetail } from './events.js';

/**
 * The detail of `plan-error` for an error: its message and kind, and the URL and problems where
 * it has them. Read by shape, not by class: the error may come from another copy of the library.
 */
export function errorDetail(error: Error): PlanErrorDetail {
  const { message, kind, url, problems } = toPlanKitError(error);
  return { message, kind, url, problems, error };
}
