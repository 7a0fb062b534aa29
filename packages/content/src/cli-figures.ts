/**
 * `plan-kit export` and `plan-kit import`: indicator figures to and from a spreadsheet.
 * The work is done by the library (csv-export.ts, csv-import.ts, json-edit.ts); this module
 * reads and writes the files and says what happened.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { replaceKeepingBackup, writeFileSafely } from './atomic-file.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type Output, USAGE, plural, printReport, validateFile } from './cli-common.js';
import { indicatorsToCsv } from './csv-export.js';
import type { FigureChange, ImportResult } from './csv-import.js';
import { type RowProblem, decodeCsvBytes } from './csv-sheet.js';
import { describeImport, prepareImport } from './import-summary.js';
import { allIndicators } from './lookup.js';
import { formatProblem } from './problems.js';
import type { Plan } from './types.js';
import { validatePlan } from './validate.js';

type Parsed = { positionals: string[]; values: Record<string, string | boolean | undefined> };

/** The options and file arguments, or the exit code where the command stops here (a usage error, or --help). */
function parseCommandArgs(command: string, args: string[], options: NonNullable<ParseArgsConfig['options']>, output: Output): Parsed | number {
  let parsed: Parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true }) as Parsed;
  } catch (error) {
    output.err(`plan-kit ${command}: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (parsed.values.help) {
    output.out(USAGE);
    return EXIT_OK;
  }
  return parsed;
}

function usageError(command: string, message: string, output: Output): number {
  output.err(`plan-kit ${command}: ${message}\n\n${USAGE}`);
  return EXIT_USAGE;
}

/** Reads and validates a plan file; prints its problems and returns nothing when it is not a valid plan. */
async function readValidPlan(file: string, output: Output): Promise<{ plan: Plan; text: string } | undefined> {
  const { report, parsed } = await validateFile(file);
  if (parsed) return parsed;
  printReport(report, false, output);
  output.out(`Nothing done: ${file} must be a valid plan first (npx plan-kit validate ${file}).`);
  return undefined;
}

export async function exportCommand(args: string[], output: Output): Promise<number> {
  const parsed = parseCommandArgs('export', args, { indicators: { type: 'string' } }, output);
  if (typeof parsed === 'number') return parsed;
  const [planFile, ...extra] = parsed.positionals;
  const out = parsed.values.indicators as string | undefined;
  if (!planFile || extra.length > 0) return usageError('export', 'name one plan file.', output);
  if (!out) return usageError('export', 'say where to write the figures: --indicators OUT.csv (or - to print them).', output);

  const read = await readValidPlan(planFile, output);
  if (!read) return EXIT_INVALID;
  const csv = indicatorsToCsv(read.plan);
  if (out === '-') {
    process.stdout.write(csv);
    return EXIT_OK;
  }
  await writeFileSafely(out, csv);
  const indicators = [...allIndicators(read.plan)].length;
  const rows = csv.split('\r\n').length - 2;
  output.out(`Wrote ${out}: ${rows} ${plural(rows, 'row')} for ${indicators} ${plural(indicators, 'indicator')} of ${read.plan.id}.`);
  return EXIT_OK;
}

export async function importCommand(args: string[], output: Output): Promise<number> {
  const parsed = parseCommandArgs(
    'import',
    args,
    { into: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'skip-bad-rows': { type: 'boolean' } },
    output,
  );
  if (typeof parsed === 'number') return parsed;
  const [csvFile, ...extra] = parsed.positionals;
  const planFile = parsed.values.into as string | undefined;
  if (!csvFile || extra.length > 0) return usageError('import', 'name one CSV file.', output);
  if (!planFile) return usageError('import', 'say which plan to update: --into PLAN.json.', output);
  const dryRun = parsed.values['dry-run'] === true;

  let csvText: string;
  try {
    csvText = decodeCsvBytes(await readFile(csvFile));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    output.out(`${csvFile}: cannot read the file: ${code === 'ENOENT' ? 'no such file' : String(error)}`);
    return EXIT_INVALID;
  }
  const read = await readValidPlan(planFile, output);
  if (!read) return EXIT_INVALID;

  const prepared = prepareImport(read.text, read.plan, csvText, {
    file: basename(csvFile),
    importedOn: today(),
    skipBadRows: parsed.values['skip-bad-rows'] === true,
  });
  const result = prepared.result;
  // Status moves first, in words, then each new latest figure (import-summary.ts); then the rows refused, then every figure.
  if (result.ok) for (const line of describeImport(prepared, { dryRun })) output.out(line);
  for (const problem of result.problems) output.out(`  ${result.ok ? 'skipped' : 'error  '}  ${formatRowProblem(csvFile, problem)}`);
  if (!result.ok) {
    const bad = new Set(result.problems.map((p) => p.row)).size;
    output.out(
      `Nothing written: ${bad} bad ${plural(bad, 'row')} in ${csvFile}. Correct ${bad === 1 ? 'it' : 'them'} and import again` +
        (result.problems.some((p) => p.row === 1) ? '.' : ', or import the good rows with --skip-bad-rows.'),
    );
    return EXIT_INVALID;
  }
  printChanges(result, output);
  if (result.changes.length === 0) {
    output.out(`No changes: ${planFile} already has these figures.`);
    return EXIT_OK;
  }
  if (dryRun) {
    output.out(`Dry run: nothing written to ${planFile}.`);
    return EXIT_OK;
  }

  // The figures and the plan's record of this import, in one write.
  const text = prepared.text!;
  // The merged plan must pass every check before it replaces the file.
  const check = validatePlan(JSON.parse(text));
  if (!check.ok) {
    for (const p of check.errors) output.out(`  error    ${planFile}  ${formatProblem(p)}`);
    output.out(`Nothing written: the updated plan would not be valid.`);
    return EXIT_INVALID;
  }
  const backup = await replaceKeepingBackup(planFile, read.text, text);
  output.out(`Wrote ${planFile} (the previous version is in ${backup}).`);
  return EXIT_OK;
}

/** `values.csv: row 5, column C (Value): "abc" is not a number` */
export function formatRowProblem(file: string, problem: RowProblem): string {
  const where = problem.column ? `row ${problem.row}, column ${problem.column} (${problem.header})` : `row ${problem.row}`;
  return `${file}: ${where}: ${problem.message}`;
}

function printChanges(result: ImportResult, output: Output): void {
  const describe = (c: FigureChange) => {
    const figure = `${c.indicator}  ${c.date}`;
    if (c.kind === 'added') return `${figure}  ${c.value.value}`;
    if (c.kind === 'confirmed') return `${figure}  ${c.value.value}, was an example figure, now a council figure`;
    return c.previous!.value === c.value.value
      ? `${figure}  note "${c.previous!.note ?? ''}" → "${c.value.note ?? ''}"`
      : `${figure}  ${c.previous!.value} → ${c.value.value}`;
  };
  for (const change of result.changes) output.out(`  ${change.kind.padEnd(9)}  ${describe(change)}  (row ${change.row})`);
  for (const id of result.examplesCleared) {
    output.out(`  examples   ${id} now has council figures; its other figures stay marked as examples`);
  }
  const skipped = new Set(result.problems.map((p) => p.row)).size;
  const count = (kind: FigureChange['kind']) => result.changes.filter((c) => c.kind === kind).length;
  const parts = [
    `${count('added')} added`,
    `${count('changed')} changed`,
    ...(count('confirmed') ? [`${count('confirmed')} confirmed`] : []),
    `${result.unchanged} unchanged`,
    ...(skipped ? [`${skipped} bad ${plural(skipped, 'row')} skipped`] : []),
  ];
  output.out(`${result.rows} ${plural(result.rows, 'figure')} read: ${parts.join(', ')}.`);
}

/** Today's date where the import runs, YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
