import { ContextProvider } from '@lit/context';
import type { Plan } from '@plan-kit/content';
import { LitElement, html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { defineElement } from '../shared/define.js';
import { PLAN_RETRY_EVENT, errorDetail, planErrorEvent, planLoadEvent } from '../shared/events.js';
import { planDataContext } from '../shared/on-demand.js';
import { type PlanState, planContext } from '../shared/plan-context.js';
import { consumePlanContext } from '../shared/plan-data-context.js';
import { loadPlan, planObjectsState, PlanSource, timeoutOption } from '../shared/plan-loading.js';
import { dataStyles } from './plan-data.styles.js';

// <plan-data> always loads or checks a plan, and gives it to the elements inside: it brings the
// loader, the validator and the context consumer with it, for those elements too (an element
// that loads a plan itself awaits `planLoading`, which finds the loader already run).
planDataContext.provide({ consumePlanContext });

/**
 * Loads a plan once and gives it to every plan-kit element inside it.
 *
 * @summary Provides one plan to the elements it contains.
 * @slot - The elements that show the plan.
 * @event plan-load - The plan loaded and is valid. `detail.plan` is the plan.
 * @event plan-error - The plan could not be loaded. `detail.message` says why; `detail.url` and
 *   `detail.problems` say where.
 */
export class PlanData extends LitElement {
  static override styles = dataStyles;

  // Declared without decorators: Lit's decorator code and each call cost a page bytes.
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    timeout: { type: Number },
    plan: { attribute: false },
  };

  /** URL of the plan JSON file. */
  declare src?: string;

  /**
   * Milliseconds to wait for `src` before showing an error with "Try again" (default 15000).
   * Elements that share a URL share its request, and the timeout of the first to ask.
   */
  declare timeout?: number;

  /** The plan as an object, instead of `src`. */
  declare plan?: Plan;

  /**
   * Gives the plan state to the elements inside. A controller rather than the `@provide` decorator,
   * which is the same controller with some 0.2 KB gzip of decorator code around it.
   */
  private readonly provider = new ContextProvider(this, { context: planContext });

  private readonly source = new PlanSource((state) => this.show(state));

  constructor() {
    super();
    this.addEventListener(PLAN_RETRY_EVENT, (event) => {
      event.stopPropagation();
      this.load(true);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.source.cancel();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.src && this.provider.value?.status !== 'ready') this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('plan') && this.plan) {
      this.show(planObjectsState([this.plan], 'plan-data'));
    } else if (changed.has('src') && !this.plan) {
      this.load();
    }
  }

  private load(reload = false): void {
    const src = this.src;
    const timeoutMs = timeoutOption(this.timeout);
    void this.source.load(src, (signal) => loadPlan(src!, { signal, reload, timeoutMs }).then((plan) => [plan]));
  }

  /** Gives the elements inside the new state, and tells the page when it is ready or failed. */
  private show(state: PlanState | undefined): void {
    this.provider.setValue(state);
    if (state?.status === 'ready') this.dispatchEvent(planLoadEvent(state.plan));
    if (state?.status === 'error') this.dispatchEvent(planErrorEvent(errorDetail(state.error)));
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}

defineElement('plan-data', PlanData);

declare global {
  interface HTMLElementTagNameMap {
    'plan-data': PlanData;
  }
}

/** What `planDataContext` (on-demand.ts) imports this module for: the consumer comes with the provider, one file. */
export { consumePlanContext };
