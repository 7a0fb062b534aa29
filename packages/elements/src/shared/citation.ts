/**
 * Where an item is quoted from, with the source's note: the one way the elements and the site's
 * pages show a citation, so that a note (what the source calls an item, where a date comes from)
 * always reaches the reader.
 */
import type { Citation, Plan } from '@plan-kit/content';
import { html, nothing, type TemplateResult } from 'lit';
import { formatCitation } from './format.js';

/**
 * "Source: Cabinet, 26 October 2021, paragraph 23. Dates from paragraph 5." `part` names it for
 * `::part()` where an element shows citations of several kinds of item.
 */
export function citation(plan: Plan, source: Citation | undefined, part = 'citation'): TemplateResult | typeof nothing {
  if (!source) return nothing;
  const { text, title } = formatCitation(plan, source);
  // The document's title is written out, not left in a tooltip that keyboard and touch users never see.
  return html`<p class="citation" part=${part}>
    Source: ${text}${title && !text.includes(title) ? ` (${title})` : nothing}${source.note ? `. ${source.note}` : nothing}
  </p>`;
}
