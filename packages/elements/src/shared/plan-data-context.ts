/**
 * How an element receives the plan of the `<plan-data>` around it (Lit context): part of
 * `<plan-data>`'s module, which an element imports when it first needs it (`planDataContext` in
 * on-demand.ts).
 */
import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { type PlanState, planContext } from './plan-context.js';

/**
 * The loader defines each element when its module arrives, so an element inside `<plan-data>` may
 * be defined before `<plan-data>` is, and its request for the plan would find no one to answer.
 * A ContextRoot on the document keeps such requests and makes them again when a provider appears.
 * One a page, whichever copy of the library comes first; attached as this module loads, before
 * any element asks.
 */
function attachContextRoot(): void {
  if (typeof document === 'undefined') return;
  const page = globalThis as typeof globalThis & { planKitContextRoot?: ContextRoot };
  if (page.planKitContextRoot) return;
  page.planKitContextRoot = new ContextRoot();
  page.planKitContextRoot.attach(document.documentElement);
}
attachContextRoot();

/** Gives `onState` the plan state of the `<plan-data>` around `host`, now and whenever it changes. */
export function consumePlanContext(host: ReactiveControllerHost & HTMLElement, onState: (state: PlanState | undefined) => void): void {
  new ContextConsumer(host, { context: planContext, subscribe: true, callback: onState });
}
