/**
 * The `plan-kit` command line.
 *
 *   plan-kit validate FILE...                       check plan files
 *   plan-kit export PLAN --indicators OUT.csv       indicator figures to a spreadsheet
 *   plan-kit import FIGURES.csv --into PLAN         figures from a spreadsheet into a plan
 *
 * Exit codes: 0 done (every file valid), 1 invalid content or bad rows (nothing written), 2 usage error.
 * Commands that write content write atomically and keep a backup (atomic-file.ts); `validate`
 * writes nothing.
 */
import { readFile } from 'node:fs/promises';
import { exportCommand, importCommand } from './cli-figures.js';
import {
  EXIT_INVALID,
  EXIT_OK,
  EXIT_USAGE,
  type FileReport,
  USAGE,
  type Output,
  type ParsedPlanFile,
  defaultOutput,
  describeFileError,
  locate,
  outputFailure,
  plural,
  printReport,
  validateFile,
  watchOutputStreams,
} from './cli-common.js';
import { problem } from './problems.js';
import { checkPlanSet } from './validate.js';

export { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type Output } from './cli-common.js';


export async function main(argv: string[], output: Output = defaultOutput): Promise<number> {
  if (output !== defaultOutput) return run(argv, output);
  watchOutputStreams();
  const code = await run(argv, output);
  // Until what was written has gone (or failed): a write error arrives after the write.
  await new Promise<void>((resolve) => {
    if (outputFailure.error || process.stdout.destroyed) resolve();
    else process.stdout.write('', (error) => {
      if (error) outputFailure.error ??= error as NodeJS.ErrnoException;
      resolve();
    });
  });
  const failure = outputFailure.error;
  // The reader went away (`| head`): it has what it wanted; not an error, and no stack trace.
  if (!failure || failure.code === 'EPIPE') return code;
  output.err(`plan-kit: cannot write the output: ${describeFileError(failure)}.`);
  return code === EXIT_OK ? EXIT_INVALID : code;
}

async function run(argv: string[], output: Output): Promise<number> {
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
  if (command === 'export') return exportCommand(rest, output);
  if (command === 'import') return importCommand(rest, output);
  output.err(`plan-kit: unknown command "${command}".\n\n${USAGE}`);
  return EXIT_USAGE;
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
  const valid: ({ report: FileReport } & ParsedPlanFile)[] = [];
  for (const file of files) {
    const { report, parsed } = await validateFile(file);
    reports.push(report);
    if (parsed) valid.push({ report, ...parsed });
  }
  // Lineage between the plans given together.
  const setProblems = checkPlanSet(valid.map((v) => v.plan));
  for (const { report, plan, tree, lines } of valid) {
    const problems = setProblems.get(plan.id) ?? [];
    if (problems.length > 0) {
      report.valid = false;
      report.errors.push(...problems.map((p) => locate(p, tree, lines)));
    }
  }
  // Two files with one id: pages, links and lineage would mix them up.
  const firstWithId = new Map<string, (typeof valid)[number]>();
  for (const file of valid) {
    const first = firstWithId.get(file.plan.id);
    if (!first) {
      firstWithId.set(file.plan.id, file);
      continue;
    }
    for (const [self, other] of [[first, file], [file, first]] as const) {
      const where = locate(problem('error', ['id'], ''), other.tree, other.lines);
      self.report.valid = false;
      self.report.errors.push(
        locate(problem('error', ['id'], `"${self.plan.id}" is also the id of ${other.report.file}:${where.line}:${where.column}: give each plan its own id`), self.tree, self.lines),
      );
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

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
