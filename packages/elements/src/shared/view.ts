/**
 * What an element shows (loading, error, empty, ready), for the element (plan-element.ts) and
 * its plan feed (plan-feed.ts) alike: a module of its own, so that the feed, which an element
 * imports on first need, does not import the element's module back.
 */
import { type Plan, PlanKitError } from '@plan-kit/content';

/** What the element shows. */
export type View<T> =
  | { kind: 'empty' }
  | { kind: 'loading'; src: string }
  | { kind: 'error'; error: Error; fromContext: boolean }
  | { kind: 'ready'; plan: Plan; selection: T };

/** The view of a selection: the error it is, or the element's part of `plan`, ready. */
export function viewOf<T>(selection: T | PlanKitError, plan: Plan): View<T> {
  return selection instanceof PlanKitError ? { kind: 'error', error: selection, fromContext: false } : { kind: 'ready', plan, selection };
}
