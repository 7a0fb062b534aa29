import {
  type Plan,
  type PlanTimelineEntry,
  compareDayToPeriod,
  entryRefs,
  resolveRef,
  timelineOf,
  PlanKitError,
  PlanNotFoundError,
} from '@plan-kit/content';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { defineElement } from '../shared/define.js';
import { formatDate } from '../shared/format.js';
import { heading } from '../shared/heading.js';
import { citation, planMakingStyles, itemLink, itemName, todayOr } from '../shared/plan-making.js';
import { PlanSetElement } from '../shared/plan-set-element.js';
import { richText } from '../shared/rich-text.js';
import { timelineStyles } from './plan-timeline.styles.js';

interface TimelineSelection {
  plans: Plan[];
  entries: PlanTimelineEntry[];
  /** The item named by `ref`, in words, when the timeline is about one item. */
  about?: string;
}

const KIND_WORDS = {
  meeting: 'Meeting',
  decision: 'Decision',
  consultation: 'Consultation',
  engagement: 'Engagement',
  publication: 'Publication',
} as const;

/** Above this many items, an entry's list of the items it discussed is a disclosure. */
const OPEN_REFS = 6;

/**
 * The dated meetings, decisions and consultation windows of one plan, or of several plans
 * together, as an ordered list: each entry with its date (`<time>`), what kind of event it was and
 * who met, the plan items it decided or discussed (linked), and its source. Today's date is marked
 * between the past and the future, unless `today` is "none": a prerendered page marks no day, since
 * its HTML is read long after it was made (the site's script adds the reader's today). Events that the sources describe as still to come are labelled
 * "Planned", since the sources do not say that they happened. An event that two plans record
 * (the same date, cited from the same paragraph) is shown once.
 *
 * @summary The meetings, decisions and consultations behind one plan or several.
 * @csspart base - The wrapper.
 * @csspart list - The ordered list of entries.
 * @csspart entry - One entry.
 * @csspart heading - An entry's title.
 * @csspart now - The marker of today's date.
 * @csspart refs - The plan items an entry decided or discussed.
 * @csspart link - Links to plan items.
 * @csspart note - The explanation of "Planned".
 * @csspart citation - Where an entry is quoted from.
 * @cssprop --plan-color-accent - The dots of the line (default #1d70b8).
 * @event plan-load - The plans loaded and the timeline is shown.
 * @event plan-error - A plan could not be loaded, or has no item `ref`.
 */
export class PlanTimeline extends PlanSetElement<TimelineSelection> {
  static override styles = [baseStyles, planMakingStyles, timelineStyles];

  // Declared without decorators: Lit's decorator code and each call cost a page bytes.
  static override properties: PropertyDeclarations = {
    ref: { reflect: true },
    today: {},
  };

  /** Only the entries that decided or discussed this item: a sub-outcome ("9.3") or an outcome (id or number). */
  declare ref?: string;

  override headingLevel = 3;

  /** The date marked as today, YYYY-MM-DD; "none" marks no day (prerendering); the reader's today when not set (set it for tests and stories). */
  declare today?: string;

  protected override select(_plan: Plan, plans: Plan[]): TimelineSelection | PlanKitError {
    const ref = this.ref?.trim();
    if (!ref) return { plans, entries: timelineOf(plans) };
    const found = plans.map((p) => resolveRef(p, ref)).find(Boolean);
    if (!found) {
      const names = plans.map((p) => p.title).join(', ');
      return new PlanNotFoundError(`${names} ${plans.length > 1 ? 'have' : 'has'} no outcome or ${plans[0]!.labels.subOutcome} "${ref}".`);
    }
    const about = 'subOutcome' in found ? itemName(found.outcome, found.subOutcome) : found.title;
    return { plans, entries: timelineOf(plans, { about: ref }), about };
  }

  protected override renderReady(_plan: Plan, { plans, entries, about }: TimelineSelection): TemplateResult {
    if (entries.length === 0) {
      const what = about ? `No meeting or decision in the sources names “${about}”.` : `${plans.map((p) => p.title).join(', ')}: the sources give no dated meetings or decisions.`;
      return html`<div class="timeline" part="base"><p class="none">${what}</p></div>`;
    }
    const today = todayOr(this.today);
    // Today goes before the first entry that starts after it; with "none", nowhere (-1).
    const marked = this.today != 'none';
    let now = marked ? entries.findIndex(({ entry }) => compareDayToPeriod(today, entry.date) < 0) : -1;
    if (marked && now < 0) now = entries.length;
    const several = plans.length > 1;
    return html`<div class="timeline" part="base">
      ${entries.some(({ entry }) => entry.planned)
        ? html`<p class="note" part="note">
            <span class="tag planned-tag">Planned</span>: the source describes the event as still to come, and does not say that it took place.
          </p>`
        : nothing}
      <ol class="entries" part="list">
        ${entries.map(
          (item, i) => html`${i === now ? this.renderNow(today) : nothing}${this.renderEntry(item, i >= now, several)}`,
        )}${now === entries.length ? this.renderNow(today) : nothing}
      </ol>
    </div>`;
  }

  private renderNow(today: string): TemplateResult {
    return html`<li class="now" part="now" aria-current="date">
      <p class="when"><strong>Today</strong>, <time datetime=${today}>${formatDate(today)}</time></p>
    </li>`;
  }

  private renderEntry({ entry, plan, alsoIn }: PlanTimelineEntry, upcoming: boolean, several: boolean): TemplateResult {
    const classes = ['entry', `kind-${entry.kind}`, upcoming ? 'upcoming' : 'past', entry.planned ? 'planned' : ''].join(' ');
    return html`<li class=${classes} part="entry">
      <p class="when">
        <time datetime=${entry.date}>${formatDate(entry.date)}</time>${entry.endDate
          ? html` to <time datetime=${entry.endDate}>${formatDate(entry.endDate)}</time>`
          : nothing}
      </p>
      ${heading(this.headingLevel, entry.title, 'heading')}
      <p class="what">
        <span class="kind">${KIND_WORDS[entry.kind]}</span>${entry.body ? html`: ${entry.body}` : nothing}${entry.planned
          ? html` <span class="tag planned-tag">Planned</span>`
          : nothing}
      </p>
      ${richText(this, entry.description)} ${this.renderRefs(plan, entry)}
      ${several ? html`<p class="plan-name">${alsoIn.length ? 'Plans' : 'Plan'}: ${[plan, ...alsoIn].map((p) => p.title).join('; ')}</p>` : nothing}
      ${citation(plan, entry.source)}
    </li>`;
  }

  private renderRefs(plan: Plan, entry: PlanTimelineEntry['entry']): TemplateResult | typeof nothing {
    const refs = entryRefs(plan, entry);
    if (refs.length === 0) return nothing;
    const verb = entry.kind === 'decision' ? 'Decided' : 'Discussed';
    const list = html`<ul>
      ${refs.map((r) => html`<li>${itemLink(this.href, plan, r.outcome, r.subOutcome)}</li>`)}
    </ul>`;
    if (refs.length <= OPEN_REFS) return html`<div class="refs" part="refs"><p class="refs-label">${verb}:</p>${list}</div>`;
    const subs = refs.filter((r) => r.subOutcome).length;
    const what = subs === refs.length ? plan.labels.subOutcomes.toLowerCase() : subs === 0 ? plan.labels.outcomes.toLowerCase() : 'items of the plan';
    return html`<details class="refs" part="refs">
      <summary>${verb} ${refs.length} ${what}</summary>
      ${list}
    </details>`;
  }
}

defineElement('plan-timeline', PlanTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'plan-timeline': PlanTimeline;
  }
}
