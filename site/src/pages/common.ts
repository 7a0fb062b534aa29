/** Pieces that several pages share: citations, status words, the plan's period, example labels. */
import { type Citation, type Plan, type TimelineEntry, countStatuses, allIndicators } from '@plan-kit/content';
import { formatCitation, formatDate } from '@plan-kit/elements/format.js';
import { safeHref } from '@plan-kit/elements/links.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { SiteConfig } from '../config.js';

/** Everything the pages are built from. */
export interface SiteData {
  site: SiteConfig;
  /** Newest first (by the end of their period). */
  plans: Plan[];
  current: Plan;
}

export const STATUS_WORDS: Record<Plan['status'], string> = {
  draft: 'Draft',
  consultation: 'Consultation draft',
  approved: 'Approved',
  superseded: 'Superseded',
};

export function periodText(plan: Plan): string {
  return `${plan.period.start} to ${plan.period.end}`;
}

export function source(plan: Plan, citation: Citation | undefined): TemplateResult | typeof nothing {
  if (!citation) return nothing;
  const { text, title } = formatCitation(plan, citation);
  return html`<p class="source">Source: ${text}${title && !text.includes(title) ? html` (${title})` : nothing}${citation.note ? html`. ${citation.note}` : nothing}</p>`;
}

/** The plan's status and period as a summary list (a <dl>). */
export function planFacts(plan: Plan): TemplateResult {
  return html`<dl class="facts">
    <div><dt>Status</dt><dd>${STATUS_WORDS[plan.status]}</dd></div>
    <div><dt>Period</dt><dd>${periodText(plan)}</dd></div>
    ${plan.documentType ? html`<div><dt>Document</dt><dd>${plan.documentType}</dd></div>` : nothing}
    <div><dt>Published by</dt><dd>${plan.organisation}</dd></div>
  </dl>`;
}

export function dateRange(entry: { date: string; endDate?: string }): string {
  return entry.endDate ? `${formatDate(entry.date)} to ${formatDate(entry.endDate)}` : formatDate(entry.date);
}

/** A plan's timeline in date order. */
export function timelineOf(plan: Plan): TimelineEntry[] {
  return [...(plan.timeline ?? [])].sort((a, b) => a.date.localeCompare(b.date));
}

/** "How many indicators are on track, at risk, off track", in words and as a list. */
export function progressOverview(plan: Plan, dataHref: string | undefined): TemplateResult | typeof nothing {
  const indicators = [...allIndicators(plan)].map((c) => c.indicator);
  if (indicators.length === 0) return nothing;
  const counts = countStatuses(indicators);
  const examples = indicators.filter((i) => i.example).length;
  const rows: [string, number, string][] = [
    ['on-track', counts['on-track'], 'On track'],
    ['at-risk', counts['at-risk'], 'At risk'],
    ['off-track', counts['off-track'], 'Off track'],
    ['no-data', counts['no-data'], 'No status yet'],
  ];
  return html`<section class="progress-overview" aria-labelledby="progress-heading">
    <h2 id="progress-heading">Progress</h2>
    <p>${indicators.length} ${indicators.length === 1 ? 'indicator' : 'indicators'} measure progress towards this plan's aims.</p>
    <ul class="status-counts">
      ${rows
        .filter(([, count]) => count > 0)
        .map(([status, count, label]) => html`<li class="status-${status}"><span class="count">${count}</span> ${label}</li>`)}
    </ul>
    ${examples
      ? html`<p class="example-note"><strong class="tag">Example figures</strong> ${examples === indicators.length ? 'All' : examples} of these
          figures are examples, not council figures: the council's reports do not state measured values.</p>`
      : nothing}
    ${dataHref ? html`<p><a href=${safeHref(dataHref)}>Download the plan and its indicator figures (JSON)</a></p>` : nothing}
  </section>`;
}

export function consultationSummary(plan: Plan, moreHref?: string): TemplateResult | typeof nothing {
  const c = plan.consultation;
  if (!c) return nothing;
  return html`<section class="consultation" aria-labelledby="consultation-heading">
    <h2 id="consultation-heading">${c.title}</h2>
    <dl class="facts">
      ${c.opens ? html`<div><dt>Opened</dt><dd>${formatDate(c.opens)}</dd></div>` : nothing}
      ${c.closes ? html`<div><dt>Closed</dt><dd>${formatDate(c.closes)}</dd></div>` : nothing}
      ${c.period ? html`<div><dt>Period</dt><dd>${c.period}</dd></div>` : nothing}
    </dl>
    ${c.description ? html`<p>${c.description}</p>` : nothing}
    ${moreHref ? html`<p><a href=${safeHref(moreHref)}>How the plan was made: meetings, decisions and consultation</a></p>` : nothing}
    ${source(plan, c.source)}
  </section>`;
}
