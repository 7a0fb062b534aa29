/**
 * What an injected XSS vector would leave in a page if it got through, looked for in the light DOM
 * and in every shadow root: an event-handler attribute (`on…`), a URL attribute with a script or
 * data scheme (href, src, action, formaction, xlink:href and the rest, after the control
 * characters and white space that browsers ignore), and elements that run, load or embed things.
 *
 * `findActiveContent` runs in the page (playwright's `page.evaluate`): it is self-contained.
 */
import type { Page } from 'playwright-core';

export function findActiveContent(): string[] {
  const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'srcset', 'srcdoc', 'action', 'formaction', 'data', 'poster', 'background', 'cite', 'ping', 'codebase', 'dynsrc', 'lowsrc'];
  const SCRIPT_SCHEMES = /^(?:javascript|vbscript|livescript|data):/i;
  // eslint-disable-next-line no-control-regex -- browsers drop these before reading a scheme
  const IGNORED = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u205f\u3000\ufeff]/g;
  // Elements that run script, load or embed something, or change how the page is read. Pages and
  // elements use none of them in their bodies (style only as a shadow root's own stylesheet).
  const ACTIVE_ELEMENTS = new Set([
    'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'img', 'image',
    'video', 'audio', 'source', 'track', 'picture', 'math', 'animate', 'set', 'animatemotion', 'animatetransform',
    'use', 'foreignobject', 'handler', 'listener', 'template', 'xml', 'bgsound', 'isindex', 'textarea', 'select',
    'option', 'portal', 'marquee',
  ]);
  // The embed builder's own form, which its script makes (not content): its selects and their
  // options, its snippet boxes, and its preview frame of one of the site's embed pages.
  const builderControl = (element: Element) =>
    element.closest('.embed-builder') !== null &&
    (/^builder-(plan|kind|item|option|snippet-url|snippet-iframe|snippet-element)$/.test(element.id) ||
      (element.localName === 'option' && element.parentElement?.id.startsWith('builder-') === true) ||
      (element.localName === 'iframe' && element.classList.contains('builder-preview') && new URL((element as HTMLIFrameElement).src).origin === location.origin));
  const found: string[] = [];
  const describe = (element: Element, where: string) => `${where} <${element.localName}${element.id ? `#${element.id}` : ''}>`;
  const scan = (root: ParentNode, where: string) => {
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const name = element.localName;
      // An element's own filter controls (the scorecard's `part="filters"`) are its template's, not content.
      const ownControl = (name === 'select' || name === 'option') && root instanceof ShadowRoot && element.closest('[part~="filters"]') !== null;
      if (name === 'style' ? element.parentNode !== root || !(root instanceof ShadowRoot) : ACTIVE_ELEMENTS.has(name) && !ownControl && !builderControl(element)) {
        found.push(`${describe(element, where)}: a <${name}> element`);
      }
      for (const attribute of Array.from(element.attributes)) {
        const attributeName = attribute.name.toLowerCase();
        if (attributeName.startsWith('on')) found.push(`${describe(element, where)}: event handler ${attribute.name}="${attribute.value}"`);
        if (attributeName === 'style') found.push(`${describe(element, where)}: style attribute "${attribute.value}"`);
        // A plan-kit element's own href (a link template) and src (its plan's URL) are what the page
        // gave it, not something it rendered: the links it renders are checked in its shadow root.
        const input = name.startsWith('plan-') && (attributeName === 'href' || attributeName === 'src');
        if (!input && URL_ATTRIBUTES.includes(attributeName) && SCRIPT_SCHEMES.test(attribute.value.replace(IGNORED, ''))) {
          found.push(`${describe(element, where)}: ${attribute.name}="${attribute.value}"`);
        }
      }
      if (element.shadowRoot) scan(element.shadowRoot, `${where} <${name}> shadow root:`);
    }
  };
  scan(document.body, 'body:');
  return found;
}

export interface SentinelReport {
  /** Calls that the corpus makes (alert, confirm, prompt, print, open), recorded by the sentinel. */
  calls: string[];
  /** window.__xss, which other vectors set. */
  xss: unknown;
}

/** Installs the sentinel before any page script runs (for pages that do not load test/fixtures/hostile/sentinel.js). */
export async function installSentinel(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record: string[] = [];
    (window as unknown as { __xssCalls: string[] }).__xssCalls = record;
    for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => record.push(`${name}(${args.map(String).join(', ')})`);
    }
  });
}

export function readSentinel(page: Page): Promise<SentinelReport> {
  return page.evaluate(() => ({
    calls: (window as unknown as { __xssCalls?: string[] }).__xssCalls ?? [],
    xss: (window as unknown as { __xss?: unknown }).__xss,
  }));
}
