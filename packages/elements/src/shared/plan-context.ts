import { createContext } from '@lit/context';
import type { Plan } from '@plan-kit/content';

/** What an element knows about its plan: still loading, ready, or failed (with why). */
export type PlanState =
  | { status: 'loading'; src: string }
  | { status: 'ready'; plan: Plan; plans?: Plan[]; src?: string }
  | { status: 'error'; error: Error; src?: string };

/**
 * The plan that `<plan-data>` provides to the elements inside it. A string key, not a Symbol,
 * so that it still matches when two copies of the library share a page.
 */
export const planContext = createContext<PlanState | undefined>('plan-kit:plan');
