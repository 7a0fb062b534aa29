/**
 * Loading a plan by `src` for an element: `<plan-data>` and every data element load the same way
 * (cancel the previous load, say "loading", then ready or error), so they share this.
 */
import { loadPlan } from '@plan-kit/content';
import { markValid } from './plan-check.js';
import type { PlanState } from './plan-context.js';

/** setTimeout fires at once for longer delays (a 32-bit count of milliseconds), so cap there. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class PlanSource {
  private abort?: AbortController;

  /** `onState` receives each new state; never after `cancel()` or a newer `load()`. */
  constructor(private readonly onState: (state: PlanState | undefined) => void) {}

  /**
   * Loads `src` (nothing, and no state, without one). `timeout` is in milliseconds; anything but
   * a positive finite number leaves the loader's default (15 s). Never rejects: failures become
   * an error state.
   */
  async load(src: string | undefined, { reload = false, timeout }: { reload?: boolean; timeout?: number } = {}): Promise<void> {
    this.abort?.abort();
    if (!src) {
      this.onState(undefined);
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.onState({ status: 'loading', src });
    const timeoutMs = timeout !== undefined && Number.isFinite(timeout) && timeout > 0 ? Math.min(timeout, MAX_TIMER_MS) : undefined;
    try {
      const plan = await loadPlan(src, { signal: abort.signal, reload, timeoutMs });
      markValid(plan);
      if (!abort.signal.aborted) this.onState({ status: 'ready', plan, src });
    } catch (error) {
      if (!abort.signal.aborted) this.onState({ status: 'error', error: error as Error, src });
    }
  }

  cancel(): void {
    this.abort?.abort();
  }
}
