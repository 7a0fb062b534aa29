/**
 * The indicator figures sheet: its columns (one list, used to write and to read it) and reading a
 * CSV file as spreadsheets save it. Parsing is Papa Parse's (quotes, delimiters, line breaks);
 * this module finds the columns by their headers and keeps each row's spreadsheet row number.
 */
import iconv from 'iconv-lite';
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

export interface SheetRow<K extends string = ColumnKey> {
  row: number;
  cells: Partial<Record<K, Cell>>;
}

export interface Sheet<K extends string = ColumnKey> {
  rows: SheetRow<K>[];
  problems: RowProblem[];
  /** True when the file cannot be read as a sheet at all (no header, a required column missing). */
  unreadable: boolean;
  /** The character between fields, as found in the file (",", ";" or a tab). */
  delimiter?: string;
}

/** "Sub-outcome", "sub outcome", "SUB_OUTCOME" all match: case, spaces and punctuation are ignored. */
function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The columns a sheet's headers name, by normalised header and alias, for the columns import reads. */
function headerKeys(columns: readonly ColumnSpec[]): Map<string, string> {
  return new Map(
    columns.filter((c) => c.read).flatMap((c) => [c.header, ...(c.aliases ?? [])].map((h) => [normaliseHeader(h), c.key] as const)),
  );
}

const HEADER_TO_KEY = headerKeys(COLUMNS);

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
export function readSheet(text: string): Sheet;
/** The same for another sheet's columns (the actions sheet, csv-actions.ts). */
export function readSheet<K extends string>(text: string, columns: readonly (ColumnSpec & { key: K })[]): Sheet<K>;
export function readSheet(text: string, columns: readonly ColumnSpec[] = COLUMNS): Sheet<string> {
  const keys = columns === COLUMNS ? HEADER_TO_KEY : headerKeys(columns);
  const required = columns.filter((c) => c.required).map((c) => c.header);
  const requiredWords = required.length > 1 ? `${required.slice(0, -1).join(', ')} and ${required.at(-1)}` : (required[0] ?? '');
  const parsed = Papa.parse<string[]>(oneKindOfLineEnd(text.replace(/^\uFEFF/, '')), {
    delimitersToGuess: [',', ';', '\t'],
    newline: '\n',
    skipEmptyLines: false,
  });
  const delimiter = parsed.meta.delimiter;
  const problems: RowProblem[] = parsed.errors
    // A file with one column has no delimiter to guess; that is not an error in itself.
    .filter((e) => e.type !== 'Delimiter')
    .map((e) => ({ row: (e.row ?? 0) + 1, message: `cannot read the row: ${e.message.replace(/\.$/, '').toLowerCase()}` }));

  const [headerCells, ...records] = parsed.data;
  const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');
  if (!headerCells || isBlank(headerCells)) {
    return { rows: [], problems: [{ row: 1, message: `the first row must name the columns (${required.join(', ')})` }], unreadable: true, delimiter };
  }

  const found = new Map<string, { index: number; header: string }>();
  headerCells.forEach((raw, index) => {
    const header = raw.trim();
    const key = keys.get(normaliseHeader(header));
    if (!key) return;
    const earlier = found.get(key);
    if (earlier) {
      problems.push({ row: 1, column: columnLetter(index), header, message: `repeats the column ${columnLetter(earlier.index)} (${earlier.header}): keep one` });
    } else found.set(key, { index, header });
  });
  const missing = columns.filter((c) => c.required && !found.has(c.key)).map((c) => c.header);
  if (missing.length > 0) {
    problems.push({
      row: 1,
      message: `no ${missing.join(', ')} ${missing.length === 1 ? 'column' : 'columns'}: the first row must name the columns ${requiredWords} (in any order)`,
    });
  }
  if (missing.length > 0 || problems.some((p) => p.row === 1)) return { rows: [], problems, unreadable: true, delimiter };

  const rows: SheetRow<string>[] = [];
  records.forEach((cells, i) => {
    if (isBlank(cells)) return;
    const cellsByKey: SheetRow<string>['cells'] = {};
    for (const [key, { index, header }] of found) {
      cellsByKey[key] = { text: cells[index] ?? '', column: columnLetter(index), header };
    }
    rows.push({ row: i + 2, cells: cellsByKey });
  });
  return { rows, problems, unreadable: false, delimiter };
}

/**
 * Every line end between rows as LF: a file whose header ends in CRLF and whose rows end in LF (a
 * header pasted from another file) would otherwise be read as one row. Line ends inside quoted
 * fields are kept as they are, so a note reads back exactly as written.
 */
function oneKindOfLineEnd(text: string): string {
  if (!text.includes('\r')) return text;
  let quoted = false;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 13 && !quoted) {
      out += `${text.slice(from, i)}\n`;
      if (text.charCodeAt(i + 1) === 10) i++;
      from = i + 1;
    }
  }
  return out + text.slice(from);
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

/** A file that cannot be read as CSV text; the message says why and what to do. */
export class UnreadableCsvError extends Error {
  override name = 'UnreadableCsvError';
}

const SAVE_AS_CSV = 'open it in Excel and save it with "Save As", choosing "CSV UTF-8 (Comma delimited) (*.csv)"';

/** Files people mistake for CSV, by their first bytes. */
const NOT_CSV: { magic: number[]; what: string }[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'a spreadsheet workbook (.xlsx or .ods) or another zip file' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Excel workbook (.xls)' },
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
];

/**
 * The text of a CSV file's bytes: UTF-8 (with or without a byte-order mark), UTF-16 with a
 * byte-order mark (Excel's "Unicode Text"), or, where the bytes are not UTF-8, Windows-1252, which
 * Excel's plain "CSV (Comma delimited)" writes on Windows (its "£" is the single byte A3, "–" is 96).
 * Windows-1252 is decoded with iconv-lite's table: Node's TextDecoder reads it as Latin-1, which
 * turns ’ “ ” – … € into invisible control characters. Throws `UnreadableCsvError` for a workbook,
 * a PDF or other binary data, saying to save the file as CSV.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  const startsWith = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  const binary = NOT_CSV.find(({ magic }) => startsWith(magic));
  if (binary) throw new UnreadableCsvError(`is ${binary.what}, not a CSV file: ${SAVE_AS_CSV}`);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith([0xff, 0xfe])) return iconv.decode(buffer, 'utf-16le');
  if (startsWith([0xfe, 0xff])) return iconv.decode(buffer, 'utf-16be');
  if (bytes.includes(0)) {
    throw new UnreadableCsvError(`is not a text file (it has NUL bytes: binary data, or UTF-16 text without a byte-order mark): ${SAVE_AS_CSV}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(buffer, 'windows-1252');
  }
}
