/**
 * End-to-end tests of the built microsite (dist/site) in headless Chromium (playwright-core):
 * every page loads, has no console error and no axe violation, reads the same with JavaScript
 * off, does not scroll sideways at 320 CSS px; the keyboard reaches every link with a visible
 * focus indicator; forced colours keep the gauges readable; search finds a sub-outcome by a word
 * in one of its actions; the open data offers each plan's indicator figures as CSV.
 *
 * `npm test` builds the site first (`npm run build:site`); run alone, this file builds it when it
 * is missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { allIndicators, validatePlan } from '@plan-kit/content';
import { importIndicatorValues } from '@plan-kit/content/csv';
import { servedSite } from '../helpers/served-site.ts';
import { axeViolations } from '../helpers/axe-page.ts';
import { SITE_DIR, ensureSite, repoRoot, sitePages } from '../helpers/fixtures.ts';
import { newPage } from '../helpers/new-page.ts';
import { inPool } from '../helpers/pool.ts';
import { readableText } from '../helpers/readable-text.ts';
import { shadowText, shadowTexts } from '../helpers/shadow-text.ts';

/** What every page must have: one h1 (shadow roots included), landmarks, a title and a description. */
function pageStructure() {
  const all = (root: Document | ShadowRoot, selector: string): Element[] =>
    [...root.querySelectorAll('*')].flatMap((el) => [...(el.matches(selector) ? [el] : []), ...(el.shadowRoot ? all(el.shadowRoot, selector) : [])]);
  return {
    h1: all(document, 'h1').map((h) => h.textContent!.replace(/\s+/g, ' ').trim()),
    main: all(document, 'main').length,
    banner: document.querySelectorAll('body > header').length,
    contentinfo: document.querySelectorAll('body > footer').length,
    breadcrumbs: document.querySelectorAll('nav[aria-label="Breadcrumb"], nav.breadcrumbs').length,
    firstLink: document.querySelector('a')?.getAttribute('href'),
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
  };
}

/** The day the with-JavaScript pages are read on: not the build's day, whenever the tests run. */
const READER_DAY = new Date('2031-03-04T12:00:00');
/** What only script adds, so left out of the comparison with the page without JavaScript: a timeline's today marker. */
/** What script alone adds: the timeline's today marker, and the scorecard's filters (a prerendered scorecard shows the whole table). */
const SCRIPT_ONLY = '[part="now"], [part="filters"]';

interface PageReport {
  status: number | undefined;
  errors: string[];
  violations: string[];
  text: string;
  hydrated: boolean;
  structure: ReturnType<typeof pageStructure>;
}

describe('the microsite (dist/site)', function () {
  this.timeout(300_000);
  ensureSite();
  const pages = sitePages();
  const site = servedSite();

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
      '/how-the-plans-changed/',
      '/how-the-plans-were-made/',
      '/compare/2014-18/2017-21-discussion/',
      '/compare/2014-18/2022-26/',
      '/compare/2017-21-discussion/2022-26/',
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
      const context = await site.browser.newContext();
      // Read on another day than the build's (the day from one place, READER_DAY): what the page says must not change.
      // Set on the context, before any page, so that every page of the pool has the clock from its first script.
      await context.clock.setFixedTime(READER_DAY);
      await inPool(pages, 3, async (path) => {
        const page = await newPage(context);
        const errors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') errors.push(`console ${message.type()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
        const response = await page.goto(`${site.url}${path}`);
        // Hydrated: no element still waits for its plan.
        const hydrated = await page
          .waitForFunction(() => document.querySelectorAll('[defer-hydration]').length === 0, undefined, { timeout: 5000 })
          .then(() => true, () => false);
        const structure = await page.evaluate(pageStructure);
        withJs.set(path, { status: response?.status(), errors, violations: await axeViolations(page), text: await readableText(page, SCRIPT_ONLY), hydrated, structure });
        await page.close();
      });
      await context.close();
      const noJs = await site.browser.newContext({ javaScriptEnabled: false });
      await inPool(pages, 3, async (path) => {
        const page = await newPage(noJs);
        await page.goto(`${site.url}${path}`);
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
        // The embed builder's form is made by its script: without it the page is the list alone (embed-pages.test.ts).
        if (path === '/embed-builder/') expect(report.text).to.include(withoutJs.get(path)!.slice(0, 200));
        else expect(withoutJs.get(path)).to.equal(report.text);
        expect(withoutJs.get(path), 'a today marker in the HTML, wrong a day later').not.to.match(/\bToday\b/);
        expect(report.text.length).to.be.greaterThan(200);
      });

      it(`${path}: one h1, which starts the title; skip link, header, breadcrumbs, main, footer; a description`, () => {
        const { h1, main, banner, contentinfo, breadcrumbs, firstLink, title, description } = withJs.get(path)!.structure;
        expect(h1, 'h1 elements, shadow roots included').to.have.length(1);
        expect(title).to.match(/ - Leicestershire County Council$/);
        // The h1 may add a number ("9.3") or a caption (the plan's name); the title leads with its words.
        expect(h1[0]!.includes(title.split(' - ')[0]!), `the h1 "${h1[0]}" has the words the title "${title}" starts with`).to.equal(true);
        expect({ main, banner, contentinfo, firstLink }).to.deep.equal({ main: 1, banner: 1, contentinfo: 1, firstLink: '#main' });
        expect(breadcrumbs, 'breadcrumbs').to.equal(path === '/' ? 0 : 1);
        expect(description.length).to.be.greaterThan(40);
      });
    }
  });

  it('does not scroll sideways at 320 CSS px on any page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const overflowing = (
      await inPool(pages, 3, async (path) => {
        const page = await newPage(context);
        await page.goto(`${site.url}${path}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        await page.close();
        return width > 320 ? `${path}: ${width}px` : undefined;
      })
    ).filter(Boolean);
    await context.close();
    expect(overflowing).to.deep.equal([]);
  });

  describe('with the keyboard only', () => {
    for (const path of ['/', '/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/', '/compare/2017-21-discussion/2022-26/']) {
      it(`${path}: Tab reaches every link and control, each with a visible focus indicator`, async () => {
        const page = await newPage(site.browser);
        await page.goto(`${site.url}${path}`);
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
    const page = await newPage(site.browser);
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${site.url}/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/`);
    const gauge = await page.evaluate(() => {
      // The first gauge, under its aim in the sub-outcome card.
      const root = document.querySelector('plan-sub-outcome-card')!.shadowRoot!.querySelector('plan-progress-gauge')!.shadowRoot!;
      const fill = (selector: string) => getComputedStyle(root.querySelector(selector)!).fill;
      return { track: fill('.track'), value: fill('.value'), target: fill('.target'), reading: root.querySelector('.reading')?.textContent?.trim() };
    });
    await page.close();
    expect(gauge.value).to.not.equal(gauge.track);
    expect(gauge.target).to.not.equal(gauge.track);
    expect(gauge.reading).to.match(/\d/);
  });

  describe('how the plans were made and how they changed', () => {
    it("a plan's timeline page is <plan-timeline>: entries in date order with <time>, discussed items linked, with JavaScript off too; today marked by script only", async () => {
      for (const javaScriptEnabled of [false, true]) {
        const context = await site.browser.newContext({ javaScriptEnabled });
        const page = await newPage(context);
        await page.goto(`${site.url}/plans/2022-26/how-it-was-made/`);
        // With script, the marker comes once the timeline has hydrated and dropped the build's "none".
        if (javaScriptEnabled) await page.waitForFunction(() => !document.querySelector('plan-timeline')!.hasAttribute('today'));
        const timeline = await page.evaluate(() => {
          const root = document.querySelector('plan-timeline')!.shadowRoot!;
          return {
            dates: [...root.querySelectorAll('li.entry > .when > time:first-child')].map((t) => t.getAttribute('datetime')),
            now: root.querySelector('[part="now"]')?.getAttribute('aria-current'),
            links: [...root.querySelectorAll('.refs a')].map((a) => a.getAttribute('href')),
          };
        });
        await context.close();
        expect(timeline.dates[0], `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).to.equal('2017-12-06');
        expect([...timeline.dates].sort()).to.deep.equal(timeline.dates);
        // The HTML is read long after the build: it marks no day; the script marks the reader's.
        expect(timeline.now).to.equal(javaScriptEnabled ? 'date' : undefined);
        expect(timeline.links).to.include('../outcomes/keeping-people-safe-and-well/9.3/');
      }
    });

    it('a timeline marks the reader\'s today once its script runs, and no day in its HTML', async () => {
      const page = await newPage(site.browser);
      await page.clock.setFixedTime(READER_DAY);
      await page.goto(`${site.url}/plans/2022-26/how-it-was-made/`);
      await page.waitForFunction(() => document.querySelectorAll('[defer-hydration]').length === 0);
      await page.waitForFunction(() => !document.querySelector('plan-timeline')!.hasAttribute('today'));
      const shown = await shadowText(page, 'plan-timeline', '[part="now"] time');
      await page.close();
      expect(shown).to.equal('4 March 2031');
      const html = readFileSync(join(SITE_DIR, 'plans/2022-26/how-it-was-made/index.html'), 'utf8');
      expect(html).not.to.match(/\bToday\b/);
    });

    it('a sub-outcome page lists the meetings that discussed it (the Health committee discussed 9.3)', async () => {
      const page = await newPage(site.browser);
      await page.goto(`${site.url}/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/`);
      expect(await page.textContent('#meetings-heading')).to.equal('Meetings that discussed it');
      const titles = await shadowTexts(page, '#meetings-heading + plan-timeline', 'li.entry [part="heading"]');
      await page.close();
      expect(titles).to.deep.equal(['Health Overview and Scrutiny Committee is asked for its views on the draft Plan']);
    });

    it("an outcome page of the 2017 paper shows the consultation question about it (question 4 about Strong Economy)", async () => {
      const page = await newPage(site.browser);
      await page.goto(`${site.url}/plans/2017-21-discussion/outcomes/strong-economy/`);
      const questions = await shadowTexts(page, 'plan-consultation[outcome="strong-economy"]', '.question-text');
      await page.close();
      expect(questions).to.deep.equal(['Question 4: Do you agree that the priorities identified will help to deliver the strategic outcome?']);
    });

    it('a plan page shows its consultation (status and questions) through <plan-consultation>', async () => {
      const page = await newPage(site.browser);
      await page.goto(`${site.url}/plans/2017-21-discussion/`);
      expect(await shadowText(page, 'plan-consultation', '[part="status"]')).to.equal('Planned It was planned to close in August 2017; the sources do not say that it took place.');
      expect(await page.evaluate(() => document.querySelector('plan-consultation')!.shadowRoot!.querySelectorAll('[part="question"]').length)).to.equal(9);
      await page.close();
    });

    it('the compare page says what is new, what continues, what was split, merged or dropped, and draws the two plans side by side', async () => {
      const page = await newPage(site.browser);
      await page.goto(`${site.url}/compare/2014-18/2022-26/`);
      const found = await page.evaluate(() => {
        const root = document.querySelector('plan-lineage')!.shadowRoot!;
        const group = (name: string) => [...root.querySelectorAll(`.group-${name} > li > .change`)].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
        return {
          headings: [...root.querySelectorAll('h3')].map((h) => h.textContent),
          dropped: group('dropped'),
          fresh: group('new'),
          columns: [...root.querySelectorAll('svg .column-title')].length,
          diagram: getComputedStyle(root.querySelector('figure')!).display,
        };
      });
      await page.close();
      expect(found.headings).to.deep.equal(['Continues', 'Continues in part', 'Split', 'Dropped', 'New']);
      expect(found.dropped).to.deep.equal(['Leadership and Transformation: no outcome of Strategic Plan 2022-26 is linked to it.']);
      expect(found.fresh).to.deep.equal(['Clean, Green Future is new: no theme of County Council Strategic Plan 2014-18 is linked to it as a whole.']);
      expect([found.columns, found.diagram]).to.deep.equal([2, 'block']);
    });

    it('names every outcome a comparison links to by its title, never by an id the reader cannot use', async () => {
      const page = await newPage(site.browser);
      await page.goto(`${site.url}/compare/2017-21-discussion/2022-26/`);
      const text = await readableText(page);
      await page.close();
      expect(text).to.not.contain('not given to this element');
      expect(text).to.contain('Strong Economy');
    });

    it('the Plans page reaches every comparison, the lineage and the timelines of all plans', async () => {
      const page = await newPage(site.browser);
      await page.goto(`${site.url}/plans/`);
      const links = await page.$$eval('main a', (anchors) => anchors.map((a) => a.getAttribute('href')));
      await page.close();
      expect(links).to.include.members([
        '../how-the-plans-changed/',
        '../how-the-plans-were-made/',
        '../compare/2014-18/2017-21-discussion/',
        '../compare/2014-18/2022-26/',
        '../compare/2017-21-discussion/2022-26/',
      ]);
    });

    it('draws the lineage in system colours in forced colours, and only its list at 320 CSS px', async () => {
      const page = await newPage(site.browser);
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(`${site.url}/how-the-plans-changed/`);
      const colours = await page.evaluate(() => {
        const root = document.querySelector('plan-lineage')!.shadowRoot!;
        return { band: getComputedStyle(root.querySelector('path.band')!).stroke, text: getComputedStyle(root.querySelector('g.item text')!).fill };
      });
      await page.setViewportSize({ width: 320, height: 640 });
      const narrow = await page.evaluate(() => {
        const root = document.querySelector('plan-lineage')!.shadowRoot!;
        return { diagram: getComputedStyle(root.querySelector('figure')!).display, lists: root.querySelectorAll('section.comparison').length };
      });
      await page.close();
      expect(colours.band).to.equal(colours.text);
      expect(narrow).to.deep.equal({ diagram: 'none', lists: 2 });
    });
  });

  it('finds a sub-outcome by a word in one of its actions ("dementia")', async () => {
    const page = await newPage(site.browser);
    await page.goto(`${site.url}/search/?q=dementia`);
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

  it('gives every indicator its own page, linked from its sub-outcome, whose chart says the trend in words with JavaScript off', async () => {
    const plan = validatePlan(JSON.parse(readFileSync(join(repoRoot, 'content/plans/2022-26.json'), 'utf8'))).plan!;
    const ids = [...allIndicators(plan)].map(({ indicator }) => indicator.id);
    expect(ids.length).to.be.greaterThan(0);
    for (const id of ids) expect(pages, id).to.include(`/plans/2022-26/indicators/${id}/`);
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/plans/2022-26/outcomes/improving-opportunities/7.4/`);
    await page.click('a[href$="indicators/young-people-neet/"]');
    expect(new URL(page.url()).pathname).to.equal('/plans/2022-26/indicators/young-people-neet/');
    // The drawing's accessible description: first and latest figure, which way is better, and the target.
    const description = await page.evaluate(() => {
      const chart = document.querySelector('plan-indicator-chart')!.shadowRoot!;
      const svg = chart.querySelector('svg[role="img"]')!;
      return chart.getElementById(svg.getAttribute('aria-describedby')!)!.textContent!.replace(/\s+/g, ' ').trim();
    });
    expect(description).to.match(/^(Fell|Rose) from [\d.]+% on .+ to [\d.]+% on .+ \(lower is better, so this is an? (improvement|worsening)\)\./);
    expect(description).to.contain('Target: 2.5% by 31 March 2026.');
    expect(await page.locator('a[href$="2022-26-indicator-young-people-neet.csv"]').count(), 'its figures as CSV').to.equal(1);
    await page.close();
  });

  it('a sub-outcome page shows each indicator once, as a compact gauge under the aim it measures, links each to its page, and says each example notice once', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/`);
    // The gauges are in the card, each under its aim (Playwright's selectors reach into shadow roots).
    const gauges = await page.$$eval('plan-sub-outcome-card >> .aims plan-progress-gauge', (els) =>
      els.map((g) => ({ indicator: g.getAttribute('indicator'), compact: g.hasAttribute('compact'), today: g.getAttribute('today'), aim: g.closest('li')?.querySelector('.aim-title')?.textContent })),
    );
    expect(gauges.map((g) => g.indicator)).to.deep.equal(['healthy-life-expectancy', 'adults-healthy-weight', 'residents-mental-ill-health']);
    expect(gauges.every((g) => g.compact && g.today && g.aim)).to.equal(true);
    // After the card, each indicator's heading links to its page: the chart, the figures table, the source.
    const links = await page.$$eval('li.indicator h3 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).to.deep.equal(gauges.map((g) => `/plans/2022-26/indicators/${g.indicator}/`));
    // The only figures tables are the card's, each closed in a disclosure under its gauge.
    expect(await page.locator('details:not([open]) table').count()).to.equal(await page.locator('table').count());
    const text = await readableText(page);
    const count = (words: string) => text.split(words).length - 1;
    expect(count('These figures are examples, not council figures.')).to.equal(1);
    expect(count('Figures marked "example" are examples')).to.equal(0);
    // The gauge labels its own example figures; nothing else on the page says so again.
    expect(count('Example figure')).to.equal(gauges.length + 2);
    await page.close();
  });

  it('says each example notice at most once on any page (from the HTML of every page)', () => {
    const NOTICES = ['These figures are examples, not council figures.', 'Figures marked "example" are examples, not council figures.'];
    const repeated = pages.flatMap((path) => {
      const page = readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8').replace(/&quot;|&#34;/g, '"');
      return NOTICES.map((notice) => [notice, page.split(notice).length - 1] as const)
        .filter(([, count]) => count > 1)
        .map(([notice, count]) => `${path}: "${notice}" ${count} times`);
    });
    expect(repeated).to.deep.equal([]);
  });

  it('hydrates a sub-outcome page from a few shared script files, not one for every module', async () => {
    // The site's build groups the element modules as the embed bundle does (ELEMENT_CHUNKS): 13
    // scripts on 9.3 today, where a file for each shared module made 38.
    const page = await newPage(site.browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${site.url}/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/`);
    await page.waitForLoadState('networkidle');
    expect(scripts, scripts.join('\n')).to.have.length.within(5, 16);
    await page.close();
  });

  it('offers each plan\'s indicator figures as a CSV download that Excel opens and that reads back unchanged', async () => {
    const page = await newPage(site.browser);
    await page.goto(`${site.url}/open-data/`);
    const links = await page.$$eval('a[href$=".csv"]', (as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent })));
    const names = links.map((l) => l.href.split('/').at(-1));
    // First, the download most people want, with its size; then, for developers, the same and one file per indicator.
    expect(names[0]).to.equal('2022-26-indicators.csv');
    expect(links[0]!.text).to.match(/^Download all figures of Strategic Plan 2022-26 \(CSV, \d+ KB\)$/);
    expect(names.filter((n) => n!.startsWith('2022-26-indicator-'))).to.have.length(8).and.to.include('2022-26-indicator-healthy-life-expectancy.csv');
    const response = await page.request.get(links[0]!.href);
    expect(response.status()).to.equal(200);
    expect(response.headers()['content-type']).to.match(/^text\/csv/);
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).to.contain('\r\n2022-26,9,9.3,healthy-life-expectancy,Healthy life expectancy at birth,years,');
    const plan = validatePlan(JSON.parse(readFileSync(join(repoRoot, 'content/plans/2022-26.json'), 'utf8'))).plan!;
    const result = importIndicatorValues(plan, text, { file: '2022-26-indicators.csv', importedOn: '2026-01-01' });
    expect(result.problems).to.deep.equal([]);
    expect(result.changes).to.deep.equal([]);
    // The plan's own page links to it too.
    await page.goto(`${site.url}/plans/2022-26/`);
    const fromPlan = await page.$eval('a[href$="-indicators.csv"]', (a) => (a as HTMLAnchorElement).href);
    expect(fromPlan).to.equal(links[0]!.href);
    await page.close();
  });

  it('prints an outcome page without navigation, showing the full address only of links in running text', async () => {
    const page = await newPage(site.browser);
    const url = `${site.url}/plans/2022-26/outcomes/keeping-people-safe-and-well/`;
    await page.goto(url);
    await page.waitForFunction(() => !document.querySelector('[defer-hydration]'));
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const after = () => {
      const content = (link: Element | null | undefined) => (link ? getComputedStyle(link, '::after').content : 'no link');
      const card = document.querySelector('plan-sub-outcome-card')?.shadowRoot;
      return {
        nav: getComputedStyle(document.querySelector('.site-nav')!).display,
        skipLink: getComputedStyle(document.querySelector('.skip-link')!).display,
        cardHeading: content(card?.querySelector('h2 a, h3 a')),
        cardOutcome: content(card?.querySelector('.eyebrow a')),
        prose: content(document.querySelector('main p:not(.next, .caption) a')),
      };
    };
    const printed = await page.evaluate(after);
    expect(printed.nav).to.equal('none');
    expect(printed.skipLink).to.equal('none');
    // A card's heading and its outcome line are not running text: no address after them.
    expect(printed.cardHeading).to.equal('none');
    expect(printed.cardOutcome).to.equal('none');
    // A link in a paragraph shows where it leads, in full (the compare page's text links to both plans).
    const compare = `${site.url}/compare/2017-21-discussion/2022-26/`;
    await page.emulateMedia({ media: 'screen' });
    await page.goto(compare);
    // The boot module (which marks links for print) loads after the first paint: once the page's
    // elements have hydrated, it has run.
    await page.waitForFunction(() => !document.querySelector('[defer-hydration]'));
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const inProse = await page.evaluate(after);
    await page.close();
    expect(inProse.prose).to.equal(`" (${site.url}/plans/2017-21-discussion/)"`);
  });

  it('serves a 404 page with links that work from any depth', async () => {
    const page = await newPage(site.browser);
    const response = await page.goto(`${site.url}/404.html`);
    expect(response?.status()).to.equal(200);
    expect(await page.textContent('h1')).to.equal('Page not found');
    await page.close();
  });
});
