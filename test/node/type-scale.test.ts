/**
 * The type scale and the reading measure: on a phone (375 px) the h1 of every page type is smaller
 * than on a wide screen (1280 px), and on a wide screen no paragraph of running text (shadow roots
 * included) is wider than 75 characters of its own font (75ch).
 *
 * `npm test` builds the site first; run alone, this file builds it when it is missing.
 */
import { expect } from 'chai';
import { ensureSite } from '../helpers/fixtures.ts';
import { newPage } from '../helpers/new-page.ts';
import { servedSite } from '../helpers/served-site.ts';

const PAGE_TYPES = [
  '/',
  '/plans/',
  '/plans/2022-26/',
  '/plans/2022-26/outcomes/keeping-people-safe-and-well/',
  '/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/',
  '/plans/2022-26/indicators/young-people-neet/',
  '/plans/2022-26/how-it-was-made/',
  '/compare/2017-21-discussion/2022-26/',
  '/open-data/',
  '/embed-builder/',
  '/search/',
];

/** The h1's font size, and the paragraphs longer than 75 characters that are wider than 75ch. Runs in the page. */
function measure() {
  const all = (root: Document | ShadowRoot): Element[] => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  const elements = all(document);
  const h1 = elements.find((el) => el.localName === 'h1')!;
  const tooWide = elements
    .filter((el): el is HTMLElement => el.localName === 'p' && (el.textContent ?? '').trim().length > 75 && getComputedStyle(el).display === 'block')
    .flatMap((p) => {
      const probe = document.createElement('span');
      probe.style.cssText = 'position:absolute;visibility:hidden;width:75ch';
      p.append(probe);
      const limit = probe.getBoundingClientRect().width;
      probe.remove();
      const width = p.getBoundingClientRect().width;
      return width > limit + 1 ? [`${p.textContent!.trim().slice(0, 50)}… (${Math.round(width)} px, 75ch is ${Math.round(limit)} px)`] : [];
    });
  return { h1: parseFloat(getComputedStyle(h1).fontSize), tooWide };
}

describe('type scale and reading measure', function () {
  this.timeout(120_000);
  ensureSite();
  const site = servedSite();

  for (const path of PAGE_TYPES) {
    it(`${path}: a smaller h1 at 375 px than at 1280 px; no paragraph wider than 75ch at 1280 px`, async () => {
      const sizes: Record<number, ReturnType<typeof measure>> = {};
      for (const width of [375, 1280]) {
        const context = await site.browser.newContext({ viewport: { width, height: 900 } });
        const page = await newPage(context);
        await page.goto(`${site.url}${path}`);
        sizes[width] = await page.evaluate(measure);
        await context.close();
      }
      expect(sizes[375]!.h1).to.be.below(sizes[1280]!.h1);
      expect(sizes[1280]!.tooWide).to.deep.equal([]);
    });
  }
});
