/** The events plan-kit elements fire: they bubble and cross shadow roots, so a host page can listen on document. */
import type { InvalidPlanError, Plan, Problem } from '@plan-kit/content';

export interface PlanLoadDetail {
  plan: Plan;
}

export interface PlanErrorDetail {
  /** What went wrong, in words a web editor understands (also shown inside the element). */
  message: string;
  /** The URL that failed to load, if the failure was loading. */
  url?: string;
  /** network, http, not-json, too-large, timeout, invalid, aborted, or not-found (a ref the plan lacks). */
  kind: string;
  /** For invalid content: each problem with its JSON path. */
  problems?: Problem[];
  error: Error;
}

export type PlanLoadEvent = CustomEvent<PlanLoadDetail>;
export type PlanErrorEvent = CustomEvent<PlanErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'plan-load': PlanLoadEvent;
    'plan-error': PlanErrorEvent;
  }
}

export function planLoadEvent(plan: Plan): PlanLoadEvent {
  return new CustomEvent('plan-load', { bubbles: true, composed: true, detail: { plan } });
}

/**
 * The detail of `plan-error` for an error: its message and kind, and the URL and problems where
 * it has them. Read by shape, not by class: the error may come from another copy of the library.
 */
export function errorDetail(error: Error): PlanErrorDetail {
  const { kind = 'error', url, problems } = error as Partial<InvalidPlanError> & { kind?: string };
  return { message: error.message, kind, url, problems, error };
}

export function planErrorEvent(detail: PlanErrorDetail): PlanErrorEvent {
  return new CustomEvent('plan-error', { bubbles: true, composed: true, detail });
}

/** Asks the enclosing `<plan-data>` to load its plan again (a retry button inside a child element). */
export const PLAN_RETRY_EVENT = 'plan-retry';
