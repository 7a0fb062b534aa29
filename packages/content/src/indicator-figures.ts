/**
 * An indicator's figures: the latest and the one before, which are examples, its status, its
 * direction of travel, and counts of statuses. Look-ups (lookup.ts re-exports them), in a module
 * of their own so that the embed bundle gives them only to the elements that show indicators.
 */
import { STATUS_WORDS, type StatusOrNoData, statusFromFigures } from './status.js';
import type { DatedValue, ImportRecord, Indicator } from './types.js';

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

/** How many indicators are on track, at risk, off track or without a status yet: the roll-up for a sub-outcome, outcome or plan. */
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
