/**
 * Delivery on the site's pages: an outcome's latest Outcome Board report ("key achievements,
 * challenges and priorities"), its actions counted by status, and the notice, once a page, that
 * statuses, updates and reports marked "example" are examples. The six-monthly report's page
 * shows a board report the same way (report.ts).
 */
import {
  type BoardUpdate,
  type Outcome,
  type Plan,
  actionCountWords,
  actionCountsByOutcome,
  actionsOfSubOutcome,
  formatDate,
  hasExampleDelivery,
  latestBoardUpdate,
  subOutcomesInOrder,
} from '@plan-kit/content';
import { html, nothing, type TemplateResult } from 'lit';
import { source } from './common.js';

/** "1 April 2025 to 30 September 2025" */
export function periodWords(period: BoardUpdate['period']): string {
  return `${formatDate(period.start)} to ${formatDate(period.end)}`;
}

/** Whether an outcome shows any example delivery record or board report. */
export function outcomeHasExampleDelivery(outcome: Outcome): boolean {
  return (
    (outcome.boardUpdates ?? []).some((u) => u.example) ||
    subOutcomesInOrder(outcome).some((sub) => actionsOfSubOutcome(outcome, sub).some((a) => hasExampleDelivery(a.delivery)))
  );
}

/** The page-wide notice: said once, wherever the page shows example statuses, updates or reports (each still labels its own). */
export function exampleDeliveryNotice(show: boolean): TemplateResult | typeof nothing {
  if (!show) return nothing;
  return html`<p class="example-note"><strong class="tag">Example delivery</strong> Statuses, updates and Outcome Board reports marked "Example" are examples, not council reports: the sources give none yet.</p>`;
}

/** A board report's three lists under headings at `level`, with the board, the day and its source or "Example". */
export function boardUpdateBody(plan: Plan, update: BoardUpdate, level: 3 | 4): TemplateResult {
  const heading = (text: string) => (level === 3 ? html`<h3>${text}</h3>` : html`<h4>${text}</h4>`);
  const list = (items: string[]) => (items.length ? html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>` : html`<p>None reported.</p>`);
  return html`<p class="board-update-meta">
      ${update.board}, report of <time datetime=${update.date}>${formatDate(update.date)}</time> for ${periodWords(update.period)}.${update.example
        ? html` <strong class="tag">Example</strong>`
        : nothing}${source(plan, update.source)}
    </p>
    ${heading('Key achievements')} ${list(update.achievements)} ${heading('Challenges')} ${list(update.challenges)} ${heading('Priorities')}
    ${list(update.priorities)}`;
}

/** An outcome page's section: the latest board report, and its actions counted by status. */
export function outcomeDelivery(plan: Plan, outcome: Outcome): TemplateResult | typeof nothing {
  const latest = latestBoardUpdate(outcome);
  const counts = actionCountsByOutcome(plan).find((c) => c.outcome === outcome)!.counts;
  const statuses = counts.total - counts.noStatus;
  if (!latest && statuses === 0) return nothing;
  return html`<section aria-labelledby="delivery-heading">
    <h2 id="delivery-heading">Progress reported</h2>
    ${statuses ? html`<p>Actions: ${actionCountWords(counts)}.</p>` : nothing}
    ${latest ? html`<h3 class="board-update-title">Latest Outcome Board report</h3>${boardUpdateBody(plan, latest, 4)}` : nothing}
  </section>`;
}
