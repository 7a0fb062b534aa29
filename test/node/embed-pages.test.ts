/**
 * The embed pages (embed/…), oEmbed and the embed builder, as a council web team meets them.
 *
 * The site is built for a loopback address (PLAN_KIT_SITE_URL, so that oEmbed's absolute URLs
 * point at the test server) into a temporary folder, and served with the headers of its own
 * `_headers` file (the CSP with `frame-ancestors`). Host pages are served from a second server,
 * another origin, as a CMS page is:
 * - WordPress: its embed listener's behaviour (test/fixtures/embed-hosts/wordpress-listener.js),
 *   the iframe as WordPress rewrites oEmbed HTML (`sandbox="allow-scripts"` alone, a secret);
 * - Pym.js's parent (the npm package);
 * - our own snippet (the iframe and embed/resize.js).
 *
 * Cheap checks run on every embed page; the browser checks on a sample of each kind.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { ensureEmbed } from '../../scripts/embed-bundle.ts';
import { type StaticServer, serveStatic } from '../../scripts/serve-static.ts';
import { buildSite } from '../../site/src/build.ts';
import * as v from 'valibot';
import { type SiteConfig, SiteConfigSchema, resolveSiteUrl } from '../../site/src/config.ts';
import { frameAncestors, headersForPath } from '../../site/src/csp.ts';
import { axeOptions } from '../shared/axe.ts';
import { axeViolations } from '../helpers/axe-page.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { SITE_DIR, ensureSite, repoRoot, sitePages } from '../helpers/fixtures.ts';
import { newPage } from '../helpers/new-page.ts';
import { inPool } from '../helpers/pool.ts';
import { readableText } from '../helpers/readable-text.ts';

const require = createRequire(import.meta.url);
const PYM = readFileSync(join(require.resolve('pym.js/package.json'), '..', 'dist/p.v1.m.js'), 'utf8');
const WORDPRESS_LISTENER = readFileSync(join(repoRoot, 'test/fixtures/embed-hosts/wordpress-listener.js'), 'utf8');

/** oembetter's fetch, as a promise (it takes a callback). */
interface OembedResult {
  html?: string;
  [field: string]: unknown;
}
function discover(url: string): Promise<OembedResult> {
  const oembetter = require('oembetter')() as { fetch: (url: string, done: (error: Error | null, result: OembedResult) => void) => void };
  return new Promise((resolve, reject) => oembetter.fetch(url, (error, result) => (error ? reject(error) : resolve(result))));
}

/** A host page server: another origin than the site, serving whatever page a test puts at a path. */
interface HostServer {
  url: string;
  pages: Map<string, string>;
  close(): Promise<void>;
}
async function serveHosts(): Promise<HostServer> {
  const pages = new Map<string, string>([
    ['/pym.js', PYM],
    ['/wordpress-listener.js', WORDPRESS_LISTENER],
  ]);
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const body = pages.get(path);
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(body ?? 'Not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  // "localhost" and "127.0.0.1" are different origins: the host is cross-origin to the site.
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}`,
    pages,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

const hostPage = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="data:,"><meta name="viewport" content="width=device-width"></head><body style="margin:0">${body}</body></html>`;


const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe in a page served with the site's policy: test/helpers/axe-page.ts adds it as an inline
 * script, which the policy (rightly) refuses; code evaluated by the test runner is not subject to it.
 */
async function axeUnderPolicy(page: Page): Promise<string[]> {
  await page.evaluate(`${AXE}\nwindow.__planKitAxe = window.axe;`);
  return page.evaluate(async (options) => {
    type AxeRun = (context: unknown, options: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
    const axe = (window as unknown as { __planKitAxe: { run: AxeRun } }).__planKitAxe;
    const result = await axe.run({ include: ['body'] }, options);
    return result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, axeOptions);
}

/** A page that records console errors (CSP violations included) from every frame. */
async function recordingPage(owner: Browser | BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await newPage(owner);
  const problems: string[] = [];
  await page.addInitScript('document.addEventListener("securitypolicyviolation", (e) => console.error(`securitypolicyviolation ${e.effectiveDirective}: ${e.blockedURI || "inline"}`));');
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, problems };
}

/** The frame whose URL starts with `url`, once there is one. */
async function frameOf(page: Page, url: string): Promise<Frame> {
  for (const until = Date.now() + 15_000; Date.now() < until; ) {
    const frame = page.frames().find((f) => f.url().startsWith(url));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error(`No frame for ${url}`);
}

/** The embed page's content height and the iframe's height, once they agree within 10 px (or after 15 s). */
async function settledHeights(page: Page, frame: Frame, expected: (content: number) => number): Promise<{ content: number; iframe: number }> {
  let last = { content: 0, iframe: 0 };
  for (const until = Date.now() + 15_000; Date.now() < until; ) {
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const iframe = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
    last = { content, iframe };
    if (Math.abs(iframe - expected(content)) <= 10) return last;
    await page.waitForTimeout(50);
  }
  return last;
}

describe('embed pages, oEmbed and the embed builder', function () {
  this.timeout(180_000);
  let outDir: string;
  let site: StaticServer;
  let hosts: HostServer;
  let browser: Browser;
  let headers: string;
  let embedPages: string[];
  let buildReport: Awaited<ReturnType<typeof buildSite>>;

  before(async () => {
    ensureSite();
    await ensureEmbed();
    outDir = mkdtempSync(join(tmpdir(), 'plan-kit-embed-'));
    cpSync(SITE_DIR, outDir, { recursive: true });
    site = await serveStatic({ root: outDir, headersFor: (path) => headersForPath(headers ?? '', path) });
    const previous = process.env.PLAN_KIT_SITE_URL;
    process.env.PLAN_KIT_SITE_URL = `${site.url}/`;
    try {
      buildReport = await buildSite({ outDir });
    } finally {
      if (previous === undefined) delete process.env.PLAN_KIT_SITE_URL;
      else process.env.PLAN_KIT_SITE_URL = previous;
    }
    headers = readFileSync(join(outDir, '_headers'), 'utf8');
    embedPages = sitePages(outDir, 'embed');
    hosts = await serveHosts();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await hosts?.close();
    await site?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
  const SAMPLE = [
    '/embed/2022-26/outcomes/keeping-people-safe-and-well/9.3/',
    '/embed/2022-26/outcomes/keeping-people-safe-and-well/',
    '/embed/2022-26/outcomes/',
    '/embed/2022-26/timeline/',
    '/embed/2022-26/consultation/',
    '/embed/2017-21-discussion/vision/h3/',
    '/embed/lineage/',
    '/embed/2022-26/indicators/young-people-neet/chart/',
    '/embed/2022-26/scorecard/',
  ];
  const gaugeSample = () => embedPages.filter((p) => p.includes('/indicators/')).slice(0, 2).flatMap((p) => (p.endsWith('/compact/') ? [p] : [p, `${p}compact/`])).slice(0, 2);

  describe('every embed page (from its HTML)', () => {
    it('there is one for each widget: vision, matrix, outcomes, sub-outcomes, gauges (and compact), indicator charts, scorecards, timelines, consultations, lineage', () => {
      expect(embedPages).to.include.members([...SAMPLE, '/embed/2022-26/outcomes/keeping-people-safe-and-well/9.3/h3/']);
      expect(embedPages.filter((p) => /\/indicators\/[^/]+\/$/.test(p)).length).to.equal(8);
      expect(embedPages.filter((p) => /\/indicators\/[^/]+\/compact\/$/.test(p)).length).to.equal(8);
      expect(embedPages.filter((p) => /\/indicators\/[^/]+\/chart\/$/.test(p)).length).to.equal(8);
      // A scorecard for each plan with indicators: only 2022-26 has them.
      expect(embedPages.filter((p) => p.endsWith('/scorecard/'))).to.deep.equal(['/embed/2022-26/scorecard/']);
      expect(embedPages.length).to.equal(buildReport.embeds.pages);
    });

    it('has lang, a title naming the plan and item, no site chrome, one full-plan link to an existing page in the top window, and absolute oEmbed discovery', () => {
      const problems: string[] = [];
      for (const path of embedPages) {
        const page = read(`${path}index.html`);
        const say = (what: string) => problems.push(`${path}: ${what}`);
        if (!/<html lang="en-GB"/.test(page)) say('no lang');
        const title = /<title>([^<]+)<\/title>/.exec(page)?.[1] ?? '';
        if (!path.startsWith('/embed/lineage/') && !/ - (Strategic Plan|.*Plan)/.test(title)) say(`title "${title}" names no plan`);
        if (/class="(site-header|site-footer|skip-link|breadcrumbs)"/.test(page)) say('has site chrome');
        const links = [...page.matchAll(/<a [^>]*target="_top"[^>]*>View in the full plan<\/a>/g)];
        if (links.length !== 1) say(`${links.length} full-plan links`);
        const target = /href="([^"]+)"/.exec(links[0]?.[0] ?? '')?.[1] ?? '';
        const resolved = new URL(target, `${site.url}${path}`);
        if (!sitePages(outDir).includes(resolved.pathname) || resolved.pathname.startsWith('/embed/')) say(`full-plan link ${target} is not a page of the site`);
        const oembed = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(page)?.[1];
        if (oembed !== `${site.url}${path}oembed.json`) say(`oEmbed link ${oembed}`);
      }
      expect(problems).to.deep.equal([]);
    });

    it('has oEmbed JSON beside it with the oEmbed 1.0 fields: type rich, the iframe (title, width 100%, height), provider, title, cache_age', () => {
      const problems: string[] = [];
      for (const path of embedPages) {
        const json = JSON.parse(read(`${path}oembed.json`)) as Record<string, unknown>;
        const html = String(json.html);
        const ok =
          json.version === '1.0' &&
          json.type === 'rich' &&
          typeof json.title === 'string' && json.title.length > 3 &&
          json.provider_name === 'Leicestershire County Council Strategic Plan' &&
          json.provider_url === `${site.url}/` &&
          Number.isInteger(json.width) && Number.isInteger(json.height) &&
          Number.isInteger(json.cache_age) &&
          html.startsWith(`<iframe src="${site.url}${path}"`) &&
          html.includes(' width="100%"') && html.includes(` height="${json.height}"`) && /title="[^"]{4,}"/.test(html);
        if (!ok) problems.push(`${path}: ${JSON.stringify(json)}`);
      }
      expect(problems).to.deep.equal([]);
    });

    it('our resize script (embed/resize.js) is at most 1 KB; it and the embed pages\' script are classic scripts that import nothing', () => {
      const resize = read('embed/resize.js');
      expect(Buffer.byteLength(resize)).to.be.at.most(1024);
      const frameScript = /<script src="([^"]+)" data-boot/.exec(read(`${embedPages[0]}index.html`))![1]!;
      for (const code of [resize, read(join(embedPages[0]!.slice(1), frameScript))]) expect(code).not.to.match(/(^|[;}\n])\s*(import|export)\s*[\w{*"'`]/);
    });

    it('issue 25, item 8: every path, a missing one too, gets nosniff and a Referrer-Policy; 404.html carries the policy itself', () => {
      for (const path of ['/no-such-page', '/embed/no-such/', '/plans/2022-26/', '/open-data/2022-26.json']) {
        const got = headersForPath(headers, path);
        expect(got['x-content-type-options'], path).to.equal('nosniff');
        expect(got['referrer-policy'], path).to.equal('same-origin');
      }
      expect(read('404.html')).to.match(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-[^"]*require-trusted-types-for 'script'/);
    });

    it('issue 25, item 7: the snippets load versioned files with integrity, served immutable and to any origin', () => {
      const builder = read('embed-builder/index.html');
      const resize = /data-resize="([^"]+)"/.exec(builder)![1]!;
      const elements = /data-elements="([^"]+)"/.exec(builder)![1]!;
      expect(resize).to.match(/\/embed\/resize-[0-9a-f]{10}\.js$/);
      expect(elements).to.match(/\/plan-kit\/plan-kit-[0-9a-f]{10}\.js$/);
      for (const [url, key] of [[resize, 'resize'], [elements, 'elements']] as const) {
        const path = new URL(url).pathname;
        const integrity = new RegExp(`data-${key}-integrity="([^"]+)"`).exec(builder)![1]!;
        expect(integrity).to.equal(`sha384-${createHash('sha384').update(readFileSync(join(outDir, path))).digest('base64')}`);
        const got = headersForPath(headers, path);
        expect(got['access-control-allow-origin'], path).to.equal('*');
        expect(got['cache-control'], path).to.include('immutable');
      }
    });

    it('the site may not be framed, the embed pages may (frame-ancestors in _headers)', () => {
      expect(headersForPath(headers, '/plans/2022-26/')['content-security-policy']).to.match(/frame-ancestors 'none'$/);
      expect(headersForPath(headers, '/')['content-security-policy']).to.match(/frame-ancestors 'none'$/);
      expect(headersForPath(headers, '/embed-builder/')['content-security-policy']).to.match(/frame-ancestors 'none'$/);
      expect(headersForPath(headers, '/embed/2022-26/outcomes/')['content-security-policy']).to.match(/frame-ancestors \*$/);
    });
  });

  describe('settings', () => {
    const settings = JSON.parse(readFileSync(join(repoRoot, 'content/site.json'), 'utf8')) as SiteConfig;

    it('siteUrl comes from site.json, or from PLAN_KIT_SITE_URL, always ending in "/"; a bad value is named', () => {
      expect(resolveSiteUrl(settings, {})).to.equal(settings.siteUrl);
      expect(resolveSiteUrl(settings, { PLAN_KIT_SITE_URL: 'http://127.0.0.1:8080/plans' })).to.equal('http://127.0.0.1:8080/plans/');
      expect(() => resolveSiteUrl(settings, { PLAN_KIT_SITE_URL: 'plans.example' })).to.throw(/PLAN_KIT_SITE_URL: "plans.example" is not a full URL/);
      expect(() => resolveSiteUrl(settings, { PLAN_KIT_SITE_URL: 'ftp://plans.example/' })).to.throw(/must start with https:\/\//);
    });

    it('embedFrameAncestors limits who may frame the embed pages (and the site itself, for the builder); by default anyone', () => {
      expect(frameAncestors(true, ['https://www.leicestershire.gov.uk'])).to.equal("frame-ancestors 'self' https://www.leicestershire.gov.uk");
      expect(frameAncestors(true)).to.equal('frame-ancestors *');
      expect(frameAncestors(false, ['https://www.leicestershire.gov.uk'])).to.equal("frame-ancestors 'none'");
      const parsed = v.safeParse(SiteConfigSchema, { ...settings, embedFrameAncestors: ['https://www.example.gov.uk/some/page'] });
      expect(parsed.success).to.equal(false);
    });
  });

  describe('oEmbed discovery (oembetter, from npm)', () => {
    it('finds the endpoint from a sub-outcome page of the site and returns the iframe', async () => {
      const result = await discover(`${site.url}/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/`);
      expect(result.type).to.equal('rich');
      expect(result.html).to.match(new RegExp(`^<iframe src="${site.url}/embed/2022-26/outcomes/keeping-people-safe-and-well/9\\.3/" title="9\\.3 [^"]+ - Strategic Plan 2022-26" width="100%"`));
    });

    it('finds it from an outcome page, an indicator page and an embed page', async () => {
      const outcome = await discover(`${site.url}/plans/2022-26/outcomes/keeping-people-safe-and-well/`);
      expect(outcome.html).to.include(`src="${site.url}/embed/2022-26/outcomes/keeping-people-safe-and-well/"`);
      const indicator = await discover(`${site.url}/plans/2022-26/indicators/young-people-neet/`);
      expect(indicator.html).to.match(/^<iframe src="[^"]+\/embed\/2022-26\/indicators\/young-people-neet\/"/);
      const gauge = gaugeSample()[0]!;
      expect((await discover(`${site.url}${gauge}`)).html).to.include(`src="${site.url}${gauge}"`);
    });
  });

  describe('in a browser', () => {
    it('each sampled embed page: whole with JavaScript off, hydrated with it, axe clean, no console error or CSP violation', async () => {
      const noJs = await browser.newContext({ javaScriptEnabled: false });
      const failures: string[] = [];
      await inPool([...SAMPLE, ...gaugeSample()], 2, async (path) => {
        const { page, problems } = await recordingPage(browser);
        await page.goto(`${site.url}${path}`);
        const hydrated = await page.waitForFunction(() => document.querySelectorAll('[defer-hydration]').length === 0, undefined, { timeout: 8000 }).then(() => true, () => false);
        const violations = await axeUnderPolicy(page);
        // The scorecard's filters come with its script (without it, the whole table is all there is): the rest reads the same.
        await page.evaluate(() => document.querySelectorAll('plan-scorecard').forEach((card) => card.shadowRoot?.querySelector('[part="filters"]')?.remove()));
        // A timeline's today marker is added by script only: the HTML is read long after it was made.
        const text = await readableText(page, '[part="now"]');
        await page.close();
        const bare = await noJs.newPage();
        await bare.goto(`${site.url}${path}`);
        const textWithoutJs = await readableText(bare);
        await bare.close();
        if (!hydrated) failures.push(`${path}: not hydrated`);
        if (problems.length) failures.push(`${path}: ${problems.join('; ')}`);
        if (violations.length) failures.push(`${path}: ${violations.join('; ')}`);
        if (textWithoutJs !== text || text.length < 40) failures.push(`${path}: text differs without JavaScript: ${text.slice(0, 200)} | ${textWithoutJs.slice(0, 200)}`);
      });
      await noJs.close();
      expect(failures).to.deep.equal([]);
    });

    it('no embed page scrolls sideways in a 320 px frame, or has a console error (CSP included), with JavaScript off', async () => {
      // Many frames in one page load far faster than one page each: 320 px wide, 50 at a time.
      const context = await browser.newContext({ viewport: { width: 400, height: 600 }, javaScriptEnabled: false });
      const failures: string[] = [];
      for (let start = 0; start < embedPages.length; start += 50) {
        const batch = embedPages.slice(start, start + 50);
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('console', (message) => message.type() === 'error' && problems.push(`${message.text()} (${message.location().url})`));
        hosts.pages.set('/frames', hostPage(batch.map((path) => `<iframe src="${site.url}${path}" title="${path}" width="320" height="300"></iframe>`).join('')));
        await page.goto(`${hosts.url}/frames`, { waitUntil: 'load' });
        for (const path of batch) {
          const frame = page.frames().find((f) => f.url() === `${site.url}${path}`);
          const width = frame ? await frame.evaluate('document.documentElement.scrollWidth') : 'no frame';
          if (!(Number(width) <= 320)) failures.push(`${path}: ${width}px wide`);
        }
        await page.close();
        failures.push(...problems);
      }
      await context.close();
      expect(failures).to.deep.equal([]);
    });

    it('a page of the site that is not an embed page cannot be framed', async () => {
      hosts.pages.set('/frames-site-page', hostPage(`<iframe src="${site.url}/plans/2022-26/" title="Site page"></iframe>`));
      const page = await browser.newPage();
      await page.goto(`${hosts.url}/frames-site-page`);
      await page.waitForTimeout(500);
      const framed = page.frames().find((f) => f !== page.mainFrame());
      const text = await framed?.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      await page.close();
      expect(text).not.to.include('Strategic Plan 2022-26');
    });

    const HEIGHT_PAGES = ['/embed/2022-26/outcomes/keeping-people-safe-and-well/9.3/', '/embed/2022-26/consultation/'];
    const WIDTHS = [320, 1000];
    const hosting = [
      {
        name: "WordPress's listener (sandbox allow-scripts alone)",
        // As WordPress's PHP writes an oEmbed iframe (wp_filter_oembed_result): the secret is in the HTML already.
        page: (src: string, title: string) => {
          const secret = Math.random().toString(36).slice(2, 12).padEnd(10, '0');
          return hostPage(`<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="${src}#?secret=${secret}" data-secret="${secret}" title="${title}" width="100%" height="300"></iframe><script src="/wordpress-listener.js"></script>`);
        },
        // WordPress keeps an embed between 200 and 1000 px tall.
        expected: (content: number) => Math.min(1000, Math.max(200, content)),
      },
      {
        name: "Pym.js's parent",
        page: (src: string, title: string) => hostPage(`<div id="widget" data-pym-src="${src}" data-pym-title="${title}"></div><script src="/pym.js"></script>`),
        expected: (content: number) => content,
      },
      {
        name: 'our snippet (iframe and embed/resize.js)',
        page: (src: string, title: string) =>
          hostPage(`<iframe src="${src}" title="${title}" width="100%" height="300" sandbox="allow-scripts allow-same-origin allow-popups allow-top-navigation-by-user-activation" class="plan-kit-embed"></iframe><script src="${site.url}/embed/resize.js" defer></script>`),
        expected: (content: number) => content,
      },
    ];

    for (const host of hosting) {
      it(`${host.name}: the frame ends within 10 px of its content's height at 320 and 1,000 px; messages carry only the height; no console error`, async () => {
        const failures: string[] = [];
        for (const width of WIDTHS) {
          for (const path of HEIGHT_PAGES) {
            const context = await browser.newContext({ viewport: { width, height: 800 } });
            const { page, problems } = await recordingPage(context);
            await page.addInitScript('window.received = []; addEventListener("message", (e) => window.received.push(e.data));');
            hosts.pages.set('/host', host.page(`${site.url}${path}`, 'Widget'));
            await page.goto(`${hosts.url}/host`);
            const frame = await frameOf(page, `${site.url}${path}`);
            const { content, iframe } = await settledHeights(page, frame, host.expected);
            const received = (await page.evaluate('window.received')) as unknown[];
            await context.close();
            if (Math.abs(iframe - host.expected(content)) > 10) failures.push(`${path} at ${width}px: content ${content}px, frame ${iframe}px (messages: ${JSON.stringify(received)}, ${frame.url()})`);
            const unexpected = received.filter(
              (m) =>
                !(typeof m === 'string' && /^pymxPYMx[\w-]+xPYMxheightxPYMx\d+$/.test(m)) &&
                !(m && typeof m === 'object' && Object.keys(m).sort().join() === 'type,value' && (m as { type: string }).type === 'plan-kit:height' && Number.isInteger((m as { value: number }).value)) &&
                !(m && typeof m === 'object' && Object.keys(m).sort().join() === 'message,secret,value' && (m as { message: string }).message === 'height' && Number.isInteger((m as { value: number }).value)),
            );
            if (unexpected.length) failures.push(`${path}: unexpected messages ${JSON.stringify(unexpected)}`);
            if (problems.length) failures.push(`${path} at ${width}px: ${problems.join('; ')}`);
          }
        }
        expect(failures).to.deep.equal([]);
      });
    }

    it('issue 25, item 6: resize.js ignores height messages from frames of another origin, and bounds the height', async () => {
      const resize = /data-resize="([^"]+)"/.exec(read('embed-builder/index.html'))![1]!;
      const send = (value: number) => `<script>parent.postMessage({ type: 'plan-kit:height', value: ${value} }, '*')</script>`;
      hosts.pages.set('/hostile-frame', hostPage(send(50_000)));
      hosts.pages.set(
        '/resize-host',
        hostPage(`<iframe id="other" src="/hostile-frame" class="plan-kit-embed" height="300" title="Not ours"></iframe><iframe id="unmarked" src="${site.url}/embed/2022-26/consultation/" height="300" title="Unmarked"></iframe><script src="${resize}" defer></script>`),
      );
      const page = await browser.newPage();
      await page.goto(`${hosts.url}/resize-host`);
      await page.waitForTimeout(1500);
      const heights = await page.evaluate(() => ['other', 'unmarked'].map((id) => document.getElementById(id)!.getAttribute('height')));
      await page.close();
      expect(heights).to.deep.equal(['300', '300']);
    });

    it('under WordPress, the prerendered widget is whole in its opaque-origin sandbox, and a click on the full-plan link opens the full page in the top window (a link message)', async () => {
      const path = '/embed/2022-26/outcomes/keeping-people-safe-and-well/9.3/';
      const { page, problems } = await recordingPage(browser);
      hosts.pages.set('/wordpress', hosting[0]!.page(`${site.url}${path}`, 'Widget'));
      await page.goto(`${hosts.url}/wordpress`);
      const frame = await frameOf(page, `${site.url}${path}`);
      await frame.waitForFunction(() => location.hash.includes('secret='));
      expect(await frame.evaluate(() => self.origin)).to.equal('null');
      const card = await frame.evaluate(() => document.querySelector('plan-sub-outcome-card')?.shadowRoot?.textContent ?? '');
      expect(card).to.include('9.3');
      await Promise.all([page.waitForURL(`${site.url}/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/`, { timeout: 5000 }), frame.click('text=View in the full plan')]);
      await page.close();
      expect(problems).to.deep.equal([]);
    });
  });

  describe('the embed builder', () => {
    const BUILDER = '/embed-builder/';

    it('without JavaScript: a grouped list of every embed page, each with its iframe snippet; axe clean', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site.url}${BUILDER}`);
      const listed = await page.evaluate(() => [...document.querySelectorAll('a[data-path]')].map((a) => `/${a.getAttribute('data-path')}`));
      const snippets = await page.locator('pre.snippet').count();
      const groups = await page.locator('.embed-group h3').allTextContents();
      const kinds = await page.locator('.embed-group h4').allTextContents();
      await context.close();
      // axe needs JavaScript: the page as it is without it is the page without its own script.
      const forAxe = await browser.newContext({ bypassCSP: true });
      const checked = await forAxe.newPage();
      await checked.route(/embed-builder-[\w-]+\.js$/, (route) => route.abort());
      await checked.goto(`${site.url}${BUILDER}`);
      const violations = await axeViolations(checked);
      await forAxe.close();
      expect([...listed].sort()).to.deep.equal([...embedPages].sort());
      expect(snippets).to.equal(await Promise.resolve(new Set(listed.map((p) => p.replace(/(compact|h3)\/$/, ''))).size));
      expect(groups).to.include.members(['Strategic Plan 2022-26', 'Every plan']);
      expect(kinds).to.include.members(['Indicator gauge', 'Indicator chart', 'Scorecard']);
      expect(violations).to.deep.equal([]);
    });

    it('by keyboard alone: choose a plan, element, item and option, preview it, copy each snippet ("Copied" beside the button, in a live region), the copy buttons before the preview’s links; axe clean', async () => {
      const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
      const { page, problems } = await recordingPage(context);
      await page.goto(`${site.url}${BUILDER}`);
      await page.waitForSelector('#builder-plan');
      // Tab from the top of the page to the plan select.
      let focused = '';
      for (let presses = 0; presses < 40 && focused !== 'builder-plan'; presses++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.id ?? '');
      }
      expect(focused).to.equal('builder-plan');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).to.equal('builder-kind');
      // Sub-outcome card: the element select, by arrow keys.
      for (let presses = 0; presses < 10 && (await page.inputValue('#builder-kind')) !== 'sub-outcome'; presses++) await page.keyboard.press('ArrowDown');
      expect(await page.inputValue('#builder-kind')).to.equal('sub-outcome');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      const item = await page.inputValue('#builder-item');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      const url = await page.inputValue('#builder-snippet-url');
      expect(url).to.match(new RegExp(`^${site.url}/embed/2022-26/outcomes/[^/]+/${item.replace('.', '\\.')}/h3/$`));
      const preview = await frameOf(page, url.replace(site.url, site.url));
      await preview.waitForSelector('plan-sub-outcome-card');
      // To the first Copy button (past its snippet's box, not past the preview's links), and press it.
      let presses = 0;
      for (; presses < 10 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Copy'; presses++) await page.keyboard.press('Tab');
      expect(presses, 'Tab presses from the last choice to the first Copy button').to.equal(2);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.nextElementSibling?.matches('[role="status"]') && document.activeElement.nextElementSibling.textContent === 'Copied', undefined, { timeout: 3000 });
      expect(await page.evaluate(() => navigator.clipboard.readText())).to.equal(url);
      await context.close();
      expect(problems).to.deep.equal([]);
      // axe, in a context that lets it inject itself, with the form in use.
      const forAxe = await browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 640 } });
      const checked = await forAxe.newPage();
      await checked.goto(`${site.url}${BUILDER}`);
      await checked.waitForSelector('#builder-plan');
      await checked.selectOption('#builder-kind', 'gauge');
      const violations = await axeViolations(checked);
      const width = await checked.evaluate(() => document.documentElement.scrollWidth);
      await forAxe.close();
      expect(violations).to.deep.equal([]);
      expect(width, 'no sideways scrolling at 320 px').to.be.at.most(320);
    });

    it('its three snippets, pasted into a plain page of another site, each show the widget', async () => {
      const context = await browser.newContext();
      const builder = await context.newPage();
      await builder.goto(`${site.url}${BUILDER}`);
      await builder.waitForSelector('#builder-plan');
      await builder.selectOption('#builder-kind', 'sub-outcome');
      const [url, iframe, element] = await Promise.all(['url', 'iframe', 'element'].map((key) => builder.inputValue(`#builder-snippet-${key}`)));
      await builder.close();
      // Item 7 of issue 25: each script with its integrity, from a versioned file.
      for (const snippet of [iframe!, element!]) expect(snippet).to.match(/<script[^>]* src="[^"]+-[0-9a-f]{10}\.js" integrity="sha384-[\w+/=]+" crossorigin="anonymous"/);
      // The URL as a CMS uses it: oEmbed turns it into HTML.
      const fromUrl = (await discover(url!)).html!;
      const failures: string[] = [];
      for (const [name, snippet] of [['URL (through oEmbed)', fromUrl], ['iframe', iframe!], ['script tag', element!]] as const) {
        const { page, problems } = await recordingPage(context);
        hosts.pages.set('/pasted', hostPage(`<p>A council page.</p>\n${snippet}`));
        await page.goto(`${hosts.url}/pasted`);
        const root = name === 'script tag' ? page.mainFrame() : await frameOf(page, url!);
        const shown = await root
          .waitForFunction(() => (document.querySelector('plan-sub-outcome-card')?.shadowRoot?.textContent ?? '').length > 20, undefined, { timeout: 8000 })
          .then(() => true, () => false);
        await page.close();
        if (!shown) failures.push(`${name}: no widget`);
        if (problems.length) failures.push(`${name}: ${problems.join('; ')}`);
      }
      await context.close();
      expect(failures).to.deep.equal([]);
    });
  });
});
