/**
 * What the `plan-kit` commands share: the usage text, exit codes, output, and reading a plan file with every
 * problem located by file, line:column and JSON path.
 */
import { readFile, stat } from 'node:fs/promises';
import { type Node, type ParseError, findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import { formatBytes } from './load-errors.js';
import { duplicateKeys } from './json-duplicates.js';
import { LineIndex, MAX_JSON_DEPTH, decodeUtf8Text, tooDeepAt } from './json-text.js';
import { DEFAULT_MAX_BYTES } from './loader.js';
import { type PathItem, type Problem, formatProblem, problem } from './problems.js';
import type { Plan } from './types.js';
import { validatePlan } from './validate.js';

export const USAGE = `Usage: plan-kit <command> [options]

Commands:
  validate FILE...     Check plan files against the plan-kit content model.
                       Prints each error and warning with its file, line:column and
                       JSON path. Exits 0 when every file is valid, 1 when any is not.
  export PLAN --indicators OUT.csv
                       Write every indicator figure of the plan to a CSV file that
                       Excel opens (one row per dated figure). OUT "-" prints it.
  export PLAN --actions OUT.csv
                       Write every action and commitment of the plan with its status,
                       reason, due date, owner and updates (one row per update).
  import FIGURES.csv --into PLAN
                       Merge dated indicator figures from a CSV file into the plan.
                       Checks every row first; writes nothing if any row is bad.
                       Keeps the previous plan as PLAN.bak.
  import ACTIONS.csv --into PLAN
                       The same for an actions sheet (a file with an Action column):
                       statuses, reasons, due dates, owners and new updates.

Options:
  --no-warnings        validate: print errors only.
  --json               validate: print the results as JSON (one object per file).
  --dry-run            import: print what would change, write nothing.
  --skip-bad-rows      import: import the good rows even if some are bad
                       (the bad rows are still reported).
  -h, --help           Show this help.
  -v, --version        Show the version.

Examples:
  npx plan-kit validate content/plans/*.json
  npx plan-kit export content/plans/2022-26.json --indicators figures.csv
  npx plan-kit import figures.csv --into content/plans/2022-26.json --dry-run
  npx plan-kit export content/plans/2022-26.json --actions actions.csv
`;

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const defaultOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export interface FileReport {
  file: string;
  valid: boolean;
  errors: LocatedProblem[];
  warnings: LocatedProblem[];
}

export interface LocatedProblem extends Problem {
  line?: number;
  column?: number;
}

/** The largest plan file validate accepts: what `loadPlan` accepts by default, so that a valid plan also loads. */
export const MAX_PLAN_FILE_BYTES = DEFAULT_MAX_BYTES;

/**
 * An invalid file of more values than this lists its first error only (with a note): a 5 MB file of
 * `{}` would otherwise list five million errors for a minute. Real plans have a few thousand values.
 */
const LIST_ALL_ERRORS_UP_TO_CLI = 200_000;

/** How many values `input` holds, counting up to `stop` (iteratively: any depth is safe). */
export function countValues(input: unknown, stop = Infinity): number {
  let count = 1;
  const pending: unknown[] = [input];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (++count >= stop) return count;
      pending.push(child);
    }
  }
  return count;
}

/** A plan file read and valid: the plan, its text and bytes as read (the backup keeps these), its tree and line index. */
export interface ParsedPlanFile {
  plan: Plan;
  tree: Node;
  text: string;
  bytes: Uint8Array;
  lines: LineIndex;
}

/** Why a file could not be read, in words, with what to do. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file (check the name and the folder)';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (check who owns the file and its folder)';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export async function validateFile(file: string): Promise<{ report: FileReport; parsed?: ParsedPlanFile }> {
  const report: FileReport = { file, valid: false, errors: [], warnings: [] };
  const fail = (message: string, where?: { line: number; column: number }) => {
    report.errors.push({ severity: 'error', path: '', pathItems: [], message, ...where });
    return { report };
  };
  let bytes: Uint8Array;
  try {
    const { size } = await stat(file);
    if (size > MAX_PLAN_FILE_BYTES) {
      return fail(`the file is ${formatBytes(size)}; a plan may be at most ${formatBytes(MAX_PLAN_FILE_BYTES)} (loadPlan refuses larger files): split it, or move long text out of it`);
    }
    bytes = await readFile(file);
  } catch (error) {
    return fail(`cannot read the file: ${describeFileError(error)}`);
  }
  const decoded = decodeUtf8Text(bytes);
  if (!decoded.ok) return fail(decoded.message, new LineIndex(decoded.text).at(decoded.offset));
  const { text } = decoded;
  const lines = new LineIndex(text);

  const deepAt = tooDeepAt(text);
  if (deepAt !== undefined) return fail(`lists and objects nested more than ${MAX_JSON_DEPTH} deep: a plan is never this deep (is the file broken?)`, lines.at(deepAt));

  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const firstError = parseErrors[0];
  if (firstError || !tree) {
    // Only the first: later parse errors are mostly knock-on effects of it.
    const detail = firstError ? describeParseError(printParseErrorCode(firstError.error)) : 'the file is empty';
    return fail(`not valid JSON: ${detail}`, lines.at(firstError?.offset ?? 0));
  }
  // Two of one key: JSON.parse would keep the last without a word.
  for (const duplicate of duplicateKeys(text)) {
    const first = lines.at(duplicate.firstOffset);
    report.errors.push({
      ...problem('error', duplicate.pathItems, `given twice, here and at line ${first.line}:${first.column} (only the last would count): keep one`),
      ...lines.at(duplicate.offset),
    });
  }
  if (report.errors.length > 0) return { report };
  // jsonc-parser accepts what JSON.parse does once comments and trailing commas are refused.
  const data: unknown = JSON.parse(text);
  const result = validatePlan(data, { firstErrorOnly: countValues(data, LIST_ALL_ERRORS_UP_TO_CLI + 1) > LIST_ALL_ERRORS_UP_TO_CLI });
  const located = (p: Problem) => locate(p, tree, lines);
  report.errors = result.errors.map(located);
  report.warnings = result.warnings.map(located);
  report.valid = result.ok;
  return result.ok ? { report, parsed: { plan: result.plan, tree, text, bytes, lines } } : { report };
}

/** Adds line:column of the JSON value (or, for a missing field, of the object that lacks it). */
export function locate(p: Problem, tree: Node, lines: LineIndex): LocatedProblem {
  let path: PathItem[] = p.pathItems;
  let node = findNodeAtLocation(tree, path);
  while (!node && path.length > 0) {
    path = path.slice(0, -1);
    node = findNodeAtLocation(tree, path);
  }
  // An unknown field: point at its key, not its value.
  const target = node?.parent?.type === 'property' && node.parent.children?.[1] === node && p.message.startsWith('unknown field')
    ? node.parent
    : node;
  if (!target) return p;
  return { ...p, ...lines.at(target.offset) };
}

const PARSE_ERROR_WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'badly written number',
  PropertyNameExpected: 'expected a field name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the end',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unfinished comment',
  UnexpectedEndOfString: 'unfinished text (missing closing ")',
  UnexpectedEndOfNumber: 'unfinished number',
  InvalidUnicode: 'bad \\u escape',
  InvalidEscapeCharacter: 'bad escape character',
  InvalidCharacter: 'character not allowed in text (a line break or control character)',
};

function describeParseError(code: string): string {
  return PARSE_ERROR_WORDS[code] ?? code;
}

export function printReport(report: FileReport, warnings: boolean, output: Output): void {
  const where = (p: LocatedProblem) => (p.line !== undefined ? `${report.file}:${p.line}:${p.column}` : report.file);
  const counts = [
    report.errors.length > 0 ? `${report.errors.length} ${plural(report.errors.length, 'error')}` : '',
    warnings && report.warnings.length > 0 ? `${report.warnings.length} ${plural(report.warnings.length, 'warning')}` : '',
  ].filter(Boolean);
  output.out(`${report.file}: ${report.valid ? 'valid' : 'INVALID'}${counts.length ? ` (${counts.join(', ')})` : ''}`);
  const list = (kind: 'error' | 'warning', problems: LocatedProblem[]) => {
    for (const p of problems.slice(0, MAX_PROBLEMS_LISTED)) output.out(`  ${kind.padEnd(7)}  ${where(p)}  ${formatProblem(p)}`);
    const more = problems.length - MAX_PROBLEMS_LISTED;
    if (more > 0) output.out(`  … and ${more} more ${plural(more, kind)} (correct these and validate again, or see them all with --json)`);
  };
  list('error', report.errors);
  if (warnings) list('warning', report.warnings);
}

/** Problems printed per file and kind: enough to work on, not 30,000 lines. (--json gives them all.) */
export const MAX_PROBLEMS_LISTED = 50;

export function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
