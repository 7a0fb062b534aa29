/**
 * Prerender cost, for `npm run bench`: the whole site build (Vite's client bundle, then Lit SSR of
 * every page) and the time per page, per plan, and for a synthetic plan ten times the size of
 * 2022-26, so that the growth with content size shows. Median of several builds, into a
 * temporary folder (dist/site is left alone).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Outcome, Plan } from '@plan-kit/content';
import { buildSite } from '../site/src/build.ts';
import { REPO_ROOT } from '../scripts/embed-bundle.ts';
import { median } from './stats.ts';

export interface PlanPrerender {
  /** A plan id, or "site" for the pages that belong to no plan (home, A to Z, search ...). */
  plan: string;
  pages: number;
  totalMs: number;
  msPerPage: number;
}

export interface PrerenderFigures {
  builds: number;
  viteBuildMs: number;
  prerenderMs: number;
  /** Vite's build and the prerender together: what `npm run build:site` costs. */
  siteBuildMs: number;
  pages: number;
  plans: PlanPrerender[];
  /** The same build with a synthetic plan ten times the size of 2022-26 added. */
  synthetic: PlanPrerender & { sizeRatio: number; prerenderMs: number };
}

const BUILDS = 3;
export const SYNTHETIC_ID = 'synthetic-10x';
const SCALE = 10;

/**
 * 2022-26 with its outcomes repeated ten times (copies after the first get new ids and numbers,
 * so every page and reference stays unique and the plan stays valid).
 */
export function syntheticPlan(base: Plan, scale = SCALE): Plan {
  const copy = (outcome: Outcome, k: number): Outcome => {
    if (k === 0) return outcome;
    const suffix = `-copy-${k}`;
    return {
      ...outcome,
      id: `${outcome.id}${suffix}`,
      number: outcome.number ? `${outcome.number}${suffix}` : undefined,
      subOutcomes: outcome.subOutcomes.map((sub) => ({
        ...sub,
        id: `${sub.id}${suffix}`,
        number: sub.number ? `${sub.number}${suffix}` : undefined,
        aims: sub.aims?.map((aim) => ({
          ...aim,
          id: `${aim.id}${suffix}`,
          indicators: aim.indicators?.map((indicator) => ({ ...indicator, id: `${indicator.id}${suffix}` })),
        })),
      })),
    };
  };
  return {
    ...base,
    id: SYNTHETIC_ID,
    title: `${base.title} (synthetic, ${scale} times the size)`,
    outcomes: Array.from({ length: scale }, (_, k) => base.outcomes.map((o) => copy(o, k))).flat(),
  };
}

/** Which plan a page belongs to, from its path ("plans/2022-26/outcomes/..."). */
function planOfPage(path: string): string {
  return /^plans\/([^/]+)\//.exec(path)?.[1] ?? 'site';
}

function byPlan(timings: { path: string; ms: number }[]): PlanPrerender[] {
  const groups = new Map<string, number[]>();
  for (const { path, ms } of timings) groups.set(planOfPage(path), [...(groups.get(planOfPage(path)) ?? []), ms]);
  return [...groups].map(([plan, times]) => {
    const totalMs = times.reduce((a, b) => a + b, 0);
    return { plan, pages: times.length, totalMs, msPerPage: totalMs / times.length };
  });
}

/** The median build of several, plan by plan. */
function medianPlans(builds: PlanPrerender[][]): PlanPrerender[] {
  return builds[0]!.map(({ plan, pages }) => {
    const totalMs = median(builds.map((b) => b.find((p) => p.plan === plan)!.totalMs));
    return { plan, pages, totalMs, msPerPage: totalMs / pages };
  });
}

export async function measurePrerender(): Promise<PrerenderFigures> {
  const { build } = await import('vite');
  const work = mkdtempSync(join(tmpdir(), 'plan-kit-prerender-'));
  const outDir = join(work, 'site');
  try {
    const viteTimes: number[] = [];
    for (let i = 0; i < BUILDS; i++) {
      const started = performance.now();
      await build({ configFile: join(REPO_ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
      viteTimes.push(performance.now() - started);
    }
    // The client assets stay; each prerender writes the pages over them again.
    const prerender = async (contentDir?: string) => {
      const builds: PlanPrerender[][] = [];
      const totals: number[] = [];
      for (let i = 0; i < BUILDS; i++) {
        const started = performance.now();
        const { timings } = await buildSite({ contentDir, outDir });
        totals.push(performance.now() - started);
        builds.push(byPlan(timings));
      }
      return { plans: medianPlans(builds), totalMs: median(totals) };
    };
    const real = await prerender();

    const contentDir = join(work, 'content');
    cpSync(join(REPO_ROOT, 'content/site.json'), join(contentDir, 'site.json'));
    cpSync(join(REPO_ROOT, 'content/plans'), join(contentDir, 'plans'), { recursive: true });
    const base = JSON.parse(readFileSync(join(REPO_ROOT, 'content/plans/2022-26.json'), 'utf8')) as Plan;
    writeFileSync(join(contentDir, 'plans', `${SYNTHETIC_ID}.json`), JSON.stringify(syntheticPlan(base)));
    const withSynthetic = await prerender(contentDir);
    const synthetic = withSynthetic.plans.find((p) => p.plan === SYNTHETIC_ID)!;
    const reference = real.plans.find((p) => p.plan === '2022-26')!;

    const viteBuildMs = median(viteTimes);
    return {
      builds: BUILDS,
      viteBuildMs,
      prerenderMs: real.totalMs,
      siteBuildMs: viteBuildMs + real.totalMs,
      pages: real.plans.reduce((sum, p) => sum + p.pages, 0),
      plans: real.plans,
      synthetic: { ...synthetic, sizeRatio: synthetic.pages / reference.pages, prerenderMs: withSynthetic.totalMs },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
