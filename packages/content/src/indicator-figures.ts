/**
 * An indicator's figures: the latest and the one before, and which are examples. Look-ups
 * (lookup.ts re-exports them), in a module of their own so that the embed bundle gives them only
 * to the elements that show indicators. Statuses and changes are the progress method's (progress.ts).
 */
import type { DatedValue, ImportRecord, Indicator } from './types.js';

export function latestValue(indicator: Indicator): DatedValue | undefined {
  return indicator.history.at(-1);
}

/**
 * Whether one figure is an example rather than a council figure: every figure is when the
 * indicator says so (`example: true`), otherwise the figure says so itself. An import of real
 * figures clears the indicator's flag and marks the example figures it leaves one by one, so a
 * history that mixes both is labelled figure by figure.
 */
export function isExampleValue(indicator: Indicator, value: DatedValue | undefined): boolean {
  return value !== undefined && (indicator.example === true || value.example === true);
}

/** Every figure of an indicator: baseline, history (oldest first) and target. */
export function datedValuesOf(indicator: Indicator): DatedValue[] {
  return [
    ...(indicator.baseline ? [indicator.baseline] : []),
    ...indicator.history,
    ...(indicator.target ? [indicator.target] : []),
  ];
}

/** Whether some figure of the indicator is an example. */
export function hasExampleFigures(indicator: Indicator): boolean {
  return indicator.example === true || datedValuesOf(indicator).some((value) => value.example === true);
}

/** The figure before the latest one, where there is one. */
export function previousValue(indicator: Indicator): DatedValue | undefined {
  return indicator.history.at(-2);
}

/**
 * When the indicator's figures were last updated, and from which file: the newest import that
 * brought one of its figures (none while all its figures are the content's own).
 */
export function lastImport(indicator: Indicator): ImportRecord | undefined {
  let newest: ImportRecord | undefined;
  for (const value of datedValuesOf(indicator)) {
    if (value.imported && (!newest || value.imported.date > newest.date)) newest = value.imported;
  }
  return newest;
}
