/**
 * What a gauge imports when it first has an `indicator` (`gaugeFromPlan`). Only a re-export: the
 * embed bundle puts gauge-indicator.ts itself in the chunk of the elements that show indicators
 * (whose look-ups it uses), and this module stays a file of a few bytes that imports it, where a
 * chunk of its own would cost a page with a card and its gauges some 0.3 KB gzip more.
 */
export { assessmentLines, changeRows, indicatorFigures } from './gauge-indicator.js';
// An indicator's figures are the gauge's only dates: their words come with them.
export { formatDate } from '@plan-kit/content';
