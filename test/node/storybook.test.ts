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
import { ELEMENT_TAGS } from '@plan-kit/elements/registry.js';
import { type StaticServer, serveStatic } from '../../scripts/serve-static.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { newPage } from '../helpers/new-page.ts';
import { repoRoot } from '../helpers/fixtures.ts';
import { axeViolations } from '../helpers/axe-page.ts';

const STORYBOOK_DIR = join(repoRoot, 'dist/storybook');

interface StoryEntry {
  type: string;
  id: string;
  title: string;
  name: string;
  /** The story file, relative to the repository ("./packages/elements/src/plan-vision/plan-vision.stories.ts"). */
  importPath: string;
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

/** The preview's channel events that end a story's rendering, with what each says. */
type RenderOutcome = { rendered: true } | { rendered: false; problem: string };

/**
 * Shows stories one after another in one page: the first by its address, the next ones by asking
 * the preview to switch in place (what the Storybook manager does), so that the preview's
 * scripts load once a page rather than once a story. Each story's page errors are its own.
 */
class StoryViewer {
  private errors: string[] = [];
  private loaded = false;

  private constructor(private readonly page: Page, private readonly baseUrl: string) {
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  static async open(browser: Browser, baseUrl: string): Promise<StoryViewer> {
    const page = await newPage(browser);
    return new StoryViewer(page, baseUrl);
  }

  async check(entry: StoryEntry): Promise<StoryResult> {
    this.errors = [];
    try {
      const outcome = this.loaded ? await this.switchTo(entry.id) : undefined;
      if (!outcome || !outcome.rendered) {
        if (outcome) this.errors.push(outcome.problem);
        // `a11y.manual`: the a11y addon does not run its own axe as well (this test runs axe itself).
        await this.page.goto(`${this.baseUrl}/iframe.html?id=${entry.id}&viewMode=story&globals=a11y.manual:!true`);
        this.loaded = true;
      }
      await this.page.waitForSelector('#storybook-root > *', { timeout: 10_000 });
      await settled(this.page);
      const violations = await axeViolations(this.page, '#storybook-root');
      return { errors: [...this.errors], violations };
    } catch (error) {
      this.loaded = false;
      return { errors: [...this.errors, (error as Error).message], violations: [] };
    }
  }

  /** Asks the loaded preview to show another story, and waits for it to render (10 s at most). */
  private switchTo(storyId: string): Promise<RenderOutcome> {
    return this.page.evaluate(
      (id) =>
        new Promise<RenderOutcome>((resolve) => {
          type Channel = { on(event: string, fn: (arg: unknown) => void): void; off(event: string, fn: (arg: unknown) => void): void };
          const w = window as unknown as {
            __STORYBOOK_ADDONS_CHANNEL__: Channel;
            __STORYBOOK_PREVIEW__: { onSetCurrentStory(selection: { storyId: string; viewMode: string }): Promise<void> };
          };
          const channel = w.__STORYBOOK_ADDONS_CHANNEL__;
          const handlers: Record<string, (arg: unknown) => void> = {
            storyRendered: (arg) => arg === id && finish({ rendered: true }),
            storyErrored: (arg) => finish({ rendered: false, problem: `story errored: ${JSON.stringify(arg)}` }),
            storyThrewException: (arg) => finish({ rendered: false, problem: `story threw: ${String((arg as Error)?.message ?? arg)}` }),
            storyMissing: () => finish({ rendered: false, problem: `story ${id} is missing` }),
          };
          const timer = setTimeout(() => finish({ rendered: false, problem: `story ${id} did not render within 10 s` }), 10_000);
          function finish(outcome: RenderOutcome) {
            clearTimeout(timer);
            for (const [event, fn] of Object.entries(handlers)) channel.off(event, fn);
            resolve(outcome);
          }
          for (const [event, fn] of Object.entries(handlers)) channel.on(event, fn);
          void w.__STORYBOOK_PREVIEW__.onSetCurrentStory({ storyId: id, viewMode: 'story' });
        }),
      storyId,
    );
  }

  close(): Promise<void> {
    return this.page.close();
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
      // Four pages side by side, each showing its share of the stories one after another.
      const viewers = await Promise.all(Array.from({ length: 4 }, () => StoryViewer.open(open, url)));
      let next = 0;
      results = new Array(entries.length);
      await Promise.all(
        viewers.map(async (viewer) => {
          while (next < entries.length) {
            const index = next++;
            results[index] = await viewer.check(entries[index]!);
          }
          await viewer.close();
        }),
      );
    } finally {
      await browser?.close();
      await server?.close();
    }
  });

  it('has a story for every element, from the story file in its folder', () => {
    for (const element of ELEMENT_TAGS) {
      const files = new Set(entries.filter((entry) => entry.title.replace(/^.*\//, '') === element).map((entry) => entry.importPath));
      expect([...files], element).to.deep.equal([`./packages/elements/src/${element}/${element}.stories.ts`]);
    }
  });

  entries.forEach((entry, index) => {
    it(`${entry.title} / ${entry.name}: renders, and axe finds no violation`, () => {
      expect(results[index]!.errors, 'page errors').to.deep.equal([]);
      expect(results[index]!.violations, 'axe violations').to.deep.equal([]);
    });
  });
});
