/**
 * The plans and URLs the stories use, in one place (as GOV.UK Frontend keeps each component's
 * examples in one data file): the real plans from content/plans, the named edge-case fixtures
 * from test/fixtures/plans, and URLs for each way loading can fail.
 */
import type { Plan } from '@plan-kit/content';
import delivery from '../../test/fixtures/plans/delivery.json';
import importedFigures from '../../test/fixtures/plans/imported-figures.json';
import longTitles from '../../test/fixtures/plans/long-titles.json';
import manyOutcomes from '../../test/fixtures/plans/many-outcomes.json';
import minimal from '../../test/fixtures/plans/minimal.json';

// Every plan in content/plans, found at build time: a plan file added there appears in the
// stories without a change here, and a missing one does not break the build.
const found = import.meta.glob<Plan>('../../content/plans/*.json', { eager: true, import: 'default' });

/** The real plans by id (file name): "2014-18", "2017-21-discussion", "2022-26". */
export const realPlans: Record<string, Plan> = Object.fromEntries(
  Object.entries(found).map(([path, plan]) => [path.replace(/^.*\/([^/]+)\.json$/, '$1'), plan]),
);

/** The plan that stories loading by `src` use: the current plan, or whichever real plan there is. */
export const defaultPlanId = '2022-26' in realPlans ? '2022-26' : (Object.keys(realPlans).sort().at(-1) ?? '2022-26');

/** The edge-case fixtures (valid plans; `npx plan-kit validate` checks them). */
export const fixtures = {
  minimal: minimal as unknown as Plan,
  'long-titles': longTitles as unknown as Plan,
  'many-outcomes': manyOutcomes as unknown as Plan,
  'imported-figures': importedFigures as unknown as Plan,
  delivery: delivery as unknown as Plan,
};

/** Every plan a story can pick, by name: the choices of the `plan` control. */
export const plans: Record<string, Plan | undefined> = { none: undefined, ...realPlans, ...fixtures };

/** The real plans, earliest first. */
const realInOrder = Object.values(realPlans).sort((a, b) => a.period.start - b.period.start || a.period.end - b.period.end);

/**
 * Sets of plans for the elements that show several (`.plans`): the choices of the `plans` control.
 * The fixtures' lineage runs minimal → long-titles → many-outcomes.
 */
export const planSets: Record<string, Plan[] | undefined> = {
  none: undefined,
  'all real plans': realInOrder,
  'the last two real plans': realInOrder.slice(-2),
  'minimal and long-titles': [fixtures.minimal, fixtures['long-titles']],
  'long-titles and many-outcomes': [fixtures['long-titles'], fixtures['many-outcomes']],
};

export const planSetArgType = {
  name: 'plans',
  description: 'Several plans as objects (`.plans = [a, b]`), for the timeline of every plan and the lineage.',
  options: Object.keys(planSets),
  control: { type: 'select' },
  table: { category: 'properties' },
} as const;

/** The `plan` control: pick a plan by name; the story's render looks the object up (`planOf`). */
export const planArgType = {
  name: 'plan',
  description: 'The plan as an object (`.plan = obj`). Pick one of the real plans or a fixture.',
  options: Object.keys(plans),
  control: { type: 'select' },
  table: { category: 'properties' },
} as const;

// URLs are relative to the story's page (iframe.html), so they work in `storybook dev` and in a
// static build served from any folder. Storybook serves content/plans at plans/ and
// test/fixtures/plans at fixtures/ (staticDirs in .storybook/main.ts).
export const planUrl = (id: string) => `plans/${id}.json`;

/** Every real plan's URL, separated by spaces: `src` for an element that shows several plans. */
export const ALL_PLAN_URLS = realInOrder.map((plan) => planUrl(plan.id)).join(' ');

/** A request that never answers (see network.ts): the element stays "Loading the plan…" until the loader's 15 s timeout. */
export const NEVER_ANSWERS = 'never-answers/plan.json';
/** A plan that arrives after two seconds (see network.ts): loading, then ready. */
export const SLOW = (id: string) => `slow/2000/plans/${id}.json`;
/** A file that is not there: HTTP 404. */
export const NOT_FOUND = 'plans/no-such-plan.json';
/** A plan file that fails validation: the element lists each problem with its path. */
export const INVALID = 'fixtures/invalid.json';
/** Broken JSON. */
export const NOT_JSON = 'data:application/json,{"id": "broken", "title": "A plan cut off';
/** A web page where a plan was expected (a wrong address on many servers gives one). */
export const HTML_PAGE = 'iframe.html';

/** A sub-outcome reference that the plan has, preferring `preferred`, for card stories. */
export function refIn(plan: Plan | undefined, preferred?: string): string | undefined {
  const subs = plan?.outcomes.flatMap((o) => o.subOutcomes) ?? [];
  const wanted = subs.find((s) => s.number === preferred || s.id === preferred);
  const best = wanted ?? subs.find((s) => s.aims?.some((a) => a.indicators?.length)) ?? subs.find((s) => s.aims?.length) ?? subs[0];
  return best ? (best.number ?? best.id) : preferred;
}

/** The id of an indicator in the plan, preferring `preferred`, for gauge stories. */
export function indicatorIn(plan: Plan | undefined, preferred?: string): string | undefined {
  const indicators =
    plan?.outcomes.flatMap((o) => o.subOutcomes.flatMap((s) => (s.aims ?? []).flatMap((a) => a.indicators ?? []))) ?? [];
  return (indicators.find((i) => i.id === preferred) ?? indicators[0])?.id ?? preferred;
}
