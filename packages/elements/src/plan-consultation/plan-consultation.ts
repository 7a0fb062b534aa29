import {
  type Consultation,
  type ConsultationStatus,
  type Outcome,
  type Plan,
  type Question,
  consultationStatus,
  findOutcome,
  isSafeUrl,
  PlanKitError,
  PlanNotFoundError,
} from '@plan-kit/content';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { defineElement } from '../shared/define.js';
import { formatDate } from '../shared/format.js';
import { heading } from '../shared/heading.js';
import { safeHref } from '../shared/links.js';
import { citation, planMakingStyles, itemLink, todayOr } from '../shared/plan-making.js';
import { LinkingElement } from '../shared/placed-element.js';
import { richText } from '../shared/rich-text.js';
import { consultationStyles } from './plan-consultation.styles.js';

interface ConsultationSelection {
  consultation?: Consultation;
  /** With `outcome`: the outcome whose questions are shown. */
  outcome?: Outcome;
  questions: Question[];
}

const CONSULTATION_STATUS_LABELS: Record<ConsultationStatus, string> = { upcoming: 'Upcoming', open: 'Open', closed: 'Closed', unknown: '' };

/** "on 21 January 2022", or "in August 2017" where the source gives no day. */
function onOrIn(date: string): string {
  return `${date.length === 10 ? 'on' : 'in'} ${formatDate(date)}`;
}

function time(date: string): TemplateResult {
  return html`<time datetime=${date}>${formatDate(date)}</time>`;
}

/**
 * A plan's consultation: its dates and whether it is upcoming, open or closed (as at a date), how
 * views are gathered, a link to where responses are made when the content gives one, and its
 * questions in order with their sub-questions. With `outcome`, only the questions that ask about
 * that outcome (the 2017 paper asks one about each), for the outcome's own page.
 *
 * @summary A consultation: dates, status, how to respond, and its questions.
 * @csspart base - The section around everything.
 * @csspart heading - The headings.
 * @csspart status - Whether it is upcoming, open or closed.
 * @csspart dates - When it opens and closes.
 * @csspart respond - The link to where responses are made.
 * @csspart questions - The ordered list of questions.
 * @csspart question - One question with its sub-questions.
 * @csspart link - Links to the outcomes questions ask about.
 * @csspart citation - Where the consultation and each question are quoted from.
 * @cssprop --plan-color-accent - The rule beside an open consultation (default #1d70b8).
 * @event plan-load - The plan loaded and the consultation is shown.
 * @event plan-error - The plan could not be loaded, or has no such outcome.
 */
export class PlanConsultation extends LinkingElement<ConsultationSelection> {
  static override styles = [baseStyles, planMakingStyles, consultationStyles];

  // Declared without decorators: Lit's decorator code and each call cost a page bytes.
  static override properties: PropertyDeclarations = {
    outcome: { reflect: true },
    today: {},
  };

  /** Only the questions about this outcome (its id, or its number). */
  declare outcome?: string;

  /** The date the status is worked out for, YYYY-MM-DD; the reader's today when not set (set it for tests, stories and prerendering). */
  declare today?: string;

  protected override select(plan: Plan): ConsultationSelection | PlanKitError {
    const consultation = plan.consultation;
    const questions = consultation?.questions ?? [];
    if (!this.outcome?.trim()) return { consultation, questions };
    const outcome = findOutcome(plan, this.outcome);
    if (!outcome) return new PlanNotFoundError(`${plan.title} has no ${plan.labels.outcome} "${this.outcome.trim()}".`);
    return { consultation, outcome, questions: questions.filter((q) => q.outcome === outcome.id) };
  }

  protected override renderReady(plan: Plan, { consultation, outcome, questions }: ConsultationSelection): TemplateResult {
    if (!consultation) {
      return html`<section part="base"><p class="none">${plan.title}: the sources describe no consultation.</p></section>`;
    }
    const status = consultationStatus(consultation, todayOr(this.today));
    const level = this.headingLevel;
    return html`<section class=${`consultation status-${status}`} part="base" aria-labelledby="consultation-heading">
      ${heading(level, consultation.title, 'heading', 'consultation-heading')} ${this.renderStatus(consultation, status)}
      ${this.renderDates(consultation, status)}
      ${outcome
        ? nothing
        : html`${richText(this, consultation.description)}
          ${consultation.methods?.length
            ? html`${heading(level + 1, status !== 'closed' ? 'How views are gathered' : consultation.planned ? 'How views were to be gathered' : 'How views were gathered', 'heading')}
                <ul class="methods">
                  ${consultation.methods.map((m) => html`<li>${m}</li>`)}
                </ul>`
            : nothing}`}
      ${this.renderResponse(consultation, status)} ${citation(plan, consultation.source)}
      ${outcome || questions.length ? this.renderQuestions(plan, questions, outcome) : nothing}
    </section>`;
  }

  private renderStatus(c: Consultation, status: ConsultationStatus): TemplateResult {
    const today = todayOr(this.today);
    const asOf = html` <span class="as-of">(as at ${time(today)})</span>`;
    switch (status) {
      case 'upcoming':
        return html`<p class="status" part="status"><span class="tag status-tag">${CONSULTATION_STATUS_LABELS[status]}</span> It opens ${onOrIn(c.opens!)}.${asOf}</p>`;
      case 'open':
        return html`<p class="status" part="status"><span class="tag status-tag">${CONSULTATION_STATUS_LABELS[status]}</span> Until ${formatDate(c.closes!)}.${asOf}</p>`;
      case 'closed':
        // Past dates of a consultation the sources give only as planned: say what they say, not that it happened.
        return c.planned
          ? html`<p class="status" part="status"><span class="tag status-tag">Planned</span> It was planned to close ${onOrIn(c.closes!)}; the sources do not say that it took place.</p>`
          : html`<p class="status" part="status"><span class="tag status-tag">${CONSULTATION_STATUS_LABELS[status]}</span> It closed ${onOrIn(c.closes!)}.</p>`;
      default:
        return html`<p class="status" part="status">${c.opens ? `It opened ${onOrIn(c.opens)}. ` : ''}The sources give no closing date.</p>`;
    }
  }

  private renderDates(c: Consultation, status: ConsultationStatus): TemplateResult | typeof nothing {
    if (!c.opens && !c.closes && !c.period) return nothing;
    return html`<dl class="dates" part="dates">
      ${c.opens ? html`<div><dt>${status === 'upcoming' ? 'Opens' : c.planned ? 'Planned to open' : 'Opened'}</dt><dd>${time(c.opens)}</dd></div>` : nothing}
      ${c.closes ? html`<div><dt>${status !== 'closed' ? 'Closes' : c.planned ? 'Planned to close' : 'Closed'}</dt><dd>${time(c.closes)}</dd></div>` : nothing}
      ${c.period ? html`<div><dt>When</dt><dd>${c.period}</dd></div>` : nothing}
    </dl>`;
  }

  private renderResponse(c: Consultation, status: ConsultationStatus): TemplateResult | typeof nothing {
    if (!c.responseUrl || !isSafeUrl(c.responseUrl)) return nothing;
    if (status === 'open') {
      return html`<p class="respond"><a class="respond-link" part="respond" href=${safeHref(c.responseUrl)}>Respond to the consultation</a></p>`;
    }
    const when = status === 'upcoming' && c.opens ? `Responses can be made from ${formatDate(c.opens)}: ` : '';
    return html`<p class="respond">${when}<a part="respond" href=${safeHref(c.responseUrl)}>the consultation's page</a></p>`;
  }

  private renderQuestions(plan: Plan, questions: Question[], outcome: Outcome | undefined): TemplateResult {
    const title = outcome ? `Questions about ${outcome.title}` : 'Questions';
    return html`${heading(this.headingLevel + 1, title, 'heading')}
      ${questions.length
        ? html`<ol class="questions" part="questions">
            ${questions.map((q) => this.renderQuestion(plan, q, outcome))}
          </ol>`
        : html`<p class="none">The consultation asked no question about this ${plan.labels.outcome} by name.</p>`}`;
  }

  private renderQuestion(plan: Plan, q: Question, outcome: Outcome | undefined): TemplateResult {
    const about = !outcome && q.outcome ? plan.outcomes.find((o) => o.id === q.outcome) : undefined;
    return html`<li class="question" part="question">
      ${q.section ? html`<p class="section">${q.section}</p>` : nothing}
      <p class="question-text"><span class="number">Question ${q.number}:</span> ${q.text}</p>
      ${about ? html`<p class="about">About: ${itemLink(this.href, plan, about)}</p>` : nothing}
      ${q.subQuestions?.length
        ? html`<ol class="sub-questions">
            ${q.subQuestions.map((s) => html`<li><span class="number">${s.label})</span> ${s.text}</li>`)}
          </ol>`
        : nothing}
      ${citation(plan, q.source)}
    </li>`;
  }
}

defineElement('plan-consultation', PlanConsultation);

declare global {
  interface HTMLElementTagNameMap {
    'plan-consultation': PlanConsultation;
  }
}
