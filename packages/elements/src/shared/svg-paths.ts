/**
 * The lines plan-kit draws, in a few lines each, so that the chart and the lineage diagram do not
 * load d3-shape (4.6 KB gzipped in the embed bundle, for what is here under 1 KB): `horizontalLink`
 * is d3-shape's `linkHorizontal()`, `polyline` its `line()` with straight segments. The gauge's arc
 * is in svg-arc.ts.
 */
import { num } from './svg-number.js';

/** A curve from `source` to `target` ([x, y] each) that leaves and arrives horizontally, as d3-shape's linkHorizontal. */
export function horizontalLink(source: readonly [number, number], target: readonly [number, number]): string {
  const [x0, y0] = source;
  const [x1, y1] = target;
  const middle = (x0 + x1) / 2;
  return `M${num(x0)},${num(y0)}C${num(middle)},${num(y0)},${num(middle)},${num(y1)},${num(x1)},${num(y1)}`;
}

/** Straight segments through the points ({x, y} each), as d3-shape's line() with its default (linear) curve. */
export function polyline(points: readonly { x: number; y: number }[]): string {
  return points.map(({ x, y }, i) => `${i ? 'L' : 'M'}${num(x)},${num(y)}`).join('');
}
