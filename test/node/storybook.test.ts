/**
 * Every story in the built Storybook (dist/storybook), as a designer opens it: the story renders
 * an element without a page error, and axe (WCAG 2.2 A and AA) finds no violation in it, in
 * whatever state the story shows (loading, error, empty, the real plans, long titles...).
 *
 * `npm test` builds Storybook first (`npm run build:storybook`); run alone, this file builds it
 * when it is missing.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { type StaticServer, serveStatic } from '../../scripts/serve-static.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { repoRoot } from '../helpers/fixtures.ts';
import { axeViolations } from '../helpers/axe-page.ts';
import { inPool } from '../helpers/pool.ts';

const STORYBOOK_DIR = join(repoRoot, 'dist/storybook');

interface StoryEntry {
  type: string;
  id: string;
  title: string;
  name: string;
}

function stories(): StoryEntry[] {
  if (!existsSync(join(STORYBOOK_DIR, 'index.json'))) {
    execSync('npm run build:storybook', { cwd: repoRoot, stdio: 'inherit' });
  }
  const index = JSON.parse(readFileSync(join(STORYBOOK_DIR, 'index.json'), 'utf8')) as { entries: Record<string, StoryEntry> };
  return Object.values(index.entries).filter((entry) => entry.type === 'story');
}

/** Waits until no element in the story shows its loading state, or a short while for stories that hold it. */
async function settled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => {
        const hosts = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.tagName.startsWith('PLAN-'));
        return hosts.length > 0 && hosts.every((el) => el.shadowRoot && el.shadowRoot.children.length > 0 && !el.shadowRoot.querySelector('[part="loading"]'));
      },
      undefined,
      { timeout: 2500 },
    )
    .catch(() => undefined);
}

interface StoryResult {
  errors: string[];
  violations: string[];
}

/** Opens one story in a new page and runs axe on it. */
async function checkStory(browser: Browser, baseUrl: string, entry: StoryEntry): Promise<StoryResult> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    // `a11y.manual`: the a11y addon does not run its own axe as well (this test runs axe itself).
    await page.goto(`${baseUrl}/iframe.html?id=${entry.id}&viewMode=story&globals=a11y.manual:!true`);
    await page.waitForSelector('#storybook-root > *', { timeout: 10_000 });
    await settled(page);
    const violations = await axeViolations(page, '#storybook-root');
    return { errors, violations };
  } catch (error) {
    return { errors: [...errors, (error as Error).message], violations: [] };
  } finally {
    await page.close();
  }
}

describe('Storybook: every story', function () {
  // About 170 stories, four at a time: two to three minutes on a quiet machine, more on a busy one.
  this.timeout(600_000);
  const entries = stories();
  let results: StoryResult[] = [];

  // The stories are checked side by side in one browser (a page each), then reported one by one.
  before(async () => {
    // Both closed whatever fails, so that a failure never leaves the run waiting on them.
    let server: StaticServer | undefined;
    let browser: Browser | undefined;
    try {
      server = await serveStatic({ root: STORYBOOK_DIR });
      browser = await launchChromium();
      const { url } = server;
      const open = browser;
      results = await inPool(entries, 4, (entry) => checkStory(open, url, entry));
    } finally {
      await browser?.close();
      await server?.close();
    }
  });

  it('has a story for every element', () => {
    const titles = new Set(entries.map((entry) => entry.title.replace(/^.*\//, '')));
    for (const element of ['plan-data', 'plan-vision', 'plan-outcomes-matrix', 'plan-sub-outcome-card', 'plan-progress-gauge', 'plan-timeline', 'plan-consultation', 'plan-lineage']) {
      expect(titles, element).to.include(element);
    }
  });

  entries.forEach((entry, index) => {
    it(`${entry.title} / ${entry.name}: renders, and axe finds no violation`, () => {
      expect(results[index]!.errors, 'page errors').to.deep.equal([]);
      expect(results[index]!.violations, 'axe violations').to.deep.equal([]);
    });
  });
});
