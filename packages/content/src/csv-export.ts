/** Exporting a plan's indicator figures as a CSV sheet: one row per dated figure. */
import { COLUMNS, type ColumnKey, type SheetOptions, writeSheet } from './csv-sheet.js';
import { PROGRESS_WORDS, allIndicators, assessIndicator, isExampleValue, progressMethod } from './lookup.js';
import type { DatedValue, Indicator, Plan } from './types.js';

type Cells = Partial<Record<ColumnKey, string | number | undefined>>;

export interface ExportOptions extends SheetOptions {
  /** Only this indicator's rows (the open data's file per indicator). */
  indicator?: string;
  /** The day the status columns are worked out for (YYYY-MM-DD); left empty without one. */
  asAt?: string;
}

/**
 * Every indicator of the plan with its outcome and sub-outcome reference, unit, direction, range,
 * baseline and target, one row per dated figure (oldest first); an indicator without figures
 * gets one row with an empty date and value, to be filled in. Figures are plain numbers and dates
 * are ISO, so that a spreadsheet reads them as numbers and dates. Excel-ready by default (UTF-8
 * with a byte-order mark, CRLF), and `importIndicatorValues` reads it back unchanged.
 */
export function indicatorsToCsv(plan: Plan, options: ExportOptions = {}): string {
  const rows: Cells[] = [];
  for (const { outcome, subOutcome, indicator } of allIndicators(plan)) {
    if (options.indicator !== undefined && indicator.id !== options.indicator) continue;
    const common: Cells = {
      plan: plan.id,
      outcome: outcome.number ?? outcome.id,
      subOutcome: subOutcome.number ?? subOutcome.id,
      indicator: indicator.id,
      title: indicator.title,
      unit: indicator.unit,
      direction: indicator.direction === 'higher-is-better' ? 'higher is better' : 'lower is better',
      min: indicator.min,
      lgInformMetric: indicator.lgInformMetric,
      localOutcome: indicator.localOutcome,
      max: indicator.max,
      baselineDate: indicator.baseline?.date,
      baseline: indicator.baseline?.value,
      targetDate: indicator.target?.date,
      target: indicator.target?.value,
      ...(options.asAt && statusCells(indicator, options.asAt)),
    };
    const figure = (value: DatedValue): Cells => ({
      date: value.date,
      value: value.value,
      note: value.note,
      example: isExampleValue(indicator, value) ? 'yes' : 'no',
      imported: value.imported && `${value.imported.file} (${value.imported.date})`,
    });
    if (indicator.history.length === 0) rows.push(common);
    for (const value of indicator.history) rows.push({ ...common, ...figure(value) });
  }
  function statusCells(indicator: Indicator, asAt: string): Cells {
    const a = assessIndicator(indicator, { asAt, method: progressMethod(plan) });
    return { asAt, status: PROGRESS_WORDS[a.status], flags: a.flags.map((f) => PROGRESS_WORDS[f]).join('; ') || undefined, reason: a.summary };
  }
  return writeSheet(
    [COLUMNS.map((c) => c.header), ...rows.map((cells) => COLUMNS.map((c) => cells[c.key]))],
    options,
  );
}
