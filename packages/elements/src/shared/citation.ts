/**
 * Where an item is quoted from, with the source's note: the one way the elements and the site's
 * pages word a citation, so that a note (what the source calls an item, where a date comes from)
 * always reaches the reader. An element says it inline, after the item (an embedded widget has
 * no page foot to point to); the site's pages number it and list it at the page's foot, in the
 * same words (site/src/pages/common.ts).
 */
import type { Citation, Plan } from '@plan-kit/content';
import { html, nothing, type TemplateResult } from 'lit';
import { formatCitation } from './format.js';

/**
 * "Cabinet, 26 October 2021, paragraph 23 (Strategic Plan 2022-26: report of the Chief
 * Executive). Dates from paragraph 5.": meeting, date, paragraph, the document's title (written
 * out, not left in a tooltip that keyboard and touch users never see) and the source's note.
 */
export function citationWords(plan: Plan, source: Citation): string {
  const { text, title } = formatCitation(plan, source);
  return `${text}${title && !text.includes(title) ? ` (${title})` : ''}${source.note ? `. ${source.note}` : ''}`;
}

/**
 * "Source: Cabinet, 26 October 2021, paragraph 23. Dates from paragraph 5." `part` names it for
 * `::part()` where an element shows citations of several kinds of item.
 */
export function citation(plan: Plan, source: Citation | undefined, part = 'citation'): TemplateResult | typeof nothing {
  if (!source) return nothing;
  return html`<p class="citation" part=${part}>
    Source: ${citationWords(plan, source)}
  </p>`;
}
