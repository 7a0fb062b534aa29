/**
 * Render cost in headless Chromium, for `npm run bench`: the time from inserting elements into a
 * page to their `plan-load` and the next paint, for the outcomes matrix of the real 2022-26 plan
 * and for 10, 100 and 1,000 gauges on one page. Each is measured against a baseline in the same
 * page and the same run: the same shadow trees built with plain DOM calls (bench/render/harness.js).
 * The same runs also give the time to a forced style and layout just after `plan-load`: the
 * main thread's work alone, without the wait for the next frame.
 *
 * The machines are shared and noisy, so runs of the two alternate (which goes first alternates
 * too) and the first runs are warm-up. Each run renders both ways back to back, under the same
 * load: the ratio is the median of the runs' own ratios, so that a burst of load from another
 * process counts against both ways of one run rather than against whichever way's median it
 * happened to fall in (the milliseconds shown are each way's median). The page is served
 * cross-origin isolated, which gives `performance.now()` steps of 5 µs instead of 100 µs (a
 * matrix takes a few milliseconds).
 */
import type { Browser } from 'playwright-core';
import { serveStatic } from '../scripts/serve-static.ts';
import { launchChromium } from '../test/helpers/chromium.ts';
import { ensureEmbed } from '../scripts/embed-bundle.ts';
import { median, quantile } from './stats.ts';

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
  /** The median of the runs' ratios (plan-kit over plain DOM, each run both ways). */
  ratio: number;
  /** The middle half of the runs' ratios: the first and third quartiles. */
  ratioSpread: [number, number];
  /**
   * The same runs to a forced style and layout right after `plan-load` (the main thread's own
   * work, without the wait for the compositor's next frame, which on a shared machine comes in
   * steps of a few milliseconds that are as large as a small scenario's whole difference).
   */
  planKitLayoutMs: number;
  plainLayoutMs: number;
  layoutRatio: number;
  layoutRatioSpread: [number, number];
  /** Both ways showed the same words. */
  sameText: boolean;
}

export const GAUGE_COUNTS = [10, 100, 1000] as const;

export const RENDER_SCENARIOS: RenderScenario[] = [
  { key: 'matrix', label: 'outcomes matrix, 2022-26', kind: 'matrix' },
  ...GAUGE_COUNTS.map((n): RenderScenario => ({ key: `gauges-${n}`, label: `${n.toLocaleString('en-GB')} gauges`, kind: 'gauges', n })),
];

const WARM_UP = 2;
/** More runs for the small scenarios: a few milliseconds each, where the frame's steps and a moment's load are a large share. */
const runsFor = (scenario: RenderScenario) => (scenario.n && scenario.n >= 1000 ? 7 : scenario.n && scenario.n >= 100 ? 21 : 81);

/** Fine timers: `performance.now()` in 5 µs steps rather than 100 µs, on a cross-origin isolated page. */
const CROSS_ORIGIN_ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

/** The median and the middle half of the runs' own ratios, `a[i] / b[i]`. */
function pairedRatio(a: number[], b: number[]): { ratio: number; spread: [number, number] } {
  const ratios = a.map((x, i) => x / b[i]!);
  return { ratio: median(ratios), spread: [quantile(ratios, 0.25), quantile(ratios, 0.75)] };
}

export async function measureRender(): Promise<RenderFigures[]> {
  await ensureEmbed();
  const server = await serveStatic({ headers: CROSS_ORIGIN_ISOLATED });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium(['--js-flags=--expose-gc', '--disable-frame-rate-limit', '--disable-gpu-vsync']);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/bench/render/page.html`);
    await page.waitForFunction(() => 'renderBench' in window);
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('The render benchmark page is not cross-origin isolated: its timer would step by 100 µs');
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
      const paint = pairedRatio(planKit, plain);
      const layout = pairedRatio(planKitLayout, plainLayout);
      figures.push({
        scenario,
        runs,
        planKitMs: median(planKit),
        plainMs: median(plain),
        ratio: paint.ratio,
        ratioSpread: paint.spread,
        planKitLayoutMs: median(planKitLayout),
        plainLayoutMs: median(plainLayout),
        layoutRatio: layout.ratio,
        layoutRatioSpread: layout.spread,
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
