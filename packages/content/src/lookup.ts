/** Finding things in a plan by the references people use: an outcome id or number, "9.3", an indicator id. */
import type { Aim, Indicator, Outcome, Plan, SubOutcome } from './types.js';

// The statuses on their own (status.ts): a gauge given its figures as attributes needs them and
// nothing else here. An indicator's figures (indicator-figures.ts): the elements that show
// indicators need them, the outcomes matrix does not, and so does the progress method (progress.ts).
// All are look-ups too, re-exported here.
export * from './status.js';
export * from './indicator-figures.js';
export * from './progress.js';

export interface SubOutcomeContext {
  outcome: Outcome;
  subOutcome: SubOutcome;
}

export interface IndicatorContext extends SubOutcomeContext {
  aim: Aim;
  indicator: Indicator;
}

const DIGITS = /^\d+$/;

/** "9.10" after "9.2": compares numbers such as "9.3" part by part, as numbers where they are. */
export function compareItemNumbers(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    // Plain reads, not `[x, y] = [...]`: a render calls this for every sub-outcome, often before
    // the engine has optimised it, where array destructuring costs an iterator each time.
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const diff = DIGITS.test(x) && DIGITS.test(y) ? Number(x) - Number(y) : x.localeCompare(y);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * An outcome's sub-outcomes in number order (9.2 before 9.3), whatever order a source lists them
 * in (that order stays in the content, and its discrepancy is recorded there). Sub-outcomes the
 * sources give no number keep their places; the numbered ones are ordered among theirs.
 */
export function subOutcomesInOrder(outcome: Outcome): SubOutcome[] {
  const numbered = outcome.subOutcomes.filter((s) => s.number !== undefined).sort((a, b) => compareItemNumbers(a.number!, b.number!));
  let next = 0;
  return outcome.subOutcomes.map((s) => (s.number === undefined ? s : numbered[next++]!));
}

/** An outcome by id ("great-communities") or by the number the sources give ("6", "O4"). */
export function findOutcome(plan: Plan, ref: string | number): Outcome | undefined {
  const key = String(ref).trim();
  return plan.outcomes.find((o) => o.id === key) ?? plan.outcomes.find((o) => o.number === key);
}

/** A sub-outcome by number ("9.3") or id, anywhere in the plan. */
export function findSubOutcome(plan: Plan, ref: string | number): SubOutcomeContext | undefined {
  const key = String(ref).trim();
  for (const match of [(s: SubOutcome) => s.number === key, (s: SubOutcome) => s.id === key]) {
    for (const outcome of plan.outcomes) {
      const subOutcome = outcome.subOutcomes.find(match);
      if (subOutcome) return { outcome, subOutcome };
    }
  }
  return undefined;
}

/** Every indicator of the plan with the aim, sub-outcome and outcome it belongs to, in plan order. */
export function* allIndicators(plan: Plan): Generator<IndicatorContext> {
  for (const outcome of plan.outcomes) {
    for (const subOutcome of subOutcomesInOrder(outcome)) {
      for (const aim of subOutcome.aims ?? []) {
        for (const indicator of aim.indicators ?? []) yield { outcome, subOutcome, aim, indicator };
      }
    }
  }
}

export function findIndicator(plan: Plan, id: string): IndicatorContext | undefined {
  for (const context of allIndicators(plan)) if (context.indicator.id === id) return context;
  return undefined;
}

/** The item a reference names: an outcome (id or number) or a sub-outcome (number or id). */
export function resolveRef(plan: Plan, ref: string): Outcome | SubOutcomeContext | undefined {
  return findSubOutcome(plan, ref) ?? findOutcome(plan, ref);
}
