/**
 * What an element shows inside its shadow root, read from a page that playwright-core drives (the
 * site, embed and CMS page tests): white space collapsed, as test/browser/helpers.ts reads it in
 * the component tests.
 */
import type { Frame, Page } from 'playwright-core';

/**
 * The text of the first match of `selector` in the shadow root of the first match of `host` (a
 * CSS selector), or of that whole root, its top-level nodes' texts joined by a space.
 */
export function shadowText(page: Page | Frame, host: string, selector?: string): Promise<string> {
  return page.evaluate(
    ({ host, selector }) => {
      const root = document.querySelector(host)?.shadowRoot;
      const nodes = selector ? [root?.querySelector(selector)] : [...(root?.children ?? [])];
      return nodes
        .map((node) => node?.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
    },
    { host, selector },
  );
}

/** The text of every match of `selector` in the shadow root of the first match of `host`, each with white space collapsed. */
export function shadowTexts(page: Page | Frame, host: string, selector: string): Promise<string[]> {
  return page.evaluate(
    ({ host, selector }) => [...(document.querySelector(host)?.shadowRoot?.querySelectorAll(selector) ?? [])].map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim()),
    { host, selector },
  );
}
