/** Content markdown for the server-rendered pages: sanitized (marked + DOMPurify) before unsafeHTML sees it. */
import { renderInlineMarkdown, renderMarkdown } from '@plan-kit/content/markdown';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

export function markdown(text: string | undefined): TemplateResult | typeof nothing {
  return text ? html`${unsafeHTML(renderMarkdown(text))}` : nothing;
}

export function inlineMarkdown(text: string | undefined): TemplateResult | typeof nothing {
  return text ? html`${unsafeHTML(renderInlineMarkdown(text))}` : nothing;
}
