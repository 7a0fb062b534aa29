/**
 * @plan-kit/content: the plan content model. Markdown rendering is a separate entry
 * (`@plan-kit/content/markdown`) so that pages without markdown do not load it.
 */
export * from './schema.js';
export type * from './types.js';
export { validatePlan, validatePlanForDisplay, checkPlanSet, type PlanCheck, type ValidateOptions, type ValidationResult } from './validate.js';
export { isValidatedPlan } from './validated.js';
export { formatPath, formatProblem, type PathItem, type Problem, type Severity } from './problems.js';
export * from './errors.js';
export * from './load-errors.js';
export { loadPlan, clearPlanCache, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type LoadPlanOptions } from './loader.js';
export * from './lookup.js';
export * from './delivery.js';
export { contrastRatio, AA_TEXT_CONTRAST } from './contrast.js';
export { isSafeUrl, SAFE_URL } from './url.js';
export { isoDay, compareDayToPeriod, comparePlanPeriods, dateSortKey, consultationStatus, type ConsultationStatus } from './dates.js';
export { timelineOf, entryIsAbout, entryRefs, type EntryRef, type PlanTimelineEntry } from './timeline.js';
export * from './lineage.js';
export { capitalise, formatCitation, formatDate, formatValue, paragraphWords } from './format.js';
export { type TravelWords, travelWords } from './travel.js';
export { fillLinkTemplate, itemUrl, itemUrls, linkFiller, type LinkValues } from './link-template.js';
