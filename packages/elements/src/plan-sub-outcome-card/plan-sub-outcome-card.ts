import {
  type Aim,
  type Indicator,
  type Plan,
  type SubOutcomeContext,
  type SubOutcomeItem,
  actionParts,
  countWords,
  findSubOutcome,
  hasExampleFigures,
  PlanKitError,
  PlanNotFoundError,
  PlanAttributeError,
} from '@plan-kit/content';
import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { defineElement } from '../shared/define.js';
import { citation, citationWords } from '../shared/citation.js';
import { deliveryNote, deliveryStyles } from '../shared/delivery-status.js';
import { exampleWords, figuresTable, figuresTableStyles } from '../shared/figures-table.js';
import { capitalise, formatCitation } from '../shared/format.js';
import { heading } from '../shared/heading.js';
import { itemUrl, safeHref } from '../shared/links.js';
import { type ColouredOutcome, outcomePart } from '../shared/outcome-colours.js';
import { LinkingElement } from '../shared/placed-element.js';
import { richText } from '../shared/rich-text.js';
import '../plan-progress-gauge/plan-progress-gauge.js';

/**
 * What a source calls an item it gives directly under a sub-outcome, in words that, with the
 * item's text, read as the source does ("An action to encourage …").
 */
const ITEM_WORDS: Record<SubOutcomeItem['kind'], string> = {
  action: 'An action',
  actions: 'Actions',
  commitment: 'A commitment',
  'sets-out-how': 'It sets out how',
};

/**
 * One sub-outcome: its number, title and parent outcome, its aims with their actions (in a
 * disclosure that works without JavaScript once prerendered), its indicators with small gauges
 * and their figures as a table, and where it is quoted from. Each action and commitment with a
 * delivery record shows its status in words, its reason, due date and owner, its latest update,
 * and "Example" where the record is an example (the page says once what examples are).
 *
 * @summary A card for one sub-outcome of a plan.
 * @csspart base - The article around everything.
 * @csspart outcome-{plan}--{outcome} - The same article, named for its outcome (`outcome-2022-26--clean-green-future`): its rule takes that outcome's colour from `--plan-outcome-colour`.
 * @csspart heading - The card's headings.
 * @csspart outcome - The line naming the parent outcome.
 * @csspart aims - The list of aims.
 * @csspart actions - The disclosure of an aim's actions.
 * @csspart includes - The list of actions and commitments a source gives directly under the sub-outcome, without an aim.
 * @csspart item-citation - Where an aim or such an item is quoted from, with the source's note.
 * @csspart progress - The roll-up of indicator statuses.
 * @csspart citation - Where the sub-outcome is quoted from, with the source's note.
 * @cssprop --plan-color-accent - Card rule where the outcome has no colour (default #1d70b8).
 * @cssprop --plan-outcome-colour - The outcome's colour, set on the article's part (see outcome-colours.ts); the content's colour once the script runs.
 * @event plan-load - The sub-outcome was found and shown.
 * @event plan-error - The plan could not be loaded, or has no such sub-outcome.
 */
export class PlanSubOutcomeCard extends LinkingElement<SubOutcomeContext> {
  static override styles = [
    baseStyles,
    figuresTableStyles,
    deliveryStyles,
    css`
      article {
        --_outcome: var(--plan-outcome-colour, var(--_accent));
        border: 1px solid var(--_border);
        border-top: 0.4em solid var(--_outcome);
        padding: var(--_space-3);
        background: var(--_background);
      }
      .eyebrow {
        margin: 0 0 var(--_space-1);
        color: var(--_text-secondary);
        font-size: var(--_font-size-s);
      }
      .number {
        font-variant-numeric: tabular-nums;
      }
      .aims {
        list-style: none;
        padding: 0;
      }
      .aims > li {
        padding: var(--_space-2) 0;
        border-top: 1px solid var(--_border);
      }
      .aim-title {
        font-weight: 700;
        margin-bottom: var(--_space-2);
      }
      .indicators {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-3);
        margin-bottom: var(--_space-2);
      }
      .indicator {
        flex: 1 1 14em;
        min-width: 0;
      }
      details {
        margin: 0 0 var(--_space-2);
      }
      details > ul,
      details > table {
        margin-top: var(--_space-2);
      }
      .variants,
      .citation,
      .chosen {
        font-size: var(--_font-size-s);
      }
      footer {
        margin-top: var(--_space-2);
      }
      footer p {
        margin: 0;
      }
      @media (forced-colors: active) {
        article {
          border-top-color: CanvasText;
        }
      }
      @media print {
        article {
          border-color: #000;
        }
        .indicators {
          display: block;
        }
        .indicator {
          break-inside: avoid;
          margin-bottom: var(--_space-3);
        }
      }
    `,
  ];

  // Declared without decorators: Lit's decorator code and each call cost a page bytes.
  static override properties: PropertyDeclarations = {
    ref: { reflect: true },
    openActions: { type: Boolean, attribute: 'open-actions' },
    hideIndicators: { type: Boolean, attribute: 'hide-indicators' },
  };

  /** The sub-outcome: its number as the sources give it ("9.3") or its id. */
  declare ref?: string;

  override headingLevel = 3;

  /** Open the actions disclosures at first. */
  openActions = false;

  /**
   * Leave out each indicator's gauge and figures (the roll-up of their statuses stays): for a
   * page that lists the indicators itself, so that each is shown once.
   */
  hideIndicators = false;

  protected override select(plan: Plan): SubOutcomeContext | PlanKitError {
    if (!this.ref) return new PlanAttributeError('Say which sub-outcome to show with the ref attribute, e.g. ref="9.3".');
    const found = findSubOutcome(plan, this.ref);
    if (found) return found;
    const known = plan.outcomes.flatMap((o) => o.subOutcomes.map((s) => s.number ?? s.id));
    const list = known.length > 12 ? `${known.slice(0, 12).join(', ')}, …` : known.join(', ');
    return new PlanNotFoundError(`${plan.title} has no ${plan.labels.subOutcome} "${this.ref}"${known.length ? ` (it has ${list})` : ''}.`);
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // The small gauges inside announce themselves too; the page should hear only from the card.
    for (const type of ['plan-load', 'plan-error']) {
      this.renderRoot.addEventListener(type, (event) => {
        if (event.target !== this) event.stopPropagation();
      });
    }
  }

  protected override outcomeColours(plan: Plan, { outcome }: SubOutcomeContext): ColouredOutcome[] {
    return [{ plan, outcome }];
  }

  protected override renderReady(plan: Plan, { outcome, subOutcome }: SubOutcomeContext): TemplateResult {
    const level = this.headingLevel;
    const subUrl = itemUrl(this.href, plan, outcome, subOutcome);
    const outcomeUrl = itemUrl(this.href, plan, outcome);
    const title = html`${subOutcome.number ? html`<span class="number">${subOutcome.number}</span> ` : nothing}${subOutcome.title}`;
    const aims = subOutcome.aims ?? [];
    const includes = subOutcome.includes ?? [];
    // Aims quoted from one paragraph cite it once, after them (a citation per section), not once an aim.
    const sharedSource = sameSource(plan, aims);
    const indicators = aims.flatMap((a) => a.indicators ?? []);
    return html`<article part="base ${outcomePart(plan, outcome)}" aria-labelledby="card-title">
      <p class="eyebrow" part="outcome">
        ${capitalise(plan.labels.outcome)}${outcome.number ? ` ${outcome.number}` : ''}:
        ${outcomeUrl ? html`<a href=${safeHref(outcomeUrl)}>${outcome.title}</a>` : outcome.title}
      </p>
      ${heading(level, subUrl ? html`<a href=${safeHref(subUrl)}>${title}</a>` : title, 'heading', 'card-title')}
      ${richText(this, subOutcome.description)} ${indicators.length ? this.renderRollUp(indicators) : nothing}
      ${aims.length
        ? html`${heading(level + 1, 'Aims', 'heading')}
            <ul class="aims" part="aims">
              ${aims.map((aim) => this.renderAim(plan, aim, !sharedSource))}
            </ul>
            ${sharedSource ? citation(plan, sharedSource, 'item-citation') : nothing}`
        : includes.length
          ? nothing
          : html`<p>The sources give no aims for this ${plan.labels.subOutcome} yet.</p>`}
      ${includes.length ? this.renderIncludes(plan, includes, level + 1) : nothing}
      ${subOutcome.titleVariants?.length
        ? html`<p class="variants">
            Also worded:
            ${subOutcome.titleVariants.map(
              (v, i) => html`${i ? '; ' : ''}“${v.text}” (${formatCitation(plan, v.source).text})`,
            )}
          </p>`
        : nothing}
      ${subOutcome.source ? html`<footer>${citation(plan, subOutcome.source)}</footer>` : nothing}
    </article>`;
  }

  /** The roll-up in the words the scorecard and the site say it in (`countWords`). */
  private renderRollUp(indicators: Indicator[]): TemplateResult {
    const examples = indicators.some(hasExampleFigures);
    return html`<p class="progress" part="progress">
      <strong>${indicators.length} ${indicators.length === 1 ? 'indicator' : 'indicators'}:</strong> ${countWords(indicators)}${examples
        ? html` <span class="example-label">Example figures</span>`
        : nothing}
    </p>`;
  }

  /** Actions, commitments and the like that a source gives under the sub-outcome without an aim, as the source calls them. */
  private renderIncludes(plan: Plan, includes: SubOutcomeItem[], level: number): TemplateResult {
    return html`${heading(level, 'What the sources say it includes', 'heading')}
      <ul class="includes" part="includes">
        ${includes.map((item) => html`<li><strong>${ITEM_WORDS[item.kind]}</strong> ${item.text}${deliveryNote(item.delivery)}${citation(plan, item.source, 'item-citation')}</li>`)}
      </ul>`;
  }

  private renderAim(plan: Plan, aim: Aim, cited: boolean): TemplateResult {
    return html`<li>
      <p class="aim-title">${aim.title}</p>
      ${aim.indicators?.length && !this.hideIndicators
        ? html`<div class="indicators">
            ${aim.indicators.map(
              (indicator) => html`<div class="indicator">
                <plan-progress-gauge compact .plan=${plan} indicator=${indicator.id}></plan-progress-gauge>
                ${indicator.editorialReason
                  ? html`<p class="chosen">Chosen by the site's editors as an example measure of this aim.</p>`
                  : nothing}
                ${this.renderFigures(indicator)}
              </div>`,
            )}
          </div>`
        : nothing}
      ${aim.actions.length
        ? html`<details part="actions" ?open=${this.openActions}>
            <summary>${(aim.actionsIntro ?? 'Actions').replace(/:$/, '')} (${aim.actions.length})</summary>
            <ul>
              ${aim.actions.map((action) => {
                const { text, delivery } = actionParts(action);
                return html`<li>${text}${deliveryNote(delivery)}</li>`;
              })}
            </ul>
          </details>`
        : nothing}
      ${cited ? citation(plan, aim.source, 'item-citation') : nothing}
    </li>`;
  }

  /** The gauge's figures as a table (the shared one, as the chart and the site show it), in a disclosure. */
  private renderFigures(indicator: Indicator): TemplateResult {
    const examples = exampleWords(indicator);
    return html`<details>
      <summary>Figures${examples ? ` (${examples})` : ''}</summary>
      ${figuresTable(indicator)}
    </details>`;
  }
}

/** The citation every one of several aims shares, if they share one. */
function sameSource(plan: Plan, aims: Aim[]): Aim['source'] | undefined {
  const words = aims.map((aim) => aim.source && citationWords(plan, aim.source));
  return aims.length > 1 && words.every((w) => w && w === words[0]) ? aims[0]!.source : undefined;
}

defineElement('plan-sub-outcome-card', PlanSubOutcomeCard);

declare global {
  interface HTMLElementTagNameMap {
    'plan-sub-outcome-card': PlanSubOutcomeCard;
  }
}
