/**
 * Every element of plan-kit, once. The index (which defines them all), the loader (which defines
 * each when its tag first appears), Storybook, the tests and the bench read this list; nothing
 * else names the elements one by one. `npm run new:element -- plan-foo` adds an entry here, with
 * the element's folder, story and test file.
 *
 * An entry's `load` is the element's own module (`src/<tag>/<tag>.ts`, which defines the tag):
 * a dynamic import, so that a bundler makes each module a file of its own and the modules share
 * chunks (Lit, the content model, d3) rather than each carrying a copy.
 *
 * This module imports nothing: the loader is built from it, and an element module that imported
 * what the loader imports would make the bundler load the loader back from the element's chunk.
 */

/** What an element shows its content from. */
export type ElementTakes =
  /** It loads a plan (`src`) and gives it to the elements inside it: `<plan-data>`. */
  | 'plan-source'
  /** One plan: `.plan`, `src`, or the enclosing `<plan-data>`. */
  | 'plan'
  /** Several plans (`.plans`, `src` with several URLs), or one as above. */
  | 'plans'
  /** A plan as above, or its own attributes alone. */
  | 'plan-or-attributes';

export interface ElementEntry {
  /** The tag, which is also the name of the element's folder and module. */
  readonly tag: `plan-${string}`;
  /** Defines the tag (imports the element's module). */
  readonly load: () => Promise<unknown>;
  readonly takes: ElementTakes;
  /** The attribute that picks the element's part of the plan ("9.3"), if any. */
  readonly selectsBy?: 'ref' | 'indicator' | 'outcome';
  /** Other elements it renders inside its shadow root (its module defines them too). */
  readonly renders?: readonly `plan-${string}`[];
}

export const ELEMENTS = [
  { tag: 'plan-data', load: () => import('./plan-data/plan-data.js'), takes: 'plan-source' },
  { tag: 'plan-vision', load: () => import('./plan-vision/plan-vision.js'), takes: 'plan' },
  { tag: 'plan-outcomes-matrix', load: () => import('./plan-outcomes-matrix/plan-outcomes-matrix.js'), takes: 'plan' },
  {
    tag: 'plan-sub-outcome-card',
    load: () => import('./plan-sub-outcome-card/plan-sub-outcome-card.js'),
    takes: 'plan',
    selectsBy: 'ref',
    renders: ['plan-progress-gauge'],
  },
  { tag: 'plan-progress-gauge', load: () => import('./plan-progress-gauge/plan-progress-gauge.js'), takes: 'plan-or-attributes', selectsBy: 'indicator' },
  { tag: 'plan-timeline', load: () => import('./plan-timeline/plan-timeline.js'), takes: 'plans' },
  { tag: 'plan-consultation', load: () => import('./plan-consultation/plan-consultation.js'), takes: 'plan', selectsBy: 'outcome' },
  { tag: 'plan-lineage', load: () => import('./plan-lineage/plan-lineage.js'), takes: 'plans' },
  { tag: 'plan-indicator-chart', load: () => import('./plan-indicator-chart/plan-indicator-chart.js'), takes: 'plan', selectsBy: 'indicator' },
  { tag: 'plan-scorecard', load: () => import('./plan-scorecard/plan-scorecard.js'), takes: 'plan', selectsBy: 'outcome' },
  // new:element adds entries above this line.
] as const satisfies readonly ElementEntry[];

export type ElementTag = (typeof ELEMENTS)[number]['tag'];

/** Every tag, in the registry's order (which is also Storybook's). */
export const ELEMENT_TAGS: readonly ElementTag[] = /* @__PURE__ */ ELEMENTS.map((element) => element.tag);

/** The elements that show part of a plan (all but `<plan-data>`, which gives one to them). */
export const DATA_ELEMENTS: readonly ElementEntry[] = /* @__PURE__ */ ELEMENTS.filter((element) => element.takes !== 'plan-source');

/** The entry for a tag, if it is one of plan-kit's. */
export function elementEntry(tag: string): ElementEntry | undefined {
  return ELEMENTS.find((element) => element.tag === tag);
}
