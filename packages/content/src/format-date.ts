/**
 * A date in words, as a UK reader expects it. A module of its own (format.ts re-exports it): a
 * gauge given its figures as attributes shows no date, so the embed bundle keeps this with the
 * elements that show items in detail, and a gauge gets it with an indicator's figures
 * (gauge-from-plan.ts).
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2021-10-26" → "26 October 2021"; "2022-03" → "March 2022"; "2013" → "2013". No time zone can shift it. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? date;
}
