/**
 * The embed bundle (dist/embed/) as a council web team uses it: plan-kit.js, the loader, dropped
 * into a CMS page that is hostile in every usual way. test/fixtures/cms/ is that page: a strict
 * Content-Security-Policy header (no inline script or style, no eval, Trusted Types enforced with
 * only Lit's and DOMPurify's policies allowed), global resets
 * (`* { all: unset }`, `svg { display: none }`, `table { width: 50px }`, `details { display: none }`),
 * a 10px root font size, and the loader included twice (once with `?ver=3`). Headless Chromium
 * (playwright-core) loads it from a local static server on 127.0.0.1 that serves the repository root.
 *
 * The size budgets (issue 13's goals, scripts/embed-bundle.ts) are tested here: sizes are
 * deterministic. `npm test` builds the bundle first (`npm run build:embed`); run alone, this file
 * builds it when it is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { type Plan, findSubOutcome, validatePlan } from '@plan-kit/content';
import { ELEMENT_TAGS } from '@plan-kit/elements/registry.js';
import { STRICT_CSP, type StaticServer, serveStatic } from '../../scripts/serve-static.ts';
import {
  EMBED_ALL,
  EMBED_DIR,
  EMBED_MAIN,
  embedFiles,
  ensureEmbed,
  everyElementFiles,
  filesSize,
  formatKiB,
  markdownFile,
  pageFiles,
  pageScenarios,
  planLoadingFile,
  scenarioFiles,
} from '../../scripts/embed-bundle.ts';
import { loadsEveryElement } from '@plan-kit/elements/loader.js';
import { launchChromium } from '../helpers/chromium.ts';
import { shadowText } from '../helpers/shadow-text.ts';
import { repoRoot } from '../helpers/fixtures.ts';

const PAGE = '/test/fixtures/cms/';
const BROKEN_SRC = '/test/fixtures/cms/no-such-plan.json';
const PLAN_FILE = 'content/plans/2022-26.json';
/** Every widget on the page, by id. */
const WIDGETS = ['gauge', 'vision', 'matrix', 'card', 'broken', 'minimal-vision', 'minimal-card', 'timeline', 'consultation', 'lineage'];
/** The two copies of the loader on the page. */
const LOADERS = [`/dist/embed/${EMBED_MAIN}`, `/dist/embed/${EMBED_MAIN}?ver=3`];

/** Strings that only marked or DOMPurify contain: none may be in a file but the lazy markdown chunk. */
const MARKDOWN_LIBRARY_MARKERS = ['Please report this to https://github.com/markedjs/marked', 'SAFE_FOR_TEMPLATES', 'ALLOWED_TAGS'];

/** Strings of Papa Parse and of plan-kit's CSV import, which the site build and the CLI use and the embed bundle must not carry. */
const CSV_MARKERS = ['delimitersToGuess', 'escapeFormulae', 'is not yes or no', 'write decimals with a point'];

/** Strings of the editorial warnings (content/src/warnings.ts), which `plan-kit validate` reports and a page never shows. */
const WARNING_MARKERS = ['has no source: add source.document', 'that WCAG AA needs', 'but the sub-themes add up to'];

/** A string only Lit's lit-html carries (its version registry): in one file of the bundle, so that Lit loads once a page. */
const LIT_MARKER = 'litHtmlVersions';

function read(file: string): string {
  return readFileSync(join(EMBED_DIR, file), 'utf8');
}

/** The every-element file and its markdown chunk, which a page loads instead of the loader's chunks. */
function everyElement(): string[] {
  const { file, markdown } = everyElementFiles();
  return [file, markdown];
}

/** The loader's chunks: every file but the loader itself, the every-element file and the one-file build. */
function chunks(): string[] {
  return embedFiles().filter((file) => file !== EMBED_MAIN && file !== EMBED_ALL && !everyElement().includes(file));
}

/** A static `import … from '…'` (a file that must load before the module runs). */
const STATIC_IMPORT = /(?:^|[;}])import\s*[\w{*][^;]*?from\s*["'`]/m;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`][^"'`]+["'`]\s*\)/g;
/** Every file a module imports, statically or not ("./lit-ABC.js"). */
const IMPORTED = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.\/[^"'`]+)["'`]/g;

describe('embed bundle', () => {
  before(async function () {
    this.timeout(60_000);
    await ensureEmbed();
  });

  describe('sizes (issue 13\'s goals; gzip, all the files a page loads: the plan loader where the page loads a plan, not the lazy markdown chunk)', () => {
    for (const scenario of pageScenarios(ELEMENT_TAGS)) {
      const goal = scenario.goal === scenario.budget ? '' : ` (the goal is ${formatKiB(scenario.goal)}; until it is met, no more than today)`;
      it(`a page with ${scenario.label}: at most ${formatKiB(scenario.budget)}${goal}`, () => {
        const weight = filesSize(scenarioFiles(scenario));
        console.log(`      ${formatKiB(weight.gzip)}: ${weight.files.map((f) => `${f.name} ${formatKiB(f.gzip)}`).join(', ')}`);
        expect(weight.gzip, `${scenario.label}: ${weight.gzip} bytes gzipped`).to.be.at.most(scenario.budget);
      });
    }

    it('a page with any one element loads Lit once, and no more than the page with every element', () => {
      const every = pageScenarios(ELEMENT_TAGS).at(-1)!;
      for (const tag of ELEMENT_TAGS) {
        const files = pageFiles([tag]);
        expect(files.filter((file) => read(file).includes(LIT_MARKER)), `<${tag}>: the files with Lit`).to.have.length(1);
        expect(filesSize(files).gzip, `<${tag}>`).to.be.at.most(every.budget);
      }
      expect(pageFiles(ELEMENT_TAGS).filter((file) => read(file).includes(LIT_MARKER))).to.have.length(1);
    });
  });

  describe('dist/embed/plan-kit.js, the loader, and its chunks', () => {
    it('keeps the plan loader and validator in a chunk of their own, which only <plan-data> imports statically', () => {
      const planLoading = planLoadingFile();
      expect(read(planLoading), `${planLoading}: the loader`).to.include('a plan file may be');
      for (const file of [EMBED_MAIN, ...chunks()].filter((f) => f !== planLoading)) {
        expect(read(file), `${file} carries the loader`).not.to.include('a plan file may be');
      }
      for (const tag of ELEMENT_TAGS) {
        expect(pageFiles([tag]).includes(planLoading), `<${tag}> loads it at once`).to.equal(tag === 'plan-data');
      }
    });

    it('defines nothing itself and imports each element of the registry on demand, one module each (and the plan loader early, for an element with a src)', () => {
      const loader = read(EMBED_MAIN);
      expect(loader).not.to.match(STATIC_IMPORT);
      expect(loader).not.to.include('customElements.define');
      const imported = [...loader.matchAll(DYNAMIC_IMPORT)].map((m) => m[0].replace(/^import\(\s*["'`]\.\/|["'`]\s*\)$/g, ''));
      const elementModules = imported.filter((file) => file !== planLoadingFile() && file !== everyElementFiles().file);
      expect(elementModules.map((file) => file.replace(/-[\w-]{6}\.js$/, '')).sort()).to.deep.equal([...ELEMENT_TAGS].sort());
      expect(imported.filter((file) => file === planLoadingFile()), 'imports of the plan loader').to.have.length(1);
      expect(imported.filter((file) => file === everyElementFiles().file), 'imports of the every-element file').to.have.length(1);
    });

    it('never has a chunk import the loader (renamed, or with `?ver=3`, it would load twice)', () => {
      for (const chunk of chunks()) {
        const imports = [...read(chunk).matchAll(IMPORTED)].map((m) => m[1]!);
        expect(imports, `${chunk} imports`).not.to.include(`./${EMBED_MAIN}`);
        for (const file of imports) expect(embedFiles(), `${chunk} imports ${file}`).to.include(file.slice(2));
      }
    });

    it('keeps marked and DOMPurify in the lazy markdown chunks (the loader\'s, the every-element file\'s), which no element imports statically', () => {
      const markdown = [markdownFile(), everyElementFiles().markdown];
      for (const file of markdown) {
        for (const marker of MARKDOWN_LIBRARY_MARKERS) expect(read(file), `${file} contains "${marker}"`).to.include(marker);
      }
      for (const file of [EMBED_MAIN, ...chunks(), everyElementFiles().file].filter((f) => !markdown.includes(f))) {
        for (const marker of MARKDOWN_LIBRARY_MARKERS) expect(read(file), `${file} contains "${marker}"`).not.to.include(marker);
      }
      for (const tag of ELEMENT_TAGS) expect(pageFiles([tag]), `<${tag}>'s files`).not.to.include(markdownFile());
      expect(pageFiles(ELEMENT_TAGS), "every element's files").not.to.include(everyElementFiles().markdown);
    });

    it('carries no CSV code: Papa Parse and the importer stay in @plan-kit/content/csv', () => {
      for (const file of embedFiles()) {
        for (const marker of CSV_MARKERS) expect(read(file), `${file} contains "${marker}"`).not.to.include(marker);
      }
    });

    it('carries no editorial warnings: a page checks a plan for the errors that keep elements safe, the CLI for the rest', () => {
      for (const file of embedFiles()) {
        for (const marker of WARNING_MARKERS) expect(read(file), `${file} contains "${marker}"`).not.to.include(marker);
      }
      expect(read(planLoadingFile()), 'the plan loader checks ids and references').to.include('duplicate ');
    });

    it("is Lit's production build, with no eval and nothing left for a bundler", () => {
      for (const file of embedFiles()) {
        const code = read(file);
        expect(code, file).not.to.include('Lit is in dev mode');
        expect(code, file).not.to.match(/\bprocess\.env\b/);
        expect(code, file).not.to.match(/\bnew Function\b|\beval\(/);
        expect(code, file).not.to.include('__PURE__');
      }
    });

    it('has every element in the every-element file, which imports only its markdown chunk (lazily), and which a page with most elements loads instead', () => {
      const { file, markdown } = everyElementFiles();
      const code = read(file);
      expect(code).not.to.match(STATIC_IMPORT);
      expect([...code.matchAll(IMPORTED)].map((m) => m[1])).to.deep.equal([`./${markdown}`]);
      for (const tag of ELEMENT_TAGS) expect(code, tag).to.match(new RegExp(`["'\`]${tag}["'\`]`));
      expect(code, 'the plan loader').to.include('a plan file may be');
      expect(code.match(new RegExp(LIT_MARKER, 'g')), 'Lit').to.have.length(1);
      // Seven tenths of the registry's tags or more: the one file; fewer: the elements' own files.
      const most = ELEMENT_TAGS.slice(0, Math.ceil(ELEMENT_TAGS.length * 0.7));
      expect(loadsEveryElement(new Set(most))).to.equal(true);
      expect(loadsEveryElement(new Set(most.slice(1)))).to.equal(false);
      expect(pageFiles(most)).to.deep.equal([EMBED_MAIN, file]);
      expect(pageFiles(most.slice(1))).not.to.include(file);
    });

    it('has every element in plan-kit-all.js too, one file that imports nothing', () => {
      const all = read(EMBED_ALL);
      expect(all).not.to.match(STATIC_IMPORT);
      expect(all.match(DYNAMIC_IMPORT) ?? []).to.deep.equal([]);
      for (const tag of ELEMENT_TAGS) expect(all, tag).to.match(new RegExp(`["'\`]${tag}["'\`]`));
    });
  });

  describe('in a hostile CMS page (strict CSP with Trusted Types, global resets, two copies of the loader)', function () {
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

    it('runs both copies of the loader, and fetches each module once (chunks resolved from the loader’s URL, whatever its query)', async () => {
      for (const loader of LOADERS) expect(requests, loader).to.include(loader);
      const fetched = requests.filter((path) => path.startsWith('/dist/embed/') && !LOADERS.includes(path));
      // The page shows 8 of the 10 elements: the every-element file and its markdown chunk, once.
      expect(fetched, 'modules fetched').to.deep.equal(everyElement().map((file) => `/dist/embed/${file}`));
      // Exactly the files that the bench counts for a page with the page's elements (the markdown renderer too: the small plan has markdown).
      const onPage = await page.evaluate((tags) => tags.filter((tag) => document.querySelector(tag)), [...ELEMENT_TAGS]);
      expect(fetched.map((path) => path.slice('/dist/embed/'.length)).sort()).to.deep.equal(pageFiles(onPage, { markdown: true, planLoading: true }).filter((f) => f !== EMBED_MAIN).sort());
      const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), onPage);
      expect(defined).to.deep.equal(onPage);
    });

    it('fetches, for a page with one gauge from attributes, only the files the bench counts for it: never the plan loader', async () => {
      const gaugePage = await browser.newPage();
      try {
        const fetched: string[] = [];
        gaugePage.on('request', (request) => {
          const path = new URL(request.url()).pathname;
          if (path.startsWith('/dist/embed/')) fetched.push(path.slice('/dist/embed/'.length));
        });
        await gaugePage.goto(`${server.url}/test/fixtures/cms/one-gauge.html`, { waitUntil: 'networkidle', timeout: 20_000 });
        await gaugePage.waitForFunction(() => document.getElementById('gauge')?.shadowRoot?.querySelector('[part="meter"]'), undefined, { timeout: 10_000 });
        expect(fetched.sort()).to.deep.equal(pageFiles(['plan-progress-gauge']).sort());
        expect(fetched).not.to.include(planLoadingFile());
      } finally {
        await gaugePage.close();
      }
    });

    it('fetches, for a page with a few elements and the loader twice, each element\'s own files once, as the bench counts them: never the every-element file', async () => {
      const fewPage = await browser.newPage();
      try {
        const fetched: string[] = [];
        fewPage.on('request', (request) => {
          const url = new URL(request.url());
          if (url.pathname.startsWith('/dist/embed/')) fetched.push(url.pathname.slice('/dist/embed/'.length) + url.search);
        });
        await fewPage.goto(`${server.url}/test/fixtures/cms/few-widgets.html`, { waitUntil: 'networkidle', timeout: 20_000 });
        await fewPage.waitForFunction(() => document.getElementById('card')?.shadowRoot?.querySelector('plan-progress-gauge')?.shadowRoot?.querySelector('[part="meter"]'), undefined, {
          timeout: 10_000,
        });
        const tags = ['plan-data', 'plan-outcomes-matrix', 'plan-sub-outcome-card'];
        expect(loadsEveryElement(new Set(tags))).to.equal(false);
        expect(fetched.filter((file) => !file.startsWith(EMBED_MAIN)).sort(), 'each once').to.deep.equal(pageFiles(tags, { planLoading: true }).filter((file) => file !== EMBED_MAIN).sort());
        expect(fetched).not.to.include(everyElementFiles().file);
      } finally {
        await fewPage.close();
      }
    });

    it('reads a gauge\'s indicator with the module it imports for one, and says so in words when that module cannot load', async () => {
      const gaugePage = await browser.newPage();
      try {
        await gaugePage.goto(`${server.url}/test/fixtures/cms/one-gauge.html`, { waitUntil: 'networkidle', timeout: 20_000 });
        const addGauge = (id: string) =>
          gaugePage.evaluate((gaugeId) => {
            const gauge = document.createElement('plan-progress-gauge');
            gauge.id = gaugeId;
            gauge.setAttribute('indicator', 'good-level-of-development');
            gauge.setAttribute('src', '/content/plans/2022-26.json');
            document.querySelector('main')!.append(gauge);
          }, id);
        const textOf = (id: string, selector: string) =>
          gaugePage
            .waitForFunction(([gaugeId, part]) => document.getElementById(gaugeId!)?.shadowRoot?.querySelector(part!)?.textContent, [id, selector] as const, { timeout: 10_000 })
            .then((handle) => handle.jsonValue() as Promise<string>);
        // Offline, or the files changed on the server: the module does not come.
        await gaugePage.route(/\/gauge-from-plan-[\w-]+\.js$/, (route) => route.abort());
        await addGauge('offline-gauge');
        expect(await textOf('offline-gauge', '[part="error"]')).to.include('Indicator "good-level-of-development" cannot be shown').and.to.include('gauge-from-plan');
        await gaugePage.unroute(/\/gauge-from-plan-[\w-]+\.js$/);
        // A new page, whose first gauge with an indicator imports the module: the indicator's name and figures.
        await gaugePage.reload({ waitUntil: 'networkidle' });
        await addGauge('indicator-gauge');
        expect(await textOf('indicator-gauge', '[part="label"]')).to.include('good level of development');
      } finally {
        await gaugePage.close();
      }
    });

    it('says in words, instead of "Loading" for ever, when the plan loader an element needs cannot load', async () => {
      const offlinePage = await browser.newPage();
      try {
        await offlinePage.goto(`${server.url}/test/fixtures/cms/one-gauge.html`, { waitUntil: 'networkidle', timeout: 20_000 });
        // Offline, or the files changed on the server: the chunk with the plan feed and loader does not come.
        await offlinePage.route(/\/plan-loading-[\w-]+\.js$/, (route) => route.abort());
        await offlinePage.evaluate(() => {
          const vision = document.createElement('plan-vision');
          vision.id = 'offline-vision';
          vision.setAttribute('src', '/content/plans/2022-26.json');
          document.querySelector('main')!.append(vision);
        });
        const error = await offlinePage
          .waitForFunction(() => document.getElementById('offline-vision')?.shadowRoot?.querySelector('[part="error"]')?.textContent, undefined, { timeout: 10_000 })
          .then((handle) => handle.jsonValue() as Promise<string>);
        expect(error).to.include('This part of the plan cannot be shown').and.to.include('The plan cannot be loaded').and.to.include('plan-loading');
      } finally {
        await offlinePage.close();
      }
    });

    it('draws the gauge from its attributes, its SVG not hidden by `svg { display: none }`', async () => {
      const text = await shadowText(page, '#gauge');
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
      expect(await shadowText(page, '#vision')).to.include(plan.title);

      const matrix = await shadowText(page, '#matrix');
      for (const outcome of plan.outcomes) expect(matrix, `outcome ${outcome.number ?? outcome.id}`).to.include(outcome.title);

      const found = findSubOutcome(plan, '9.3');
      expect(found, 'the plan has sub-outcome 9.3').to.not.equal(undefined);
      const card = await shadowText(page, '#card');
      expect(card).to.include(found!.subOutcome.title).and.to.include(found!.outcome.title);
      expect(card).not.to.include('cannot be shown');
    });

    it('shows <details> inside a card despite `details { display: none }`', async () => {
      const box = await shadowBox('minimal-card', 'details[part="actions"]');
      expect(box.display).not.to.equal('none');
      expect(box.height).to.be.greaterThan(0);
      expect(await shadowText(page, '#minimal-card', 'details[part="actions"]')).to.include('We will help people to be active');
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
      const error = await shadowText(page, '#broken', '[part="error"]');
      expect(error).to.include('cannot be shown').and.to.include(BROKEN_SRC).and.to.include('404');
      const box = await shadowBox('broken', '[part="error"]');
      expect(box.height, 'the error is visible despite `[role=alert] { display: none }`').to.be.greaterThan(0);
      expect((await shadowBox('broken', '[part="retry"]')).height, 'the Try again button is visible').to.be.greaterThan(0);

      const record = await page.evaluate(() => (window as unknown as { cmsRecord: { planErrors: { from: string; url?: string }[]; planLoads: number } }).cmsRecord);
      expect(record.planErrors.map((e) => e.from)).to.deep.equal(['broken']);
      expect(record.planErrors[0]!.url).to.match(new RegExp(`${BROKEN_SRC.replace(/[.]/g, '\\.')}$`));
      expect(record.planLoads, 'plan-load events from the working widgets').to.be.at.least(WIDGETS.length - 1);
      for (const id of WIDGETS.filter((w) => w !== 'broken')) {
        expect(await shadowText(page, `#${id}`), `#${id}`).not.to.include('cannot be shown');
      }
    });

    it('renders the timeline, consultation and lineage widgets', async () => {
      // The timeline inside <plan-data>: it takes its plan from it.
      expect(await shadowText(page, '#timeline')).to.include('Health Overview and Scrutiny Committee is asked for its views on the draft Plan');
      expect(await shadowText(page, '#timeline', '[part="now"]')).to.equal('Today, 10 November 2021');
      expect(await shadowText(page, '#consultation', '[part="status"]')).to.include('Open').and.to.include('Until 21 January 2022');
      const lineage = await shadowText(page, '#lineage');
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
        const band = root.querySelector('path.band[part^="outcome-"]')!;
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
      expect(await shadowText(page, '#minimal-vision', 'blockquote')).to.equal('People live well.');
      expect(await shadowText(page, '#minimal-vision', 'blockquote em')).to.equal('well');
      expect(requests.filter((path) => path === `/dist/embed/${everyElementFiles().markdown}`)).to.have.length(1);
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
