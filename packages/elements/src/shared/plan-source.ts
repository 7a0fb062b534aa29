/**
 * Loading by `src` for an element: `<plan-data>` and every data element load the same way
 * (cancel the previous load, say "loading", then ready or error), so they share this.
 */
import type { Plan } from '@plan-kit/content';
import type { PlanState } from './plan-context.js';

/**
 * The loader's `timeoutMs` for an element's `timeout`: anything but a positive number (NaN, 0,
 * none) leaves the default (15 s); the most is what setTimeout takes (a 32-bit count: it fires at
 * once for longer delays, Infinity included).
 */
export function timeoutOption(timeout: number | undefined): number | undefined {
  return (timeout ?? 0) > 0 ? Math.min(timeout!, 2 ** 31 - 1) : undefined;
}

export class PlanSource {
  private abort?: AbortController;

  /** `onState` receives each new state; never after `cancel()` or a newer `load()`. */
  constructor(private readonly onState: (state: PlanState | undefined) => void) {}

  /** Loads `src` with `load` (nothing, and no state, without a `src`). Never rejects: failures become an error state. */
  async load(src: string | undefined, load: (signal: AbortSignal) => Promise<Plan[]>): Promise<void> {
    this.abort?.abort();
    if (!src) {
      this.onState(undefined);
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.onState({ status: 'loading', src });
    try {
      const plans = await load(abort.signal);
      if (!abort.signal.aborted) this.onState({ status: 'ready', plan: plans[0]!, plans, src });
    } catch (error) {
      if (!abort.signal.aborted) this.onState({ status: 'error', error: error as Error, src });
    }
  }

  cancel(): void {
    this.abort?.abort();
  }
}
