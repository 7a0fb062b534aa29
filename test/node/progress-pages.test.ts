/**
 * How a plan is doing and how we judge it (site/src/pages/progress.ts), in the built site: the
 * progress page lists every indicator under its status, linked, with its reason; its counts lead
 * to those lists without script; the method page states every rule; the pages that answer first
 * link to it; nothing scrolls sideways at 320 px. (Axe and the JavaScript-off comparison run on
 * every page in site.test.ts.) The day the statuses are judged on is read from the page, which
 * says it ("As at …"), never from the clock.
 */
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { PROGRESS_FLAGS, PROGRESS_STATUSES, type Plan, allIndicators, assessIndicator, formatDate, progressMethod, validatePlan } from '@plan-kit/content';
import { servedSite } from '../helpers/served-site.ts';
import { ensureSite, readJson } from '../helpers/fixtures.ts';

const plan = validatePlan(readJson('content/plans/2022-26.json')).plan as Plan;
const PROGRESS = '/plans/2022-26/progress/';
const METHOD = '/plans/2022-26/progress/how-we-judge/';

describe('the progress page and the method page (dist/site)', function () {
  this.timeout(120_000);
  ensureSite();
  const site = servedSite();

  async function open(path: string, { width = 1280, javaScript = false } = {}): Promise<Page> {
    const context = await site.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: javaScript });
    const page = await context.newPage();
    expect((await page.goto(`${site.url}${path}`))?.status(), path).to.equal(200);
    return page;
  }

  /** The day the page says its statuses are judged on, as YYYY-MM-DD: the build's, whatever today is. */
  async function asAtOf(page: Page): Promise<string> {
    const said = /As at (\d{1,2} \w+ \d{4})/.exec((await page.textContent('main'))!)?.[1];
    expect(said, 'the page says "As at <date>"').to.be.a('string');
    const day = new Date(`${said} UTC`).toISOString().slice(0, 10);
    expect(formatDate(day)).to.equal(said);
    return day;
  }

  it('lists every indicator under its status, linked to its page, with the reason the method gives; JavaScript off', async () => {
    const page = await open(PROGRESS);
    try {
      const asAt = await asAtOf(page);
      const expected = [...allIndicators(plan)].map(({ indicator }) => ({ indicator, a: assessIndicator(indicator, { asAt, method: progressMethod(plan) }) }));
      expect(expected).to.have.length(8);
      for (const { indicator, a } of expected) {
        const item = page.locator(`.progress-status:has(#status-${a.status}) li:has(a[href$="/indicators/${indicator.id}/"])`);
        expect(await item.count(), `${indicator.id} under ${a.status}`).to.equal(1);
        expect((await item.textContent())!.replace(/\s+/g, ' ')).to.contain(a.reason);
      }
      // Each count is a link to the list of that status, which is on the page.
      const counts = await page.$$eval('main .status-counts a', (as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.replace(/\s+/g, ' ').trim() })));
      expect(counts.length).to.be.greaterThan(0);
      for (const { href, text } of counts) {
        expect(href).to.match(/^#status-/);
        expect(await page.locator(href).count(), href).to.equal(1);
        const status = href.slice('#status-'.length);
        expect(text).to.match(new RegExp(`^${expected.filter((e) => e.a.status === status).length} `));
      }
      // Following a count with JavaScript off brings its list into view.
      await page.click(`main .status-counts a[href="${counts.at(-1)!.href}"]`);
      expect(await page.locator(counts.at(-1)!.href).evaluate((h) => h.getBoundingClientRect().top)).to.be.below(100);
    } finally {
      await page.context().close();
    }
  });

  it('states every status and flag on the method page, each with its own address, which every status on the progress page links to', async () => {
    const method = await open(METHOD);
    const progress = await open(PROGRESS);
    try {
      for (const id of [...PROGRESS_STATUSES, ...PROGRESS_FLAGS]) {
        const rule = method.locator(`[id="${id}"]`);
        expect(await rule.count(), id).to.equal(1);
        expect((await rule.textContent())!.length, `${id} has its rule in words`).to.be.greaterThan(40);
      }
      const statusLinks = await progress.$$eval('.assessment a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href)));
      expect(statusLinks.length).to.be.greaterThan(8);
      for (const url of statusLinks) {
        expect(url.pathname).to.equal(METHOD);
        expect(await method.locator(url.hash).count(), url.hash).to.equal(1);
      }
    } finally {
      await method.context().close();
      await progress.context().close();
    }
  });

  it('is linked from the site navigation, home, the plan page and every outcome page', async () => {
    const pages = ['/', '/plans/2022-26/', ...plan.outcomes.map((o) => `/plans/2022-26/outcomes/${o.id}/`), '/open-data/'];
    for (const path of pages) {
      const page = await open(path);
      try {
        const links = await page.$$eval('a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        expect(links, path).to.include(PROGRESS);
        if (path !== '/open-data/') {
          const inMain = await page.$$eval('main a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
          expect(inMain, `${path}: in its main content`).to.include(PROGRESS);
        }
      } finally {
        await page.context().close();
      }
    }
  });

  it('fits 320 px without sideways scrolling, its tables scrolling on their own', async () => {
    for (const path of [PROGRESS, METHOD]) {
      const page = await open(path, { width: 320, javaScript: true });
      try {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).to.be.at.most(0);
      } finally {
        await page.context().close();
      }
    }
  });
});
