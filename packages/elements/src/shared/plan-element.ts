/**
 * The base of every data element: where the plan comes from (a `.plan` property, its own `src`,
 * or an enclosing `<plan-data>`), the loading / ready / error / empty states, and the
 * `plan-load` and `plan-error` events. Subclasses choose their part of the plan (`select`) and
 * render it (`renderReady`); they never fetch or parse JSON themselves.
 *
 * Getting the plan (loading, checking, `<plan-data>`, retrying) is the plan feed's
 * (plan-feed.ts), which an element imports the first time it needs a plan: a gauge given its
 * figures as attributes, which needs none, carries only this module.
 */
import { type LoadPlanOptions, type Outcome, type Plan, PlanAttributeError, PlanKitError, PlanPartLoadError, isValidatedPlan } from '@plan-kit/content';
import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { type PlanErrorDetail, planErrorEvent, planLoadEvent } from './events.js';
import { onDemand, planLoading } from './on-demand.js';
import type { PlanFeed } from './plan-feed.js';
import { type View, viewOf } from './view.js';

/** An outcome of a plan, which an element shows in its colour (outcome-colours.ts). */
export interface ColouredOutcome {
  plan: Pick<Plan, 'id'>;
  outcome: Pick<Outcome, 'id' | 'colour'>;
}

/**
 * Adopts an element's outcome colours into its shadow root. Set by outcome-colours.ts as it loads,
 * which every element that shows outcome colours imports (for their part names, `outcomePart`):
 * a gauge, which shows none, loads none of it.
 */
export const outcomeColourAdoption: { adopt?: (element: LitElement, outcomes: ColouredOutcome[]) => void } = {};

/**
 * Where an element's plan comes from (plan-feed.ts): for an element that needs a plan, which a
 * gauge given attributes does not. Here, beside the one element base that uses it: plan-feed.ts
 * imports nothing that leads back to this module.
 */
export const planFeed = onDemand(() => import('./plan-feed.js'));

/** The detail of `plan-error` for an element with no plan feed, whose errors are all its own (a gauge's attributes). */
function ownErrorDetail(error: Error): PlanErrorDetail {
  return { message: error.message, kind: error instanceof PlanKitError ? error.kind : 'unexpected', error };
}

export abstract class PlanElement<T> extends LitElement {
  // Declared without decorators: their calls cost every page, the gauge's included, some bytes each.
  static override properties: PropertyDeclarations = {
    plan: { attribute: false },
    src: { reflect: true },
    timeout: { type: Number },
  };

  /** The plan as an object. Takes precedence over `src` and over an enclosing `<plan-data>`. */
  declare plan?: Plan;

  /** URL of a plan JSON file to load; many elements with one URL share one request. */
  declare src?: string;

  /**
   * Milliseconds to wait for `src` before showing an error with "Try again" (default 15000).
   * Elements that share a URL share its request, and the timeout of the first to ask.
   */
  declare timeout?: number;

  /** What `render()` shows; worked out in `willUpdate` so that render stays free of side effects. */
  protected view: View<T> = { kind: 'empty' };

  /** Where the plan comes from, made when the element first needs a plan and the feed has come. */
  private feed?: PlanFeed;
  /** Why the plan feed could not be imported, if it could not. */
  private feedFailure?: string;
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

  /**
   * An element that needs a plan renders once the plan feed has come (at once where it was
   * provided, as the index does for the server render), unless it was given plans known valid
   * (`validatePlan` returned them), which it shows at once: its first render, which hydrates a
   * prerendered element, shows the plan as the server's did. If the feed cannot come (offline),
   * the element says so rather than staying blank.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    // A failed import stays failed (onDemand keeps its promise): each update reads the same reason.
    if (this.needsPlan() && !planFeed.loaded && !this.givenPlans()?.every(isValidatedPlan)) {
      await planFeed.load().catch((error: unknown) => (this.feedFailure = String(error)));
    }
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.needsPlan()) {
      this.view = viewOf(this.selectWithoutPlan(), this.plan as Plan);
      return;
    }
    const feeds = planFeed.loaded;
    this.feed ??= feeds && new feeds.PlanFeed(this, (src, options) => this.loadSrc(src, options));
    const given = this.givenPlans();
    this.view = this.feed
      ? this.feed.view(changed.has('src'), given, (plan, plans) => this.select(plan, plans))
      : given?.every(isValidatedPlan)
        ? viewOf(this.select(given[0]!, given), given[0]!)
        : viewOf<T>(new PlanPartLoadError(`The plan cannot be loaded: ${this.feedFailure}`), this.plan as Plan);
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
    else if (view.kind === 'error' && !view.fromContext) this.dispatchEvent(planErrorEvent((planFeed.loaded?.errorDetail ?? ownErrorDetail)(view.error)));
  }

  protected override render(): unknown {
    const view = this.view;
    return view.kind === 'ready'
      ? this.renderReady(view.plan, view.selection)
      : view.kind === 'error'
        ? this.renderError(view.error)
        : view.kind === 'loading'
          ? html`<p class="state loading" part="loading" role="status">Loading the plan…</p>`
          : this.feed?.renderEmpty();
  }

  /** The error, with what the plan feed adds (an invalid plan's problems, "Try again") where there is one. */
  protected renderError(error: Error): TemplateResult {
    return html`<div class="state error" part="error" role="alert">
      <p class="error-title"><strong>This part of the plan cannot be shown.</strong></p>
      ${this.feed?.renderErrorDetails(error) ?? html`<p class="error-message">${error.message}</p>`}
    </div>`;
  }
}
