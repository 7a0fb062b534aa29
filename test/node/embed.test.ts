/**
 * The embed bundle (dist/embed/plan-kit.js) as a council web team uses it: dropped into a CMS
 * page that is hostile in every usual way. test/fixtures/cms/ is that page: a strict
 * Content-Security-Policy header (no inline script or style, no eval, Trusted Types enforced with
 * only Lit's and DOMPurify's policies allowed), global resets
 * (`* { all: unset }`, `svg { display: none }`, `table { width: 50px }`, `details { display: none }`),
 * a 10px root font size, and the bundle included twice. Headless Chromium (playwright-core)
 * loads it from a local static server on 127.0.0.1 that serves the repository root.
 *
 * `npm test` builds the bundle first (`npm run build:embed`); run alone, this file builds it
 * when it is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { type Plan, findSubOutcome, validatePlan } from '@plan-kit/content';
import { STRICT_CSP, type StaticServer, serveStatic } from '../../scripts/serve-static.ts';
import { EMBED_DIR, EMBED_GZIP_BUDGET, EMBED_HISTORY, EMBED_MAIN, embedFiles, ensureEmbed, formatKiB, sizeOf } from '../../bench/embed-bundle.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { repoRoot } from '../helpers/fixtures.ts';

const PAGE = '/test/fixtures/cms/';
const BROKEN_SRC = '/test/fixtures/cms/no-such-plan.json';
const PLAN_FILE = 'content/plans/2022-26.json';
/** Every widget on the page, by id. */
const WIDGETS = ['gauge', 'vision', 'matrix', 'card', 'broken', 'minimal-vision', 'minimal-card', 'timeline', 'consultation', 'lineage'];
/** The widgets that plan-kit.js loads on demand, from plan-kit-history.js. */
const HISTORY_TAGS = ['plan-timeline', 'plan-consultation', 'plan-lineage'];

/** Strings that only marked or DOMPurify contain: none may be in plan-kit.js, which loads them lazily. */
const MARKDOWN_LIBRARY_MARKERS = ['Please report this to https://github.com/markedjs/marked', 'SAFE_FOR_TEMPLATES', 'ALLOWED_TAGS'];

/** Strings of Papa Parse and of plan-kit's CSV import, which the site build and the CLI use and the embed bundle must not carry. */
const CSV_MARKERS = ['delimitersToGuess', 'escapeFormulae', 'is not yes or no', 'write decimals with a point'];

function mainBundle(): string {
  return readFileSync(join(EMBED_DIR, EMBED_MAIN), 'utf8');
}

function historyBundle(): string {
  return readFileSync(join(EMBED_DIR, EMBED_HISTORY), 'utf8');
}

/** A static `import … from '…'` (a file that must load before the module runs). */
const STATIC_IMPORT = /(?:^|[;}])import\s*[\w{*][^;]*?from\s*["'`]/m;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`][^"'`]+["'`]\s*\)/g;

function markdownChunk(): string {
  const chunk = embedFiles().find((file) => file.startsWith('markdown-'));
  expect(chunk, 'a lazy markdown-*.js chunk in dist/embed/').to.be.a('string');
  return chunk!;
}

describe('embed bundle', () => {
  before(async function () {
    this.timeout(60_000);
    await ensureEmbed();
  });

  describe('dist/embed/plan-kit.js', () => {
    it(`stays within ${formatKiB(EMBED_GZIP_BUDGET)} gzipped (the lazy markdown chunk not counted)`, () => {
      const main = sizeOf(EMBED_MAIN);
      const lazy = embedFiles().filter((file) => file !== EMBED_MAIN).map((file) => sizeOf(file));
      const lazyText = lazy.map((f) => `${f.file} ${formatKiB(f.gzip)}`).join(', ');
      console.log(`      embed: ${EMBED_MAIN} ${formatKiB(main.gzip)} gzip (budget ${formatKiB(EMBED_GZIP_BUDGET)}); lazy: ${lazyText}`);
      expect(main.gzip, `${EMBED_MAIN} is ${main.gzip} bytes gzipped`).to.be.at.most(EMBED_GZIP_BUDGET);
    });

    it('is one self-contained ES module, with marked and DOMPurify only in the lazy markdown chunk', () => {
      const code = mainBundle();
      const chunk = markdownChunk();
      expect(embedFiles(), 'plan-kit.js and the files it loads lazily').to.deep.equal([EMBED_MAIN, chunk, EMBED_HISTORY]);
      // No static import of another file (the page's one script tag is all it needs) ...
      expect(code).not.to.match(STATIC_IMPORT);
      // ... and two dynamic imports: the history elements and the markdown chunk.
      expect(code.match(DYNAMIC_IMPORT)?.sort()).to.deep.equal([`import(\`./${chunk}\`)`, `import(\`./${EMBED_HISTORY}\`)`]);
      expect(code).to.match(/\bexport\s*\{[^}]*\bPlanProgressGauge\b/);
      for (const marker of MARKDOWN_LIBRARY_MARKERS) {
        expect(code, `plan-kit.js contains "${marker}"`).not.to.include(marker);
        expect(readFileSync(join(EMBED_DIR, chunk), 'utf8'), `${chunk} contains "${marker}"`).to.include(marker);
      }
      // The markdown chunk stands alone too: it does not load plan-kit.js (maybe renamed by a CMS) back.
      expect(readFileSync(join(EMBED_DIR, chunk), 'utf8')).not.to.match(STATIC_IMPORT);
    });

    it('keeps the timeline, consultation and lineage elements in plan-kit-history.js, which stands alone and shares the markdown chunk', () => {
      const main = mainBundle();
      const history = historyBundle();
      // Only plan-kit-history.js has the lineage layout and the comparisons.
      for (const marker of ['names no plan given to this element', 'Respond to the consultation', 'No meeting or decision in the sources names']) {
        expect(main, `plan-kit.js contains "${marker}"`).not.to.include(marker);
        expect(history, `${EMBED_HISTORY} contains "${marker}"`).to.include(marker);
      }
      expect(history).not.to.match(STATIC_IMPORT);
      expect(history.match(DYNAMIC_IMPORT)).to.deep.equal([`import(\`./${markdownChunk()}\`)`]);
      expect(history).to.match(/\bexport\s*\{[^}]*\bPlanLineage\b/);
      for (const marker of MARKDOWN_LIBRARY_MARKERS) expect(history, `${EMBED_HISTORY} contains "${marker}"`).not.to.include(marker);
    });

    it('carries no CSV code: Papa Parse and the importer stay in @plan-kit/content/csv', () => {
      const code = mainBundle();
      for (const marker of CSV_MARKERS) expect(code, `plan-kit.js contains "${marker}"`).not.to.include(marker);
    });

    it("is Lit's production build, with no eval and nothing left for a bundler", () => {
      for (const code of [mainBundle(), historyBundle()]) {
        expect(code).not.to.include('Lit is in dev mode');
        expect(code).not.to.match(/\bprocess\.env\b/);
        expect(code).not.to.match(/\bnew Function\b|\beval\(/);
        expect(code).not.to.include('__PURE__');
      }
    });
  });

  describe('in a hostile CMS page (strict CSP, global resets, two copies)', function () {
    this.timeout(60_000);

    let server: StaticServer;
    let browser: Browser;
    let page: Page;
    let plan: Plan;
    let pageResponseCsp: string | undefined;
    const consoleErrors: ConsoleMessage[] = [];
    const pageErrors: Error[] = [];
    const requests: string[] = [];

    before(async () => {
      const planPath = join(repoRoot, PLAN_FILE);
      expect(existsSync(planPath), `${PLAN_FILE} (the page's <plan-data src>) exists`).to.equal(true);
      const validated = validatePlan(JSON.parse(readFileSync(planPath, 'utf8')));
      expect(validated.ok, `${PLAN_FILE} is valid`).to.equal(true);
      plan = validated.plan!;

      server = await serveStatic({ root: repoRoot, headers: { 'content-security-policy': STRICT_CSP } });
      browser = await launchChromium();
      page = await browser.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message);
      });
      page.on('pageerror', (error) => pageErrors.push(error));
      page.on('request', (request) => requests.push(new URL(request.url()).pathname + new URL(request.url()).search));

      const response = await page.goto(`${server.url}${PAGE}`);
      expect(response?.status()).to.equal(200);
      pageResponseCsp = response?.headers()['content-security-policy'];

      // Ready: every widget has rendered something other than its loading state, and the markdown
      // in the small plan's vision (`*well*`) has been rendered by the lazily loaded renderer.
      await page.waitForFunction(
        (ids) =>
          ids.every((id) => {
            const root = document.getElementById(id)?.shadowRoot;
            return root && root.children.length > 0 && !root.querySelector('[part="loading"]');
          }) && Boolean(document.getElementById('minimal-vision')?.shadowRoot?.querySelector('blockquote em')),
        WIDGETS,
        { timeout: 20_000 },
      );
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    /** The text of a widget's shadow root, or of the first match in it; white space collapsed. */
    function shadowText(id: string, selector?: string): Promise<string> {
      return page.evaluate(
        ({ id, selector }) => {
          const root = document.getElementById(id)!.shadowRoot!;
          const nodes = selector ? [root.querySelector(selector)] : [...root.children];
          return nodes
            .map((node) => node?.textContent ?? '')
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim();
        },
        { id, selector },
      );
    }

    /** Width and height of the first match in a widget's shadow root (0 x 0 when absent or hidden). */
    function shadowBox(id: string, selector: string): Promise<{ width: number; height: number; display: string }> {
      return page.evaluate(
        ({ id, selector }) => {
          const node = document.getElementById(id)!.shadowRoot!.querySelector(selector);
          if (!node) return { width: 0, height: 0, display: 'absent' };
          const { width, height } = node.getBoundingClientRect();
          return { width, height, display: getComputedStyle(node).display };
        },
        { id, selector },
      );
    }

    it('is served with the strict Content-Security-Policy header', () => {
      expect(pageResponseCsp).to.equal(STRICT_CSP);
    });

    it('runs both copies of the bundle; the first registers each element, the second is a no-op', async () => {
      expect(requests).to.include('/dist/embed/plan-kit.js').and.to.include('/dist/embed/plan-kit.js?copy=2');
      const result = await page.evaluate(async () => {
        // Already evaluated by the page's script tags: import() returns the same module instances.
        const urls = ['/dist/embed/plan-kit.js', '/dist/embed/plan-kit.js?copy=2'];
        const [first, second] = await Promise.all(urls.map((url) => import(url)));
        const tags = ['plan-data', 'plan-progress-gauge', 'plan-vision', 'plan-outcomes-matrix', 'plan-sub-outcome-card'];
        return {
          defined: tags.filter((tag) => customElements.get(tag)),
          twoInstances: first.PlanProgressGauge !== second.PlanProgressGauge,
          firstWins: tags.every((tag, i) => customElements.get(tag) === first[['PlanData', 'PlanProgressGauge', 'PlanVision', 'PlanOutcomesMatrix', 'PlanSubOutcomeCard'][i]!]),
        };
      });
      expect(result.defined).to.have.length(5);
      expect(result.twoInstances, 'the two script tags ran two module instances').to.equal(true);
      expect(result.firstWins, 'every tag is the first copy’s class').to.equal(true);
    });

    it('draws the gauge from its attributes, its SVG not hidden by `svg { display: none }`', async () => {
      const text = await shadowText('gauge');
      expect(text).to.include('Residents satisfied with their area').and.to.include('62%').and.to.include('75%');
      for (const path of ['path.track', 'path.value', 'path.target']) {
        const box = await shadowBox('gauge', path);
        expect(box.width, `${path} width`).to.be.greaterThan(0);
        expect(box.height, `${path} height`).to.be.greaterThan(0);
      }
      expect((await shadowBox('gauge', 'svg')).display).not.to.equal('none');
    });

    it('renders the 2022-26 plan in <plan-vision>, <plan-outcomes-matrix> and <plan-sub-outcome-card ref="9.3"> inside <plan-data>', async () => {
      // The draft 2022-26 plan states no separate vision; the element says so, naming the plan.
      expect(await shadowText('vision')).to.include(plan.title);

      const matrix = await shadowText('matrix');
      for (const outcome of plan.outcomes) expect(matrix, `outcome ${outcome.number ?? outcome.id}`).to.include(outcome.title);

      const found = findSubOutcome(plan, '9.3');
      expect(found, 'the plan has sub-outcome 9.3').to.not.equal(undefined);
      const card = await shadowText('card');
      expect(card).to.include(found!.subOutcome.title).and.to.include(found!.outcome.title);
      expect(card).not.to.include('cannot be shown');
    });

    it('shows <details> inside a card despite `details { display: none }`', async () => {
      const box = await shadowBox('minimal-card', 'details[part="actions"]');
      expect(box.display).not.to.equal('none');
      expect(box.height).to.be.greaterThan(0);
      expect(await shadowText('minimal-card', 'details[part="actions"]')).to.include('We will help people to be active');
    });

    it('lays the outcomes matrix out as a table where there is room, despite `* { all: unset }` and `table { width: 50px }`', async () => {
      // The page gives the matrix the body's 96rem (960px); the widget switches to its table at
      // 36em/60em of its own width (360/600px at this page's 10px).
      const host = await page.evaluate(() => document.getElementById('matrix')!.getBoundingClientRect().width);
      expect(host).to.be.greaterThan(600);
      const table = await shadowBox('matrix', 'table');
      expect(
        table.display,
        'the table layout is shown (the container query needs `container` on an element inside the shadow root: ' +
          'on :host it is undone by the page’s `* { all: unset }`)',
      ).to.equal('table');
      expect(table.width).to.be.greaterThan(500);
    });

    it('shows the broken widget’s error in words while its neighbours work', async () => {
      const error = await shadowText('broken', '[part="error"]');
      expect(error).to.include('cannot be shown').and.to.include(BROKEN_SRC).and.to.include('404');
      const box = await shadowBox('broken', '[part="error"]');
      expect(box.height, 'the error is visible despite `[role=alert] { display: none }`').to.be.greaterThan(0);
      expect((await shadowBox('broken', '[part="retry"]')).height, 'the Try again button is visible').to.be.greaterThan(0);

      const record = await page.evaluate(() => (window as unknown as { cmsRecord: { planErrors: { from: string; url?: string }[]; planLoads: number } }).cmsRecord);
      expect(record.planErrors.map((e) => e.from)).to.deep.equal(['broken']);
      expect(record.planErrors[0]!.url).to.match(new RegExp(`${BROKEN_SRC.replace(/[.]/g, '\\.')}$`));
      expect(record.planLoads, 'plan-load events from the working widgets').to.be.at.least(WIDGETS.length - 1);
      for (const id of WIDGETS.filter((w) => w !== 'broken')) {
        expect(await shadowText(id), `#${id}`).not.to.include('cannot be shown');
      }
    });

    it('loads plan-kit-history.js once, for the timeline, consultation and lineage widgets, and renders them', async () => {
      expect(requests.filter((path) => path === `/dist/embed/${EMBED_HISTORY}`)).to.have.length(1);
      const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), HISTORY_TAGS);
      expect(defined).to.deep.equal(HISTORY_TAGS);
      // The timeline inside the main bundle's <plan-data>: the lazily loaded copy takes its plan from it.
      expect(await shadowText('timeline')).to.include('Health Overview and Scrutiny Committee is asked for its views on the draft Plan');
      expect(await shadowText('timeline', '[part="now"]')).to.equal('Today, 10 November 2021');
      expect(await shadowText('consultation', '[part="status"]')).to.include('Open').and.to.include('Until 21 January 2022');
      const lineage = await shadowText('lineage');
      expect(lineage).to.include('From Strategic Plan and Single Outcomes Framework 2017-21 to Strategic Plan 2022-26');
      expect(lineage).to.include('Affordable and Quality Homes was merged into Strong Economy, Transport and Infrastructure');
      // 2017's links come from 2014-18, which the page does not give: its themes are named by their ids.
      expect(lineage).to.include('The links name a plan not given to this element (2014-18)');
    });

    it('draws the lineage diagram in colours adopted under the CSP (no style attribute), its SVG not hidden by `svg { display: none }`', async () => {
      const drawn = await page.evaluate(() => {
        const root = document.getElementById('lineage')!.shadowRoot!;
        const svg = root.querySelector('svg')!;
        // A band from an outcome with a colour (the stand-in 2014-18 outcomes have none).
        const band = root.querySelector('path.band[class*="colour-"]')!;
        return {
          display: getComputedStyle(svg).display,
          width: svg.getBoundingClientRect().width,
          bands: root.querySelectorAll('path.band').length,
          stroke: getComputedStyle(band).stroke,
          styled: root.querySelectorAll('[style]').length,
        };
      });
      expect(drawn.display).to.equal('block');
      expect(drawn.width).to.be.greaterThan(300);
      expect(drawn.bands).to.be.greaterThan(5);
      // A content colour (from the adopted stylesheet), not the accent fallback #1d70b8.
      expect(drawn.stroke).to.match(/^rgb\(/).and.not.to.equal('rgb(29, 112, 184)');
      expect(drawn.styled).to.equal(0);
    });

    it('loads the markdown renderer once, lazily, and renders markdown under the CSP', async () => {
      expect(await shadowText('minimal-vision', 'blockquote')).to.equal('People live well.');
      expect(await shadowText('minimal-vision', 'blockquote em')).to.equal('well');
      const chunk = markdownChunk();
      expect(requests.filter((path) => path === `/dist/embed/${chunk}`)).to.have.length(1);
    });

    it('logs no console error but the deliberate 404, and throws no page error', () => {
      const brokenUrl = `${server.url}${BROKEN_SRC}`;
      const describe = (m: ConsoleMessage) => `${m.text()} (${m.location().url})`;
      const others = consoleErrors.filter((m) => m.location().url !== brokenUrl).map(describe);
      expect(others, 'console errors').to.deep.equal([]);
      expect(consoleErrors.filter((m) => m.location().url === brokenUrl).map(describe), 'the 404, once').to.have.length(1);
      expect(pageErrors.map((e) => e.message), 'page errors').to.deep.equal([]);
    });

    it('violates no Content-Security-Policy directive, Trusted Types included (no securitypolicyviolation event)', async () => {
      const violations = await page.evaluate(() => (window as unknown as { cmsRecord: { cspViolations: unknown[] } }).cmsRecord.cspViolations);
      expect(violations).to.deep.equal([]);
    });
  });
});
