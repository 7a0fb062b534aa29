import { provide } from '@lit/context';
import { type Plan, loadPlan } from '@plan-kit/content';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../shared/define.js';
import { PLAN_RETRY_EVENT, planErrorEvent, planLoadEvent } from '../shared/events.js';
import { type PlanState, planContext } from '../shared/plan-context.js';

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
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** URL of the plan JSON file. */
  @property({ reflect: true }) src?: string;

  /** The plan as an object, instead of `src`. */
  @property({ attribute: false }) plan?: Plan;

  @provide({ context: planContext })
  protected state?: PlanState;

  private loadAbort?: AbortController;

  constructor() {
    super();
    this.addEventListener(PLAN_RETRY_EVENT, (event) => {
      event.stopPropagation();
      void this.load(true);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.src && this.state?.status !== 'ready') void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('plan') && this.plan) {
      this.state = { status: 'ready', plan: this.plan };
      this.dispatchEvent(planLoadEvent(this.plan));
    } else if (changed.has('src') && !this.plan) {
      void this.load();
    }
  }

  private async load(reload = false): Promise<void> {
    this.loadAbort?.abort();
    const src = this.src;
    if (!src) return;
    const abort = new AbortController();
    this.loadAbort = abort;
    this.state = { status: 'loading', src };
    try {
      const plan = await loadPlan(src, { signal: abort.signal, reload });
      if (abort.signal.aborted) return;
      this.state = { status: 'ready', plan, src };
      this.dispatchEvent(planLoadEvent(plan));
    } catch (error) {
      if (abort.signal.aborted) return;
      const e = error as Error & { kind?: string; url?: string; problems?: [] };
      this.state = { status: 'error', error: e, src };
      this.dispatchEvent(planErrorEvent({ message: e.message, kind: e.kind ?? 'error', url: e.url, problems: e.problems, error: e }));
    }
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
