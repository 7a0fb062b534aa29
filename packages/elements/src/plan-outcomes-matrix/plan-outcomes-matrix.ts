import { type Outcome, type Plan, type SubOutcome, subOutcomesInOrder } from '@plan-kit/content';
import { html, nothing, type TemplateResult } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { defineElement } from '../shared/define.js';
import { heading } from '../shared/heading.js';
import { itemUrl, safeHref } from '../shared/links.js';
import { type ColouredOutcome, outcomePart } from '../shared/outcome-colours.js';
import { LinkingElement } from '../shared/placed-element.js';
import { richInline } from '../shared/rich-text.js';
import { matrixStyles } from './plan-outcomes-matrix.styles.js';

/**
 * The plan's outcomes side by side with their statements and sub-outcomes (or priorities): a
 * table with header cells where there is room, and the same content as a stack of outcome
 * sections where there is not (the element decides by its own width, with a container query,
 * so it reflows at 320 CSS px without scrolling sideways). Rows are headed with the plan's own
 * labels, e.g. "Strategic Outcomes" and "Priorities for success". A plan that states only how
 * many priorities each theme has (2014-18) shows those counts.
 *
 * @summary The outcomes of a plan and their sub-outcomes, as a table or a stack.
 * @csspart base - The wrapper.
 * @csspart table - The table (wide layout).
 * @csspart stack - The stack of outcome sections (narrow layout).
 * @csspart outcome - An outcome's column header or section.
 * @csspart outcome-{plan}--{outcome} - The same, for one outcome (`outcome-2022-26--clean-green-future`): it takes that outcome's colour from `--plan-outcome-colour`.
 * @csspart heading - Outcome headings in the stack.
 * @csspart link - Links to outcome and sub-outcome pages.
 * @cssprop --plan-color-accent - Outcome colour where the content gives none (default #1d70b8).
 * @cssprop --plan-outcome-colour - An outcome's colour, set on its part (see outcome-colours.ts); the content's colour once the script runs.
 * @event plan-load - The plan loaded and the matrix is shown.
 * @event plan-error - The plan could not be loaded.
 */
export class PlanOutcomesMatrix extends LinkingElement<Plan> {
  static override styles = [baseStyles, matrixStyles];

  protected override select(plan: Plan): Plan {
    return plan;
  }

  protected override outcomeColours(plan: Plan): ColouredOutcome[] {
    return plan.outcomes.map((outcome) => ({ plan, outcome }));
  }

  protected override renderReady(plan: Plan): TemplateResult {
    const outcomes = plan.outcomes;
    const layout = outcomes.length <= 3 ? 'few' : outcomes.length <= 6 ? 'some' : 'many';
    return html`<div class="matrix layout-${layout}" part="base">
      ${layout === 'many' ? nothing : this.renderTable(plan)} ${this.renderStack(plan)}
    </div>`;
  }

  private renderTable(plan: Plan): TemplateResult {
    const { labels, outcomes } = plan;
    const hasStatements = outcomes.some((o) => o.statement || o.description);
    return html`<table part="table">
      <caption>
        ${plan.title}: ${labels.outcomes.toLowerCase()} and ${labels.subOutcomes.toLowerCase()}
      </caption>
      <thead>
        <tr>
          <th scope="row" class="row-label">${labels.outcomes}</th>
          ${outcomes.map(
            (o) => html`<th scope="col" class="outcome" part="outcome ${outcomePart(plan, o)}">${this.outcomeTitle(plan, o)}</th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${hasStatements
          ? html`<tr>
              <th scope="row" class="row-label">Statement</th>
              ${outcomes.map((o) => html`<td>${richInline(this, o.statement ?? o.description)}</td>`)}
            </tr>`
          : nothing}
        <tr>
          <th scope="row" class="row-label">${labels.subOutcomes}</th>
          ${outcomes.map((o) => html`<td>${this.renderSubOutcomes(plan, o)}</td>`)}
        </tr>
      </tbody>
    </table>`;
  }

  private renderStack(plan: Plan): TemplateResult {
    return html`<div class="stack" part="stack">
      ${plan.outcomes.map(
        (o) => html`<section class="outcome" part="outcome ${outcomePart(plan, o)}">
          ${heading(this.headingLevel, this.outcomeTitle(plan, o), 'heading')}
          ${o.statement || o.description ? html`<p class="statement">${richInline(this, o.statement ?? o.description)}</p>` : nothing}
          <p class="list-label">${plan.labels.subOutcomes}</p>
          ${this.renderSubOutcomes(plan, o)}
        </section>`,
      )}
    </div>`;
  }

  private outcomeTitle(plan: Plan, outcome: Outcome): TemplateResult {
    const text = html`${outcome.number ? html`<span class="number">${outcome.number}</span> ` : nothing}${outcome.title}`;
    const url = itemUrl(this.href, plan, outcome);
    return url ? html`<a href=${safeHref(url)} part="link">${text}</a>` : text;
  }

  private renderSubOutcomes(plan: Plan, outcome: Outcome): TemplateResult {
    if (outcome.subOutcomes.length > 0) {
      return html`<ul class="sub-outcomes">
        ${subOutcomesInOrder(outcome).map((s) => html`<li>${this.subOutcomeTitle(plan, outcome, s)}</li>`)}
      </ul>`;
    }
    // A plan that states how many priorities there are without listing them (2014-18).
    const count = outcome.count;
    const subThemes = outcome.subThemes ?? [];
    if (!count && subThemes.length === 0) return html`<p class="none">None listed in the sources.</p>`;
    return html`${count ? html`<p class="count"><strong>${count.value}</strong> ${count.label}</p>` : nothing}
      ${subThemes.length
        ? html`<ul class="sub-themes">
            ${subThemes.map((t) => html`<li>${t.title}: <strong>${t.count.value}</strong> ${t.count.label}</li>`)}
          </ul>`
        : nothing}`;
  }

  private subOutcomeTitle(plan: Plan, outcome: Outcome, sub: SubOutcome): TemplateResult {
    const text = html`${sub.number ? html`<span class="number">${sub.number}</span> ` : nothing}${sub.title}`;
    const url = itemUrl(this.href, plan, outcome, sub);
    return url ? html`<a href=${safeHref(url)} part="link">${text}</a>` : text;
  }
}

defineElement('plan-outcomes-matrix', PlanOutcomesMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'plan-outcomes-matrix': PlanOutcomesMatrix;
  }
}
