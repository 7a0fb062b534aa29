/**
 * Words and numbers as a UK reader expects them: dates, figures, citations. Here, in the content
 * package, so that the elements, the site's pages and Node code (the CLI, the build) format alike
 * without importing the elements.
 */
// A citation in words is in format-citation.ts (re-exported here): only the elements that cite load it.
export { formatCitation, paragraphWords } from './format-citation.js';
// A date in words is in format-date.ts (re-exported here): a gauge given its figures as attributes shows no date.
export { formatDate } from './format-date.js';

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
