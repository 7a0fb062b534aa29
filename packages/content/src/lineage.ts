/**
 * How the outcomes of one plan continue in the next: the `lineage` links of several plans,
 * resolved to the outcomes they name, and two plans compared (what continues, what was merged,
 * split or dropped, what is new), following the links through any plans in between.
 *
 * Lineage is editorial: each link is plan-kit's judgement with its reason, never the council's words.
 */
import { comparePlanPeriods } from './dates.js';
import type { LineageLink, Outcome, Plan, SubOutcome } from './types.js';

export type LineageRelation = LineageLink['relation'];

/** One end of a link: an outcome of a plan and, where the link is that precise, one of its sub-outcomes. */
export interface LineageEnd {
  plan: Plan;
  outcome: Outcome;
  subOutcome?: SubOutcome;
}

export interface ResolvedLineageLink {
  from: LineageEnd;
  to: LineageEnd;
  relation: LineageRelation;
  reason: string;
  /** The plan whose `lineage` records the link. */
  recordedIn: Plan;
}

export interface LineageSet {
  /**
   * The plans, earliest first: those given, and for each plan that links name but that was not
   * given, a stand-in whose outcomes are named by their ids (see `missing`).
   */
  plans: Plan[];
  /** The stand-ins: plans that links refer to but that were not given. */
  missing: Plan[];
  links: ResolvedLineageLink[];
}


/** A plan that a link names but that was not given: its referenced outcomes, named by their ids. */
function standIn(id: string, referencedBy: Plan): Plan {
  return {
    id,
    title: id,
    organisation: referencedBy.organisation,
    // Lineage runs from earlier plans: a stand-in sorts before the plan that refers to it.
    period: { start: referencedBy.period.start, end: referencedBy.period.start },
    status: 'superseded',
    labels: referencedBy.labels,
    outcomes: [],
    sources: [],
  };
}

/** Resolves every lineage link of `plans` to the outcomes (and sub-outcomes) it names. */
export function lineageOf(plans: readonly Plan[]): LineageSet {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const missing: Plan[] = [];
  const planFor = (id: string, referencedBy: Plan): Plan => {
    let plan = byId.get(id);
    if (!plan) {
      plan = standIn(id, referencedBy);
      byId.set(id, plan);
      missing.push(plan);
    }
    return plan;
  };
  const endOf = (ref: LineageLink['from'], recordedIn: Plan): LineageEnd => {
    const plan = planFor(ref.plan ?? recordedIn.id, recordedIn);
    let outcome = plan.outcomes.find((o) => o.id === ref.outcome);
    if (!outcome && missing.includes(plan)) {
      outcome = { id: ref.outcome, title: ref.outcome, subOutcomes: [] };
      plan.outcomes.push(outcome);
    }
    // Validation (checkPlanSet) has made sure that links into given plans resolve.
    outcome ??= { id: ref.outcome, title: ref.outcome, subOutcomes: [] };
    const key = ref.subOutcome;
    let subOutcome = key === undefined ? undefined : outcome.subOutcomes.find((s) => s.number === key || s.id === key);
    if (key !== undefined && !subOutcome) {
      subOutcome = { id: key, title: key };
      if (missing.includes(plan)) outcome.subOutcomes.push(subOutcome);
    }
    return { plan, outcome, subOutcome };
  };
  const links = [...plans].sort(comparePlanPeriods).flatMap((recordedIn) =>
    (recordedIn.lineage ?? []).map((link) => ({
      from: endOf(link.from, recordedIn),
      to: endOf(link.to, recordedIn),
      relation: link.relation,
      reason: link.reason,
      recordedIn,
    })),
  );
  return { plans: [...plans, ...missing].sort(comparePlanPeriods), missing, links };
}

/** A way from an outcome of one plan to an outcome of a later one: one link, or several through the plans between. */
export interface LineagePath {
  from: LineageEnd;
  to: LineageEnd;
  /** The links followed, earliest first. */
  steps: ResolvedLineageLink[];
  /** The one link's relation, or for several: continues (renamed) only if every step does; else merged, split or partly-continues. */
  relation: LineageRelation;
}

export type OutcomeChange = LineageRelation | 'dropped';

export interface EarlierOutcomeChange {
  outcome: Outcome;
  /** What became of it, judged from the links to whole outcomes (those to sub-outcomes where there are none). */
  change: OutcomeChange;
  /** The later outcomes that those links lead to. */
  into: Outcome[];
  /** Every way from it into the later plan. */
  paths: LineagePath[];
}

export interface LaterOutcomeChange {
  outcome: Outcome;
  /** No link leads to the outcome as a whole (links may still lead to some of its sub-outcomes). */
  isNew: boolean;
  /** Every way into it from the earlier plan. */
  paths: LineagePath[];
}

export interface PlanComparison {
  earlier: Plan;
  later: Plan;
  /** The plans in between, whose links the paths follow. */
  via: Plan[];
  earlierOutcomes: EarlierOutcomeChange[];
  laterOutcomes: LaterOutcomeChange[];
}

function combinedRelation(relations: LineageRelation[]): LineageRelation {
  if (relations.every((r) => r === 'continues')) return 'continues';
  if (relations.every((r) => r === 'continues' || r === 'renamed')) return 'renamed';
  if (relations.includes('merged')) return 'merged';
  if (relations.includes('split')) return 'split';
  return 'partly-continues';
}

/**
 * What became of an earlier outcome, from its main paths: it continues (perhaps renamed) if any
 * path says so; else, leading to several later outcomes, it was split (or continues in part in
 * each); leading to one, it was merged into it (or split, or continues in part).
 */
function changeOf(main: LineagePath[]): { change: LineageRelation; into: Outcome[] } {
  const has = (relation: LineageRelation) => main.some((p) => p.relation === relation);
  const targets = (paths: LineagePath[]) => [...new Set(paths.map((p) => p.to.outcome))];
  for (const change of ['continues', 'renamed'] as const) {
    if (has(change)) return { change, into: targets(main.filter((p) => p.relation === change)) };
  }
  const into = targets(main);
  if (into.length > 1) return { change: has('split') ? 'split' : 'partly-continues', into };
  return { change: has('merged') ? 'merged' : has('split') ? 'split' : 'partly-continues', into };
}

/** Compares two plans of the set through their lineage (earlier and later by period, whichever order they are given in). */
export function comparePlans(set: LineageSet, first: Plan, second: Plan): PlanComparison {
  const [earlier, later] = comparePlanPeriods(first, second) <= 0 ? [first, second] : [second, first];
  const order = new Map(set.plans.map((p, i) => [p, i]));
  const end = order.get(later) ?? -1;
  const paths: LineagePath[] = [];
  const walk = (from: LineageEnd, at: { plan: Plan; outcome: Outcome }, steps: ResolvedLineageLink[]) => {
    const here = order.get(at.plan) ?? -1;
    for (const link of set.links) {
      if (link.from.plan !== at.plan || link.from.outcome !== at.outcome) continue;
      const next = order.get(link.to.plan) ?? -1;
      if (next <= here || next > end) continue;
      const path = [...steps, link];
      if (link.to.plan === later) paths.push({ from, to: link.to, steps: path, relation: combinedRelation(path.map((s) => s.relation)) });
      else walk(from, link.to, path);
    }
  };
  for (const outcome of earlier.outcomes) walk({ plan: earlier, outcome }, { plan: earlier, outcome }, []);

  const earlierOutcomes = earlier.outcomes.map((outcome): EarlierOutcomeChange => {
    const own = paths.filter((p) => p.from.outcome === outcome);
    if (own.length === 0) return { outcome, change: 'dropped', into: [], paths: own };
    const whole = own.filter((p) => !p.to.subOutcome);
    return { outcome, ...changeOf(whole.length ? whole : own), paths: own };
  });
  const laterOutcomes = later.outcomes.map((outcome): LaterOutcomeChange => {
    const own = paths.filter((p) => p.to.outcome === outcome);
    return { outcome, isNew: !own.some((p) => !p.to.subOutcome), paths: own };
  });
  const via = set.plans.filter((p) => (order.get(p) ?? -1) > (order.get(earlier) ?? -1) && (order.get(p) ?? -1) < end);
  return { earlier, later, via, earlierOutcomes, laterOutcomes };
}
