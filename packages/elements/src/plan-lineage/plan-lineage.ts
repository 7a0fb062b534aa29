import {
  type EarlierOutcomeChange,
  type LaterOutcomeChange,
  type LineageEnd,
  type LineagePath,
  type LineageRelation,
  type LineageSet,
  type ResolvedLineageLink,
  type Outcome,
  type Plan,
  type PlanComparison,
  comparePlans,
  lineageOf,
  PlanKitError,
  PlanNotFoundError,
  PlanAttributeError,
} from '@plan-kit/content';
import { html, nothing, svg, type TemplateResult, type PropertyDeclarations } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { defineElement } from '../shared/define.js';
import { capitalise } from '../shared/format.js';
import { heading } from '../shared/heading.js';
import { planMakingStyles, itemLink, itemName } from '../shared/plan-making.js';
import { PlanSetElement } from '../shared/plan-set-element.js';
import { type ColouredOutcome, outcomePart } from '../shared/outcome-colours.js';
import { type DiagramColumn, type DiagramEdge, type DiagramLayout, FONT_SIZE, LINE_HEIGHT, layoutDiagram } from './lineage-layout.js';
import { lineageStyles } from './plan-lineage.styles.js';

interface LineageSelection {
  set: LineageSet;
  /** Each pair of plans next to each other, or the one pair `from` and `to` name. */
  comparisons: PlanComparison[];
  layout: DiagramLayout;
  /** The outcomes in the diagram, whose colours it shows. */
  coloured: ColouredOutcome[];
}

/** How one link (or path of links) is said in a sentence: "[from] continues in part in [to]". */
const RELATION_PHRASES: Record<LineageRelation, string> = {
  continues: 'continues as',
  renamed: 'continues, renamed, as',
  'partly-continues': 'continues in part in',
  merged: 'merged into',
  split: 'split: part goes to',
};

/** The groups of the list, in order, and their headings. */
const GROUPS = [
  ['continues', 'Continues'],
  ['partly-continues', 'Continues in part'],
  ['split', 'Split'],
  ['merged', 'Merged'],
  ['dropped', 'Dropped'],
  ['new', 'New'],
] as const;
type Group = (typeof GROUPS)[number][0];

/** "a, b and c" */
function and(items: TemplateResult[]): TemplateResult {
  return html`${items.map((item, i) => html`${i === 0 ? '' : i === items.length - 1 ? ' and ' : ', '}${item}`)}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * How the outcomes of one plan continue in the next, from the editorial `lineage` in the content:
 * a diagram (a column of outcomes per plan, a band per link) and the same
 * links as a nested list that says, for each pair of plans, what continues, continues in part,
 * was split, merged or dropped, and what is new, each link labelled "Editorial" with its reason.
 * The list is the text equivalent of the diagram, and where the element is too narrow for the
 * diagram it is all that is shown.
 *
 * Give it every plan (`.plans`, or their URLs in `src` separated by spaces); with `from` and `to`
 * (plan ids) it compares those two, following the links through any plans in between. A plan that
 * the links name but that was not given is shown with its outcomes named by their ids.
 *
 * @summary How outcomes flowed from one plan to the next: a diagram and a list.
 * @csspart base - The wrapper.
 * @csspart note - The notes about editorial links and missing plans.
 * @csspart diagram - The figure with the diagram (hidden where there is no room).
 * @csspart outcome-{plan}--{outcome} - An outcome's box and the bands from it (`outcome-2022-26--clean-green-future`): they take its colour from `--plan-outcome-colour`.
 * @csspart heading - The headings of the list.
 * @csspart comparison - The list for one pair of plans.
 * @csspart link - Links to outcomes and sub-outcomes.
 * @cssprop --plan-color-accent - Bands and boxes of outcomes without a colour (default #1d70b8).
 * @cssprop --plan-outcome-colour - An outcome's colour, set on its parts (see outcome-colours.ts); the content's colour once the script runs.
 * @event plan-load - The plans loaded and the lineage is shown.
 * @event plan-error - A plan could not be loaded, or `from` or `to` names a plan not given.
 */
export class PlanLineage extends PlanSetElement<LineageSelection> {
  static override styles = [baseStyles, planMakingStyles, lineageStyles];

  // Declared without decorators: Lit's decorator code and each call cost a page bytes.
  static override properties: PropertyDeclarations = {
    from: { reflect: true },
    to: { reflect: true },
  };

  /** The id of the earlier plan to compare (with `to`); without both, every pair of plans next to each other. */
  declare from?: string;

  /** The id of the later plan to compare (with `from`). */
  declare to?: string;

  override headingLevel = 3;

  protected override select(_plan: Plan, plans: Plan[]): LineageSelection | PlanKitError {
    const set = lineageOf(plans);
    let columns = set.plans;
    let comparisons: PlanComparison[];
    if (this.from || this.to) {
      const find = (id: string | undefined, attribute: string) =>
        set.plans.find((p) => p.id === id?.trim()) ??
        new PlanNotFoundError(`${attribute}="${id ?? ''}" names no plan given to this element (it has ${set.plans.map((p) => p.id).join(', ')}).`);
      const a = find(this.from, 'from');
      const b = find(this.to, 'to');
      if (a instanceof PlanKitError) return a;
      if (b instanceof PlanKitError) return b;
      if (a === b) return new PlanAttributeError(`from and to both name "${a.id}": name two plans to compare.`);
      comparisons = [comparePlans(set, a, b)];
      columns = [comparisons[0]!.earlier, comparisons[0]!.later];
    } else {
      comparisons = set.plans.slice(1).map((later, i) => comparePlans(set, set.plans[i]!, later));
    }
    const coloured = columns.flatMap((plan) => plan.outcomes.map((outcome) => ({ plan, outcome })));
    const key = (plan: Plan, outcome: Outcome) => `${plan.id}/${outcome.id}`;
    const diagramColumns: DiagramColumn[] = columns.map((plan) => ({
      title: `${plan.title}${set.missing.includes(plan) ? ' (not given)' : ''}`,
      items: plan.outcomes.map((o) => ({ key: key(plan, o), title: o.title, part: o.colour ? outcomePart(plan, o) : undefined })),
    }));
    const edges = new Map<string, DiagramEdge>();
    for (const path of comparisons.flatMap((c) => c.earlierOutcomes.flatMap((e) => e.paths))) {
      const from = key(path.from.plan, path.from.outcome);
      const to = key(path.to.plan, path.to.outcome);
      const edge = edges.get(`${from} ${to}`) ?? { from, to, weight: 0, partial: true };
      edge.weight++;
      edge.partial &&= path.relation === 'partly-continues';
      edges.set(`${from} ${to}`, edge);
    }
    return { set, comparisons, layout: layoutDiagram(diagramColumns, [...edges.values()]), coloured };
  }

  protected override outcomeColours(_plan: Plan, selection: LineageSelection): ColouredOutcome[] {
    return selection.coloured;
  }

  protected override renderReady(_plan: Plan, selection: LineageSelection): TemplateResult {
    const { set, comparisons } = selection;
    if (!set.links.length) {
      return html`<div class="lineage" part="base">
        <p class="none">${set.plans.map((p) => p.title).join(', ')}: the content links no outcome to an earlier plan's.</p>
      </div>`;
    }
    return html`<div class="lineage" part="base">
      <p class="note" part="note">
        <span class="tag">Editorial</span> The links between plans are the site editors' reading of the plans, not the council's words: each says why.
      </p>
      ${set.missing.length
        ? html`<p class="note missing" part="note">
            The links name ${set.missing.length === 1 ? 'a plan' : 'plans'} not given to this element
            (${set.missing.map((p) => p.id).join(', ')}): ${set.missing.length === 1 ? 'its' : 'their'} outcomes are named by
            their ids. Give ${set.missing.length === 1 ? 'it' : 'them'} too to see the titles.
          </p>`
        : nothing}
      ${this.renderDiagram(selection)} ${comparisons.map((c, i) => this.renderComparison(c, i))}
    </div>`;
  }

  private renderDiagram({ layout, comparisons }: LineageSelection): TemplateResult {
    const { width, height } = layout;
    const plans = [comparisons[0]!.earlier, ...comparisons.map((c) => c.later)].map((p) => p.title);
    const label = `Diagram of how the outcomes of ${plans.join(', then ')} continue from one plan to the next. The list that follows gives every link with its reason.`;
    const textY = (y: number) => y + (LINE_HEIGHT + FONT_SIZE) / 2 - 3;
    return html`<figure class=${`diagram columns-${layout.columns.length}`} part="diagram">
      <svg viewBox=${`0 0 ${width} ${height}`} width=${`${width / FONT_SIZE}em`} height=${`${height / FONT_SIZE}em`} role="img" aria-label=${label}>
        ${layout.columns.map(
          (c) => svg`<text class="column-title" x=${c.x} y=${textY(0)}>${c.lines.map((line, i) => svg`<tspan x=${c.x} dy=${i ? LINE_HEIGHT : 0}>${line}</tspan>`)}</text>`,
        )}
        ${layout.edges.map(
          (e) => svg`<path class=${e.partial ? 'band partial' : 'band'} part=${e.part ?? nothing} d=${e.path} stroke-width=${e.thickness}></path>`,
        )}
        ${layout.items.map(
          (item) => svg`<g class="item" part=${item.part ?? nothing}>
            <rect class="box" x=${item.x} y=${item.y} width=${item.width} height=${item.height}></rect>
            <rect class="stripe" x=${item.x} y=${item.y} width="6" height=${item.height}></rect>
            <text x=${item.x + 14} y=${textY(item.y + 8 - (LINE_HEIGHT - FONT_SIZE) / 2)}>${item.lines.map(
              (line, i) => svg`<tspan x=${item.x + 14} dy=${i ? LINE_HEIGHT : 0}>${line}</tspan>`,
            )}</text>
          </g>`,
        )}
      </svg>
      <figcaption class="note">
        Each band is a link in the content; a thicker band stands for several, a dashed one for an outcome that continues only in part.
      </figcaption>
    </figure>`;
  }

  private renderComparison(comparison: PlanComparison, index: number): TemplateResult {
    const { earlier, later, via } = comparison;
    const level = this.headingLevel;
    const groups = new Map<Group, TemplateResult[]>();
    const add = (group: Group, item: TemplateResult) => groups.set(group, [...(groups.get(group) ?? []), item]);
    for (const change of comparison.earlierOutcomes) {
      add(change.change === 'renamed' ? 'continues' : change.change, this.renderEarlier(comparison, change));
    }
    for (const change of comparison.laterOutcomes) if (change.isNew) add('new', this.renderNew(comparison, change));
    const id = `comparison-${index}`;
    return html`<section class="comparison" part="comparison" aria-labelledby=${id}>
      ${heading(level, `From ${earlier.title} to ${later.title}`, 'heading', id)}
      <p class="summary">${summary(comparison)}</p>
      ${via.length
        ? html`<p class="note">
            Through ${via.map((p) => p.title).join(' and ')}: each way from one plan to the other follows the links of the plan between.
          </p>`
        : nothing}
      ${GROUPS.filter(([group]) => groups.has(group)).map(
        ([group, title]) => html`${heading(level + 1, title, 'heading')}
          <ul class="changes group-${group}">
            ${groups.get(group)}
          </ul>`,
      )}
    </section>`;
  }

  private renderEarlier({ earlier, later }: PlanComparison, { outcome, change, into, paths }: EarlierOutcomeChange): TemplateResult {
    const name = html`<strong>${itemLink(this.href, earlier, outcome)}</strong>`;
    const targets = and(into.map((o) => itemLink(this.href, later, o)));
    const sentence =
      change === 'dropped'
        ? html`${name}: no ${later.labels.outcome} of ${later.title} is linked to it.`
        : change === 'continues' && into.length === 1 && into[0]!.title === outcome.title
          ? html`${name} continues.`
          : change === 'split' && into.length === 1
            ? html`${name} was split: part continues in ${targets}.`
            : html`${name} ${{ continues: 'continues as', renamed: 'continues, renamed, as', 'partly-continues': 'continues in part in', split: 'was split between', merged: 'was merged into' }[change]}
                ${targets}.`;
    return html`<li>
      <p class="change">${sentence}</p>
      ${paths.length ? this.renderPaths(paths, outcome) : nothing}
    </li>`;
  }

  private renderNew({ earlier, later }: PlanComparison, { outcome, paths }: LaterOutcomeChange): TemplateResult {
    return html`<li>
      <p class="change"><strong>${itemLink(this.href, later, outcome)}</strong> is new: no ${earlier.labels.outcome} of ${earlier.title} is linked to it as a whole.</p>
      ${paths.length
        ? html`<p>Parts of it continue from ${earlier.title}:</p>
            ${this.renderPaths(paths)}`
        : nothing}
    </li>`;
  }

  /**
   * Ways into the later plan as a nested list: each link with its reason, and where the way runs
   * through a plan between, the links that follow it nested under it ("Then …"), so that a link
   * shared by several ways is said once. Under an earlier outcome (`under`), a link from that
   * outcome as a whole does not name it again.
   */
  private renderPaths(paths: LineagePath[], under?: Outcome): TemplateResult {
    const roots = pathTree(paths);
    // How many places the sentence above named: the direct links from the whole outcome to outcomes.
    const named = roots.filter(({ step, next }) => step.from.outcome === under && !step.from.subOutcome && !step.to.subOutcome && !next.length);
    return html`<ul class="paths">
      ${roots.map((node) => this.renderStep(node, under, false, named.length > 1))}
    </ul>`;
  }

  /**
   * One link with its reason. A direct link from the outcome as a whole (`under`) to an outcome
   * was said in the sentence above ("X continues as Y."), so it is not said again: only the
   * reason follows, headed by where it leads when the sentence named several places.
   */
  private renderStep({ step, next }: StepNode, under: Outcome | undefined, then = false, several = false): TemplateResult {
    const end = (e: LineageEnd) => itemLink(this.href, e.plan, e.outcome, e.subOutcome, endName(e));
    const phrase = RELATION_PHRASES[step.relation];
    // Said above: a direct link from the outcome as a whole to an outcome the sentence names.
    const saidAbove = !then && step.from.outcome === under && !step.from.subOutcome && !step.to.subOutcome && next.length === 0;
    const statement = saidAbove
      ? several
        ? html`${end(step.to)}:`
        : nothing
      : html`${then ? `Then ${phrase}` : step.from.outcome === under && !step.from.subOutcome ? capitalise(phrase) : html`${end(step.from)} ${phrase}`}
        ${end(step.to)}${next.length ? ` (${step.to.plan.title})` : ''}.`;
    return html`<li>
      ${statement}
      <span class="tag editorial-tag">Editorial</span> ${step.reason}
      ${next.length
        ? html`<ul class="paths">
            ${next.map((node) => this.renderStep(node, undefined, true))}
          </ul>`
        : nothing}
    </li>`;
  }
}

/** A link and the links that follow it on the ways through the plans between. */
interface StepNode {
  step: ResolvedLineageLink;
  next: StepNode[];
}

/** The paths as a tree of their links: paths that begin with the same link share its node. */
function pathTree(paths: LineagePath[]): StepNode[] {
  const roots: StepNode[] = [];
  for (const path of paths) {
    let level = roots;
    for (const step of path.steps) {
      let node = level.find((n) => n.step === step);
      if (!node) {
        node = { step, next: [] };
        level.push(node);
      }
      level = node.next;
    }
  }
  return roots;
}

/** "Safer Communities", or "9.3 People enjoy long lives in good health (Keeping People Safe and Well)". */
function endName({ outcome, subOutcome }: LineageEnd): string {
  return subOutcome ? `${itemName(outcome, subOutcome)} (${outcome.title})` : outcome.title;
}

/** "Of the 5 themes of A: 1 continues, 2 continue in part, 1 was split, 1 was dropped. 1 outcome of B is new." */
function summary({ earlier, later, earlierOutcomes, laterOutcomes }: PlanComparison): string {
  const tally = (change: EarlierOutcomeChange['change'][]) => earlierOutcomes.filter((c) => change.includes(c.change)).length;
  const parts = [
    [tally(['continues', 'renamed']), 'continues', 'continue'],
    [tally(['partly-continues']), 'continues in part', 'continue in part'],
    [tally(['split']), 'was split', 'were split'],
    [tally(['merged']), 'was merged', 'were merged'],
    [tally(['dropped']), 'was dropped', 'were dropped'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  const fresh = laterOutcomes.filter((c) => c.isNew).length;
  const outcomes = (plan: Plan) => plan.labels.outcomes.toLowerCase();
  return `Of the ${count(earlierOutcomes.length, earlier.labels.outcome, outcomes(earlier))} of ${earlier.title}: ${said.join(', ')}. ${
    fresh ? `${count(fresh, later.labels.outcome, outcomes(later))} of ${later.title} ${fresh === 1 ? 'is' : 'are'} new.` : `None of the ${outcomes(later)} of ${later.title} is new.`
  }`;
}

defineElement('plan-lineage', PlanLineage);

declare global {
  interface HTMLElementTagNameMap {
    'plan-lineage': PlanLineage;
  }
}
