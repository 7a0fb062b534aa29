/** Markdown to sanitized HTML in the browser. (Node gets `markdown-node.ts` through the package's exports.) */
import createDOMPurify from 'dompurify';
import { createMarkdownRenderer } from './markdown-core.js';

// A private DOMPurify instance: hooks we add must not touch a copy the host page uses.
export const { renderMarkdown, renderInlineMarkdown } = createMarkdownRenderer(createDOMPurify(window));
export type { MarkdownRenderer } from './markdown-core.js';
