/**
 * Print, as a councillor would take a plan to a meeting: the built pages printed to A4 PDF by
 * Chromium (playwright-core), then read back with poppler's pdftotext page by page.
 *
 * - The print page of each plan (plans/<plan>/print/) and its PDF, which the build writes: every
 *   outcome title in it, no blank page, no "today" marker, the example notice at the top of every
 *   page that shows example figures, and the PDF linked (with "PDF" and its size) from the plan and
 *   open data pages.
 * - The ordinary pages printed: the 9.3 sub-outcome page's first page holds its h1 and content (a
 *   card taller than a page once left it blank), no page is blank, disclosures print their content
 *   with JavaScript on and off, the timeline prints no "Today".
 *
 * `npm test` builds the site first (`npm run build:site`, which prints the PDFs); run alone, this
 * file builds it when it is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { type Plan, actionParts, hasExampleFigures, subOutcomesInOrder, validatePlan } from '@plan-kit/content';
import { paths } from '../../site/src/routes.ts';
import { newPage } from '../helpers/new-page.ts';
import { servedSite } from '../helpers/served-site.ts';
import { SITE_DIR, ensureSite, repoRoot } from '../helpers/fixtures.ts';

const EXAMPLE_HEADER = 'Figures marked “example” are examples, not council figures.';

/** What a printed page says, without what every page has in its margins (page number, example notice). */
function pageText(raw: string): string {
  return raw
    .split('\n')
    .filter((line) => !/^\s*Page \d+ of \d+\s*$/.test(line) && line.trim() !== EXAMPLE_HEADER)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Each page of a PDF file as pdftotext reads it, margins included. */
function pdfPages(file: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-'], { encoding: 'utf8' }),
  );
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

function readPlans(): Plan[] {
  return ['2014-18', '2017-21-discussion', '2022-26'].map(
    (id) => validatePlan(JSON.parse(readFileSync(join(repoRoot, `content/plans/${id}.json`), 'utf8'))).plan!,
  );
}

describe('print', function () {
  this.timeout(300_000);
  ensureSite();
  const plans = readPlans();
  const plan2022 = plans.find((p) => p.id === '2022-26')!;
  const site = servedSite();
  let tmp: string;

  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'plan-kit-print-'));
  });

  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** A site page printed to A4 by Chromium, as a reader with or without JavaScript prints it: its pages' text. */
  async function printed(path: string, javaScript: boolean): Promise<string[]> {
    const context = await site.browser.newContext({ javaScriptEnabled: javaScript });
    try {
      const page = await newPage(context);
      await page.goto(`${site.url}${path}`);
      if (javaScript) {
        await page.waitForFunction(() => !document.querySelector('[defer-hydration]'), null, { timeout: 30_000 });
        await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      }
      const file = join(tmp, `${path.replace(/\W+/g, '-')}-${javaScript ? 'js' : 'no-js'}.pdf`);
      writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true, tagged: true }));
      return pdfPages(file);
    } finally {
      await context.close();
    }
  }

  const blankPages = (pages: string[]) => pages.flatMap((text, i) => (pageText(text) ? [] : [i + 1]));

  describe('the print page of each plan, and its PDF', () => {
    for (const plan of readPlans()) {
      it(`${plan.id}: a tagged A4 PDF with every outcome, no blank page, no "today", the example notice on each page with examples`, () => {
        const file = join(SITE_DIR, paths.printPdf(plan));
        expect(existsSync(file), `${paths.printPdf(plan)}: npm run build:site writes it where there is a Chromium`).to.equal(true);
        const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
        expect(info).to.match(/Tagged:\s+yes/);
        expect(info).to.match(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
        const pages = pdfPages(file);
        expect(blankPages(pages), 'blank pages').to.deep.equal([]);
        const all = words(pages.join(' '));
        for (const outcome of plan.outcomes) {
          expect(all, `outcome "${outcome.title}"`).to.include(words(outcome.title));
          for (const sub of subOutcomesInOrder(outcome)) expect(all, `sub-outcome "${sub.title}"`).to.include(words(sub.title));
        }
        expect(all).not.to.match(/\btoday\b/i);
        // The cover comes first and holds the title; the sources come last.
        expect(words(pages[0]!)).to.include(words(plan.title));
        expect(words(pages.at(-1)!)).to.include('Sources');
        // Every page showing an example figure says at its top that examples are not council figures.
        for (const [i, text] of pages.entries()) {
          if (/\(examples?\)|\(some examples\)/.test(text)) expect(text.trim().startsWith(EXAMPLE_HEADER), `page ${i + 1}`).to.equal(true);
        }
        const hasExamples = plan.outcomes.some((o) => o.subOutcomes.some((s) => (s.aims ?? []).some((a) => (a.indicators ?? []).some(hasExampleFigures))));
        expect(pages.some((text) => text.trim().startsWith(EXAMPLE_HEADER))).to.equal(hasExamples);
      });
    }

    it('prints the sub-outcomes of an outcome in number order, each aim\'s actions and each indicator\'s figures', () => {
      const all = words(pdfPages(join(SITE_DIR, paths.printPdf(plan2022))).join(' '));
      const safe = plan2022.outcomes.find((o) => o.number === '9')!;
      const order = subOutcomesInOrder(safe).map((s) => all.indexOf(words(`${s.number} ${s.title}`), all.indexOf('Outcome 9: ')));
      expect(order.every((at) => at > 0), 'every sub-outcome of 9 found').to.equal(true);
      expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
      for (const sub of safe.subOutcomes) {
        for (const aim of sub.aims ?? []) {
          for (const action of aim.actions) expect(all).to.include(words(actionParts(action).text).slice(0, 60));
          for (const indicator of aim.indicators ?? []) expect(all).to.include(`${indicator.title}: figures`);
        }
      }
    });

    it('is linked from the plan page and the open data page, saying PDF and its size', async () => {
      const page = await site.browser.newPage();
      try {
        for (const [from, to] of [
          [paths.plan(plan2022), paths.printPdf(plan2022)],
          [paths.openData, paths.printPdf(plan2022)],
        ] as const) {
          await page.goto(`${site.url}/${from}`);
          const link = page.locator(`a[href$="${to.split('/').at(-1)}"]`);
          expect(await link.count(), from).to.equal(1);
          const text = words((await link.textContent()) ?? '');
          const kb = Math.round(statSync(join(SITE_DIR, to)).size / 1024);
          expect(text, from).to.include(`(PDF, ${kb} KB)`);
          const response = await page.request.get(await link.evaluate((a) => (a as HTMLAnchorElement).href));
          expect(response.headers()['content-type']).to.include('application/pdf');
        }
      } finally {
        await page.close();
      }
    });

    it('prints the print page itself from a browser, with or without JavaScript, as the PDF does: no blank page, no script', async () => {
      const html = readFileSync(join(SITE_DIR, paths.print(plan2022), 'index.html'), 'utf8');
      expect(html).not.to.match(/<script\b(?![^>]*application\/ld\+json)/);
      expect(html).not.to.include('<details');
      for (const javaScript of [false, true]) {
        const pages = await printed(`/${paths.print(plan2022)}`, javaScript);
        expect(blankPages(pages), `JavaScript ${javaScript ? 'on' : 'off'}`).to.deep.equal([]);
      }
    });
  });

  describe('the ordinary pages printed', () => {
    const subOutcome93 = '/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/';
    for (const javaScript of [false, true]) {
      it(`the 9.3 page's first printed page holds its h1 and content, and no page is blank (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
        const pages = await printed(subOutcome93, javaScript);
        const first = pageText(pages[0]!);
        expect(first).to.include('9.3 People enjoy long lives in good health');
        // The card's content starts on the first page too: its first aim.
        const sub = plan2022.outcomes.flatMap((o) => o.subOutcomes).find((s) => s.number === '9.3')!;
        expect(first).to.include(words(sub.aims![0]!.title));
        expect(blankPages(pages)).to.deep.equal([]);
        // Its figures are examples: every printed page says so at its top.
        expect(pages.filter((text) => !text.trim().startsWith(EXAMPLE_HEADER)).length, 'pages without the example notice').to.equal(0);
      });
    }

    for (const javaScript of [false, true]) {
      it(`prints closed disclosures open (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
        // The outcome page's cards keep their actions and figures in closed disclosures (in shadow roots);
        // the plan page keeps the differences between the sources in one (in the page itself).
        const outcome = plan2022.outcomes.find((o) => o.number === '9')!;
        const cards = words((await printed(`/${paths.outcome(plan2022, outcome)}`, javaScript)).join(' '));
        for (const sub of outcome.subOutcomes) {
          for (const aim of sub.aims ?? []) for (const action of aim.actions) expect(cards).to.include(words(actionParts(action).text).slice(0, 60));
        }
        expect(cards).to.include('Baseline');
        const planPages = await printed(`/${paths.plan(plan2022)}`, javaScript);
        const planText = words(planPages.join(' '));
        for (const difference of plan2022.discrepancies ?? []) expect(planText).to.include(words(difference.description).slice(0, 60));
        expect(blankPages(planPages), 'plan page').to.deep.equal([]);
      });
    }

    it('prints no "today" marker in a timeline', async () => {
      const onScreen = await site.browser.newPage();
      await onScreen.goto(`${site.url}/${paths.timeline(plan2022)}`);
      // On screen the timeline marks today…
      expect(words(await onScreen.locator('plan-timeline li.now').innerText())).to.match(/^Today, \d+ \w+ \d{4}$/);
      await onScreen.close();
      // …on paper, read on another day, it does not.
      const pages = await printed(`/${paths.timeline(plan2022)}`, false);
      const text = words(pages.join(' '));
      expect(text).to.include('County Council');
      expect(text).not.to.match(/\bToday\b/);
      // A page without example figures has no example notice.
      expect(text).not.to.include(EXAMPLE_HEADER);
    });
  });
});
