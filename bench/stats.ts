/** Small statistics for the benchmarks. */

/** The middle value (the lower middle of an even count). */
export function median(values: number[]): number {
  return quantile(values, 0.5);
}

/** The value below which a share `q` of the values lie (nearest rank, the lower one between two). */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) throw new Error('quantile of no values');
  return [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)]!;
}
