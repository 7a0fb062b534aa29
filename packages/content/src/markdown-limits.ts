/**
 * What markdown the pages can take. Validation refuses content over these limits (schema.ts), and
 * the renderer shows text over them as plain escaped text instead of rendering it (markdown-core.ts),
 * so a text that passes validation renders, and one that does not cannot crash or stall a page.
 *
 * - Length: the markdown parser and, above all, the sanitizer cost grows with a text's length (a
 *   5,000-character table is about half a second in Node); some inputs cost more than linear time
 *   (`*a` repeated). The longest text in the plans so far is under 1,000 characters.
 * - Nesting: lists and quotes nested a few thousand deep overflow the parser's stack (`"- "` × 2000
 *   is 4 KB), and every level costs time. Nesting shows as the "container prefix" of a line: the
 *   `>`, list markers and indentation before its text. Plan content needs three or four levels.
 */

/** Characters in one markdown text (a paragraph, a description): about 800 words. */
export const MAX_MARKDOWN_LENGTH = 5_000;

/** Characters of `>`, list markers and indentation before a line's text: about ten levels of nesting. */
export const MAX_MARKDOWN_PREFIX = 24;

/** Quote and list markers and the white space around them, at the start of a line. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;

/** What is wrong with a markdown text that a page cannot show, or undefined when it can. */
export function markdownLimitProblem(text: string): string | undefined {
  if (text.length > MAX_MARKDOWN_LENGTH) {
    return `is ${text.length} characters long, over ${MAX_MARKDOWN_LENGTH}: split it into paragraphs`;
  }
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const prefix = CONTAINER_PREFIX.exec(text.slice(start, end === -1 ? undefined : end))![0];
    if (prefix.length > MAX_MARKDOWN_PREFIX) {
      return `line ${line} nests lists or quotes too deep (${prefix.length} characters of markers and indentation, over ${MAX_MARKDOWN_PREFIX})`;
    }
    if (end === -1) break;
    start = end + 1;
  }
  return undefined;
}
