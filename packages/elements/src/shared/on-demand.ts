/**
 * Modules an element imports the first time it needs them, so that a page pays only for what its
 * elements use (in the embed bundle the plan feed and the plan loader share a chunk, the context
 * has one of its own): a gauge given its figures as attributes loads none of them. A module that
 * imports one statically (`<plan-data>`, the index, which the site's server render and
 * plan-kit-all.js use) provides it, and from then on elements use it in the same render, without
 * waiting.
 */
export interface OnDemand<M> {
  /** The module, once it has loaded (or been provided). */
  readonly loaded: M | undefined;
  /** Imports the module, once however many elements ask. */
  load(): Promise<M>;
  /** Gives the module, imported statically by the caller. */
  provide(module: M): void;
}

/** A module imported on first need, once (and provided instead where the caller imports it statically). */
export function onDemand<M>(importModule: () => Promise<M>): OnDemand<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    get loaded() {
      return loaded;
    },
    load() {
      loading ??= importModule().then((module) => (loaded = module));
      return loading;
    },
    provide(module) {
      loaded = module;
      loading ??= Promise.resolve(module);
    },
  };
}

/** The plan loader and validator (plan-loading.ts): for an element with a `src` or a plan object to check. */
export const planLoading = onDemand(() => import('./plan-loading.js'));

/**
 * The context that brings an enclosing `<plan-data>`'s plan (plan-data-context.ts): for an element
 * with no plan of its own. Imported with `<plan-data>`'s module, which such an element's page has
 * anyway, so that the context's consumer and provider are one file (0.4 KB gzip less on a page
 * with `<plan-data>`; an element with no plan and no `<plan-data>` around it loads 0.3 KB more).
 */
export const planDataContext = onDemand<typeof import('./plan-data-context.js')>(() => import('../plan-data/plan-data.js'));

/** Where an element's plan comes from (plan-feed.ts): for an element that needs a plan, which a gauge given attributes does not. */
export const planFeed = onDemand(() => import('./plan-feed.js'));
