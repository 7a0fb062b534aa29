/**
 * @plan-kit/elements: registers every element. Import single elements from
 * `@plan-kit/elements/plan-progress-gauge.js` (and so on) to load only what a page uses.
 *
 * `<plan-timeline>`, `<plan-consultation>` and `<plan-lineage>` are loaded on demand, when the
 * page first has one of them (`@plan-kit/elements/history.js` has them all at once).
 */
import { watchForHistoryElements } from './shared/lazy-history.js';

export { PlanData } from './plan-data/plan-data.js';
export { PlanProgressGauge } from './plan-progress-gauge/plan-progress-gauge.js';
export { PlanVision } from './plan-vision/plan-vision.js';
export { PlanOutcomesMatrix } from './plan-outcomes-matrix/plan-outcomes-matrix.js';
export { PlanSubOutcomeCard } from './plan-sub-outcome-card/plan-sub-outcome-card.js';
export { PlanElement, PlanRefError } from './shared/plan-element.js';
export { planContext, type PlanState } from './shared/plan-context.js';
export type { PlanErrorDetail, PlanErrorEvent, PlanLoadDetail, PlanLoadEvent } from './shared/events.js';
export { loadMarkdown, markdownRenderCount } from './shared/rich-text.js';
export { HISTORY_TAGS, loadHistoryElements } from './shared/lazy-history.js';

watchForHistoryElements();
