/**
 * The progress statuses and their words, and the one status a gauge given its figures as
 * attributes can work out: all such a gauge needs of the content model's look-ups (lookup.ts
 * re-exports these), so that the embed bundle's gauge loads none of the rest. The method itself,
 * with dates, rates and reasons, is progress.ts.
 */
import type { Indicator } from './types.js';

export type ProgressStatus = 'target-met' | 'on-track' | 'some-progress' | 'off-track' | 'not-assessable';
export type ProgressFlag = 'figure-overdue' | 'target-date-passed';

/**
 * A status as a sentence goes on ("2 off track"); `capitalise` it to start one. The flags' words
 * join these in `PROGRESS_WORDS` (progress.ts): a gauge given figures alone has no flags.
 */
export const PROGRESS_STATUS_WORDS: Record<ProgressStatus, string> = {
  'target-met': 'target met',
  'on-track': 'on track',
  'some-progress': 'some progress',
  'off-track': 'off track',
  'not-assessable': 'not yet assessable',
};

/** The figures a gauge given as attributes has: no dates, so no rate. */
export interface StatusFigures {
  latest?: number;
  target?: number;
  direction: Indicator['direction'];
}

/**
 * Without dates there is no rate of change to judge by, so figures alone can say only that the
 * target is met; anything else is "not yet assessable" unless the page gives a status.
 */
export function statusFromFigures({ latest, target, direction }: StatusFigures): ProgressStatus {
  if (latest === undefined || target === undefined) return 'not-assessable';
  return (direction === 'higher-is-better' ? latest >= target : latest <= target) ? 'target-met' : 'not-assessable';
}
