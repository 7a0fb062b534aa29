import type { Plan } from '@plan-kit/content';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { defineElement } from '../shared/define.js';
import { formatCitation } from '../shared/format.js';
import { heading } from '../shared/heading.js';
import { PlacedElement } from '../shared/placed-element.js';
import { richText } from '../shared/rich-text.js';
import { visionStyles } from './plan-vision.styles.js';

/**
 * The plan's vision statement, as a quotation with its source, and (with `principles`) the
 * principles that guide the work.
 *
 * @summary A plan's vision statement and principles.
 * @csspart base - The section around everything.
 * @csspart heading - The headings.
 * @csspart quote - The vision, as a block quotation.
 * @csspart citation - Where the vision is quoted from.
 * @csspart principles - The list of principles.
 * @cssprop --plan-color-accent - The rule beside the quotation (default #1d70b8).
 * @event plan-load - The plan loaded and the vision is shown.
 * @event plan-error - The plan could not be loaded.
 */
export class PlanVision extends PlacedElement<Plan> {
  static override styles = [baseStyles, visionStyles];

  // Declared without decorators: Lit's decorator code and each call cost a page bytes.
  static override properties: PropertyDeclarations = {
    principles: { type: Boolean, reflect: true },
  };

  /** Also show the principles that guide the work. */
  principles = false;

  protected override select(plan: Plan): Plan {
    return plan;
  }

  protected override renderReady(plan: Plan): TemplateResult {
    const vision = plan.vision;
    const citation = vision?.source ? formatCitation(plan, vision.source) : undefined;
    return html`<section part="base" aria-labelledby="vision-heading">
      ${heading(this.headingLevel, 'Vision', 'heading', 'vision-heading')}
      ${vision
        ? html`<figure>
            <blockquote part="quote">${vision.paragraphs.map((p) => richText(this, p))}</blockquote>
            <figcaption class="citation" part="citation">
              ${plan.organisation}, <cite>${plan.title}</cite>${citation ? html`. Source: <span title=${citation.title ?? ''}>${citation.text}</span>` : nothing}
            </figcaption>
          </figure>`
        : html`<p>${plan.title} states no separate vision: its ${plan.labels.outcomes.toLowerCase()} describe what it aims for.</p>`}
      ${this.principles ? this.renderPrinciples(plan) : nothing}
    </section>`;
  }

  private renderPrinciples(plan: Plan): TemplateResult {
    const principles = plan.principles ?? [];
    return html`${heading(this.headingLevel + 1, 'Principles', 'heading')}
      ${principles.length
        ? html`<ul class="principles" part="principles">
            ${principles.map((p) => html`<li>${p.text}</li>`)}
          </ul>`
        : html`<p>${plan.title} states no principles.</p>`}`;
  }
}

defineElement('plan-vision', PlanVision);

declare global {
  interface HTMLElementTagNameMap {
    'plan-vision': PlanVision;
  }
}
