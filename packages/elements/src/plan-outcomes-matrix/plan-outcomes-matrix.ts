import { type Outcome, type Plan, subOutcomesInOrder } from '@plan-kit/content';
import { html, nothing, type TemplateResult } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { defineElement } from '../shared/define.js';
import { heading } from '../shared/heading.js';
import { itemUrls, safeHref } from '../shared/links.js';
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
    // The link template is read once for the matrix's thirty or so links.
    const urlOf = itemUrls(this.href, plan);
    // The table and the stack show the same titles, links and lists: worked out once, shown twice.
    const columns = outcomes.map(
      (o): OutcomeColumn => ({
        part: `outcome ${outcomePart(plan, o)}`,
        title: numberedTitle(o.number, o.title, urlOf(o)),
        statement: o.statement || o.description ? richInline(this, o.statement ?? o.description) : nothing,
        subOutcomes: this.renderSubOutcomes(o, urlOf),
      }),
    );
    return html`<div class="matrix layout-${layout}" part="base">
      ${layout === 'many' ? nothing : this.renderTable(plan, columns)} ${this.renderStack(plan, columns)}
    </div>`;
  }

  private renderTable(plan: Plan, columns: OutcomeColumn[]): TemplateResult {
    const { labels } = plan;
    const hasStatements = columns.some((c) => c.statement !== nothing);
    return html`<table part="table">
      <caption>
        ${plan.title}: ${labels.outcomes.toLowerCase()} and ${labels.subOutcomes.toLowerCase()}
      </caption>
      <thead>
        <tr>
          <th scope="row" class="row-label">${labels.outcomes}</th>
          ${columns.map((c) => html`<th scope="col" class="outcome" part=${c.part}>${c.title}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${hasStatements
          ? html`<tr>
              <th scope="row" class="row-label">Statement</th>
              ${columns.map((c) => html`<td>${c.statement}</td>`)}
            </tr>`
          : nothing}
        <tr>
          <th scope="row" class="row-label">${labels.subOutcomes}</th>
          ${columns.map((c) => html`<td>${c.subOutcomes}</td>`)}
        </tr>
      </tbody>
    </table>`;
  }

  private renderStack(plan: Plan, columns: OutcomeColumn[]): TemplateResult {
    return html`<div class="stack" part="stack">
      ${columns.map(
        (c) => html`<section class="outcome" part=${c.part}>
          ${heading(this.headingLevel, c.title)}
          ${c.statement === nothing ? nothing : html`<p class="statement">${c.statement}</p>`}
          <p class="list-label">${plan.labels.subOutcomes}</p>
          ${c.subOutcomes}
        </section>`,
      )}
    </div>`;
  }

  private renderSubOutcomes(outcome: Outcome, urlOf: ItemUrls): TemplateResult {
    if (outcome.subOutcomes.length > 0) {
      return html`<ul class="sub-outcomes">
        ${subOutcomesInOrder(outcome).map((s) => subOutcomeItem(s.number, s.title, urlOf(outcome, s)))}
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
}

/** The URL of an outcome's or sub-outcome's page (`itemUrls`). */
type ItemUrls = ReturnType<typeof itemUrls>;

/** What the table's column and the stack's section show of one outcome (its parts rendered once). */
interface OutcomeColumn {
  /** "outcome outcome-2022-26--clean-green-future": the part names that give it its colour. */
  part: string;
  title: TemplateResult | string;
  /** `nothing` where the outcome has neither statement nor description. */
  statement: ReturnType<typeof richInline>;
  subOutcomes: TemplateResult;
}

/**
 * A sub-outcome in a list. A matrix lists each sub-outcome twice (table and stack), nearly all of
 * them linked: a linked one, numbered or not, is one template, not three nested (li, link, number).
 */
function subOutcomeItem(number: string | undefined, title: string, url: string | undefined): TemplateResult {
  if (!url) return html`<li>${numberedTitle(number, title, url)}</li>`;
  return number
    ? html`<li><a href=${safeHref(url)} part="link"><span class="number">${number}</span> ${title}</a></li>`
    : html`<li><a href=${safeHref(url)} part="link">${title}</a></li>`;
}

/** "<span class=number>9.3</span> Title", linked where there is a URL: the usual case (numbered and linked) in one template. */
function numberedTitle(number: string | undefined, title: string, url: string | undefined): TemplateResult | string {
  if (url && number) return html`<a href=${safeHref(url)} part="link"><span class="number">${number}</span> ${title}</a>`;
  const text = number ? html`<span class="number">${number}</span> ${title}` : title;
  return url ? html`<a href=${safeHref(url)} part="link">${text}</a>` : text;
}

defineElement('plan-outcomes-matrix', PlanOutcomesMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'plan-outcomes-matrix': PlanOutcomesMatrix;
  }
}
