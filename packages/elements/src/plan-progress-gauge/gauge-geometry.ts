/**
 * The gauge's numbers and shapes, apart from any DOM so that unit tests and the server renderer
 * can call them: clamping, value to angle, the arc paths (`annularSector`, shared/svg-arc.ts),
 * and the words a screen reader hears.
 */
import { PROGRESS_STATUS_WORDS, type ProgressStatus } from '@plan-kit/content';
import { formatValue } from '../shared/format.js';
import { annularSector } from '../shared/svg-arc.js';

/** A half circle: from 9 o'clock to 3 o'clock (d3 angles are clockwise from 12 o'clock). */
export const START_ANGLE = -Math.PI / 2;
export const END_ANGLE = Math.PI / 2;
export const OUTER_RADIUS = 50;
export const INNER_RADIUS = 34;
/** The least share of the arc drawn for a value, so that a value at the minimum is still visible (WCAG 1.4.11). */
export const MIN_VISIBLE_SHARE = 0.015;

export interface GaugeInput {
  value?: number;
  min: number;
  max: number;
  target?: number;
  baseline?: number;
  unit?: string;
  direction: 'higher-is-better' | 'lower-is-better';
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Where `value` lies between min and max, from 0 to 1 (a linear scale: no need for d3-scale). */
export function share(value: number, min: number, max: number): number {
  if (!(max > min)) return 0;
  const at = clamp(value, min, max);
  const span = max - min;
  // A scale from -1e308 to 1e308 spans more than a double holds: halve first (not always, as halving 5e-324 gives 0).
  return Number.isFinite(span) ? (at - min) / span : (at / 2 - min / 2) / (max / 2 - min / 2);
}

export function angleAt(shareOfArc: number): number {
  return START_ANGLE + shareOfArc * (END_ANGLE - START_ANGLE);
}

/** A stretch of the gauge's band (or, with other radii, a mark across it), its corners rounded. */
function band({ startAngle, endAngle, inner = INNER_RADIUS, outer = OUTER_RADIUS }: { startAngle: number; endAngle: number; inner?: number; outer?: number }): string {
  return annularSector({ startAngle, endAngle, innerRadius: inner, outerRadius: outer, cornerRadius: 1.5 });
}

export interface GaugePaths {
  track: string;
  value?: string;
  target?: string;
  baseline?: string;
}

/** The SVG paths, in a viewBox of -50 -50 100 54 (centre at the origin). */
export function gaugePaths(input: GaugeInput): GaugePaths {
  const { min, max } = input;
  const paths: GaugePaths = { track: band({ startAngle: START_ANGLE, endAngle: END_ANGLE }) };
  if (input.value !== undefined) {
    const valueShare = Math.max(MIN_VISIBLE_SHARE, share(input.value, min, max));
    paths.value = band({ startAngle: START_ANGLE, endAngle: angleAt(valueShare) });
  }
  // Markers are thin wedges that reach past the band, so they show against track and value alike.
  const marker = (at: number, inner: number, outer: number, width: number) => {
    const angle = angleAt(share(at, min, max));
    return band({ startAngle: angle - width, endAngle: angle + width, inner, outer });
  };
  if (input.target !== undefined) paths.target = marker(input.target, INNER_RADIUS - 6, OUTER_RADIUS + 0.01, 0.03);
  if (input.baseline !== undefined) paths.baseline = marker(input.baseline, INNER_RADIUS - 3, INNER_RADIUS + 6, 0.02);
  return paths;
}

/**
 * What a screen reader hears: "62% against a target of 75%, target met". `example` is true when
 * the figures are examples, or words that say which ones are ("example target and baseline").
 * `reason`, from an indicator's figures, says the status with its numbers in place of the word.
 */
export function valueText(input: GaugeInput, status: ProgressStatus | undefined, example: boolean | string, reason?: string): string {
  if (input.value === undefined) return 'No value yet';
  const parts = [formatValue(input.value, input.unit)];
  if (input.target !== undefined) parts[0] += ` against a target of ${formatValue(input.target, input.unit)}`;
  if (reason) parts.push(reason);
  else if (status && status !== 'not-assessable') parts.push(PROGRESS_STATUS_WORDS[status]);
  if (input.direction === 'lower-is-better') parts.push('lower is better');
  if (example) parts.push(typeof example === 'string' ? example : 'example figure');
  return parts.join(', ');
}
