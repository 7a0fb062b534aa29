/**
 * Modules an element imports the first time it needs them, so that a page pays only for what its
 * elements use (in the embed bundle the plan feed and the plan loader share a chunk, the context
 * has one of its own): a gauge given its figures as attributes loads none of them. A module that
 * imports one statically (`<plan-data>`, the index, which the site's server render and
 * plan-kit-all.js use) provides it, and from then on elements use it in the same render, without
 * waiting.
 *
 * No module loaded this way imports back the module that loads it (a lint rule, import-x/no-cycle,
 * holds this): a slot whose module provides itself as it loads (`<plan-data>`'s context) is made
 * without its import, which the one module that loads it passes to `load`.
 */
export interface OnDemand<M> {
  /** The module, once it has loaded (or been provided). */
  readonly loaded: M | undefined;
  /** Imports the module, once however many elements ask (with `importModule` where the slot was made without one). */
  load(importModule?: () => Promise<M>): Promise<M>;
  /** Gives the module, imported statically by the caller. */
  provide(module: M): void;
}

/** A module imported on first need, once (and provided instead where the caller imports it statically). */
export function onDemand<M>(importModule?: () => Promise<M>): OnDemand<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    get loaded() {
      return loaded;
    },
    load(importNow = importModule!) {
      loading ??= importNow().then((module) => (loaded = module));
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
 * `<plan-data>`'s module provides it, so the plan feed (plan-feed.ts) passes the import to `load`.
 */
export const planDataContext = onDemand<typeof import('./plan-data-context.js')>();

// Where an element's plan comes from (`planFeed`, plan-feed.ts) is in plan-element.ts.
