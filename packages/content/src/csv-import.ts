/**
 * Importing dated indicator figures from a spreadsheet into a plan.
 *
 * Rules (README, "Updating the figures"):
 * - A row names an indicator (by id), a date and a value; a note is optional. A new date is added
 *   to the indicator's history (kept oldest first); a different value for a date already there
 *   replaces it and is reported as a change; the same value is no change. Importing a file twice,
 *   or importing what `indicatorsToCsv` exported, changes nothing.
 * - Every row is checked before anything changes: an unknown indicator, a figure or date that
 *   cannot be read, a figure outside the indicator's min/max, a row for another plan, two rows
 *   that disagree. With bad rows the import changes nothing, unless `skipBadRows` is set.
 * - Example figures. An imported figure is a council figure: it carries `imported` (file and
 *   day) and never `example`. When an indicator marked `example: true` receives one, the
 *   indicator's flag goes and each figure it keeps (baseline, target, older history) is marked
 *   `example: true` on its own, so pages go on labelling exactly those as examples. A row whose
 *   Example cell says "yes" is never imported as a council figure: it must match an example
 *   figure already in the plan (as exported), otherwise it is a bad row.
 */
import { type FigureContext, parseFigure, parseSheetDate, parseYesNo, unescapeFormulaText } from './csv-cells.js';
import { type Cell, type ColumnKey, type RowProblem, type SheetRow, readSheet } from './csv-sheet.js';
import { allIndicators, isExampleValue } from './lookup.js';
import type { DatedValue, ImportRecord, Indicator, Plan } from './types.js';

export type { RowProblem } from './csv-sheet.js';

export interface ImportOptions {
  /** The file name recorded with each imported figure (a name, not a path). */
  file: string;
  /**
   * The day of the import, YYYY-MM-DD, recorded with each imported figure. A figure dated after it
   * is refused: it is for a day still to come, most likely a typo (2062 for 2026).
   */
  importedOn: string;
  /** Import the good rows even when some are bad (the bad ones are still reported). */
  skipBadRows?: boolean;
}

/**
 * - added: a figure for a new date.
 * - changed: a different value (or note) for a date already there.
 * - confirmed: the same value as an example figure, which now becomes a council figure.
 */
export type FigureChangeKind = 'added' | 'changed' | 'confirmed';

export interface FigureChange {
  kind: FigureChangeKind;
  /** The spreadsheet row it came from. */
  row: number;
  indicator: string;
  date: string;
  value: DatedValue;
  previous?: DatedValue;
}

export interface ImportResult {
  /** False when bad rows stopped the import: `plan` is then the plan given, unchanged. */
  ok: boolean;
  /** The plan with the figures merged in: a new object (the plan given is not changed). */
  plan: Plan;
  changes: FigureChange[];
  /** Rows that matched what the plan already holds. */
  unchanged: number;
  /** Indicators whose `example: true` was cleared by this import. */
  examplesCleared: string[];
  problems: RowProblem[];
  /** Good rows read from the file. */
  rows: number;
}

interface Reading {
  row: number;
  indicator: Indicator;
  date: string;
  value: number;
  note?: string;
  /** The file has a Note column: an empty cell in it clears the note (without the column, notes stay). */
  noteColumn: boolean;
  example: boolean;
}

export function importIndicatorValues(plan: Plan, csvText: string, options: ImportOptions): ImportResult {
  const sheet = readSheet(csvText);
  const indicators = new Map([...allIndicators(plan)].map(({ indicator }) => [indicator.id, indicator]));
  const problems = [...sheet.problems];
  const readings: Reading[] = [];
  for (const row of sheet.rows) {
    const reading = readRow(row, plan, indicators, problems, { delimiter: sheet.delimiter });
    if (reading) readings.push(reading);
  }
  const unique = withoutRepeats(readings, problems);
  const unchangedResult = { plan, changes: [], unchanged: 0, examplesCleared: [], rows: unique.length };
  if (sheet.unreadable || (problems.length > 0 && !options.skipBadRows)) {
    return { ...unchangedResult, ok: false, problems: sortProblems(problems) };
  }

  const merged = structuredClone(plan);
  const mergedIndicators = new Map([...allIndicators(merged)].map(({ indicator }) => [indicator.id, indicator]));
  const imported: ImportRecord = { file: options.file, date: options.importedOn };
  const changes: FigureChange[] = [];
  let unchanged = 0;
  for (const reading of unique) {
    const indicator = mergedIndicators.get(reading.indicator.id)!;
    const outcome = merge(indicator, reading, imported, options.importedOn);
    if (outcome === 'unchanged') unchanged++;
    else if (outcome === 'future') problems.push(futureRowProblem(reading, options.importedOn));
    else if (outcome === 'example-mismatch') problems.push(exampleRowProblem(reading));
    else if (outcome === 'example-note') problems.push(exampleNoteProblem(reading, indicator));
    else changes.push(outcome);
  }
  if (problems.length > 0 && !options.skipBadRows) {
    return { ...unchangedResult, ok: false, problems: sortProblems(problems) };
  }
  const examplesCleared: string[] = [];
  for (const indicator of mergedIndicators.values()) {
    if (indicator.example && changes.some((c) => c.indicator === indicator.id)) {
      markRemainingExamples(indicator);
      examplesCleared.push(indicator.id);
    }
  }
  return { ok: true, plan: changes.length > 0 ? merged : plan, changes, unchanged, examplesCleared, problems: sortProblems(problems), rows: unique.length };
}

/** Reads and checks one row; reports its problems and returns nothing when it has any. */
function readRow(row: SheetRow, plan: Plan, indicators: Map<string, Indicator>, problems: RowProblem[], context: FigureContext): Reading | undefined {
  const before = problems.length;
  const report = (cell: Cell | undefined, message: string) =>
    problems.push({ row: row.row, ...(cell && { column: cell.column, header: cell.header }), message });
  const text = (key: ColumnKey) => row.cells[key]?.text.trim() ?? '';

  // The row an export writes for an indicator without figures: nothing to import.
  if (text('date') === '' && text('value') === '') return undefined;

  const planCell = row.cells.plan;
  if (planCell && text('plan') !== '' && text('plan') !== plan.id) {
    report(planCell, `is for plan "${text('plan')}", not "${plan.id}"`);
  }
  const indicatorCell = row.cells.indicator!;
  const indicator = indicators.get(text('indicator'));
  if (text('indicator') === '') report(indicatorCell, 'is empty: give the indicator id (plan-kit export lists them)');
  else if (!indicator) report(indicatorCell, `no indicator "${text('indicator')}" in plan "${plan.id}" (plan-kit export lists the indicator ids)`);

  const date = parseSheetDate(text('date'));
  if (!date.ok) report(row.cells.date, date.message);

  const valueCell = row.cells.value!;
  let value: number | undefined;
  if (indicator) {
    const figure = parseFigure(valueCell.text, indicator.unit, context);
    if (!figure.ok) report(valueCell, figure.message);
    else if (!inRange(indicator, figure.value)) {
      report(valueCell, `${figure.value} is outside the indicator's range, ${indicator.min ?? 'no minimum'} to ${indicator.max ?? 'no maximum'}`);
    } else value = figure.value;
  }

  const example = parseYesNo(text('example'));
  if (!example.ok) report(row.cells.example, example.message);

  if (problems.length > before || !indicator || !date.ok || value === undefined || !example.ok) return undefined;
  // The note as written, spaces and all (export writes it so), unless it is blank.
  const noteCell = row.cells.note?.text ?? '';
  const note = noteCell.trim() === '' ? '' : unescapeFormulaText(noteCell);
  return { row: row.row, indicator, date: date.value, value, example: example.value, noteColumn: row.cells.note !== undefined, ...(note && { note }) };
}

function inRange(indicator: Indicator, value: number): boolean {
  return (indicator.min === undefined || value >= indicator.min) && (indicator.max === undefined || value <= indicator.max);
}

/** One reading per indicator and date: a repeat that agrees is dropped, one that disagrees is a bad row. */
function withoutRepeats(readings: Reading[], problems: RowProblem[]): Reading[] {
  const first = new Map<string, Reading>();
  for (const reading of readings) {
    const key = `${reading.indicator.id}\n${reading.date}`;
    const earlier = first.get(key);
    if (!earlier) first.set(key, reading);
    else if (earlier.value !== reading.value || (earlier.note ?? '') !== (reading.note ?? '') || earlier.example !== reading.example) {
      problems.push({
        row: reading.row,
        message: `gives ${reading.indicator.id} on ${reading.date} a different figure from row ${earlier.row}: keep one`,
      });
    }
  }
  return [...first.values()];
}

type MergeOutcome = FigureChange | 'unchanged' | 'example-mismatch' | 'example-note' | 'future';

function merge(indicator: Indicator, reading: Reading, imported: ImportRecord, importedOn: string): MergeOutcome {
  const at = insertionIndex(indicator.history, reading.date);
  const index = indicator.history[at]?.date === reading.date ? at : -1;
  const existing = index === -1 ? undefined : indicator.history[index];
  if (reading.example) {
    // Round trip of an exported example figure: fine as long as it still is one, unaltered.
    const same = existing && isExampleValue(indicator, existing) && existing.value === reading.value;
    if (!same) return 'example-mismatch';
    // An edited note is never dropped in silence: an example figure stays as the plan has it.
    return reading.noteColumn && (existing.note ?? '') !== (reading.note ?? '') ? 'example-note' : 'unchanged';
  }
  // An empty Note cell clears the note; a file without the column leaves notes as they are.
  const note = reading.noteColumn ? reading.note : existing?.note;
  if (existing && !isExampleValue(indicator, existing) && existing.value === reading.value && existing.note === note) {
    return 'unchanged';
  }
  // A new or changed figure for a day still to come is refused (a figure the plan already has, as it
  // has it, is no change whatever its date). Dates as YYYY[-MM[-DD]] compare as text: "2026-12" is
  // not after "2026-12-08", the month in progress.
  if (reading.date > importedOn) return 'future';
  // Key order as content files write a figure: date, value, note, then where it came from.
  const value: DatedValue = { date: reading.date, value: reading.value, ...(note !== undefined && { note }), imported };
  const change = { row: reading.row, indicator: indicator.id, date: reading.date, value };
  if (!existing) {
    indicator.history.splice(at, 0, value);
    return { ...change, kind: 'added' };
  }
  indicator.history[index] = value;
  const kind = existing.value === reading.value && isExampleValue(indicator, existing) ? 'confirmed' : 'changed';
  return { ...change, kind, previous: existing };
}

/**
 * The index of the first figure dated on or after `date` in a history kept oldest first (validation
 * sees to that): a binary search, so that a long import is not quadratic.
 */
function insertionIndex(history: DatedValue[], date: string): number {
  let low = 0;
  let high = history.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (history[mid]!.date < date) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The indicator now holds council figures: its own `example` goes, and every figure that did not
 * come from an import keeps its example label one by one.
 */
function markRemainingExamples(indicator: Indicator): void {
  delete indicator.example;
  for (const key of ['baseline', 'target'] as const) {
    const value = indicator[key];
    if (value && !value.imported) indicator[key] = { ...value, example: true };
  }
  indicator.history = indicator.history.map((h) => (h.imported ? h : { ...h, example: true }));
}

function exampleRowProblem(reading: Reading): RowProblem {
  return {
    row: reading.row,
    message:
      `is marked as an example figure (Example: yes) but does not match an example figure of ${reading.indicator.id} on ${reading.date}: ` +
      'to publish it as a council figure, empty its Example cell or write "no"',
  };
}

function futureRowProblem(reading: Reading, importedOn: string): RowProblem {
  return {
    row: reading.row,
    message: `is for ${reading.date}, after ${importedOn}, the day of this import: a figure cannot be for a day still to come (is the year right?)`,
  };
}

function exampleNoteProblem(reading: Reading, indicator: Indicator): RowProblem {
  const was = indicator.history.find((h) => h.date === reading.date)?.note ?? '';
  return {
    row: reading.row,
    message:
      `changes the note of an example figure of ${reading.indicator.id} on ${reading.date} ("${was}" → "${reading.note ?? ''}"), ` +
      'which an import does not do: edit example figures in the plan, or empty the Example cell (or write "no") to publish the figure, with this note, as a council figure',
  };
}

function sortProblems(problems: RowProblem[]): RowProblem[] {
  return [...problems].sort((a, b) => a.row - b.row);
}
