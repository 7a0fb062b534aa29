/**
 * Content text that may be markdown. Plain text (most of it) renders as text at once; text with
 * markdown syntax loads the markdown renderer (marked + DOMPurify, ~27 KB) only when first needed,
 * shows the plain words meanwhile, then re-renders. `unsafeHTML` only ever receives the
 * renderer's sanitized output; where Trusted Types are enforced it reaches the DOM through Lit's
 * own policy (`lit-html`), as every template does, so DOMPurify need not return TrustedHTML.
 */
import type { MarkdownRenderer } from '@plan-kit/content/markdown';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

let renderer: MarkdownRenderer | undefined;
let renders = 0;
let loading: Promise<MarkdownRenderer> | undefined;
const waiting = new Set<ReactiveControllerHost>();

/** Loads the markdown renderer; prerendering awaits this first so markdown renders synchronously. */
export function loadMarkdown(): Promise<MarkdownRenderer> {
  loading ??= import('@plan-kit/content/markdown').then(
    (module) => {
      renderer = module;
      for (const host of waiting) host.requestUpdate();
      waiting.clear();
      return module;
    },
    (error: unknown) => {
      // Offline, or the chunk is missing: the text stays plain words, and a later render tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Starts loading the renderer for an element that shows markdown; a failure leaves plain text, not an unhandled rejection. */
function requestMarkdown(host: ReactiveControllerHost): void {
  waiting.add(host);
  loadMarkdown().catch(() => {});
}

/**
 * How many texts have been rendered as markdown so far. A prerenderer compares it before and after
 * a page: a page whose elements rendered markdown must load the renderer before it hydrates, so
 * that the first client render matches the server's.
 */
export function markdownRenderCount(): number {
  return renders;
}

/** Anything that markdown would turn into markup: emphasis, links, code, lists, headings, HTML, entities. */
const MARKDOWN_SYNTAX = /[*_`[\]<>#&\\|~]|^\s*(?:[-+]|\d+[.)])\s|\n\s*\n|https?:\/\//m;

export function needsMarkdown(text: string): boolean {
  return MARKDOWN_SYNTAX.test(text);
}

/** A block of markdown (paragraphs, lists) for `host`, which re-renders when the renderer arrives. */
export function richText(host: ReactiveControllerHost, markdown: string | undefined): TemplateResult | typeof nothing {
  if (!markdown) return nothing;
  if (!needsMarkdown(markdown)) return html`<p>${markdown}</p>`;
  if (renderer) {
    renders++;
    return html`${unsafeHTML(renderer.renderMarkdown(markdown))}`;
  }
  requestMarkdown(host);
  return html`<p>${markdown}</p>`;
}

/** One line of markdown without a paragraph around it. */
export function richInline(host: ReactiveControllerHost, markdown: string | undefined): TemplateResult | string | typeof nothing {
  if (!markdown) return nothing;
  if (!needsMarkdown(markdown)) return markdown;
  if (renderer) {
    renders++;
    return html`${unsafeHTML(renderer.renderInlineMarkdown(markdown))}`;
  }
  requestMarkdown(host);
  return markdown;
}
