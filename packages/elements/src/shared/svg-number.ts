/**
 * A number as an SVG path writes it, for every shape plan-kit draws (svg-paths.ts, svg-arc.ts): in
 * a module of its own, so that the gauge's arc and the chart's and lineage's lines each load
 * only their own shapes.
 */

/** A number as a path writes it: three decimals at most (a thousandth of a user unit), and never "-0". */
export function num(value: number): string {
  return String(Math.round(value * 1000) / 1000 || 0);
}
