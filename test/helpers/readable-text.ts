/** The text a reader gets from a page, for the site and embed page tests alike. */
import type { Page } from 'playwright-core';

/** The page's text, shadow roots included, white space collapsed, less elements matching `leaveOut`. Runs in the page. */
function collectText(leaveOut: string): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      // <noscript> is text with JavaScript on and markup with it off: what it says is not content.
      if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(node.tagName) || (leaveOut && node.matches(leaveOut))) return;
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    }
    node.childNodes.forEach(walk);
  };
  walk(document.body);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * As source text with its own `__name` (which tsx adds), so that it runs with the page's JavaScript off too.
 * `leaveOut`: a selector of what only script adds (a timeline's today marker), to compare with the page without it.
 */
export function readableText(page: Page, leaveOut = ''): Promise<string> {
  return page.evaluate(`(() => { const __name = (fn) => fn; return (${collectText.toString()})(${JSON.stringify(leaveOut)}); })()`);
}
