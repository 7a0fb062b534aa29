/**
 * The base of every data element: where the plan comes from (a `.plan` property, its own `src`,
 * or an enclosing `<plan-data>`), the loading / ready / error / empty states, and the
 * `plan-load` and `plan-error` events. Subclasses choose their part of the plan (`select`) and
 * render it (`renderReady`); they never fetch or parse JSON themselves.
 */
import { type LoadPlanOptions, type Plan, PlanAttributeError, PlanKitError, isValidatedPlan, toPlanKitError } from '@plan-kit/content';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PLAN_RETRY_EVENT, errorDetail, planErrorEvent, planLoadEvent } from './events.js';
import type { PlanState } from './plan-context.js';
import { planDataContext, planLoading } from './on-demand.js';
import type { PlanSource } from './plan-source.js';
import type { ColouredOutcome } from './outcome-colours.js';

/**
 * Adopts an element's outcome colours into its shadow root. Set by outcome-colours.ts as it loads,
 * which every element that shows outcome colours imports (for their part names, `outcomePart`):
 * a gauge, which shows none, loads none of it.
 */
export const outcomeColourAdoption: { adopt?: (element: LitElement, outcomes: ColouredOutcome[]) => void } = {};


/** What the element shows. */
export type View<T> =
  | { kind: 'empty' }
  | { kind: 'loading'; src: string }
  | { kind: 'error'; error: Error; fromContext: boolean }
  | { kind: 'ready'; plan: Plan; selection: T };

export abstract class PlanElement<T> extends LitElement {
  /** The plan as an object. Takes precedence over `src` and over an enclosing `<plan-data>`. */
  @property({ attribute: false }) plan?: Plan;

  /** URL of a plan JSON file to load; many elements with one URL share one request. */
  @property({ reflect: true }) src?: string;

  /**
   * Milliseconds to wait for `src` before showing an error with "Try again" (default 15000).
   * Elements that share a URL share its request, and the timeout of the first to ask.
   */
  @property({ type: Number }) timeout?: number;

  /** The plan state of the enclosing `<plan-data>`, once `listenToPlanData()` has started listening. */
  @state()
  protected contextState?: PlanState;

  /** Whether this element listens to an enclosing `<plan-data>` (or is about to). */
  private listeningToPlanData = false;

  @state() private ownState?: PlanState;

  /** What `render()` shows; worked out in `willUpdate` so that render stays free of side effects. */
  protected view: View<T> = { kind: 'empty' };

  /** Loads `src`; made with the plan loader (plan-loading.ts), when the element first has a `src`. */
  private source?: PlanSource;
  /** Counts calls of `startLoad`, so that one made before the plan loader arrived and since superseded does nothing. */
  private loadRequests = 0;
  private lastAnnounced?: unknown;

  /**
   * Picks this element's part of the plan, or explains which reference the plan lacks
   * (`PlanNotFoundError`) or which attribute it cannot use (`PlanAttributeError`). `plans`
   * is every plan the element was given (elements that show several plans take `.plans` or a
   * list of URLs in `src`); for the others it is `[plan]`.
   */
  protected abstract select(plan: Plan, plans: Plan[]): T | PlanKitError;

  protected abstract renderReady(plan: Plan, selection: T): TemplateResult;

  /**
   * The outcomes whose colours the element shows, each on the parts named `outcomePart(plan,
   * outcome)`: the base adopts their colours into the shadow root (outcome-colours.ts) after
   * each update (a few rules, replaced in one sheet). None by default.
   */
  protected outcomeColours(_plan: Plan, _selection: T): ColouredOutcome[] | undefined {
    return undefined;
  }

  /** Elements that can work without a plan (a gauge from attributes alone) override this. */
  protected needsPlan(): boolean {
    return true;
  }

  /** The view when no plan is needed; only called when `needsPlan()` is false. */
  protected selectWithoutPlan(): T | PlanKitError {
    return new PlanAttributeError('no plan');
  }

  /**
   * Listens to the enclosing `<plan-data>`, for an element that has no plan of its own. The
   * context consumer loads on first need (plan-data-context.ts): at once when it has loaded (a
   * `<plan-data>` on the page brings it), else once it has.
   */
  private listenToPlanData(): void {
    if (this.listeningToPlanData) return;
    this.listeningToPlanData = true;
    const listen = ({ consumePlanContext }: typeof import('./plan-data-context.js')) => consumePlanContext(this, (state) => (this.contextState = state));
    if (planDataContext.loaded) listen(planDataContext.loaded);
    else void planDataContext.load().then(listen);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.src && !this.givenPlans() && this.needsPlan()) this.listenToPlanData();
    // Reconnected after a move: load again if the earlier load was cancelled on disconnect.
    if (this.src && this.ownState?.status !== 'ready' && this.hasUpdated) this.startLoad();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.source?.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.startLoad();
    this.view = this.computeView();
  }

  /** The plans given as properties, which take precedence over `src` and `<plan-data>`. */
  protected givenPlans(): Plan[] | undefined {
    return this.plan && [this.plan];
  }

  /**
   * Loads `src`: one URL here; elements that show several plans load a list. The loader comes
   * with the validator, a chunk of its own (plan-loading.ts) that a gauge given attributes never loads.
   */
  protected async loadSrc(src: string, options: LoadPlanOptions): Promise<Plan[]> {
    const { loadPlan } = await planLoading.load();
    return [await loadPlan(src, options)];
  }

  /** The validator for a plan object, while it loads (plan-check.ts); `updateComplete` waits for it. */
  private planChecksLoading?: Promise<unknown>;

  /** Shows the plan object once the validator has loaded: until then the element says "Loading". */
  private checkPlanObjectsLater(): void {
    this.planChecksLoading ??= planLoading.load().then(() => {
      this.planChecksLoading = undefined;
      this.requestUpdate();
    });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.planChecksLoading) {
      await this.planChecksLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private computeView(): View<T> {
    if (!this.needsPlan()) {
      const selection = this.selectWithoutPlan();
      return selection instanceof PlanKitError
        ? { kind: 'error', error: selection, fromContext: false }
        : { kind: 'ready', plan: this.plan as Plan, selection };
    }
    const given = this.givenPlans();
    const fromContext = !given && !this.src;
    if (fromContext) this.listenToPlanData();
    const planState: PlanState | undefined = given
      ? given.every(isValidatedPlan)
        ? { status: 'ready', plan: given[0]!, plans: given }
        : planLoading.loaded?.planObjectsState(given, this.localName)
      : this.src
        ? this.ownState
        : this.contextState;
    if (given && !planState) {
      this.checkPlanObjectsLater();
      return { kind: 'loading', src: '' };
    }
    if (!planState) return this.src ? { kind: 'loading', src: this.src } : { kind: 'empty' };
    if (planState.status === 'loading') return { kind: 'loading', src: planState.src };
    if (planState.status === 'error') return { kind: 'error', error: planState.error, fromContext };
    const selection = this.select(planState.plan, planState.plans ?? [planState.plan]);
    if (selection instanceof PlanKitError) return { kind: 'error', error: selection, fromContext: false };
    return { kind: 'ready', plan: planState.plan, selection };
  }

  private startLoad(reload = false): void {
    const src = this.src;
    const request = ++this.loadRequests;
    const start = ({ PlanSource, timeoutOption }: typeof import('./plan-loading.js')) => {
      if (request !== this.loadRequests) return;
      this.source ??= new PlanSource((state) => (this.ownState = state));
      const timeoutMs = timeoutOption(this.timeout);
      void this.source.load(src, (signal) => this.loadSrc(src!, { signal, reload, timeoutMs }));
    };
    // Until the plan loader arrives the element says "Loading" (a `src` and no state yet).
    if (planLoading.loaded) start(planLoading.loaded);
    else if (src) void planLoading.load().then(start);
  }

  /** Loads the plan again: this element's own `src`, or the enclosing `<plan-data>`'s. */
  protected retry(): void {
    if (this.src) this.startLoad(true);
    else this.dispatchEvent(new Event(PLAN_RETRY_EVENT, { bubbles: true, composed: true }));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Announce each new outcome once. An error that came from <plan-data> was announced there.
    const view = this.view;
    // After loading again (a retry), the same outcome is news again.
    if (view.kind === 'loading') this.lastAnnounced = undefined;
    const key = view.kind === 'ready' ? (view.plan ?? this) : view.kind === 'error' ? `error: ${view.error.message}` : undefined;
    const colours = view.kind === 'ready' && this.outcomeColours(view.plan, view.selection);
    if (colours) outcomeColourAdoption.adopt?.(this, colours);
    if (key === undefined || key === this.lastAnnounced) return;
    this.lastAnnounced = key;
    if (view.kind === 'ready') this.dispatchEvent(planLoadEvent(view.plan));
    else if (view.kind === 'error' && !view.fromContext) this.dispatchEvent(planErrorEvent(errorDetail(view.error)));
  }

  protected override render(): unknown {
    const view = this.view;
    switch (view.kind) {
      case 'empty':
        return this.renderEmpty();
      case 'loading':
        return html`<p class="state loading" part="loading" role="status">Loading the plan…</p>`;
      case 'error':
        return this.renderError(view.error);
      case 'ready':
        return this.renderReady(view.plan, view.selection);
    }
  }

  protected renderEmpty(): unknown {
    return html`<p class="state empty" part="empty">No plan to show: give this element a <code>src</code>, or place it inside <code>&lt;plan-data&gt;</code>.</p>`;
  }

  protected renderError(error: Error): TemplateResult {
    // Read by shape, not by class: the error may come from a <plan-data> of another copy of the
    // library. An invalid plan says where it came from: its URL, or (a `.plan` object) which
    // element was given it. Any error from loading may be tried again.
    const { problems = [], where, url } = toPlanKitError(error);
    const shown = problems.slice(0, 10);
    const canRetry = url !== undefined;
    return html`<div class="state error" part="error" role="alert">
      <p class="error-title"><strong>This part of the plan cannot be shown.</strong></p>
      <p class="error-message">${problems.length ? `${where} is not a valid plan:` : error.message}</p>
      ${shown.length
        ? html`<ul class="error-problems">
            ${shown.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`)}
            ${problems.length > shown.length ? html`<li>and ${problems.length - shown.length} more</li>` : nothing}
          </ul>`
        : nothing}
      ${canRetry ? html`<button type="button" part="retry" @click=${() => this.retry()}>Try again</button>` : nothing}
    </div>`;
  }
}
