/**
 * The elements about how plans were made and how they changed: `<plan-timeline>`,
 * `<plan-consultation>` and `<plan-lineage>`. `@plan-kit/elements` (and the embed bundle) loads
 * this module only when a page has one of them (see shared/lazy-history.ts); import it, or one
 * element's own module, to have them at once.
 */
export { PlanTimeline } from './plan-timeline/plan-timeline.js';
export { PlanConsultation } from './plan-consultation/plan-consultation.js';
export { PlanLineage } from './plan-lineage/plan-lineage.js';
export { PlanSetElement } from './shared/plan-set-element.js';
