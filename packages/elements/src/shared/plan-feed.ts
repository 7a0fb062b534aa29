/**
 * What an element needs to be fed a plan, and that a gauge given its figures as attributes never
 * needs: loading its `src` (one request per URL, a timeout, "Try again"), checking a plan object,
 * listening to an enclosing `<plan-data>`, and the error that lists an invalid plan's problems
 * with a retry button. PlanElement (plan-element.ts, in every element) imports this module
 * the first time an element needs a plan (`planFeed` in plan-element.ts) and renders once it has
 * come; in the embed bundle it is in the plan loader's chunk, which such an element loads anyway.
 */
import { type LoadPlanOptions, type Plan, type PlanKitError, toPlanKitError } from '@plan-kit/content';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { PLAN_RETRY_EVENT } from './events.js';
import { planDataContext } from './on-demand.js';
import type { PlanState } from './plan-context.js';
import { planObjectsState } from './plan-check.js';
import { planStateStyles } from './plan-state.styles.js';
import { PlanSource, timeoutOption } from './plan-source.js';
import { type View, viewOf } from './view.js';

// plan-element.ts reads the detail of a plan-error event from here, once the feed has come.
export { errorDetail } from './error-detail.js';

/** What the feed reads of its element. */
export interface FedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  timeout?: number;
  readonly hasUpdated: boolean;
}

/**
 * Adopts the styles of what a fed element shows ("Try again", an invalid plan's problems) into
 * its shadow root, where its own styles (`baseStyles`) do not have them already: a gauge's.
 * Where a browser cannot adopt sheets, Lit writes style elements, and the button keeps the
 * browser's look.
 */
function adoptPlanStateStyles(host: FedHost): void {
  const root = host.shadowRoot;
  const sheet = planStateStyles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * One element's plan: from the objects it was given, its own `src`, or the enclosing
 * `<plan-data>`, in that order. A controller of the element: it cancels a load when the element
 * leaves the page and loads again when it comes back.
 */
export class PlanFeed implements ReactiveController {
  private ownState?: PlanState;
  private contextState?: PlanState;
  private source?: PlanSource;
  private listening = false;

  constructor(
    private readonly host: FedHost,
    /** The element's own loading of a `src` (one URL, or a list for the elements that show several plans). */
    private readonly loadSrc: (src: string, options: LoadPlanOptions) => Promise<Plan[]>,
  ) {
    host.addController(this);
    adoptPlanStateStyles(host);
  }

  hostConnected(): void {
    // Reconnected after a move: load again if the earlier load was cancelled on disconnect.
    if (this.host.src && this.ownState?.status !== 'ready' && this.host.hasUpdated) this.startLoad();
  }

  hostDisconnected(): void {
    this.source?.cancel();
  }

  /**
   * What the element shows, from the plans it was given (`given`), else its `src` (loaded again
   * when `srcChanged`, and at first), else the enclosing `<plan-data>`; `select` picks the
   * element's part of a plan.
   */
  view<T>(srcChanged: boolean, given: Plan[] | undefined, select: (plan: Plan, plans: Plan[]) => T | PlanKitError): View<T> {
    const src = this.host.src;
    if (srcChanged || (src && !this.source)) this.startLoad();
    const fromContext = !given && !src;
    if (fromContext) this.listenToPlanData();
    const state = given ? planObjectsState(given, this.host.localName) : src ? this.ownState : this.contextState;
    if (!state) return src ? { kind: 'loading', src } : { kind: 'empty' };
    if (state.status === 'loading') return { kind: 'loading', src: state.src };
    if (state.status === 'error') return { kind: 'error', error: state.error, fromContext };
    return viewOf(select(state.plan, state.plans ?? [state.plan]), state.plan);
  }

  /**
   * Listens to the enclosing `<plan-data>`, for an element that has no plan of its own. The
   * context consumer loads on first need (plan-data-context.ts): at once when it has loaded (a
   * `<plan-data>` on the page brings it), else once it has.
   */
  private listenToPlanData(): void {
    if (this.listening) return;
    this.listening = true;
    const listen = ({ consumePlanContext }: typeof import('./plan-data-context.js')) =>
      consumePlanContext(this.host, (state) => {
        this.contextState = state;
        this.host.requestUpdate();
      });
    if (planDataContext.loaded) listen(planDataContext.loaded);
    else void planDataContext.load(() => import('../plan-data/plan-data.js')).then(listen);
  }

  private startLoad(reload = false): void {
    const src = this.host.src;
    this.source ??= new PlanSource((state) => {
      this.ownState = state;
      this.host.requestUpdate();
    });
    const timeoutMs = timeoutOption(this.host.timeout);
    void this.source.load(src, (signal) => this.loadSrc(src!, { signal, reload, timeoutMs }));
  }

  /** Loads the plan again: this element's own `src`, or the enclosing `<plan-data>`'s. */
  retry(): void {
    if (this.host.src) this.startLoad(true);
    else this.host.dispatchEvent(new Event(PLAN_RETRY_EVENT, { bubbles: true, composed: true }));
  }

  /** "No plan to show": what an element needs, when it has none. */
  renderEmpty(): TemplateResult {
    return html`<p class="state empty" part="empty">No plan to show: give this element a <code>src</code>, or place it inside <code>&lt;plan-data&gt;</code>.</p>`;
  }

  /**
   * What went wrong, below the error's title: an invalid plan's problems, and "Try again" for an
   * error of loading.
   */
  renderErrorDetails(error: Error): TemplateResult {
    // Read by shape, not by class: the error may come from a <plan-data> of another copy of the
    // library. An invalid plan says where it came from: its URL, or (a `.plan` object) which
    // element was given it. Any error from loading may be tried again.
    const { problems = [], where, url } = toPlanKitError(error);
    const shown = problems.slice(0, 10);
    return html`<p class="error-message">${problems.length ? `${where} is not a valid plan:` : error.message}</p>
      ${shown.length
        ? html`<ul class="error-problems">
            ${shown.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`)}
            ${problems.length > shown.length ? html`<li>and ${problems.length - shown.length} more</li>` : nothing}
          </ul>`
        : nothing}
      ${url !== undefined ? html`<button type="button" part="retry" @click=${() => this.retry()}>Try again</button>` : nothing}`;
  }
}
