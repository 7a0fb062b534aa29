/**
 * @plan-kit/elements: defines every element (the registry's, `./registry.ts`) before anything
 * that imports it runs. Import one element's module (`@plan-kit/elements/plan-progress-gauge.js`)
 * to have only that, or the loader (`@plan-kit/elements/loader.js`) to define each element when
 * its tag first appears in the page.
 */
import { formatDate } from '@plan-kit/content';
import { gaugeFromPlan } from './plan-progress-gauge/plan-progress-gauge.js';
import { indicatorFigures } from './plan-progress-gauge/gauge-indicator.js';
import { ELEMENTS } from './registry.js';
import { planDataContext, planFeed } from './shared/on-demand.js';
import { consumePlanContext } from './shared/plan-data-context.js';
import { PlanFeed, errorDetail } from './shared/plan-feed.js';
import './shared/plan-loading.js';

// Whoever takes every element at once (the site's server render, plan-kit-all.js) has the loader,
// the validator (plan-loading.ts provides itself as it runs) and the context at once too, so that
// a plan object is checked in the render that shows it.
planDataContext.provide({ consumePlanContext });
planFeed.provide({ PlanFeed, errorDetail });
gaugeFromPlan.provide({ indicatorFigures, formatDate });

await Promise.all(ELEMENTS.map((element) => element.load()));

export { ELEMENTS, ELEMENT_TAGS, DATA_ELEMENTS, elementEntry, type ElementEntry, type ElementTag, type ElementTakes } from './registry.js';
export { PlanElement } from './shared/plan-element.js';
export { PLAN_KIT_ERROR_KINDS, PlanKitError, planKitErrorOf, type PlanKitErrorKind, type PlanKitErrorShape } from '@plan-kit/content';
export { PlanSetElement } from './shared/plan-set-element.js';
export { planContext, type PlanState } from './shared/plan-context.js';
export type { PlanErrorDetail, PlanErrorEvent, PlanLoadDetail, PlanLoadEvent } from './shared/events.js';
export { loadMarkdown, markdownRenderCount } from './shared/rich-text.js';
