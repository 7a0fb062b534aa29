/**
 * The indicator chart's numbers and shapes, apart from any DOM so that unit tests and the server
 * renderer can call them: dates and values to positions, nice value ticks (d3-array), the line
 * through the figures (`polyline`, shared/svg-paths.ts). A linear map is one line of arithmetic, so d3-scale (10 KB) is
 * not needed for it.
 */
import { nice, ticks } from 'd3-array';
import type { Indicator } from '@plan-kit/content';
import { datedValuesOf, isExampleValue } from '@plan-kit/content';
import { polyline } from '../shared/svg-paths.js';

/**
 * The drawing's own units (the SVG viewBox); the SVG scales to the element's width, its labels
 * with it. Narrow in its own units so that its 12-unit labels are drawn larger than 12 px on a
 * phone (some 340 px wide: about 14 px), while the styles cap its width on wide screens (24em:
 * labels about the size of the text around them).
 */
export const CHART_WIDTH = 300;
export const CHART_HEIGHT = 190;
/** Room for the value labels on the left, the year labels below, and the target mark on the right. */
const MARGIN = { top: 14, right: 12, bottom: 26, left: 46 } as const;
/** Year labels closer than this (in drawing units) would run into each other: the later is left out. */
const MIN_LABEL_GAP = 34;

/** A dated figure, as far as the drawing needs it. */
export interface Figure {
  date: string;
  value: number;
}

export interface ChartPoint {
  x: number;
  y: number;
  figure: Figure;
  example: boolean;
}

export interface ChartTick {
  at: number;
  value: number;
}

export interface ChartDateTick {
  at: number;
  label: string;
}

export interface ChartLayout {
  points: ChartPoint[];
  /** The SVG path through the figures, oldest first; undefined with fewer than two. */
  line?: string;
  valueTicks: ChartTick[];
  dateTicks: ChartDateTick[];
  baseline?: { y: number; figure: Figure; example: boolean };
  target?: { y: number; x: number; figure: Figure; example: boolean };
  /** The plotting area, inside the margins. */
  plot: { left: number; right: number; top: number; bottom: number };
}

/**
 * A date of the content ("2022", "2022-03", "2022-03-31") as milliseconds at the start of that
 * day, month or year in UTC: partial dates sit where their period starts.
 */
function dayValue(date: string): number {
  const [year = 'NaN', month = '1', day = '1'] = date.split('-');
  return Date.UTC(Number(year), Number(month) - 1, Number(day));
}

/** Maps a value of [d0, d1] linearly onto [r0, r1]; the middle of the range when the domain is one point. */
function linear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  if (!(d1 > d0)) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/**
 * The value axis: the figures, baseline and target with a little room, widened to round numbers.
 * A domain of one value (a single figure) is widened around it so that it sits mid-height.
 */
function valueDomain(values: number[]): [number, number] {
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [0, 1];
  if (low === high) {
    const pad = Math.abs(low) / 10 || 1;
    low -= pad;
    high += pad;
  }
  const pad = (high - low) / 10;
  // Never below zero for figures that cannot be negative.
  const [niceLow, niceHigh] = nice(low >= 0 ? Math.max(0, low - pad) : low - pad, high + pad, 5);
  return [niceLow, niceHigh];
}

/**
 * Round values for the value axis (d3-array's ticks). None where the axis spans less than 1e-300:
 * d3 works out its step as a power of ten, which overflows for the tiniest numbers (figures of
 * 5e-324 threw "Invalid array length" in the fuzz test); the figures still show, with their values
 * in words and in the table.
 */
function valueTicks(low: number, high: number): number[] {
  return high - low >= 1e-300 ? ticks(low, high, 5) : [];
}

/** Where everything of one indicator goes in the drawing. */
export function chartLayout(indicator: Indicator): ChartLayout {
  const plot = { left: MARGIN.left, right: CHART_WIDTH - MARGIN.right, top: MARGIN.top, bottom: CHART_HEIGHT - MARGIN.bottom };
  const history = indicator.history;
  const dated = datedValuesOf(indicator);
  const days = dated.map((figure) => dayValue(figure.date)).filter(Number.isFinite);
  const [firstDay, lastDay] = days.length ? [Math.min(...days), Math.max(...days)] : [0, 1];
  const x = linear(firstDay, lastDay, plot.left, plot.right);
  const [low, high] = valueDomain(dated.map((figure) => figure.value));
  const y = linear(low, high, plot.bottom, plot.top);

  const points = history.map((figure) => ({
    x: x(dayValue(figure.date)),
    y: y(figure.value),
    figure,
    example: isExampleValue(indicator, figure),
  }));
  return {
    points,
    line: points.length > 1 ? polyline(points) : undefined,
    valueTicks: valueTicks(low, high).map((value) => ({ at: y(value), value })),
    dateTicks: apart(yearTicks(firstDay, lastDay).map(({ day, label }) => ({ at: x(day), label }))),
    baseline: indicator.baseline && {
      y: y(indicator.baseline.value),
      figure: indicator.baseline,
      example: isExampleValue(indicator, indicator.baseline),
    },
    target: indicator.target && {
      y: y(indicator.target.value),
      x: x(dayValue(indicator.target.date)),
      figure: indicator.target,
      example: isExampleValue(indicator, indicator.target),
    },
    plot,
  };
}

/**
 * Labels for the date axis: each year's start within the span, thinned to at most six; a span
 * within one year is labelled by its first year alone.
 */
function yearTicks(firstDay: number, lastDay: number): { day: number; label: string }[] {
  const firstYear = new Date(firstDay).getUTCFullYear();
  const lastYear = new Date(lastDay).getUTCFullYear();
  if (!Number.isFinite(firstYear) || !Number.isFinite(lastYear)) return [];
  if (lastYear === firstYear) return [{ day: firstDay, label: String(firstYear) }];
  const step = Math.ceil((lastYear - firstYear + 1) / 6);
  const found: { day: number; label: string }[] = [];
  for (let year = firstYear; year <= lastYear; year += step) {
    const day = Math.max(firstDay, Date.UTC(year, 0, 1));
    if (day <= lastDay) found.push({ day, label: String(year) });
  }
  return found;
}

/**
 * Leaves out each label that would run into the one after it, working back from the last, so that
 * a first label moved to the first figure's date (not a year's start) is the one to go.
 */
function apart(labels: ChartDateTick[]): ChartDateTick[] {
  const kept: ChartDateTick[] = [];
  for (const label of [...labels].reverse()) if (!kept.length || kept[0]!.at - label.at >= MIN_LABEL_GAP) kept.unshift(label);
  return kept;
}

const compactNumber = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
const plainNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** Whether a unit is short enough to write on the axis: "%" and money ("£", "£m") are; words are not. */
export function unitOnAxis(unit: string): boolean {
  return unit === '%' || (unit.startsWith('£') && unit.length <= 3);
}

/**
 * A value as the drawing writes it, in the few characters its margin has room for: "62%",
 * "£66m", "4,716", "1.2M" (compact from ten thousand). Units that are words ("years",
 * "homes") are left off and named once above the drawing instead.
 */
export function axisValue(value: number, unit: string): string {
  const n = Math.abs(value) >= 10_000 ? compactNumber.format(value) : plainNumber.format(value);
  if (unit === '%') return `${n}%`;
  if (unitOnAxis(unit)) return `£${n}${unit.slice(1)}`;
  return n;
}
