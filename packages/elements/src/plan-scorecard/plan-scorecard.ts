import {
  type Assessment,
  type AssessOptions,
  type IndicatorContext,
  type Outcome,
  type Plan,
  type ProgressStatus,
  allIndicators,
  assessIndicator,
  findOutcome,
  findSubOutcome,
  isExampleValue,
  latestValue,
  PlanKitError,
  PlanNotFoundError,
  PROGRESS_STATUSES,
  PROGRESS_WORDS,
  progressCountWords,
  tallyStatuses,
} from '@plan-kit/content';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { defineElement } from '../shared/define.js';
import { capitalise, formatDate, formatValue } from '../shared/format.js';
import { PlanElement } from '../shared/plan-element.js';
import { progressOptions } from '../shared/plan-making.js';
import { STATUS_ICONS } from '../shared/status-icons.js';
import { scorecardStyles } from './plan-scorecard.styles.js';

/** What one indicator shows in its row or list item. */
interface Cells {
  status: ProgressStatus;
  name: TemplateResult;
  statusWords: TemplateResult;
  latest: TemplateResult | string;
  target: TemplateResult | string;
  change: TemplateResult;
}

/** One indicator with the number of its sub-outcome and what the progress method says of it. */
interface Row {
  number?: string;
  indicator: IndicatorContext['indicator'];
  assessment: Assessment;
}

/**
 * The indicators shown, grouped by outcome, and what the scope is called. (Kept to the fields it
 * shows: whole outcome objects here make the element's property types too deep for TypeScript.)
 */
interface Scorecard {
  scope: string;
  groups: { id: string; title: string; rows: Row[] }[];
}

function group(outcome: Outcome, rows: IndicatorContext[], options: AssessOptions): Scorecard['groups'][number] {
  return {
    id: outcome.id,
    title: outcome.title,
    rows: rows
      .filter((row) => row.outcome === outcome)
      .map((row) => ({ number: row.subOutcome.number, indicator: row.indicator, assessment: assessIndicator(row.indicator, options) })),
  };
}

/** "1 target met, 2 off track": the roll-up of some rows. */
function countWords(rows: Row[]): string {
  return progressCountWords(tallyStatuses(rows.map((row) => row.assessment.status)));
}


/**
 * Every indicator of a plan, an outcome (`outcome="6"`) or a sub-outcome (`ref="9.3"`) in one
 * table: its status by the published progress method as at `today`, with its flags and the reason
 * in numbers, latest figure and target with their dates, and the change since the previous figure
 * and since the baseline in words that say which. Above the table, how many indicators of each
 * outcome are in each status. Once the page's script has run, the table can be filtered by status
 * and outcome; prerendered without script, the whole table is there.
 *
 * @summary All indicators of a plan, outcome or sub-outcome in one table, with status counts.
 * @csspart base - The wrapper.
 * @csspart counts - The status counts per outcome.
 * @csspart filters - The filter controls (once interactive).
 * @csspart summary - How many indicators are shown (a polite live region).
 * @csspart table - The table.
 * @event plan-load - The plan loaded and the scorecard is shown.
 * @event plan-error - The plan could not be loaded, or has no such outcome or sub-outcome.
 */
export class PlanScorecard extends PlanElement<Scorecard> {
  static override styles = [baseStyles, scorecardStyles];

  // Declared without decorators: Lit's decorator code and each call cost a page bytes.
  static override properties: PropertyDeclarations = {
    outcome: { reflect: true },
    ref: { reflect: true },
    statusFilter: { state: true },
    outcomeFilter: { state: true },
    interactive: { state: true },
    today: {},
  };

  /** The day the statuses are judged on, YYYY-MM-DD; the reader's today when not set (set it for prerendering, tests and stories). */
  declare today?: string;

  /** Only this outcome's indicators: its id or number ("6", "great-communities"). */
  declare outcome?: string;
  /** Only this sub-outcome's indicators: its number or id ("9.3"). */
  declare ref?: string;

  /** The status filter ("" for all). */
  private statusFilter: ProgressStatus | '' = '';
  /** The outcome filter: an outcome id ("" for all). */
  private outcomeFilter = '';
  /** Filters are offered only once script runs: a prerendered page shows the whole table. */
  private interactive = false;

  protected override firstUpdated(): void {
    // After the first render (which matches the prerendered HTML, so hydration finds what it expects).
    void this.updateComplete.then(() => (this.interactive = true));
  }

  protected override select(plan: Plan): Scorecard | PlanKitError {
    const all = [...allIndicators(plan)];
    const options = progressOptions(plan, this.today);
    if (this.ref) {
      const found = findSubOutcome(plan, this.ref);
      if (!found) return new PlanNotFoundError(`${plan.title} has no sub-outcome "${this.ref}".`);
      const rows = all.filter((row) => row.subOutcome === found.subOutcome);
      return { scope: `${found.subOutcome.number ?? ''} ${found.subOutcome.title}`.trim(), groups: [group(found.outcome, rows, options)] };
    }
    if (this.outcome) {
      const outcome = findOutcome(plan, this.outcome);
      if (!outcome) return new PlanNotFoundError(`${plan.title} has no outcome "${this.outcome}".`);
      return { scope: outcome.title, groups: [group(outcome, all, options)] };
    }
    return { scope: plan.title, groups: plan.outcomes.map((outcome) => group(outcome, all, options)) };
  }

  protected override renderReady(_plan: Plan, { scope, groups }: Scorecard): TemplateResult {
    const total = groups.reduce((n, g) => n + g.rows.length, 0);
    if (total === 0) return html`<p class="none" part="base">${scope} has no indicators yet.</p>`;
    const shownGroups = groups
      .filter((g) => !this.outcomeFilter || g.id === this.outcomeFilter)
      .map((g) => ({ ...g, rows: g.rows.filter((row) => !this.statusFilter || row.assessment.status === this.statusFilter) }))
      .filter((g) => g.rows.length > 0);
    const shown = shownGroups.reduce((n, g) => n + g.rows.length, 0);
    const several = groups.length > 1;
    return html`<div class="scorecard" part="base">
      <ul class="counts" part="counts">
        ${groups
          .filter((g) => g.rows.length > 0)
          .map((g) => html`<li>${several ? html`<strong>${g.title}:</strong> ` : nothing}${countWords(g.rows)}</li>`)}
      </ul>
      ${this.interactive ? this.renderFilters(groups) : nothing}
      <p class="summary" part="summary" role="status">
        ${shown === total ? `${total} ${total === 1 ? 'indicator' : 'indicators'}` : `Showing ${shown} of ${total} indicators`}
      </p>
      ${shown ? html`${scorecardTable(scope, shownGroups, several)} ${scorecardStack(shownGroups, several)}` : html`<p class="none">No indicator matches these choices.</p>`}
    </div>`;
  }

  private renderFilters(groups: Scorecard['groups']): TemplateResult {
    return html`<div class="filters" part="filters">
      <label
        >Status
        <select @change=${(e: Event) => (this.statusFilter = (e.target as HTMLSelectElement).value as ProgressStatus | '')}>
          <option value="">All statuses</option>
          ${PROGRESS_STATUSES.map((s) => html`<option value=${s} ?selected=${this.statusFilter === s}>${capitalise(PROGRESS_WORDS[s])}</option>`)}
        </select>
      </label>
      ${groups.length > 1
        ? html`<label
            >Outcome
            <select @change=${(e: Event) => (this.outcomeFilter = (e.target as HTMLSelectElement).value)}>
              <option value="">All outcomes</option>
              ${groups.map((g) => html`<option value=${g.id} ?selected=${this.outcomeFilter === g.id}>${g.title}</option>`)}
            </select>
          </label>`
        : nothing}
    </div>`;
  }

}

/** Wide layout: one table, a row group per outcome. */
function scorecardTable(scope: string, groups: Scorecard['groups'], several: boolean): TemplateResult {
  return html`<div class="wide">
    <table part="table">
      <caption>Indicators: ${scope}</caption>
      <thead>
        <tr>
          <th scope="col">Indicator</th>
          <th scope="col">Status</th>
          <th scope="col" class="numeric">Latest</th>
          <th scope="col" class="numeric">Target</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      ${groups.map(
        (g) => html`<tbody>
          ${several ? html`<tr class="group"><th scope="rowgroup" colspan="5">${g.title}</th></tr>` : nothing}
          ${g.rows.map((row) => {
            const c = cells(row);
            return html`<tr>
              <th scope="row">${c.name}</th>
              <td class="status status-${c.status}">${c.statusWords}</td>
              <td class="numeric">${c.latest}</td>
              <td class="numeric">${c.target}</td>
              <td>${c.change}</td>
            </tr>`;
          })}
        </tbody>`,
      )}
    </table>
  </div>`;
}
/**
 * Narrow layout (the element's own width, by container query): the same cells as a list of
 * indicators, each with its figures as label and value pairs, so nothing is squeezed or scrolls.
 */
function scorecardStack(groups: Scorecard['groups'], several: boolean): TemplateResult {
  return html`<div class="stack" part="stack">
    ${groups.map(
      (g) => html`${several ? html`<p class="group-title">${g.title}</p>` : nothing}
        <ul class="cards">
          ${g.rows.map((row) => {
            const c = cells(row);
            return html`<li>
              <p class="name">${c.name}</p>
              <dl>
                <div class="status status-${c.status}"><dt>Status</dt><dd>${c.statusWords}</dd></div>
                <div><dt>Latest</dt><dd>${c.latest}</dd></div>
                <div><dt>Target</dt><dd>${c.target}</dd></div>
                <div><dt>Change</dt><dd>${c.change}</dd></div>
              </dl>
            </li>`;
          })}
        </ul>`,
    )}
  </div>`;
}
/** What one indicator shows, for the table and the stack alike. */
function cells({ number, indicator, assessment }: Row): Cells {
  const status = assessment.status;
  const latest = latestValue(indicator);
  const changes = [assessment.sincePrevious, assessment.sinceBaseline].filter((c) => c !== undefined);
  const example = (figure: typeof latest) => (isExampleValue(indicator, figure) ? html` <span class="example-tag">(example)</span>` : nothing);
  return {
    status,
    name: html`${number ? html`<span class="ref">${number}</span> ` : nothing}${indicator.title}`,
    statusWords: html`<strong><span class="status-icon" aria-hidden="true">${STATUS_ICONS[status]}</span> ${capitalise(PROGRESS_WORDS[status])}</strong>
      ${assessment.flags.map((flag) => html`<span class="flag">${capitalise(PROGRESS_WORDS[flag])}</span>`)}
      <span class="reason">${assessment.reason}</span>
      ${assessment.council ? html`<span class="reason">${assessment.council.summary}</span>` : nothing}`,
    latest: latest ? html`${formatValue(latest.value, indicator.unit)}${example(latest)} <span class="date">${formatDate(latest.date)}</span>` : '–',
    target: indicator.target
      ? html`${formatValue(indicator.target.value, indicator.unit)}${example(indicator.target)} <span class="date">by ${formatDate(indicator.target.date)}</span>`
      : '–',
    change: changes.length
      ? html`${changes.map((c) => html`<span class="change"><span aria-hidden="true">${c.arrow}</span> ${c.words}</span>`)}`
      : html`${latest ? 'No earlier figure to compare with' : 'No figures yet'}`,
  };
}
defineElement('plan-scorecard', PlanScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'plan-scorecard': PlanScorecard;
  }
}
