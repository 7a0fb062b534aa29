import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A heading at the level the host page needs, so the element fits the page's outline. Level 1 is
 * for a page whose main item is the element itself (a sub-outcome's own page shows its card).
 * (Literal templates per level: a tag name cannot be a binding.)
 */
export function heading(level: number, content: unknown, part = 'heading', id?: string): TemplateResult {
  switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
    case 1:
      return html`<h1 part=${part} id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${ifDefined(id)}>${content}</h6>`;
  }
}
