/** Markdown to sanitized HTML in Node (prerendering, the CLI): DOMPurify works on a jsdom window. */
import createDOMPurify, { type WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { createMarkdownRenderer } from './markdown-core.js';

const { window } = new JSDOM('');
export const { renderMarkdown, renderInlineMarkdown } = createMarkdownRenderer(
  createDOMPurify(window as unknown as WindowLike),
);
export type { MarkdownRenderer } from './markdown-core.js';
