/**
 * The indicator figures sheet: its columns (one list, used to write and to read it) and reading a
 * CSV file as spreadsheets save it. Parsing is Papa Parse's (quotes, delimiters, line breaks);
 * this module finds the columns by their headers and keeps each row's spreadsheet row number.
 */
import Papa from 'papaparse';
import { FORMULA_START } from './csv-cells.js';

/**
 * The columns of an exported sheet, in order: the one description of them. Import reads the ones
 * marked `read`, found by header; the open data's Table Schema and CSV on the Web metadata are
 * made from `type`, `description` and `always` (a cell every row fills).
 * The national identifiers come last, so that the columns a spreadsheet already uses keep their places.
 * Types: `date` is an ISO 8601 date (YYYY-MM-DD, or YYYY-MM or YYYY where the source gives no
 * day), `yes-no` is "yes" or "no".
 */
export const COLUMNS = [
  { key: 'plan', header: 'Plan', read: true, type: 'string', always: true, description: 'The id of the plan the indicator belongs to.' },
  { key: 'outcome', header: 'Outcome', type: 'string', always: true, description: 'The number (or id) of the outcome the indicator measures.' },
  { key: 'subOutcome', header: 'Sub-outcome', type: 'string', always: true, description: 'The number (or id) of the sub-outcome the indicator measures.' },
  { key: 'indicator', header: 'Indicator', read: true, required: true, aliases: ['Indicator id', 'Id'], type: 'string', always: true, description: 'The id of the indicator.' },
  { key: 'title', header: 'Title', type: 'string', always: true, description: 'What the indicator measures.' },
  { key: 'unit', header: 'Unit', type: 'string', always: true, description: 'The unit of the figures: "%" for percentages, "£" for money, otherwise a word such as "years".' },
  { key: 'direction', header: 'Direction', type: 'string', always: true, values: ['higher is better', 'lower is better'], description: 'Which way is good.' },
  { key: 'min', header: 'Min', type: 'number', description: 'The lowest possible figure, where there is one.' },
  { key: 'max', header: 'Max', type: 'number', description: 'The highest possible figure, where there is one.' },
  { key: 'baselineDate', header: 'Baseline date', type: 'date', description: 'The date of the baseline figure.' },
  { key: 'baseline', header: 'Baseline', type: 'number', description: 'The figure progress is measured from.' },
  { key: 'targetDate', header: 'Target date', type: 'date', description: 'The date the target is for.' },
  { key: 'target', header: 'Target', type: 'number', description: 'The figure aimed for.' },
  { key: 'date', header: 'Date', read: true, required: true, type: 'date', description: 'The date the figure is for (empty where the indicator has no figures yet).' },
  { key: 'value', header: 'Value', read: true, required: true, aliases: ['Figure'], type: 'number', description: 'The figure, in the unit (empty where the indicator has no figures yet).' },
  { key: 'note', header: 'Note', read: true, aliases: ['Notes'], type: 'string', description: 'A note on the figure, such as the period it covers.' },
  { key: 'example', header: 'Example', read: true, type: 'yes-no', description: '"yes" where the figure is an example, not a council figure.' },
  { key: 'imported', header: 'Imported from', type: 'string', description: 'The council file the figure was imported from, and the day: "figures.csv (2026-07-01)".' },
  { key: 'lgInformMetric', header: 'LG Inform metric', type: 'string', description: 'The LG Inform metric id (esd standards metric type) the indicator shares with national benchmarking, where it has one.' },
  { key: 'localOutcome', header: 'Local Outcomes Framework outcome', type: 'string', description: 'The priority outcome of the Local Outcomes Framework the indicator reports against, where it has one.' },
] as const satisfies readonly ColumnSpec[];

export interface ColumnSpec {
  key: string;
  header: string;
  read?: boolean;
  required?: boolean;
  aliases?: readonly string[];
  type: 'string' | 'number' | 'date' | 'yes-no';
  /** Every row of an export fills it. */
  always?: boolean;
  /** The only values it takes. */
  values?: readonly string[];
  description: string;
}

export type ColumnKey = (typeof COLUMNS)[number]['key'];

/** A problem with one row (or, with row 1, the header), in the terms a spreadsheet shows. */
export interface RowProblem {
  /** The spreadsheet row: 1 is the header row. */
  row: number;
  /** The spreadsheet column letter ("C"), where one cell is at fault. */
  column?: string;
  /** That column's header, as the file writes it. */
  header?: string;
  message: string;
}

export interface Cell {
  text: string;
  column: string;
  header: string;
}

export interface SheetRow {
  row: number;
  cells: Partial<Record<ColumnKey, Cell>>;
}

export interface Sheet {
  rows: SheetRow[];
  problems: RowProblem[];
  /** True when the file cannot be read as a sheet at all (no header, a required column missing). */
  unreadable: boolean;
}

/** "Sub-outcome", "sub outcome", "SUB_OUTCOME" all match: case, spaces and punctuation are ignored. */
function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const HEADER_TO_KEY = new Map<string, ColumnKey>(
  COLUMNS.flatMap((c) => [c.header, ...('aliases' in c ? c.aliases : [])].map((h) => [normaliseHeader(h), c.key] as const)),
);

/** 0 → "A", 25 → "Z", 26 → "AA": the column letters a spreadsheet shows. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Reads a CSV file as spreadsheets save it: with or without a byte-order mark, CRLF or LF,
 * comma, semicolon or tab between fields (guessed from the file), quoted fields, blank rows
 * anywhere (skipped), the columns in any order (found by their headers; unknown ones ignored).
 */
export function readSheet(text: string): Sheet {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
  });
  const problems: RowProblem[] = parsed.errors
    // A file with one column has no delimiter to guess; that is not an error in itself.
    .filter((e) => e.type !== 'Delimiter')
    .map((e) => ({ row: (e.row ?? 0) + 1, message: `cannot read the row: ${e.message.replace(/\.$/, '').toLowerCase()}` }));

  const [headerCells, ...records] = parsed.data;
  const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');
  if (!headerCells || isBlank(headerCells)) {
    return { rows: [], problems: [{ row: 1, message: 'the first row must name the columns (Indicator, Date, Value)' }], unreadable: true };
  }

  const columns = new Map<ColumnKey, { index: number; header: string }>();
  headerCells.forEach((raw, index) => {
    const header = raw.trim();
    const key = HEADER_TO_KEY.get(normaliseHeader(header));
    if (!key || !COLUMNS.find((c) => c.key === key && 'read' in c)) return;
    const earlier = columns.get(key);
    if (earlier) {
      problems.push({ row: 1, column: columnLetter(index), header, message: `repeats the column ${columnLetter(earlier.index)} (${earlier.header}): keep one` });
    } else columns.set(key, { index, header });
  });
  const missing = COLUMNS.filter((c) => 'required' in c && !columns.has(c.key)).map((c) => c.header);
  if (missing.length > 0) {
    problems.push({
      row: 1,
      message: `no ${missing.join(', ')} ${missing.length === 1 ? 'column' : 'columns'}: the first row must name the columns Indicator, Date and Value (in any order)`,
    });
  }
  if (missing.length > 0 || problems.some((p) => p.row === 1)) return { rows: [], problems, unreadable: true };

  const rows: SheetRow[] = [];
  records.forEach((cells, i) => {
    if (isBlank(cells)) return;
    const cellsByKey: SheetRow['cells'] = {};
    for (const [key, { index, header }] of columns) {
      cellsByKey[key] = { text: cells[index] ?? '', column: columnLetter(index), header };
    }
    rows.push({ row: i + 2, cells: cellsByKey });
  });
  return { rows, problems, unreadable: false };
}

export interface SheetOptions {
  /** Excel opens UTF-8 only with a byte-order mark, and expects CRLF; both are on by default. */
  excel?: boolean;
}

/** Writes rows as CSV: quoted where needed, text that looks like a formula escaped (see `FORMULA_START`). */
export function writeSheet(rows: (string | number | undefined)[][], { excel = true }: SheetOptions = {}): string {
  const csv = Papa.unparse(
    rows.map((row) => row.map((cell) => cell ?? '')),
    { newline: excel ? '\r\n' : '\n', escapeFormulae: FORMULA_START },
  );
  return `${excel ? '\uFEFF' : ''}${csv}${excel ? '\r\n' : '\n'}`;
}

/**
 * The text of a CSV file's bytes: UTF-8 (with or without a byte-order mark) or, where the bytes
 * are not UTF-8, Windows-1252, which Excel's plain "CSV (Comma delimited)" writes on Windows
 * (its "£" is the single byte A3).
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
