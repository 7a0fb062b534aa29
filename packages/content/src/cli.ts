/**
 * The `plan-kit` command line.
 *
 *   plan-kit validate FILE...   check plan files; exit 0 all valid, 1 any invalid, 2 usage error
 */
import { readFile } from 'node:fs/promises';
import { type Node, type ParseError, findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import { type PathItem, type Problem, formatProblem } from './problems.js';
import type { Plan } from './types.js';
import { checkPlanSet, validatePlan } from './validate.js';

const USAGE = `Usage: plan-kit <command> [options]

Commands:
  validate FILE...     Check plan files against the plan-kit content model.
                       Prints each error and warning with its file, line:column and
                       JSON path. Exits 0 when every file is valid, 1 when any is not.

Options:
  --no-warnings        Print errors only.
  --json               Print the results as JSON (one object per file).
  -h, --help           Show this help.
  -v, --version        Show the version.

Example:
  npx plan-kit validate content/plans/*.json
`;

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export async function main(argv: string[], output: Output = defaultOutput): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    (command === undefined ? output.err : output.out)(USAGE);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === '-v' || command === '--version') {
    output.out(await version());
    return EXIT_OK;
  }
  if (command === 'validate') return validateCommand(rest, output);
  output.err(`plan-kit: unknown command "${command}".\n\n${USAGE}`);
  return EXIT_USAGE;
}

interface FileReport {
  file: string;
  valid: boolean;
  errors: LocatedProblem[];
  warnings: LocatedProblem[];
}

interface LocatedProblem extends Problem {
  line?: number;
  column?: number;
}

async function validateCommand(args: string[], output: Output): Promise<number> {
  const files: string[] = [];
  let warnings = true;
  let json = false;
  for (const arg of args) {
    if (arg === '--no-warnings') warnings = false;
    else if (arg === '--json') json = true;
    else if (arg === '-h' || arg === '--help') {
      output.out(USAGE);
      return EXIT_OK;
    } else if (arg.startsWith('-')) {
      output.err(`plan-kit validate: unknown option "${arg}".\n\n${USAGE}`);
      return EXIT_USAGE;
    } else files.push(arg);
  }
  if (files.length === 0) {
    output.err(`plan-kit validate: name at least one plan file.\n\n${USAGE}`);
    return EXIT_USAGE;
  }

  const reports: FileReport[] = [];
  const valid: { report: FileReport; plan: Plan; tree: Node; text: string }[] = [];
  for (const file of files) {
    const { report, parsed } = await validateFile(file);
    reports.push(report);
    if (parsed) valid.push({ report, ...parsed });
  }
  // Lineage between the plans given together.
  const setProblems = checkPlanSet(valid.map((v) => v.plan));
  for (const { report, plan, tree, text } of valid) {
    const problems = setProblems.get(plan.id) ?? [];
    if (problems.length > 0) {
      report.valid = false;
      report.errors.push(...problems.map((p) => locate(p, tree, text)));
    }
  }

  if (json) {
    output.out(JSON.stringify(reports.map((r) => (warnings ? r : { ...r, warnings: [] })), null, 2));
  } else {
    for (const report of reports) printReport(report, warnings, output);
    const invalid = reports.filter((r) => !r.valid).length;
    output.out(
      invalid === 0
        ? `${reports.length} ${plural(reports.length, 'file')} valid.`
        : `${invalid} of ${reports.length} ${plural(reports.length, 'file')} invalid.`,
    );
  }
  return reports.every((r) => r.valid) ? EXIT_OK : EXIT_INVALID;
}

async function validateFile(file: string): Promise<{ report: FileReport; parsed?: { plan: Plan; tree: Node; text: string } }> {
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
function locate(p: Problem, tree: Node, text: string): LocatedProblem {
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

function printReport(report: FileReport, warnings: boolean, output: Output): void {
  const where = (p: LocatedProblem) => (p.line !== undefined ? `${report.file}:${p.line}:${p.column}` : report.file);
  const counts = [
    report.errors.length > 0 ? `${report.errors.length} ${plural(report.errors.length, 'error')}` : '',
    warnings && report.warnings.length > 0 ? `${report.warnings.length} ${plural(report.warnings.length, 'warning')}` : '',
  ].filter(Boolean);
  output.out(`${report.file}: ${report.valid ? 'valid' : 'INVALID'}${counts.length ? ` (${counts.join(', ')})` : ''}`);
  for (const p of report.errors) output.out(`  error    ${where(p)}  ${formatProblem(p)}`);
  if (warnings) for (const p of report.warnings) output.out(`  warning  ${where(p)}  ${formatProblem(p)}`);
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
