/**
 * The published progress method: how an indicator's status is worked out, as at a date, and the
 * sentence with the numbers that says why. One module, used by every element, page, embed, the
 * open data, the feed, the CLI and print, so that a status means the same everywhere and a
 * resident can check it against the rule on the "How we judge progress" page (which is written
 * from `PROGRESS_RULES` and the plan's `progressMethod` below, never by hand).
 *
 * The rate test is Statistics Canada's, as Open SDG publishes it: the rate of change achieved
 * since the baseline against the rate needed to reach the target by its date. What counts as a
 * change follows Scotland's National Performance Framework: a change within the indicator's
 * tolerance is "little or no change", never better or worse.
 *
 * Dates are the content's (YYYY-MM-DD, YYYY-MM, YYYY; a partial date means the end of its month
 * or year) and the day it is judged on is given (`asAt`): nothing here reads the clock.
 */
import { formatDate } from './format-date.js';
import { capitalise, formatValue } from './format.js';
import { PROGRESS_STATUS_WORDS, type ProgressFlag, type ProgressStatus } from './status.js';
import type { DatedValue, Indicator, Plan } from './types.js';

export type Cadence = NonNullable<Indicator['cadence']>;

/** The statuses in the order a roll-up says them: the best first, "not yet assessable" last. */
export const PROGRESS_STATUSES: readonly ProgressStatus[] = ['target-met', 'on-track', 'some-progress', 'off-track', 'not-assessable'];
export const PROGRESS_FLAGS: readonly ProgressFlag[] = ['target-date-passed', 'figure-overdue'];

/** A status or flag as a sentence goes on ("2 off track", "target date passed"); `capitalise` it to start one. */
export const PROGRESS_WORDS: Record<ProgressStatus | ProgressFlag, string> = {
  ...PROGRESS_STATUS_WORDS,
  'figure-overdue': 'figure overdue',
  'target-date-passed': 'target date passed',
};

/** Each status's and flag's rule, as the "How we judge progress" page states it (the method's numbers filled in). */
export const PROGRESS_RULES: Record<ProgressStatus | ProgressFlag, (method: ProgressMethod) => string> = {
  'target-met': () => 'The latest figure meets the target. We say since when it has.',
  'on-track': (m) =>
    `The target is not met yet, but the figure is moving the right way fast enough: the rate of change since the baseline, carried on, reaches the target by its date` +
    (m.onTrackShare === 1 ? '.' : ` (at least ${Math.round(m.onTrackShare * 100)}% of the rate needed counts).`),
  'some-progress': () => 'The figure is better than the baseline, but it is moving too slowly to reach the target by its date.',
  'off-track': () => 'The figure is worse than the baseline, or has changed by no more than the tolerance since it.',
  'not-assessable': () => 'There is no target, or too few figures to work out a rate of change: we need a baseline and a later figure.',
  'figure-overdue': (m) =>
    `Said beside any status when no new figure has come for longer than the indicator's cadence allows, plus ${m.publicationLagMonths} months for the figure to be published.`,
  'target-date-passed': () => 'Said beside any status when the target\'s date is behind us and there is no figure for that date or later.',
};

/** The method's settings: a plan may set each (`progressMethod`); these are the defaults the method page states. */
export interface ProgressMethod {
  /** The share of the rate needed that counts as on track (1: the rate needed itself). */
  onTrackShare: number;
  /** What counts as a change, for an indicator without its own `tolerance`: this share of its range (max - min; else of its target). */
  toleranceShare: number;
  /** How long after a figure's date the next may take to be published before it is overdue, beyond the cadence. */
  publicationLagMonths: number;
  /** How often figures come, for an indicator without its own `cadence`. */
  cadence: Cadence;
}

export const DEFAULT_PROGRESS_METHOD: ProgressMethod = { onTrackShare: 1, toleranceShare: 0.005, publicationLagMonths: 6, cadence: 'annual' };

export const CADENCE_MONTHS: Record<Cadence, number> = { monthly: 1, quarterly: 3, 'six-monthly': 6, annual: 12, biennial: 24 };
export const CADENCE_WORDS: Record<Cadence, string> = { monthly: 'monthly', quarterly: 'quarterly', 'six-monthly': 'six-monthly', annual: 'yearly', biennial: 'two-yearly' };

/** The plan's method: its settings over the defaults. */
export function progressMethod(plan: Pick<Plan, 'progressMethod'> | undefined): ProgressMethod {
  return { ...DEFAULT_PROGRESS_METHOD, ...plan?.progressMethod };
}

export type ChangeKind = 'better' | 'worse' | 'little-or-no-change';

/** A change from an earlier figure to the latest, in one frame: since the previous figure, or since the baseline. */
export interface Change {
  frame: 'previous' | 'baseline';
  from: DatedValue;
  to: DatedValue;
  kind: ChangeKind;
  /** ↑ or ↓ by the numbers, → for little or no change: it never says more than the words. */
  arrow: '↑' | '↓' | '→';
  /** "Better than the previous figure (62.9 years, March 2024)". */
  words: string;
}

export interface Assessment {
  status: ProgressStatus;
  flags: ProgressFlag[];
  /** One plain sentence with the numbers: "Off track: 63.1 years in March 2025 is worse than the baseline of 63.6 years (March 2022)." */
  reason: string;
  /** A sentence for each flag, in the order of `flags`. */
  flagReasons: string[];
  /** The status and reason in one text, flags included, as a screen reader or a CSV cell says it. */
  summary: string;
  /** The day it is judged on, YYYY-MM-DD. */
  asAt: string;
  /** The change since the previous figure and since the baseline, where there is one. */
  sincePrevious?: Change;
  sinceBaseline?: Change;
  /** The council's own assessment, shown beside the method's result, never in its place. */
  council?: { status: ProgressStatus; reason: string; date: string; summary: string };
  /** The tolerance used: a change no larger is "little or no change". */
  tolerance: number;
}

/** The indicator's change tolerance: its own, else the method's share of its range. */
export function toleranceOf(indicator: Indicator, method: ProgressMethod = DEFAULT_PROGRESS_METHOD): number {
  if (indicator.tolerance !== undefined) return indicator.tolerance;
  const span = indicator.min !== undefined && indicator.max !== undefined ? indicator.max - indicator.min : Math.abs(indicator.target?.value ?? indicator.baseline?.value ?? 0);
  return span * method.toleranceShare;
}

/** Whether `value` meets `target` for an indicator going this way. */
function meets(value: number, target: number, direction: Indicator['direction']): boolean {
  return direction === 'higher-is-better' ? value >= target : value <= target;
}

/** Better, worse or little or no change from one figure to another, allowing the tolerance. */
export function changeKind(from: number, to: number, direction: Indicator['direction'], tolerance: number): ChangeKind {
  const difference = to - from;
  if (Math.abs(difference) <= tolerance) return 'little-or-no-change';
  return (direction === 'higher-is-better') === difference > 0 ? 'better' : 'worse';
}

/** A change as a sentence goes on: "better", "worse", "little or no change". */
export const CHANGE_WORDS: Record<ChangeKind, string> = { better: 'better', worse: 'worse', 'little-or-no-change': 'little or no change' };

const CHANGE_START: Record<ChangeKind, string> = { better: 'Better than', worse: 'Worse than', 'little-or-no-change': 'Little or no change from' };

function change(indicator: Indicator, frame: Change['frame'], from: DatedValue, to: DatedValue, tolerance: number): Change {
  const kind = changeKind(from.value, to.value, indicator.direction, tolerance);
  const what = frame === 'previous' ? 'the previous figure' : 'the baseline';
  return {
    frame,
    from,
    to,
    kind,
    arrow: kind === 'little-or-no-change' ? '→' : to.value > from.value ? '↑' : '↓',
    words: `${CHANGE_START[kind]} ${what} (${formatValue(from.value, indicator.unit)}, ${month(from.date)})`,
  };
}

/**
 * A figure's date in a reason: its month ("March 2025"), as figures are for periods that end then;
 * a year alone stays a year.
 */
function month(date: string): string {
  return formatDate(date.slice(0, 7));
}

/** A partial date at the end of its period, as a count of days: "2025-03" is 31 March 2025. */
function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  if (day) return Date.UTC(year, month! - 1, day) / 86_400_000;
  if (month) return Date.UTC(year, month, 0) / 86_400_000;
  return Date.UTC(year, 11, 31) / 86_400_000;
}

function yearsBetween(from: string, to: string): number {
  return (dayNumber(to) - dayNumber(from)) / 365.25;
}

/** The last day of the month `months` after a date's month, YYYY-MM-DD. */
function monthsAfter(date: string, months: number): string {
  const [year, month = 12] = date.split('-').map(Number) as [number, number?];
  const end = new Date(Date.UTC(year, month + months, 0));
  return end.toISOString().slice(0, 10);
}

const RATE_FORMAT = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 2 });
const LARGE_RATE_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** A yearly change without its sign, as words say it: "0.6 points", "£1.2m", "120 homes". */
export function rateAmount(rate: number, unit: string): string {
  const size = Math.abs(rate);
  const n = (size >= 10 ? LARGE_RATE_FORMAT : RATE_FORMAT).format(size);
  if (unit === '%') return `${n} ${n === '1' ? 'point' : 'points'}`;
  if (unit.startsWith('£')) return `£${n}${unit.slice(1)}`;
  return unit ? `${n} ${unit}` : n;
}

/** "down 0.6 points a year". */
function rateWords(rate: number, unit: string): string {
  return `${rate > 0 ? 'up' : 'down'} ${rateAmount(rate, unit)} a year`;
}

export interface AssessOptions {
  /** The day to judge on, YYYY-MM-DD. */
  asAt: string;
  method?: ProgressMethod;
}

/**
 * The indicator's status as at a day, by the published method, with its reason, flags, the
 * change in both frames, and the council's own assessment where one is recorded. Figures dated
 * after `asAt` are not yet known on that day and are left out.
 */
export function assessIndicator(indicator: Indicator, { asAt, method = DEFAULT_PROGRESS_METHOD }: AssessOptions): Assessment {
  const known = indicator.history.filter((figure) => dayNumber(figure.date) <= dayNumber(asAt));
  const latest = known.at(-1);
  const previous = known.at(-2);
  const baseline = indicator.baseline ?? known[0];
  const target = indicator.target;
  const unit = indicator.unit;
  const value = (figure: DatedValue) => formatValue(figure.value, unit);
  const tolerance = toleranceOf(indicator, method);

  const sincePrevious = latest && previous ? change(indicator, 'previous', previous, latest, tolerance) : undefined;
  const sinceBaseline = latest && baseline && baseline.date !== latest.date && baseline !== latest ? change(indicator, 'baseline', baseline, latest, tolerance) : undefined;

  const [status, reason] = ((): [ProgressStatus, string] => {
    if (!target) return ['not-assessable', 'no target is set.'];
    if (!latest) return ['not-assessable', 'there are no figures yet.'];
    if (meets(latest.value, target.value, indicator.direction)) {
      let firstMet = latest;
      for (let i = known.length - 2; i >= 0 && meets(known[i]!.value, target.value, indicator.direction); i--) firstMet = known[i]!;
      const since = firstMet === latest ? '' : ` (${indicator.direction === 'higher-is-better' ? 'at or above' : 'at or below'} it since ${month(firstMet.date)})`;
      return ['target-met', `${value(latest)} in ${month(latest.date)} meets the target of ${value(target)}${since}.`];
    }
    if (!baseline || !sinceBaseline) return ['not-assessable', `there is only one figure (${value(latest)} in ${month(latest.date)}), so no rate of change yet.`];
    if (sinceBaseline.kind !== 'better') {
      const how = sinceBaseline.kind === 'worse' ? 'worse than' : 'little changed from';
      return ['off-track', `${value(latest)} in ${month(latest.date)} is ${how} the baseline of ${value(baseline)} (${month(baseline.date)}).`];
    }
    const yearsToTarget = yearsBetween(baseline.date, target.date);
    if (yearsToTarget <= 0) return ['not-assessable', `the target's date (${month(target.date)}) is not after the baseline's (${month(baseline.date)}).`];
    const rate = (latest.value - baseline.value) / yearsBetween(baseline.date, latest.date);
    const needed = (target.value - baseline.value) / yearsToTarget;
    if (rate / needed >= method.onTrackShare) {
      return ['on-track', `at the rate since ${month(baseline.date)} (${rateWords(rate, unit)}) it reaches ${value(target)} by ${month(target.date)}.`];
    }
    return ['some-progress', `${rateWords(rate, unit)} since ${month(baseline.date)}, but reaching ${value(target)} by ${month(target.date)} needs ${rateAmount(needed, unit)} a year.`];
  })();

  const flags: ProgressFlag[] = [];
  const flagReasons: string[] = [];
  if (target && dayNumber(asAt) > dayNumber(target.date) && !known.some((figure) => dayNumber(figure.date) >= dayNumber(target.date))) {
    flags.push('target-date-passed');
    flagReasons.push(`Target date passed: the target was for ${month(target.date)}, and there is no figure for that date or later.`);
  }
  const cadence = indicator.cadence ?? method.cadence;
  if (latest) {
    const due = monthsAfter(latest.date, CADENCE_MONTHS[cadence] + method.publicationLagMonths);
    if (asAt > due) {
      flags.push('figure-overdue');
      flagReasons.push(`Figure overdue: the latest is for ${month(latest.date)}, and the next ${CADENCE_WORDS[cadence]} figure was expected by ${formatDate(due)}.`);
    }
  }
  const sentence = `${capitalise(PROGRESS_WORDS[status])}: ${reason}`;
  const council = indicator.assessment && {
    ...indicator.assessment,
    summary: `The council's assessment (${formatDate(indicator.assessment.date)}): ${PROGRESS_WORDS[indicator.assessment.status]}. ${indicator.assessment.reason}`,
  };
  return {
    status,
    flags,
    reason: sentence,
    flagReasons,
    summary: [sentence, ...flagReasons].join(' '),
    asAt,
    ...(sincePrevious && { sincePrevious }),
    ...(sinceBaseline && { sinceBaseline }),
    ...(council && { council }),
    tolerance,
  };
}

export type ProgressCounts = Record<ProgressStatus, number>;

/** How many of these statuses there are of each. */
export function tallyStatuses(statuses: Iterable<ProgressStatus>): ProgressCounts {
  const counts: ProgressCounts = { 'target-met': 0, 'on-track': 0, 'some-progress': 0, 'off-track': 0, 'not-assessable': 0 };
  for (const status of statuses) counts[status]++;
  return counts;
}

/** How many indicators are in each status as at a day: the roll-up for a sub-outcome, outcome or plan. */
export function countProgress(indicators: Iterable<Indicator>, options: AssessOptions): ProgressCounts {
  return tallyStatuses(Array.from(indicators, (indicator) => assessIndicator(indicator, options).status));
}

/** A roll-up in words: "1 target met, 2 off track" (statuses with none left out), or "no indicators". */
export function progressCountWords(counts: ProgressCounts): string {
  return PROGRESS_STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${PROGRESS_WORDS[s]}`).join(', ') || 'no indicators';
}
