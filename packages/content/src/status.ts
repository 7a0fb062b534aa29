/**
 * An indicator's status from its figures, and statuses in words: all that a gauge given its figures
 * as attributes needs of the content model's look-ups (lookup.ts, which re-exports these), so that
 * the embed bundle's gauge loads none of the rest.
 */
import type { Indicator, IndicatorStatus } from './types.js';

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

/** A status in words, as a sentence goes on: "on track", "at risk", "off track", "no status". */
export const STATUS_WORDS: Record<StatusOrNoData, string> = {
  'on-track': 'on track',
  'at-risk': 'at risk',
  'off-track': 'off track',
  'no-data': 'no status',
};
