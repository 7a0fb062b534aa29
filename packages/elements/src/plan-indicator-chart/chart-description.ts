/**
 * The chart in words: what a screen reader hears for the drawing and what every reader sees under
 * it. It states the first and latest figure, which way is better, whether that is better, and the
 * target, e.g. "Fell from 14.6% in March 2022 to 12.8% in March 2025 (lower is better, so this is
 * an improvement). Target: 13% by March 2026. These are example figures, not council figures."
 */
import { type Indicator, type ProgressMethod, changeKind, hasExampleFigures, toleranceOf } from '@plan-kit/content';
import { formatDate, formatValue } from '../shared/format.js';

/** "on 31 March 2022" for a day, "in March 2022" or "in 2022" for a month or a year. */
function when(date: string): string {
  return `${date.split('-').length === 3 ? 'on' : 'in'} ${formatDate(date)}`;
}

/** The trend in words; a change within the indicator's tolerance (the plan's progress method) is "little or no change". */
export function describeTrend(indicator: Indicator, method?: ProgressMethod): string {
  const { history, unit, direction } = indicator;
  const value = (v: number) => formatValue(v, unit);
  const sentences: string[] = [];
  const first = history[0];
  const latest = history.at(-1);
  const better = direction === 'higher-is-better' ? 'higher is better' : 'lower is better';
  if (!first || !latest) {
    sentences.push('No figures yet.');
  } else if (first === latest) {
    sentences.push(`One figure so far: ${value(latest.value)} ${when(latest.date)} (${better}).`);
  } else {
    const change = latest.value - first.value;
    const kind = changeKind(first.value, latest.value, direction, toleranceOf(indicator, method));
    const from = `from ${value(first.value)} ${when(first.date)} to ${value(latest.value)} ${when(latest.date)}`;
    sentences.push(
      kind === 'little-or-no-change'
        ? `${change === 0 ? 'No change' : 'Little or no change'} ${from} (${better}).`
        : `${change > 0 ? 'Rose' : 'Fell'} ${from} (${better}, so this is ${kind === 'better' ? 'an improvement' : 'a worsening'}).`,
    );
  }
  if (indicator.baseline) sentences.push(`Baseline: ${value(indicator.baseline.value)} ${when(indicator.baseline.date)}.`);
  if (indicator.target) sentences.push(`Target: ${value(indicator.target.value)} by ${formatDate(indicator.target.date)}.`);
  if (indicator.example) sentences.push('These are example figures, not council figures.');
  else if (hasExampleFigures(indicator)) sentences.push('Some of these figures are examples, not council figures (hollow marks).');
  return sentences.join(' ');
}
