/**
 * Render cost in headless Chromium, for `npm run bench`: the time from inserting elements into a
 * page to their `plan-load` and the next paint, for the outcomes matrix of the real 2022-26 plan
 * and for 10, 100 and 1,000 gauges on one page. Each is measured against a baseline in the same
 * page and the same run: the same shadow trees built with plain DOM calls (bench/render/harness.js).
 * The same runs also give the time to a forced style and layout just after `plan-load`: the
 * main thread's work alone, without the wait for the next frame.
 *
 * The machines are shared and noisy, so runs of the two alternate (which goes first alternates
 * too), the first runs are warm-up, each figure is the median, and the result is the ratio.
 */
import type { Browser } from 'playwright-core';
import { serveStatic } from '../scripts/serve-static.ts';
import { launchChromium } from '../test/helpers/chromium.ts';
import { ensureEmbed } from '../scripts/embed-bundle.ts';
import { median } from './stats.ts';

export interface RenderScenario {
  key: string;
  label: string;
  kind: 'matrix' | 'gauges';
  n?: number;
}

export interface RenderFigures {
  scenario: RenderScenario;
  runs: number;
  planKitMs: number;
  plainMs: number;
  ratio: number;
  /**
   * The same runs to a forced style and layout right after `plan-load` (the main thread's own
   * work, without the wait for the compositor's next frame, which on a shared machine comes in
   * steps of a few milliseconds that are as large as a small scenario's whole difference).
   */
  planKitLayoutMs: number;
  plainLayoutMs: number;
  layoutRatio: number;
  /** Both ways showed the same words. */
  sameText: boolean;
}

export const GAUGE_COUNTS = [10, 100, 1000] as const;

export const RENDER_SCENARIOS: RenderScenario[] = [
  { key: 'matrix', label: 'outcomes matrix, 2022-26', kind: 'matrix' },
  ...GAUGE_COUNTS.map((n): RenderScenario => ({ key: `gauges-${n}`, label: `${n.toLocaleString('en-GB')} gauges`, kind: 'gauges', n })),
];

const WARM_UP = 2;
/** More runs for the small scenarios: a few milliseconds each, where the timer's 0.1 ms steps and the frame's steps are a large share. */
const runsFor = (scenario: RenderScenario) => (scenario.n && scenario.n >= 1000 ? 7 : scenario.n && scenario.n >= 100 ? 21 : 41);

export async function measureRender(): Promise<RenderFigures[]> {
  await ensureEmbed();
  const server = await serveStatic();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium(['--js-flags=--expose-gc', '--disable-frame-rate-limit', '--disable-gpu-vsync']);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/bench/render/page.html`);
    await page.waitForFunction(() => 'renderBench' in window);
    await page.evaluate((url) => window.renderBench.prepare(url), '/content/plans/2022-26.json');

    const figures: RenderFigures[] = [];
    for (const scenario of RENDER_SCENARIOS) {
      const planKit: number[] = [];
      const plain: number[] = [];
      const planKitLayout: number[] = [];
      const plainLayout: number[] = [];
      const runs = runsFor(scenario);
      for (let i = 0; i < WARM_UP + runs; i++) {
        const order = i % 2 === 0 ? ['plan-kit', 'plain'] : ['plain', 'plan-kit'];
        // The plain build copies a plan-kit render, so the very first run renders plan-kit first.
        const result = await page.evaluate(([s, o]) => window.renderBench.run(s, o), [scenario, i === 0 ? ['plan-kit', 'plain'] : order] as const);
        if (i < WARM_UP) continue;
        planKit.push(result['plan-kit']!);
        plain.push(result.plain!);
        planKitLayout.push(result['plan-kit:layout']!);
        plainLayout.push(result['plain:layout']!);
      }
      const sameText = await page.evaluate((s) => window.renderBench.sameText(s), scenario);
      const planKitMs = median(planKit);
      const plainMs = median(plain);
      const planKitLayoutMs = median(planKitLayout);
      const plainLayoutMs = median(plainLayout);
      figures.push({
        scenario,
        runs,
        planKitMs,
        plainMs,
        ratio: planKitMs / plainMs,
        planKitLayoutMs,
        plainLayoutMs,
        layoutRatio: planKitLayoutMs / plainLayoutMs,
        sameText,
      });
    }
    if (errors.length) throw new Error(`The render benchmark page had errors: ${errors.join('; ')}`);
    return figures;
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** How time grows with the number of gauges from `from` to `to`: 1.0 is linear. */
export function growthExponent(figures: RenderFigures[], pick: (f: RenderFigures) => number, from = 100, to = 1000): number {
  const at = (n: number) => pick(figures.find((f) => f.scenario.n === n)!);
  return Math.log(at(to) / at(from)) / Math.log(to / from);
}

declare global {
  interface Window {
    renderBench: {
      prepare(planUrl: string): Promise<void>;
      run(scenario: RenderScenario, order: readonly string[]): Promise<Record<string, number>>;
      sameText(scenario: RenderScenario): Promise<boolean>;
    };
  }
}
