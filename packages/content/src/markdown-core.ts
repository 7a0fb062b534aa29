/**
 * Markdown to sanitized HTML, shared by the browser and Node entries (`markdown.ts`,
 * `markdown-node.ts`), which differ only in where DOMPurify gets its DOM.
 *
 * Two layers: raw HTML written into the markdown is reduced to escaped text before marked
 * renders it (so content cannot carry markup of its own), and the rendered HTML is then
 * sanitized with an allow-list of the elements markdown produces. Links keep their text even
 * when their URL is dropped (a `javascript:` link becomes plain text).
 */
import type { Config, DOMPurify } from 'dompurify';
import { Marked, type Tokens } from 'marked';
import { markdownLimitProblem } from './markdown-limits.js';
import { SAFE_URL } from './url.js';

/** Elements that markdown produces and that are safe to show. */
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'em', 'strong', 'del', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];
const ALLOWED_ATTR = ['href', 'title', 'start', 'align'];

/** Comments, doctype and processing instructions, and elements whose content is not for reading. */
const HIDDEN_HTML = /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>?|<(script|style|template|textarea|title|xmp|iframe|noembed|noframes|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
/**
 * A start or end tag, with attribute values that contain `>`. Names and unquoted values stop at a
 * quote or a `<`, and a tag has at most 64 attributes, so that hostile runs of unfinished tags cost
 * linear time, not quadratic. (A tag it does not match stays as escaped text.)
 */
const HTML_TAG = /<\/?[a-z][^\s/<>"'=]*(?:[\s/]+[^\s/<>="']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?){0,64}[\s/]*>/gi;

/**
 * The words of raw HTML in content, as escaped text: its tags and comments go, anything left that
 * looks like markup (a tag with no end) stays as visible, escaped text. Done without a DOM parser on
 * purpose: parsing markup that has `onerror=` in it makes Chromium report a Content-Security-Policy
 * violation (script-src-attr) to the host page, even in an inert document where nothing runs.
 * Safety does not rest on this: the result has no `<` left, and the whole output is sanitized after.
 */
export function rawHtmlToText(html: string): string {
  return html.replace(HIDDEN_HTML, '').replace(HTML_TAG, '').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface MarkdownRenderer {
  /** Block markdown (paragraphs, lists) to sanitized HTML. */
  renderMarkdown(markdown: string): string;
  /** One line of markdown (emphasis, links) to sanitized HTML without a wrapping paragraph. */
  renderInlineMarkdown(markdown: string): string;
}

export function createMarkdownRenderer(purify: DOMPurify): MarkdownRenderer {
  const marked = new Marked({
    async: false,
    gfm: true,
    renderer: {
      // Raw HTML in content keeps its words and loses its markup.
      html({ text }: Tokens.HTML | Tokens.Tag) {
        return rawHtmlToText(text);
      },
      // Headings inside content would break the page's heading outline; show them as strong text.
      heading({ tokens }: Tokens.Heading) {
        return `<p><strong>${this.parser.parseInline(tokens)}</strong></p>\n`;
      },
      // Images are not part of plan content; keep their text alternative.
      image({ text }: Tokens.Image) {
        return rawHtmlToText(text);
      },
    },
  });

  const config: Config = {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: SAFE_URL,
    RETURN_TRUSTED_TYPE: false,
  };
  purify.addHook('afterSanitizeAttributes', (node) => {
    // Links to other sites must not get a handle on this page.
    if (node.tagName === 'A' && /^https?:/i.test(node.getAttribute('href') ?? '')) {
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  const sanitize = (html: string) => purify.sanitize(html, { ...config, ADD_ATTR: ['rel'] });

  /**
   * Renders, or shows the text as it is, escaped, where it is over the limits validation enforces
   * (content that skipped validation) or rendering fails: a page never breaks on a text.
   */
  const safely = (markdown: string, render: (text: string) => string, plain: (text: string) => string): string => {
    if (typeof markdown !== 'string') return '';
    if (markdownLimitProblem(markdown)) return plain(escapeHtml(markdown));
    try {
      return sanitize(render(markdown));
    } catch {
      return plain(escapeHtml(markdown));
    }
  };

  return {
    renderMarkdown: (markdown) => safely(markdown, (text) => marked.parse(text, { async: false }), (text) => `<p>${text}</p>`),
    renderInlineMarkdown: (markdown) => safely(markdown, (text) => marked.parseInline(text, { async: false }), (text) => text),
  };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML that shows it as it is. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}
