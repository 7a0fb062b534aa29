/**
 * The home page answers "how is the council doing?" in a phone's first screen, and the pages
 * that quote the plans cite their sources as numbered references to a list at the page's foot
 * (the built site, dist/site, in headless Chromium).
 */
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { servedSite } from '../helpers/served-site.ts';
import { axeViolations } from '../helpers/axe-page.ts';
import { ensureSite } from '../helpers/fixtures.ts';

describe('the home page and numbered sources (dist/site)', function () {
  this.timeout(120_000);
  ensureSite();
  const site = servedSite();

  async function open(path: string, width: number, javaScript = true): Promise<Page> {
    const context = await site.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: javaScript });
    const page = await context.newPage();
    await page.goto(`${site.url}${path}`);
    return page;
  }

  it('at 375 px, every outcome of the current plan and its status counts in words are within the first 900 px; axe finds nothing', async () => {
    const page = await open('/', 375);
    try {
      const outcomes = await page.$$eval('.outcome-glance li', (items) =>
        items.map((li) => ({ text: li.textContent!.replace(/\s+/g, ' ').trim(), bottom: li.getBoundingClientRect().bottom })),
      );
      expect(outcomes.map((o) => o.text)).to.deep.equal([
        '5 Clean, Green Future No indicators',
        '6 Great Communities No indicators',
        '7 Improving Opportunities 1 target met, 1 some progress',
        '8 Strong Economy, Transport and Infrastructure No indicators',
        '9 Keeping People Safe and Well 2 target met, 1 some progress, 3 off track',
      ]);
      for (const { text, bottom } of outcomes) expect(bottom, `"${text}" ends within the first 900 px`).to.be.at.most(900);
      // What the plan is for, quoted, and the example figures labelled once, above the counts.
      const main = (await page.textContent('main'))!.replace(/\s+/g, ' ');
      expect(main).to.include("“The Strategic Plan sets out the Council's ambitions and priorities for the next four years.”");
      expect(main.match(/Example figures/g)).to.have.length(1);
      expect(await axeViolations(page)).to.deep.equal([]);
    } finally {
      await page.context().close();
    }
  });

  it('links each outcome to its page, and has a title and h1 of its own, not the plan page\'s', async () => {
    const home = await open('/', 1280);
    const plan = await open('/plans/2022-26/', 1280);
    try {
      const links = await home.$$eval('.outcome-glance a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links).to.include('/plans/2022-26/outcomes/keeping-people-safe-and-well/');
      expect(links).to.have.length(5);
      expect(await home.title()).to.equal('How the council is doing - Strategic Plan 2022-26 - Leicestershire County Council');
      expect(await home.title()).not.to.equal(await plan.title());
      expect(await home.textContent('h1')).not.to.equal(await plan.textContent('h1'));
    } finally {
      await home.context().close();
      await plan.context().close();
    }
  });

  it('loads no script (nothing on it needs one), and its link in running text prints its full address', async () => {
    const page = await open('/', 1280);
    try {
      expect(await page.$$('script')).to.have.length(0);
      await page.emulateMedia({ media: 'print' });
      const printed = await page.$eval('main p a[data-print-href]', (a) => getComputedStyle(a, '::after').content);
      // The site's public address (site.json's siteUrl, or PLAN_KIT_SITE_URL), not "plans/2022-26/".
      expect(printed).to.match(/^" \(https?:\/\/[^)]+\/plans\/2022-26\/\)"$/);
    } finally {
      await page.context().close();
    }
  });

  it('the plan page leads with its outcomes; the summary follows', async () => {
    const page = await open('/plans/2022-26/', 1280, false);
    try {
      const order = await page.evaluate(() => {
        const matrix = document.querySelector('plan-outcomes-matrix')!;
        const summary = document.getElementById('summary-heading')!;
        return matrix.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      expect(order, 'the summary comes after the outcomes').to.not.equal(0);
    } finally {
      await page.context().close();
    }
  });

  it('cites the plan page\'s words by numbered links ("Source 3") to a list at the foot naming meeting, date and paragraph', async () => {
    const page = await open('/plans/2022-26/', 1280, false);
    try {
      // No "Source: …" line after every paragraph in the page's own text.
      expect(await page.$$('main > section .citation, main .passage .citation')).to.have.length(0);
      const references = await page.$$eval('main sup.reference a', (as) =>
        as.map((a) => {
          const target = document.getElementById(a.getAttribute('href')!.slice(1));
          return { text: a.textContent!.trim(), target: target?.textContent?.replace(/\s+/g, ' ').trim(), inFoot: Boolean(target?.closest('.references')) };
        }),
      );
      expect(references.length).to.be.greaterThan(5);
      for (const ref of references) {
        expect(ref.inFoot, `${ref.text} points into the list of sources`).to.equal(true);
        expect(ref.text, 'shows [3], says "Source 3"').to.match(/^\[Source \d+\]$/);
      }
      const snapshot = await page.locator('main sup.reference a').first().ariaSnapshot();
      expect(snapshot).to.match(/^- link "Source 1"/);
      const list = await page.$$eval('.references li', (items) => items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));
      expect(list[0]).to.match(/^Cabinet, 26 October 2021, paragraphs? [\d]+.*\(Strategic Plan 2022-26: report of the Chief Executive\)/);
      // Each distinct source once: the list has no repeats.
      expect(new Set(list).size).to.equal(list.length);
    } finally {
      await page.context().close();
    }
  });
});
