/**
 * End-to-end tests of the built microsite (dist/site) in headless Chromium (playwright-core):
 * every page loads, has no console error and no axe violation, reads the same with JavaScript
 * off, does not scroll sideways at 320 CSS px; the keyboard reaches every link with a visible
 * focus indicator; forced colours keep the gauges readable; search finds a sub-outcome by a word
 * in one of its actions.
 *
 * `npm test` builds the site first (`npm run build:site`); run alone, this file builds it when it
 * is missing.
 */
import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type StaticServer, serveStatic } from '../../scripts/serve-static.ts';
import { axeViolations } from '../helpers/axe-page.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { SITE_DIR, ensureSite, sitePages } from '../helpers/fixtures.ts';
import { inPool } from '../helpers/pool.ts';

/**
 * A new page whose evaluated functions can run: tsx (esbuild) names inner functions with a
 * `__name` helper that exists in Node but not in the page.
 */
async function newPage(owner: Browser | BrowserContext): Promise<Page> {
  const page = await owner.newPage();
  await page.addInitScript('window.__name = (fn) => fn;');
  return page;
}

/** The text a reader gets: the page's text, shadow roots included, white space collapsed. */
function collectText(): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      // <noscript> is text with JavaScript on and markup with it off: what it says is not content.
      if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(node.tagName)) return;
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    }
    node.childNodes.forEach(walk);
  };
  walk(document.body);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** As source text with its own `__name`, so that it runs with the page's JavaScript off too. */
function readableText(page: Page): Promise<string> {
  return page.evaluate(`(() => { const __name = (fn) => fn; return (${collectText.toString()})(); })()`);
}

interface PageReport {
  status: number | undefined;
  errors: string[];
  violations: string[];
  text: string;
  hydrated: boolean;
}

describe('the microsite (dist/site)', function () {
  this.timeout(300_000);
  ensureSite();
  const pages = sitePages();
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    server = await serveStatic({ root: SITE_DIR });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has a page for every plan, outcome and sub-outcome, and the site pages', () => {
    expect(pages).to.include.members([
      '/',
      '/plans/',
      '/plans/2022-26/',
      '/plans/2022-26/how-it-was-made/',
      '/plans/2022-26/outcomes/keeping-people-safe-and-well/',
      '/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/',
      '/plans/2017-21-discussion/',
      '/plans/2014-18/',
      '/open-data/',
      '/a-z/',
      '/search/',
      '/accessibility/',
    ]);
    expect(pages.length).to.be.greaterThan(60);
  });

  describe('every page', () => {
    const withJs = new Map<string, PageReport>();
    const withoutJs = new Map<string, string>();

    before(async () => {
      const context = await browser.newContext();
      await inPool(pages, 3, async (path) => {
        const page = await newPage(context);
        const errors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') errors.push(`console ${message.type()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
        const response = await page.goto(`${server.url}${path}`);
        // Hydrated: no element still waits for its plan.
        const hydrated = await page
          .waitForFunction(() => document.querySelectorAll('[defer-hydration]').length === 0, undefined, { timeout: 5000 })
          .then(() => true, () => false);
        withJs.set(path, { status: response?.status(), errors, violations: await axeViolations(page), text: await readableText(page), hydrated });
        await page.close();
      });
      await context.close();
      const noJs = await browser.newContext({ javaScriptEnabled: false });
      await inPool(pages, 3, async (path) => {
        const page = await newPage(noJs);
        await page.goto(`${server.url}${path}`);
        withoutJs.set(path, await readableText(page));
        await page.close();
      });
      await noJs.close();
    });

    for (const path of pages) {
      it(`${path}: status 200, no console error, no axe violation, hydrated, the same text without JavaScript`, () => {
        const report = withJs.get(path)!;
        expect(report.status).to.equal(200);
        expect(report.errors).to.deep.equal([]);
        expect(report.violations).to.deep.equal([]);
        if (path !== '/search/') expect(report.hydrated, 'every element hydrated').to.equal(true);
        expect(withoutJs.get(path)).to.equal(report.text);
        expect(report.text.length).to.be.greaterThan(200);
      });
    }
  });

  it('does not scroll sideways at 320 CSS px on any page', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const overflowing = (
      await inPool(pages, 3, async (path) => {
        const page = await newPage(context);
        await page.goto(`${server.url}${path}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        await page.close();
        return width > 320 ? `${path}: ${width}px` : undefined;
      })
    ).filter(Boolean);
    await context.close();
    expect(overflowing).to.deep.equal([]);
  });

  describe('with the keyboard only', () => {
    for (const path of ['/', '/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/']) {
      it(`${path}: Tab reaches every link and control, each with a visible focus indicator`, async () => {
        const page = await newPage(browser);
        await page.goto(`${server.url}${path}`);
        await page.waitForFunction(() => document.querySelectorAll('[defer-hydration]').length === 0);
        // Every focusable thing, shadow roots included, that is rendered.
        const expected = await page.evaluate(() => {
          const found: string[] = [];
          const walk = (root: Document | ShadowRoot) => {
            for (const el of root.querySelectorAll<HTMLElement>('*')) {
              if (el.shadowRoot) walk(el.shadowRoot);
              const focusable = el.matches('a[href], button, input, summary, select, textarea, [tabindex="0"]');
              if (focusable && el.getClientRects().length > 0 && !el.closest('details:not([open]) > :not(summary)')) found.push(el.outerHTML.slice(0, 80));
            }
          };
          walk(document);
          return found;
        });
        const reached: string[] = [];
        const invisible: string[] = [];
        for (let i = 0; i < expected.length + 5; i++) {
          await page.keyboard.press('Tab');
          const focus = await page.evaluate(() => {
            let active = document.activeElement;
            while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
            if (!active || active === document.body) return undefined;
            // Back at an element reached before: the whole round is done.
            const seen = ((window as unknown as { tabSeen?: WeakSet<Element> }).tabSeen ??= new WeakSet());
            if (seen.has(active)) return undefined;
            seen.add(active);
            const style = getComputedStyle(active);
            const indicated = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
            return { html: (active as HTMLElement).outerHTML.slice(0, 80), indicated };
          });
          if (!focus) break;
          reached.push(focus.html);
          if (!focus.indicated) invisible.push(focus.html);
        }
        await page.close();
        expect([...reached].sort()).to.deep.equal([...expected].sort());
        expect(invisible, 'focused without a visible indicator').to.deep.equal([]);
      });
    }
  });

  it('keeps the gauges readable in forced colours (Windows high contrast)', async () => {
    const page = await newPage(browser);
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${server.url}/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/`);
    const gauge = await page.evaluate(() => {
      const root = document.querySelector('plan-progress-gauge')!.shadowRoot!;
      const fill = (selector: string) => getComputedStyle(root.querySelector(selector)!).fill;
      return { track: fill('.track'), value: fill('.value'), target: fill('.target'), reading: root.querySelector('.reading')?.textContent?.trim() };
    });
    await page.close();
    expect(gauge.value).to.not.equal(gauge.track);
    expect(gauge.target).to.not.equal(gauge.track);
    expect(gauge.reading).to.match(/\d/);
  });

  it('finds a sub-outcome by a word in one of its actions ("dementia")', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/search/?q=dementia`);
    await page.waitForSelector('#search-results ol.results a');
    const results = await page.$$eval('#search-results ol.results a', (links) => links.map((a) => ({ text: a.textContent, href: a.getAttribute('href') })));
    expect(results.map((r) => r.text)).to.include('9.4 Carers and people with care needs are supported to live active, independent, and fulfilling lives');
    // The form works from the keyboard too: a new query replaces the results.
    await page.fill('#search-input', 'volunteering');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => document.querySelector('#search-results h2')?.textContent?.includes('volunteering'));
    expect(await page.textContent('#search-results')).to.contain('6.5 People support each other through volunteering');
    await page.close();
  });

  it('serves a 404 page with links that work from any depth', async () => {
    const page = await newPage(browser);
    const response = await page.goto(`${server.url}/404.html`);
    expect(response?.status()).to.equal(200);
    expect(await page.textContent('h1')).to.equal('Page not found');
    await page.close();
  });
});
