/** Small statistics for the benchmarks. */

/** The middle value (the lower middle of an even count). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  return [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
}
