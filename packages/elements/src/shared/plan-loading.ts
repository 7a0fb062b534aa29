/**
 * What an element needs to get a plan by `src` or check one given as an object: the content
 * model's loader and validator (Valibot and the schema) and the errors they report, the loading
 * states (plan-source.ts) and the check of plan objects (plan-check.ts). The largest part of what
 * a data element needs, and none of what a gauge given its figures as attributes needs, so
 * elements import this module the first time one has a `src` or a plan object not known valid
 * (`planLoading` in on-demand.ts): in the embed bundle it is a chunk of its own, which
 * `<plan-data>` imports at once and the loader starts early for an element with a `src`.
 * `@plan-kit/elements` (the index, which the site's server render and `plan-kit-all.js` use)
 * imports it at once too, so that there a plan object is checked in the same render that shows it.
 * A module that imports it statically (`<plan-data>`, provide-on-demand.ts) gives it to
 * `planLoading`; it imports nothing that leads back to on-demand.ts.
 */

export { loadPlan } from '@plan-kit/content';
export { planObjectsState } from './plan-check.js';
export { PlanSource, timeoutOption } from './plan-source.js';
