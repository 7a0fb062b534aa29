/** The events plan-kit elements fire: they bubble and cross shadow roots, so a host page can listen on document. */
import type { Plan } from '@plan-kit/content';
import type { PlanErrorDetail } from './error-detail.js';

export interface PlanLoadDetail {
  plan: Plan;
}

// The detail of `plan-error` is described in error-detail.ts, which reads it from an error: that
// module does not import this one back.
export type { PlanErrorDetail } from './error-detail.js';

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
