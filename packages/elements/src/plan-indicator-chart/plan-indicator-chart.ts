import { type Indicator, type Plan, findIndicator, progressMethod, PlanKitError, PlanNotFoundError, PlanAttributeError } from '@plan-kit/content';
import { html, nothing, svg, type TemplateResult, type PropertyDeclarations } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { defineElement } from '../shared/define.js';
import { figuresTable, figuresTableStyles } from '../shared/figures-table.js';
import { PlanElement } from '../shared/plan-element.js';
import { describeTrend } from './chart-description.js';
import { CHART_HEIGHT, CHART_WIDTH, type ChartLayout, axisValue, chartLayout, unitOnAxis } from './chart-geometry.js';
import { chartStyles } from './plan-indicator-chart.styles.js';

/** What the chart shows: the indicator, where its figures go, and the trend in words. */
interface ChartView {
  indicator: Indicator;
  layout: ChartLayout;
  trend: string;
}

/**
 * An indicator's figures over time: a line through its dated figures, with its baseline and target
 * as lines across, labelled axes, and the trend in words under it ("Fell from 14.6% in March 2022
 * to 12.8% in March 2025 (lower is better, so this is an improvement). Target: 13% by March
 * 2026."), which is also the drawing's accessible description. Example figures are drawn as
 * hollow marks and said in words; the figures are a table in a disclosure beside the drawing.
 * Prerendered, it reads fully without JavaScript.
 *
 * @summary A line chart of one indicator, with its trend in words and its figures as a table.
 * @csspart base - The figure around everything.
 * @csspart caption - The indicator's name.
 * @csspart unit - The unit of the value axis, where it is a word ("Values in years").
 * @csspart chart - The SVG drawing.
 * @csspart description - The trend in words.
 * @csspart legend - What the lines and marks mean.
 * @csspart table - The disclosure holding the figures as a table.
 * @csspart figures-table - The table of figures.
 * @cssprop --plan-color-accent - Colour of the line and its marks (default #1d70b8).
 * @event plan-load - The indicator was found and drawn.
 * @event plan-error - The plan could not be loaded, or has no such indicator.
 */
export class PlanIndicatorChart extends PlanElement<ChartView> {
  static override styles = [baseStyles, figuresTableStyles, chartStyles];

  // Declared without decorators: Lit's decorator code and each call cost a page bytes.
  static override properties: PropertyDeclarations = {
    indicator: { reflect: true },
  };

  /** The id of an indicator in the plan. */
  declare indicator?: string;

  protected override select(plan: Plan): ChartView | PlanKitError {
    if (!this.indicator) return new PlanAttributeError('<plan-indicator-chart> needs an indicator attribute: the id of an indicator in the plan.');
    const found = findIndicator(plan, this.indicator);
    if (!found) return new PlanNotFoundError(`${plan.title} has no indicator "${this.indicator}".`);
    return { indicator: found.indicator, layout: chartLayout(found.indicator), trend: describeTrend(found.indicator, progressMethod(plan)) };
  }

  protected override renderReady(_plan: Plan, { indicator, layout, trend }: ChartView): TemplateResult {
    const hasExamples = layout.points.some((p) => p.example) || layout.baseline?.example || layout.target?.example;
    const hasCouncilFigures = layout.points.some((p) => !p.example);
    return html`<figure class="chart" part="base">
      <figcaption part="caption">${indicator.title}</figcaption>
      ${unitOnAxis(indicator.unit) ? nothing : html`<p class="unit" part="unit" aria-hidden="true">Values in ${indicator.unit}</p>`}
      <div class="drawing">
      <svg
        viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}"
        role="img"
        aria-label="Line chart: ${indicator.title}"
        aria-describedby="trend"
        part="chart"
      >
        ${this.renderAxes(layout, indicator.unit)} ${this.renderReferenceLines(layout, indicator.unit)}
        ${layout.line ? svg`<path class="line" d=${layout.line}></path>` : nothing}
        ${layout.points.map((p) => svg`<circle class=${p.example ? 'mark example' : 'mark'} cx=${p.x} cy=${p.y} r="4.5"></circle>`)}
      </svg>
      </div>
      <p id="trend" class="description" part="description">${trend}</p>
      <ul class="legend" part="legend">
        ${hasCouncilFigures ? html`<li>${legendKey('mark')} Figure</li>` : nothing}
        ${hasExamples ? html`<li>${legendKey('mark example')} Example figure (hollow)</li>` : nothing}
        ${layout.baseline ? html`<li>${legendKey('baseline')} Baseline (dashed)</li>` : nothing}
        ${layout.target ? html`<li>${legendKey('target')} Target (dotted, ◆ its date)</li>` : nothing}
      </ul>
      <details part="table">
        <summary>The figures as a table</summary>
        ${figuresTable(indicator)}
      </details>
    </figure>`;
  }

  private renderAxes({ valueTicks, dateTicks, plot }: ChartLayout, unit: string) {
    return svg`<g class="axis" aria-hidden="true">
      ${valueTicks.map(
        (t) => svg`<line class="grid" x1=${plot.left} x2=${plot.right} y1=${t.at} y2=${t.at}></line>
          <text class="tick" x=${plot.left - 5} y=${t.at} text-anchor="end" dominant-baseline="middle">${axisValue(t.value, unit)}</text>`,
      )}
      <line class="axis-line" x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom}></line>
      ${dateTicks.map(
        (t) => svg`<line class="axis-line" x1=${t.at} x2=${t.at} y1=${plot.bottom} y2=${plot.bottom + 5}></line>
          <text class="tick" x=${t.at} y=${plot.bottom + 18} text-anchor="middle">${t.label}</text>`,
      )}
    </g>`;
  }

  private renderReferenceLines({ baseline, target, plot }: ChartLayout, unit: string) {
    return svg`${baseline
      ? svg`<line class="baseline" x1=${plot.left} x2=${plot.right} y1=${baseline.y} y2=${baseline.y}></line>
          <text class="reference-label" x=${plot.left + 4} y=${baseline.y - 5}>Baseline ${axisValue(baseline.figure.value, unit)}</text>`
      : nothing}
    ${target
      ? svg`<line class="target" x1=${plot.left} x2=${plot.right} y1=${target.y} y2=${target.y}></line>
          <path class="target-mark" d="M${target.x} ${target.y - 6}l6 6l-6 6l-6 -6z"></path>
          <text class="reference-label" x=${plot.right - 8} y=${target.y - 8} text-anchor="end">Target ${axisValue(target.figure.value, unit)}</text>`
      : nothing}`;
  }
}

/** A small drawing of a line or mark for the legend (the words beside it say the same). */
function legendKey(kind: string): TemplateResult {
  const drawing = kind.startsWith('mark')
    ? svg`<circle class=${kind} cx="12" cy="8" r="4.5"></circle>`
    : svg`<line class=${kind} x1="0" x2="24" y1="8" y2="8"></line>`;
  return html`<svg class="key" viewBox="0 0 24 16" aria-hidden="true" focusable="false">${drawing}</svg>`;
}

defineElement('plan-indicator-chart', PlanIndicatorChart);

declare global {
  interface HTMLElementTagNameMap {
    'plan-indicator-chart': PlanIndicatorChart;
  }
}
