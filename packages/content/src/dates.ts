/**
 * Dates as the content writes them: YYYY-MM-DD, or YYYY-MM and YYYY where a source gives no day.
 * Compared as strings, never through `Date`, so that no time zone can move a date by a day.
 */
import type { Consultation, Plan } from './types.js';

/** A day as YYYY-MM-DD, in the reader's own time zone (today by default). */
export function isoDay(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whether `day` (YYYY-MM-DD) is before (-1), within (0) or after (1) the period from `start` to `end`, each possibly partial. */
export function compareDayToPeriod(day: string, start: string, end: string = start): -1 | 0 | 1 {
  if (day.slice(0, start.length) < start) return -1;
  if (day.slice(0, end.length) > end) return 1;
  return 0;
}

/**
 * A key that sorts partial dates after the full dates of the same month or year: "in May 2014"
 * comes after "6 May 2014", since the source does not say which day it was.
 */
export function dateSortKey(date: string): string {
  return `${date}-99-99`.slice(0, 10);
}

export type ConsultationStatus = 'upcoming' | 'open' | 'closed' | 'unknown';

/**
 * Whether a consultation is upcoming, open or closed on `day` (YYYY-MM-DD). Open needs a closing
 * date: a consultation whose sources give only when it opened is "unknown" once it has opened.
 */
export function consultationStatus(consultation: Pick<Consultation, 'opens' | 'closes'>, day: string): ConsultationStatus {
  const { opens, closes } = consultation;
  if (opens && compareDayToPeriod(day, opens) < 0) return 'upcoming';
  if (!closes) return 'unknown';
  return compareDayToPeriod(day, opens ?? closes, closes) > 0 ? 'closed' : 'open';
}

/** Plans in the order of their periods: by start, then by end. */
export function comparePlanPeriods(a: Pick<Plan, 'period'>, b: Pick<Plan, 'period'>): number {
  return a.period.start - b.period.start || a.period.end - b.period.end;
}
