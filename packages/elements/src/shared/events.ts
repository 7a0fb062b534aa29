/** The events plan-kit elements fire: they bubble and cross shadow roots, so a host page can listen on document. */
import type { Plan, PlanKitErrorKind, Problem } from '@plan-kit/content';

export interface PlanLoadDetail {
  plan: Plan;
}

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

// Where the event's detail is read from an error by shape: a module of its own (not in every element's core).
export { errorDetail } from './error-detail.js';

export function planErrorEvent(detail: PlanErrorDetail): PlanErrorEvent {
  return new CustomEvent('plan-error', { bubbles: true, composed: true, detail });
}

/** Asks the enclosing `<plan-data>` to load its plan again (a retry button inside a child element). */
export const PLAN_RETRY_EVENT = 'plan-retry';
