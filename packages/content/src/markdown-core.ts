/**
 * Markdown to sanitized HTML, shared by the browser and Node entries (`markdown.ts`,
 * `markdown-node.ts`), which differ only in where DOMPurify gets its DOM.
 *
 * Two layers: raw HTML written into the markdown is reduced to its text before marked renders
 * it (so content cannot carry markup of its own), and the rendered HTML is then sanitized with
 * an allow-list of the elements markdown produces. Links keep their text even when their URL is
 * dropped (a `javascript:` link becomes plain text).
 */
import type { Config, DOMPurify } from 'dompurify';
import { Marked, type Tokens } from 'marked';
import { SAFE_URL } from './url.js';

/** Elements that markdown produces and that are safe to show. */
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'em', 'strong', 'del', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];
const ALLOWED_ATTR = ['href', 'title', 'start', 'align'];


export interface MarkdownRenderer {
  /** Block markdown (paragraphs, lists) to sanitized HTML. */
  renderMarkdown(markdown: string): string;
  /** One line of markdown (emphasis, links) to sanitized HTML without a wrapping paragraph. */
  renderInlineMarkdown(markdown: string): string;
}

export function createMarkdownRenderer(purify: DOMPurify): MarkdownRenderer {
  const textOnly = (html: string) => purify.sanitize(html, { ALLOWED_TAGS: [], KEEP_CONTENT: true, RETURN_TRUSTED_TYPE: false });

  const marked = new Marked({
    async: false,
    gfm: true,
    renderer: {
      // Raw HTML in content keeps its words and loses its markup.
      html({ text }: Tokens.HTML | Tokens.Tag) {
        return textOnly(text);
      },
      // Headings inside content would break the page's heading outline; show them as strong text.
      heading({ tokens }: Tokens.Heading) {
        return `<p><strong>${this.parser.parseInline(tokens)}</strong></p>\n`;
      },
      // Images are not part of plan content; keep their text alternative.
      image({ text }: Tokens.Image) {
        return textOnly(text);
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

  return {
    renderMarkdown: (markdown) => sanitize(marked.parse(markdown, { async: false })),
    renderInlineMarkdown: (markdown) => sanitize(marked.parseInline(markdown, { async: false })),
  };
}
