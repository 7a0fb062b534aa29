/**
 * A strict Content-Security-Policy with Trusted Types, for everything that runs in a reader's
 * browser:
 *
 * - no `eval`, `new Function`, `Function(…)` or string timer in any runtime file (the embed
 *   bundle and its lazy chunk, the site's assets), which `script-src` without 'unsafe-eval' blocks;
 * - the microsite, served with the policy its build writes (dist/site/_headers), works on every
 *   page with no `securitypolicyviolation`: elements hydrate, markdown renders (DOMPurify and
 *   Lit under Trusted Types), search runs (MiniSearch), and the elements' prerendered styles apply
 *   with JavaScript off (their hashes are in the policy).
 *
 * The embed bundle under Trusted Types is tested in a hostile CMS page (embed.test.ts) and with
 * hostile content (hostile-content.test.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EMBED_DIR, embedFiles, ensureEmbed } from '../../scripts/embed-bundle.ts';
import { type StaticServer, serveStatic } from '../../scripts/serve-static.ts';
import { headersForPath, policyFromHeadersFile } from '../../site/src/csp.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { SITE_DIR, ensureSite, repoRoot, sitePages } from '../helpers/fixtures.ts';
import { inPool } from '../helpers/pool.ts';

/** What a policy without 'unsafe-eval' blocks: code from strings. */
const CODE_FROM_STRINGS = [
  { what: 'eval(', pattern: /(?<![\w$.])eval\s*\(/ },
  { what: 'new Function', pattern: /\bnew\s+Function\b/ },
  { what: 'Function(…)', pattern: /(?<![\w$.])Function\s*\(/ },
  { what: 'setTimeout/setInterval with a string', pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/ },
];

function runtimeFiles(): { name: string; code: string }[] {
  const assets = join(SITE_DIR, 'assets');
  return [
    ...embedFiles().map((file) => join(EMBED_DIR, file)),
    ...readdirSync(assets).filter((file) => file.endsWith('.js')).map((file) => join(assets, file)),
  ].map((path) => ({ name: relative(repoRoot, path), code: readFileSync(path, 'utf8') }));
}

async function recordingPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  // Runs before the page's own scripts, whatever its policy (playwright injects it).
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`securitypolicyviolation ${event.effectiveDirective}: ${event.blockedURI || 'inline'} ${event.sample} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, problems };
}

describe('a strict Content-Security-Policy with Trusted Types', function () {
  this.timeout(300_000);

  before(async () => {
    await ensureEmbed();
    ensureSite();
  });

  it('finds no eval, new Function or string timer in any runtime file (embed bundle, site assets)', () => {
    const files = runtimeFiles();
    expect(files.length, 'runtime files').to.be.greaterThan(3);
    const found = files.flatMap(({ name, code }) =>
      CODE_FROM_STRINGS.flatMap(({ what, pattern }) => {
        const at = code.search(pattern);
        return at < 0 ? [] : [`${name}: ${what} in "…${code.slice(Math.max(0, at - 40), at + 40)}…"`];
      }),
    );
    expect(found).to.deep.equal([]);
  });

  describe('the microsite, served with the policy in dist/site/_headers', () => {
    let policy: string;
    let server: StaticServer;
    let browser: Browser;
    let pages: string[];

    before(async () => {
      pages = sitePages();
      const headers = readFileSync(join(SITE_DIR, '_headers'), 'utf8');
      policy = policyFromHeadersFile(headers) ?? '';
      // Each path with its own rules, as a static host reads them (the embed pages may be framed, as the builder's preview does).
      server = await serveStatic({ root: SITE_DIR, headersFor: (path) => headersForPath(headers, path) });
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('is strict: scripts only from the site, no inline script or eval, Trusted Types, styles by hash', () => {
      expect(policy).to.include("script-src 'self'").and.to.include("object-src 'none'").and.to.include("base-uri 'none'");
      expect(policy).to.include("require-trusted-types-for 'script'");
      expect(policy).to.match(/style-src 'self'( 'sha256-[\w+/]+=*')+;/);
      expect(policy).not.to.match(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    });

    it('hydrates every page, markdown included, with no securitypolicyviolation and no console error', async () => {
      const context = await browser.newContext();
      const failures = (
        await inPool(pages, 3, async (path) => {
          const { page, problems } = await recordingPage(context);
          const response = await page.goto(`${server.url}${path}`);
          if (response?.headers()['content-security-policy'] !== policy) problems.push('served without the policy');
          const hydrated = await page
            .waitForFunction(() => document.querySelectorAll('[defer-hydration]').length === 0, undefined, { timeout: 20_000 })
            .then(() => true, () => false);
          if (!hydrated) problems.push('not every element hydrated');
          // Pages whose elements show markdown hydrate only after the renderer (DOMPurify's policy) is in.
          if (await page.evaluate(() => document.documentElement.hasAttribute('data-markdown'))) {
            const chunk = await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /\/markdown-[\w-]+\.js$/.test(r.name)));
            if (!chunk) problems.push('the markdown renderer did not load');
          }
          await page.close();
          return problems.map((problem) => `${path}: ${problem}`);
        })
      ).flat();
      await context.close();
      expect(failures).to.deep.equal([]);
    });

    it('searches (MiniSearch) under the policy', async () => {
      const { page, problems } = await recordingPage(await browser.newContext());
      await page.goto(`${server.url}/search/?q=dementia`);
      await page.waitForSelector('#search-results ol.results a');
      expect(await page.textContent('#search-results')).to.include('9.4');
      await page.context().close();
      expect(problems).to.deep.equal([]);
    });

    it("applies the elements' prerendered styles with JavaScript off (their hashes are in the policy)", async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const blocked: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') blocked.push(message.text());
      });
      await page.goto(`${server.url}/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/`);
      // The gauge's track takes --plan-color-surface (#f3f2f1) from the element's own stylesheet; blocked, it would be black.
      const fill = await page.evaluate(() => getComputedStyle(document.querySelector('plan-progress-gauge')!.shadowRoot!.querySelector('.track')!).fill);
      await context.close();
      expect(fill).to.equal('rgb(243, 242, 241)');
      expect(blocked).to.deep.equal([]);
    });
  });
});
