/**
 * What the `plan-kit` commands share: the usage text, exit codes, output, and reading a plan file with every
 * problem located by file, line:column and JSON path.
 */
import { readFile } from 'node:fs/promises';
import { type Node, type ParseError, findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import { type PathItem, type Problem, formatProblem } from './problems.js';
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
  import FIGURES.csv --into PLAN
                       Merge dated indicator figures from a CSV file into the plan.
                       Checks every row first; writes nothing if any row is bad.
                       Keeps the previous plan as PLAN.bak.

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

export async function validateFile(file: string): Promise<{ report: FileReport; parsed?: { plan: Plan; tree: Node; text: string } }> {
  const report: FileReport = { file, valid: false, errors: [], warnings: [] };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : String(error);
    report.errors.push({ severity: 'error', path: '', pathItems: [], message: `cannot read the file: ${reason}` });
    return { report };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const firstError = parseErrors[0];
  if (firstError || !tree) {
    // Only the first: later parse errors are mostly knock-on effects of it.
    const detail = firstError ? describeParseError(printParseErrorCode(firstError.error)) : 'the file is empty';
    const where = lineColumn(text, firstError?.offset ?? 0);
    report.errors.push({ severity: 'error', path: '', pathItems: [], message: `not valid JSON: ${detail}`, ...where });
    return { report };
  }
  // jsonc-parser accepts what JSON.parse does once comments and trailing commas are refused.
  const data: unknown = JSON.parse(text);
  const result = validatePlan(data);
  const located = (p: Problem) => locate(p, tree, text);
  report.errors = result.errors.map(located);
  report.warnings = result.warnings.map(located);
  report.valid = result.ok;
  return result.ok ? { report, parsed: { plan: result.plan, tree, text } } : { report };
}

/** Adds line:column of the JSON value (or, for a missing field, of the object that lacks it). */
export function locate(p: Problem, tree: Node, text: string): LocatedProblem {
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
  return { ...p, ...lineColumn(text, target.offset) };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
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
  for (const p of report.errors) output.out(`  error    ${where(p)}  ${formatProblem(p)}`);
  if (warnings) for (const p of report.warnings) output.out(`  warning  ${where(p)}  ${formatProblem(p)}`);
}

export function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
