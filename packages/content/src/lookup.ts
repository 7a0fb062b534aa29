/** Finding things in a plan by the references people use: an outcome id or number, "9.3", an indicator id. */
import type { Aim, DatedValue, ImportRecord, Indicator, IndicatorStatus, Outcome, Plan, SubOutcome } from './types.js';

export interface SubOutcomeContext {
  outcome: Outcome;
  subOutcome: SubOutcome;
}

export interface IndicatorContext extends SubOutcomeContext {
  aim: Aim;
  indicator: Indicator;
}

/** "9.10" after "9.2": compares numbers such as "9.3" part by part, as numbers where they are. */
export function compareItemNumbers(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const [x = '', y = ''] = [pa[i], pb[i]];
    const diff = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y);
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

export function latestValue(indicator: Indicator): DatedValue | undefined {
  return indicator.history.at(-1);
}

/**
 * Whether one figure is an example rather than a council figure: every figure is when the
 * indicator says so (`example: true`), otherwise the figure says so itself. An import of real
 * figures clears the indicator's flag and marks the example figures it leaves one by one, so a
 * history that mixes both is labelled figure by figure.
 */
export function isExampleValue(indicator: Indicator, value: DatedValue | undefined): boolean {
  return value !== undefined && (indicator.example === true || value.example === true);
}

/** Every figure of an indicator: baseline, history (oldest first) and target. */
export function datedValuesOf(indicator: Indicator): DatedValue[] {
  return [
    ...(indicator.baseline ? [indicator.baseline] : []),
    ...indicator.history,
    ...(indicator.target ? [indicator.target] : []),
  ];
}

/** Whether some figure of the indicator is an example. */
export function hasExampleFigures(indicator: Indicator): boolean {
  return indicator.example === true || datedValuesOf(indicator).some((value) => value.example === true);
}

/** How far short of its target an indicator may be, as a share of its range, and still be "at risk" rather than "off track". */
export const AT_RISK_SHARE = 0.1;

export type StatusOrNoData = IndicatorStatus | 'no-data';

/** The figures a status is worked out from. */
export interface StatusFigures {
  latest?: number;
  target?: number;
  direction: Indicator['direction'];
  min?: number;
  max?: number;
}

/**
 * On track: the target is met. At risk: short of it by no more than a tenth of the range
 * (max - min, or the target itself where no range is given). Off track: further short.
 * No data: no latest value or no target.
 */
export function statusFromFigures({ latest, target, direction, min, max }: StatusFigures): StatusOrNoData {
  if (latest === undefined || target === undefined) return 'no-data';
  const shortfall = direction === 'higher-is-better' ? target - latest : latest - target;
  if (shortfall <= 0) return 'on-track';
  const range = min !== undefined && max !== undefined ? max - min : Math.abs(target);
  return range > 0 && shortfall <= range * AT_RISK_SHARE ? 'at-risk' : 'off-track';
}

/** The indicator's status: the one set in the content, else worked out from its latest value and target. */
export function indicatorStatus(indicator: Indicator): StatusOrNoData {
  if (indicator.status) return indicator.status;
  return statusFromFigures({
    latest: latestValue(indicator)?.value,
    target: indicator.target?.value,
    direction: indicator.direction,
    min: indicator.min,
    max: indicator.max,
  });
}

export type DirectionOfTravel = 'improving' | 'worsening' | 'no-change';

/** Improving, worsening or no change between the last two values; undefined with fewer than two. */
export function directionOfTravel(indicator: Indicator): DirectionOfTravel | undefined {
  const [previous, latest] = indicator.history.slice(-2);
  if (!previous || !latest) return undefined;
  return travelBetween(previous.value, latest.value, indicator.direction);
}

/** Improving, worsening or no change from one figure to a later one, for an indicator going this way. */
export function travelBetween(previous: number, latest: number, direction: Indicator['direction']): DirectionOfTravel {
  const change = latest - previous;
  if (change === 0) return 'no-change';
  const better = direction === 'higher-is-better' ? change > 0 : change < 0;
  return better ? 'improving' : 'worsening';
}

/** A status in words, as a sentence goes on: "on track", "at risk", "off track", "no status". */
export const STATUS_WORDS: Record<StatusOrNoData, string> = {
  'on-track': 'on track',
  'at-risk': 'at risk',
  'off-track': 'off track',
  'no-data': 'no status',
};

/** A direction of travel in words, as a sentence goes on. */
export const TRAVEL_WORDS: Record<DirectionOfTravel, string> = {
  improving: 'improving',
  worsening: 'getting worse',
  'no-change': 'no change',
};

/** The figure before the latest one, where there is one. */
export function previousValue(indicator: Indicator): DatedValue | undefined {
  return indicator.history.at(-2);
}

/**
 * When the indicator's figures were last updated, and from which file: the newest import that
 * brought one of its figures (none while all its figures are the content's own).
 */
export function lastImport(indicator: Indicator): ImportRecord | undefined {
  let newest: ImportRecord | undefined;
  for (const value of datedValuesOf(indicator)) {
    if (value.imported && (!newest || value.imported.date > newest.date)) newest = value.imported;
  }
  return newest;
}

export type StatusCounts = Record<StatusOrNoData, number>;

/** How many indicators are on track, at risk, off track or without data: the roll-up for a sub-outcome, outcome or plan. */
export function countStatuses(indicators: Iterable<Indicator>): StatusCounts {
  const counts: StatusCounts = { 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'no-data': 0 };
  for (const indicator of indicators) counts[indicatorStatus(indicator)]++;
  return counts;
}

/** The statuses in the order a roll-up says them: on track first, no status last. */
export const STATUS_ORDER: readonly StatusOrNoData[] = ['on-track', 'at-risk', 'off-track', 'no-data'];

/**
 * A roll-up in words, as the scorecard and the home page say it: "2 on track, 1 at risk"
 * (statuses with none left out), or "no indicators".
 */
export function countWords(indicators: Iterable<Indicator>): string {
  const counts = countStatuses(indicators);
  const said = STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s === 'no-data' ? 'without a status yet' : STATUS_WORDS[s]}`);
  return said.join(', ') || 'no indicators';
}
