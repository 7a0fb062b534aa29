/**
 * Reading the cells a spreadsheet writes: figures as people type and Excel formats them
 * ("4,716", "62%", "£66m", "−3.5") and dates in UK or ISO form ("31/03/2023", "2023-03-31").
 * Each reader returns the value or a message that says what is wrong in the user's terms.
 */

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });

/** Powers of ten of the money suffixes councils write: "£250k", "£66m", "£1.2bn". */
const MONEY_SUFFIXES: Record<string, number> = { k: 3, m: 6, bn: 9 };

/** How the file writes its numbers, where the file shows it: a semicolon-separated file comes from a
 * spreadsheet set up for a decimal comma (most of Europe), so a comma in its figures is never thousands. */
export interface FigureContext {
  delimiter?: string;
}

/** Plain digits with an optional decimal point and exponent, as typed or as export writes them ("1e-7", "1e+21"). */
const PLAIN_NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Thousands grouped by commas: "4,716", "1,234,567.5"; the first group has no leading zero ("0,125" is not thousands). */
const COMMA_THOUSANDS = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
/** Thousands grouped by spaces (also no-break and narrow no-break spaces): "4 716"; groups of three only ("12 34 5" is refused). */
const SPACE_THOUSANDS = /^[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?$/;
/** "1.250" in a decimal-comma file: a European spreadsheet's thousands point, or 1.25? Refused as ambiguous. */
const POINT_THOUSANDS = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const SPACES = /[\s\u00a0\u202f]+/g;

/**
 * A figure in the indicator's unit: the one reader of figures (README, "Updating the figures", has
 * the table of forms; test/node/csv.test.ts checks each). A percentage sign is accepted for a "%"
 * indicator; a pound sign (with k, m or bn) for an indicator whose unit starts with "£", scaled to
 * that unit ("£66m" is 66000000 for "£", 66 for "£m"). One minus sign at most (or accounting
 * brackets, "(1,234)"). A comma must separate thousands: a decimal comma ("62,5", or any comma in
 * a semicolon-separated file) is refused rather than read as thousands.
 */
export function parseFigure(cell: string, unit: string, context: FigureContext = {}): CellResult<number> {
  const written = cell.trim();
  if (written === '') return fail('is empty: give the figure');
  const notNumber = (why = '') => fail<number>(`"${written}" is not a number${why}`);
  // The Unicode minus is a minus.
  let rest = written.replace(/\u2212/g, '-');
  let signs = 0;
  let negative = false;
  const accounting = /^\((.*)\)$/.exec(rest);
  if (accounting) {
    negative = true;
    signs++;
    rest = accounting[1]!.trim();
  }
  const takeSign = () => {
    const sign = /^[-+]/.exec(rest);
    if (!sign) return;
    signs++;
    if (sign[0] === '-') negative = true;
    rest = rest.slice(1).trimStart();
  };
  takeSign();
  let percent = false;
  if (rest.endsWith('%')) {
    percent = true;
    rest = rest.slice(0, -1).trimEnd();
  }
  let pounds = false;
  let exponent = 0;
  if (rest.startsWith('£')) {
    pounds = true;
    rest = rest.slice(1).trimStart();
    takeSign();
    const suffix = /\s*(k|m|bn)$/i.exec(rest);
    if (suffix) {
      exponent = MONEY_SUFFIXES[suffix[1]!.toLowerCase()]!;
      rest = rest.slice(0, -suffix[0].length);
    }
  } else takeSign();
  if (signs > 1) return notNumber(': it has more than one sign (write one minus, before the number or after the £)');
  const decimalCommaFile = context.delimiter === ';';
  let digits: string;
  if (PLAIN_NUMBER.test(rest)) digits = rest;
  else if (COMMA_THOUSANDS.test(rest) && !decimalCommaFile) digits = rest.replace(/,/g, '');
  else if (SPACE_THOUSANDS.test(rest)) digits = rest.replace(SPACES, '');
  else if (rest.includes(',')) {
    return notNumber(': write decimals with a point (62.5) and use commas only between thousands (4,716)' +
      (decimalCommaFile ? '; this file separates its columns with semicolons, so its commas are read as decimal commas and refused' : ''));
  } else if (/\d[\s\u00a0\u202f]+\d/.test(rest)) return notNumber(': spaces may only separate groups of three digits (4 716)');
  else return notNumber();
  if (decimalCommaFile && POINT_THOUSANDS.test(digits)) {
    return notNumber(`: in a semicolon-separated file "${rest}" may mean thousands; write it without the point, or as a decimal with a leading zero`);
  }
  if (percent && unit !== '%') return fail(`"${written}" is a percentage, but the indicator's unit is "${unit}"`);
  if (pounds && !unit.startsWith('£')) return fail(`"${written}" is an amount of money, but the indicator's unit is "${unit}"`);
  if (pounds) exponent -= moneyUnitExponent(unit);
  // Shifting the decimal point in the text keeps "4.1" times a million exactly 4100000.
  const [, mantissa, power = '0'] = /^([^eE]*)(?:[eE]([+-]?\d+))?$/.exec(digits)!;
  const value = Number(`${negative ? '-' : ''}${mantissa}e${Number(power) + exponent}`);
  return Number.isFinite(value) ? ok(value) : fail(`"${written}" is too large a number`);
}

/** "£" counts pounds, "£k" thousands, "£m" millions, "£bn" billions; other "£…" units count pounds. */
function moneyUnitExponent(unit: string): number {
  return MONEY_SUFFIXES[unit.slice(1).trim().toLowerCase()] ?? 0;
}

/**
 * A date as YYYY-MM-DD (or YYYY-MM, YYYY, as the schema allows). Reads ISO dates and UK dates
 * (day first: "31/03/2023", "31.03.2023", "31-03-2023"), and ignores a midnight time that
 * spreadsheets append ("31/03/2023 00:00"). Two-digit years and impossible days are refused.
 */
export function parseSheetDate(cell: string): CellResult<string> {
  const written = cell.trim();
  if (written === '') return fail('is empty: give the date the figure is for');
  const text = written.replace(/(?:[ T]00:00(?::00(?:\.0+)?)?Z?)$/, '');
  const pad = (n: string) => n.padStart(2, '0');
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (iso) {
    const [, year, month, day] = iso;
    return checkedDate(written, year!, month && pad(month), day && pad(day));
  }
  const uk = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(text);
  if (uk) {
    const [, day, , month, year] = uk;
    if (year!.length === 2) return fail(`"${written}": write the year in full (${day}/${month}/20${year})`);
    return checkedDate(written, year!, pad(month!), pad(day!));
  }
  return fail(`"${written}" is not a date: write it as day/month/year (31/03/2023) or year-month-day (2023-03-31)`);
}

/** The years a plan's figures can be for (the schema's plan years are 1900 to 2200). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

function checkedDate(written: string, year: string, month?: string, day?: string): CellResult<string> {
  if (Number(year) < FIRST_YEAR || Number(year) > LAST_YEAR) {
    return fail(`"${written}": the year ${Number(year)} cannot be right for a figure (write a year from ${FIRST_YEAR} to ${LAST_YEAR})`);
  }
  const m = month === undefined ? 1 : Number(month);
  const d = day === undefined ? 1 : Number(day);
  const date = new Date(Date.UTC(Number(year), m - 1, d));
  if (m < 1 || m > 12 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return fail(`"${written}" is not a date: there is no day ${d} in month ${m} of ${year} (dates are read day first)`);
  }
  return ok([year, month, day].filter((part) => part !== undefined).join('-'));
}

const YES = new Set(['yes', 'y', 'true', '1', 'example']);
const NO = new Set(['', 'no', 'n', 'false', '0']);

/** A yes/no cell ("yes", "no", "true", "false", "1", "0", or empty for no). */
export function parseYesNo(cell: string): CellResult<boolean> {
  const text = cell.trim().toLowerCase();
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return fail(`"${cell.trim()}" is not yes or no`);
}

/**
 * Text that a spreadsheet would take for a formula ("=1+2", "+44 …", "@SUM") is written with a
 * leading apostrophe, which Excel shows as text (CSV injection); reading undoes it. Text that
 * already starts with apostrophes before such a character ("'=x") gets one more, so that reading
 * gives back exactly what was written.
 */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

export function unescapeFormulaText(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
