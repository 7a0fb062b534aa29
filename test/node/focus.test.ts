/**
 * Focus that can be seen (WCAG 2.4.7), on every kind of control of the site, the embed builder and
 * the elements (links, buttons, disclosures, select boxes, text boxes), in normal and forced
 * colours: Tab to each, and compare screenshots of it focused and unfocused (test/helpers/focus-seen.ts).
 *
 * `npm test` builds the site first; run alone, this file builds it when it is missing.
 */
import { expect } from 'chai';
import { ensureSite } from '../helpers/fixtures.ts';
import { tabAndMeasureFocus, unseen } from '../helpers/focus-seen.ts';
import { newPage } from '../helpers/new-page.ts';
import { servedSite } from '../helpers/served-site.ts';

/** Pages with every kind of control between them, and how many Tab presses to measure on each. */
const PAGES: [path: string, what: string, presses: number][] = [
  ['/', 'links in the header, the page and the footer', 25],
  ['/search/', 'a text box and a button', 12],
  ['/plans/2022-26/how-it-was-made/', 'the timeline element: links and disclosures (summary)', 25],
  ['/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/', 'sub-outcome page: links in elements and the page', 25],
  ['/embed/2022-26/scorecard/', 'the scorecard element: select boxes and links', 15],
];

describe('focus can be seen on every control (screenshots focused and unfocused)', function () {
  this.timeout(300_000);
  ensureSite();
  const site = servedSite();

  for (const forcedColors of ['none', 'active'] as const) {
    for (const [path, what, presses] of PAGES) {
      it(`${path} (${what}), forced colours ${forcedColors}`, async () => {
        const context = await site.browser.newContext({ viewport: { width: 1024, height: 768 }, forcedColors });
        const page = await newPage(context);
        await page.goto(`${site.url}${path}`);
        await page.waitForFunction(() => document.querySelectorAll('[defer-hydration]').length === 0);
        const measured = await tabAndMeasureFocus(page, presses);
        await context.close();
        expect(measured.length, 'controls reached').to.be.greaterThan(1);
        expect(unseen(measured), 'focused without a change one can see').to.deep.equal([]);
      });
    }

    it(`the embed builder's form: select boxes, snippet boxes and copy buttons, forced colours ${forcedColors}`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1024, height: 768 }, forcedColors });
      const page = await newPage(context);
      await page.goto(`${site.url}/embed-builder/`);
      await page.waitForSelector('#builder-plan');
      await page.focus('#builder-plan');
      // From the plan select (measured by the next round's start), through the choices and the three snippets, to the last Copy button.
      await page.keyboard.press('Shift+Tab');
      let copies = 0;
      const measured = await tabAndMeasureFocus(page, 15, (control) => control.startsWith('<button') && ++copies === 3);
      await context.close();
      expect(unseen(measured), 'focused without a change one can see').to.deep.equal([]);
      expect(measured.map((m) => m.control.slice(0, 9))).to.include.members(['<select i', '<textarea', '<button t']);
    });
  }
});
