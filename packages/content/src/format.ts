/**
 * Words and numbers as a UK reader expects them: dates, figures, citations. Here, in the content
 * package, so that the elements, the site's pages and Node code (the CLI, the build) format alike
 * without importing the elements.
 */
import type { Citation, Plan } from './types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2021-10-26" → "26 October 2021"; "2022-03" → "March 2022"; "2013" → "2013". No time zone can shift it. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? date;
}

/** "Cabinet, 26 October 2021, paragraph 21" */
export function formatCitation(plan: Plan, citation: Citation): { text: string; title?: string } {
  const document = plan.sources.find((s) => s.id === citation.document);
  const parts: string[] = [];
  if (document?.meeting) parts.push(document.meeting);
  else if (document) parts.push(document.title);
  if (document?.date) parts.push(formatDate(document.date));
  if (citation.paragraph) {
    const p = citation.paragraph;
    parts.push(/^\d/.test(p) ? `${/[-,–]|and/.test(p) ? 'paragraphs' : 'paragraph'} ${p}` : p);
  }
  return { text: parts.join(', ') || citation.document, title: document?.title };
}

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** 62 + "%" → "62%"; 66 + "£m" → "£66m"; 72.3 + "years" → "72.3 years". */
export function formatValue(value: number, unit = ''): string {
  const n = numberFormat.format(value);
  if (unit === '%') return `${n}%`;
  if (unit.startsWith('£')) return `£${n}${unit.slice(1)}`;
  return unit ? `${n} ${unit}` : n;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
