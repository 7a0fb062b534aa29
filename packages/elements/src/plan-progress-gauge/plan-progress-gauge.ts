import { type Plan, PROGRESS_STATUS_WORDS, type ProgressStatus, statusFromFigures, PlanKitError, PlanAttributeError, PlanPartLoadError } from '@plan-kit/content';
import { html, nothing, type PropertyDeclarations, svg, type TemplateResult } from 'lit';
import { coreStyles } from '../shared/core.styles.js';
import { defineElement } from '../shared/define.js';
import { capitalise, formatValue } from '../shared/format.js';
import { onDemand } from '../shared/on-demand.js';
import { PlanElement } from '../shared/plan-element.js';
import { STATUS_ICONS } from '../shared/status-icons.js';
import type { GaugeFigures } from './gauge-figures.js';
import { type GaugeInput, type GaugePaths, clamp, gaugePaths, valueText } from './gauge-geometry.js';
import { gaugeStyles } from './plan-progress-gauge.styles.js';

// What the gauge shows (a module of its own, which gauge-indicator.ts reads without importing the
// element: no import cycle).
export type { GaugeFigures } from './gauge-figures.js';

/**
 * The figures from an indicator of a plan (gauge-indicator.ts, by gauge-from-plan.ts), imported when a gauge first has an
 * `indicator`: a gauge given its figures as attributes never loads it. The index provides it, so
 * that the server render has it at once.
 */
export const gaugeFromPlan = onDemand(() => import('./gauge-from-plan.js'));

/** A number attribute where an empty one (`target=""` from a template with no figure) means none, not 0. */
const optionalNumber = { fromAttribute: (text: string | null) => (text?.trim() ? Number(text) : undefined) };


/**
 * A value against its target, drawn as a half-circle gauge, with the status in words.
 * Works from attributes alone (`value="62" max="100" target="75" label="..." unit="%"`) or from
 * an indicator of a plan (`indicator="healthy-weight-adults"` with `src`, `.plan` or an
 * enclosing `<plan-data>`). Screen readers get a meter with a text value such as
 * "62% against a target of 75%, target met"; example figures carry a visible "Example figure" label.
 * An indicator's status is the published method's (`@plan-kit/content` progress.ts) as at `today`,
 * with its reason in words and numbers, its flags ("Target date passed", "Figure overdue") and the
 * council's own assessment beside it where one is recorded. Figures alone have no dates, so a
 * gauge given attributes says "Target met" or, unless `status` is given, no status.
 *
 * @summary A progress gauge for one indicator.
 * @csspart base - The figure around everything.
 * @csspart meter - The meter (the drawing and the reading).
 * @csspart chart - The SVG drawing.
 * @csspart label - The indicator's name.
 * @csspart status - The status in words.
 * @csspart figures - Target, baseline, latest value and change.
 * @csspart reason - Why the indicator has its status, with the numbers (an indicator of a plan).
 * @csspart council - The council's own assessment, where one is recorded.
 * @csspart example-label - The "Example figure" label.
 * @cssprop --plan-color-on-track - Colour of a value that is on track or has met its target (default #00703c).
 * @cssprop --plan-color-some-progress - Colour of a value with some progress (default #a34700).
 * @cssprop --plan-color-off-track - Colour of an off-track value (default #d4351c).
 * @cssprop --plan-gauge-size - Width of the drawing (default 12em; 7em when compact).
 * @event plan-load - The indicator was found and drawn.
 * @event plan-error - The plan could not be loaded, or has no such indicator.
 */
export class PlanProgressGauge extends PlanElement<GaugeFigures> {
  static override styles = [coreStyles, gaugeStyles];

  // Declared without decorators: each decorator call costs the gauge's page some bytes.
  static override properties: PropertyDeclarations = {
    indicator: { reflect: true },
    value: { converter: optionalNumber },
    min: { type: Number },
    max: { type: Number },
    target: { converter: optionalNumber },
    baseline: { converter: optionalNumber },
    label: {},
    unit: {},
    direction: {},
    status: {},
    today: {},
    example: { type: Boolean, reflect: true },
    compact: { type: Boolean, reflect: true },
  };

  /** The id of an indicator in the plan; when set, its figures are used instead of the attributes. */
  declare indicator?: string;

  /** The current value. */
  declare value?: number;
  /** The lowest value of the scale. */
  min = 0;
  /** The highest value of the scale. */
  max = 100;
  /** The value aimed for. */
  declare target?: number;
  /** The value at the start, for comparison. */
  declare baseline?: number;
  /** What is measured, e.g. "Adults with a healthy weight". */
  label = '';
  /** Unit: "%" for percentages, "£" or "£m" for money, otherwise a word such as "years". */
  unit = '';
  /** Which way is good: "higher-is-better" (default) or "lower-is-better". */
  direction: 'higher-is-better' | 'lower-is-better' = 'higher-is-better';
  /** The status when the page gives one (target-met, on-track, some-progress, off-track, not-assessable); from figures alone, only "target-met" can be worked out. */
  declare status?: ProgressStatus;
  /** The day an indicator's status is judged on, YYYY-MM-DD; the reader's today when not set (set it for prerendering, tests and stories). */
  declare today?: string;
  /** Marks the figures as examples, not real figures; a visible label says so. */
  example = false;
  /** A smaller gauge for cards and lists. */
  compact = false;

  protected override needsPlan(): boolean {
    return Boolean(this.indicator);
  }

  protected override selectWithoutPlan(): GaugeFigures | PlanKitError {
    const input: GaugeInput = {
      value: finite(this.value),
      min: finite(this.min) ?? 0,
      max: finite(this.max) ?? 100,
      target: finite(this.target),
      baseline: finite(this.baseline),
      unit: this.unit,
      direction: this.direction === 'lower-is-better' ? 'lower-is-better' : 'higher-is-better',
    };
    const name = `The gauge "${this.label || 'without a label'}"`;
    if (input.max <= input.min) return new PlanAttributeError(`${name} has max (${input.max}) not above min (${input.min}).`);
    // An attribute can hold anything; status="" means not given.
    const status = this.status || undefined;
    if (status && !Object.hasOwn(STATUS_ICONS, status)) {
      return new PlanAttributeError(`${name} has status "${status}": use target-met, on-track, some-progress, off-track, not-assessable, or leave it out.`);
    }
    return {
      ...input,
      // A blank label would leave the meter without a name: "Progress" stands in, as for none.
      label: (this.label ?? '').trim(),
      status: status ?? statusFromFigures({ latest: input.value, ...input }),
      example: this.example,
    };
  }

  protected override select(plan: Plan): GaugeFigures | PlanKitError {
    // scheduleUpdate waited for the module; a server render has it from the index.
    const fromPlan = gaugeFromPlan.loaded;
    return fromPlan ? fromPlan.indicatorFigures(plan, this.indicator ?? '', this.today) : new PlanPartLoadError(`Indicator "${this.indicator}" cannot be shown: ${this.partFailure}`);
  }

  /** Why the module that reads an indicator could not be imported, if it could not. */
  private partFailure?: string;

  /**
   * A gauge with an indicator renders once its module (gaugeFromPlan) has come: its first
   * render, which hydrates a prerendered gauge, shows the indicator's figures as the server's did.
   * If it cannot come (offline), the gauge says so rather than staying blank.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    // A failed import stays failed (onDemand keeps its promise): each update reads the same reason.
    if (this.indicator && !gaugeFromPlan.loaded) await gaugeFromPlan.load().catch((error: unknown) => (this.partFailure = String(error)));
    return super.scheduleUpdate();
  }

  protected override renderReady(_plan: Plan, figures: GaugeFigures): TemplateResult {
    const paths = pathsOf(figures);
    const hasValue = figures.value !== undefined;
    const status = figures.status;
    const reading = hasValue ? formatValue(figures.value!, figures.unit) : '–';
    const spoken = valueText(figures, status, figures.exampleLabel?.toLowerCase() ?? figures.example, figures.assessment?.summary);
    return html`<figure class="gauge status-${status}" part="base">
      <div
        class="meter"
        part="meter"
        role=${hasValue ? 'meter' : 'img'}
        aria-labelledby=${hasValue ? 'label' : nothing}
        aria-label=${hasValue ? nothing : `${figures.label || 'Progress'}: ${spoken}`}
        aria-valuemin=${hasValue ? figures.min : nothing}
        aria-valuemax=${hasValue ? figures.max : nothing}
        aria-valuenow=${hasValue ? clamp(figures.value!, figures.min, figures.max) : nothing}
        aria-valuetext=${hasValue ? spoken : nothing}
      >
        <svg viewBox="-52 -52 104 58" part="chart" aria-hidden="true">
          <path class="track" d=${paths.track}></path>
          ${paths.value ? svg`<path class="value" d=${paths.value}></path>` : nothing}
          ${paths.baseline ? svg`<path class="baseline" d=${paths.baseline}></path>` : nothing}
          ${paths.target ? svg`<path class="target" d=${paths.target}></path>` : nothing}
        </svg>
        <div class="scale" aria-hidden="true">
          <span class="scale-end">${formatValue(figures.min, figures.unit)}</span>
          <span class="reading">${reading}</span>
          <span class="scale-end">${formatValue(figures.max, figures.unit)}</span>
        </div>
      </div>
      <figcaption id="label" part="label">${figures.label || 'Progress'}</figcaption>
      <p class="status" part="status">
        <span class="status-icon" aria-hidden="true">${STATUS_ICONS[status]}</span>
        <span>${capitalise(PROGRESS_STATUS_WORDS[status])}</span>
      </p>
      ${figures.assessment ? gaugeFromPlan.loaded?.assessmentLines(figures.assessment) : nothing}
      ${this.renderFigures(figures)}
      ${figures.example ? html`<p class="example-label" part="example-label">${figures.exampleLabel ?? 'Example figure'}</p>` : nothing}
    </figure>`;
  }

  /**
   * The target's and baseline's marks beside their names are the legend of the arc's marks,
   * written into the rows' own templates: a template of their own would be two more template
   * instances in every gauge.
   */
  private renderFigures(f: GaugeFigures): TemplateResult {
    // Dates come only with an indicator's figures, and their words with them (gauge-from-plan.ts).
    const words = (date: string) => gaugeFromPlan.loaded?.formatDate(date) ?? date;
    const when = (date?: string) => (date ? html` <span class="date">(${words(date)})</span>` : nothing);
    return html`<dl class="figures" part="figures">
      ${f.value !== undefined ? html`<div><dt>Latest</dt><dd>${formatValue(f.value, f.unit)}${when(f.valueDate)}</dd></div>` : nothing}
      ${f.target !== undefined
        ? html`<div><dt><svg class="key" viewBox="0 0 6 12" aria-hidden="true"><path class="target" d="M1 0h4v12h-4z"></path></svg>Target</dt><dd>${formatValue(f.target, f.unit)}${f.targetDate ? html` <span class="date">by ${words(f.targetDate)}</span>` : nothing}</dd></div>`
        : nothing}
      ${f.baseline !== undefined ? html`<div><dt><svg class="key" viewBox="0 0 6 12" aria-hidden="true"><path class="baseline" d="M1 0h4v12h-4z"></path></svg>Baseline</dt><dd>${formatValue(f.baseline, f.unit)}${when(f.baselineDate)}</dd></div>` : nothing}
      ${f.assessment ? gaugeFromPlan.loaded?.changeRows(f.assessment) : nothing}
      ${f.direction === 'lower-is-better' ? html`<div><dt>Direction</dt><dd>Lower is better</dd></div>` : nothing}
    </dl>`;
  }
}

/**
 * The arcs for these figures, drawn once for all the gauges that show them: the track is the
 * same for every gauge, and a page of gauges repeats scales, targets and baselines. Drawing the
 * arcs (rounded corners) was a fifth of a gauge's first render. Bounded, as a page may
 * show any number of figures.
 */
const drawnPaths = new Map<string, GaugePaths>();

function pathsOf(figures: GaugeInput): GaugePaths {
  const key = [figures.value, figures.min, figures.max, figures.target, figures.baseline].join();
  if (drawnPaths.size > 999) drawnPaths.clear();
  const paths = drawnPaths.get(key) ?? gaugePaths(figures);
  drawnPaths.set(key, paths);
  return paths;
}

function finite(value: number | undefined): number | undefined {
  return Number.isFinite(value) ? value : undefined;
}

defineElement('plan-progress-gauge', PlanProgressGauge);

declare global {
  interface HTMLElementTagNameMap {
    'plan-progress-gauge': PlanProgressGauge;
  }
}
