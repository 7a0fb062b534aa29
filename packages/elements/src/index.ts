/**
 * @plan-kit/elements: defines every element (the registry's, `./registry.ts`) before anything
 * that imports it runs. Import one element's module (`@plan-kit/elements/plan-progress-gauge.js`)
 * to have only that, or the loader (`@plan-kit/elements/loader.js`) to define each element when
 * its tag first appears in the page.
 */
import { ELEMENTS } from './registry.js';
import './shared/provide-on-demand.js';

await Promise.all(ELEMENTS.map((element) => element.load()));

export { ELEMENTS, ELEMENT_TAGS, DATA_ELEMENTS, elementEntry, type ElementEntry, type ElementTag, type ElementTakes } from './registry.js';
export { PlanElement } from './shared/plan-element.js';
export { PLAN_KIT_ERROR_KINDS, PlanKitError, planKitErrorOf, type PlanKitErrorKind, type PlanKitErrorShape } from '@plan-kit/content';
export { PlanSetElement } from './shared/plan-set-element.js';
export { planContext, type PlanState } from './shared/plan-context.js';
export type { PlanErrorDetail, PlanErrorEvent, PlanLoadDetail, PlanLoadEvent } from './shared/events.js';
export { loadMarkdown, markdownRenderCount } from './shared/rich-text.js';
