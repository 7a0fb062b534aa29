/**
 * Direction of travel in words, saying what the latest figure is compared with: the figure
 * before it, or (with only one figure) the baseline. The arrow follows the numbers (↑ rose,
 * ↓ fell), the words say whether that is better, so the two never contradict each other:
 * "↓ Better than the previous figure (14.6%, March 2024)" for a fall where lower is better.
 */
import { formatDate, formatValue } from './format.js';
import { type DirectionOfTravel, latestValue, previousValue, travelBetween } from './indicator-figures.js';
import type { DatedValue, Indicator } from './types.js';

export interface TravelWords {
  travel?: DirectionOfTravel;
  /** ↑, ↓ or → by the numbers; empty with nothing to compare. */
  arrow: string;
  words: string;
}

export function travelWords(indicator: Indicator): TravelWords {
  const latest = latestValue(indicator);
  const previous = previousValue(indicator);
  const baseline = indicator.baseline;
  const [earlier, what]: [DatedValue | undefined, string] = previous
    ? [previous, 'the previous figure']
    : baseline && latest && baseline.date !== latest.date
      ? [baseline, 'the baseline']
      : [undefined, ''];
  if (!latest || !earlier) return { arrow: '', words: latest ? 'No earlier figure to compare with' : 'No figures yet' };
  const travel = travelBetween(earlier.value, latest.value, indicator.direction);
  const start = { improving: 'Better than', worsening: 'Worse than', 'no-change': 'The same as' }[travel];
  return {
    travel,
    arrow: latest.value > earlier.value ? '↑' : latest.value < earlier.value ? '↓' : '→',
    words: `${start} ${what} (${formatValue(earlier.value, indicator.unit)}, ${formatDate(earlier.date)})`,
  };
}
