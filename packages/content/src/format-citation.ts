/** A citation in words: here, not in format.ts, as only the elements that cite their sources need it. */
import { formatDate } from './format-date.js';
import type { Citation, Plan } from './types.js';

/** "Cabinet, 26 October 2021, paragraph 21" */
export function formatCitation(plan: Plan, citation: Citation): { text: string; title?: string } {
  const document = plan.sources.find((s) => s.id === citation.document);
  const parts: string[] = [];
  if (document?.meeting) parts.push(document.meeting);
  else if (document) parts.push(document.title);
  if (document?.date) parts.push(formatDate(document.date));
  if (citation.paragraph) parts.push(paragraphWords(citation.paragraph));
  return { text: parts.join(', ') || citation.document, title: document?.title };
}

/** "paragraph 21", "paragraphs 21-23"; a place that is not a number ("Appendix A") as it is. */
export function paragraphWords(paragraph: string): string {
  return /^\d/.test(paragraph) ? `${/[-,–]|and/.test(paragraph) ? 'paragraphs' : 'paragraph'} ${paragraph}` : paragraph;
}
