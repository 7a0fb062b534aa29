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
import type { BrowserContext, Page } from 'playwright-core';
import { EMBED_DIR, embedFiles, ensureEmbed } from '../../scripts/embed-bundle.ts';
import { servedSite } from '../helpers/served-site.ts';
import { headersForPath, policyFromHeadersFile } from '../../site/src/csp.ts';
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

/** Every HTML file under `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
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
    let pages: string[];
    // Each path with its own rules, as a static host reads them (the embed pages may be framed, as the builder's preview does).
    const site = servedSite(() => {
      const headers = readFileSync(join(SITE_DIR, '_headers'), 'utf8');
      return { headersFor: (path) => headersForPath(headers, path) };
    });

    before(() => {
      pages = sitePages();
      policy = policyFromHeadersFile(readFileSync(join(SITE_DIR, '_headers'), 'utf8')) ?? '';
    });


    it('is strict: scripts only from the site and the one inline line that loads the boot module (by its hash), no eval, Trusted Types, styles by hash', () => {
      expect(policy).to.match(/script-src 'self' 'sha256-[\w+/]+=*';/);
      expect(policy).to.include("object-src 'none'").and.to.include("base-uri 'none'");
      expect(policy).to.include("require-trusted-types-for 'script'");
      expect(policy).to.match(/style-src 'self'( 'sha256-[\w+/]+=*')+;/);
      expect(policy).not.to.match(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    });

    it('hydrates every page, markdown included, with no securitypolicyviolation and no console error', async () => {
      const context = await site.browser.newContext();
      const failures = (
        await inPool(pages, 3, async (path) => {
          const { page, problems } = await recordingPage(context);
          const response = await page.goto(`${site.url}${path}`);
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
      const { page, problems } = await recordingPage(await site.browser.newContext());
      await page.goto(`${site.url}/search/?q=dementia`);
      await page.waitForSelector('#search-results ol.results a');
      expect(await page.textContent('#search-results')).to.include('9.4');
      await page.context().close();
      expect(problems).to.deep.equal([]);
    });

    it("applies the elements' prerendered styles with JavaScript off (their hashes are in the policy)", async () => {
      const context = await site.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const blocked: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') blocked.push(message.text());
      });
      await page.goto(`${site.url}/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/`);
      // The gauge's track takes --plan-color-surface (#f3f2f1) from the element's own stylesheet; blocked, it would be black.
      const fill = await page.evaluate(
        () => getComputedStyle(document.querySelector('plan-sub-outcome-card')!.shadowRoot!.querySelector('plan-progress-gauge')!.shadowRoot!.querySelector('.track')!).fill,
      );
      await context.close();
      expect(fill).to.equal('rgb(243, 242, 241)');
      expect(blocked).to.deep.equal([]);
    });

    it('colours each outcome with JavaScript off as after hydration with it on: the plan page, an outcome page, a sub-outcome page, the lineage', async () => {
      const colouredPages = [
        '/plans/2022-26/',
        '/plans/2022-26/outcomes/keeping-people-safe-and-well/',
        '/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/',
        '/how-the-plans-changed/',
      ];
      /** Each part that shows an outcome's colour (its part name says which outcome), with the colours it is drawn in. */
      const colours = (page: Page) =>
        page.evaluate(() => {
          const found: string[] = [];
          for (const host of document.querySelectorAll('*')) {
            for (const el of host.shadowRoot?.querySelectorAll('[part]') ?? []) {
              const part = [...el.part].find((name) => /^outcome-.+--.+$/.test(name));
              if (!part) continue;
              const style = getComputedStyle(el);
              const drawn = el instanceof SVGElement ? [style.fill, style.stroke] : [style.borderTopColor, style.borderLeftColor];
              found.push(`${host.localName} ${part}: ${style.getPropertyValue('--_outcome').trim()} ${drawn.join(' ')}`);
            }
          }
          return found;
        });
      const seen: Record<string, string[][]> = {};
      for (const javaScriptEnabled of [false, true]) {
        const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
        for (const path of colouredPages) {
          const { page, problems } = await recordingPage(context);
          await page.goto(`${site.url}${path}`);
          if (javaScriptEnabled) await page.waitForFunction(() => document.querySelectorAll('[defer-hydration]').length === 0, undefined, { timeout: 20_000 });
          (seen[path] ??= []).push(await colours(page));
          expect(problems, path).to.deep.equal([]);
          await page.close();
        }
        await context.close();
      }
      for (const path of colouredPages) {
        const [off, on] = seen[path]!;
        expect(off, path).to.have.length.greaterThan(0);
        expect(on, path).to.deep.equal(off);
      }
      // Not the default blue for all: the plan page shows each of its five outcomes in its own colour, as the content gives it.
      const planColours = new Set(seen['/plans/2022-26/']![0]!.map((line) => line.split(': ')[1]!.split(' ')[0]));
      expect(planColours.size).to.equal(5);
      expect(seen['/plans/2022-26/outcomes/keeping-people-safe-and-well/9.3/']![0]!.join('\n')).to.include('plan-sub-outcome-card outcome-2022-26--keeping-people-safe-and-well: #912b88');
    });

    it('has no style attribute in any page it writes', () => {
      const withStyle = htmlFiles(SITE_DIR).filter((file) => /<[^>]+\sstyle\s*=/i.test(readFileSync(file, 'utf8')));
      expect(withStyle.map((file) => relative(SITE_DIR, file))).to.deep.equal([]);
    });
  });
});
