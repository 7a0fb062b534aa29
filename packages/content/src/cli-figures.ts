/**
 * `plan-kit export` and `plan-kit import`: indicator figures to and from a spreadsheet.
 * The work is done by the library (csv-export.ts, csv-import.ts, json-edit.ts); this module
 * reads and writes the files and says what happened.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { FileLockedError, replaceKeepingBackup, withFileLock, writeFileSafely } from './atomic-file.js';
import {
  EXIT_INVALID,
  EXIT_OK,
  EXIT_USAGE,
  type Output,
  type ParsedPlanFile,
  USAGE,
  describeFileError,
  plural,
  printReport,
  validateFile,
} from './cli-common.js';
import { importActionsInto } from './cli-actions.js';
import { actionsToCsv, isActionsSheet } from './csv-actions.js';
import { indicatorsToCsv } from './csv-export.js';
import { allActions } from './delivery.js';
import type { FigureChange, ImportResult } from './csv-import.js';
import { type RowProblem, UnreadableCsvError, decodeCsvBytes } from './csv-sheet.js';
import { formatBytes } from './load-errors.js';
import { type PreparedImport, describeImport, prepareImport } from './import-summary.js';
import { DEFAULT_MAX_BYTES } from './loader.js';
import { allIndicators } from './lookup.js';
import { formatProblem } from './problems.js';
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
export async function readValidPlan(file: string, output: Output): Promise<ParsedPlanFile | undefined> {
  const { report, parsed } = await validateFile(file);
  if (parsed) return parsed;
  printReport(report, false, output);
  output.out(`Nothing done: ${file} must be a valid plan first (npx plan-kit validate ${file}).`);
  return undefined;
}

export async function exportCommand(args: string[], output: Output): Promise<number> {
  const parsed = parseCommandArgs('export', args, { indicators: { type: 'string' }, actions: { type: 'string' } }, output);
  if (typeof parsed === 'number') return parsed;
  const [planFile, ...extra] = parsed.positionals;
  // The figures sheet, or the actions sheet (csv-actions.ts): one at a time.
  const actions = parsed.values.actions as string | undefined;
  if (actions !== undefined && parsed.values.indicators !== undefined) return usageError('export', 'give --indicators or --actions, not both.', output);
  const out = (parsed.values.indicators ?? actions) as string | undefined;
  if (!planFile || extra.length > 0) return usageError('export', 'name one plan file.', output);
  if (!out) return usageError('export', 'say where to write the figures: --indicators OUT.csv, or the actions: --actions OUT.csv (or - to print them).', output);

  if (out !== '-' && (await sameFile(out, planFile))) {
    output.err(`plan-kit export: ${out} is the plan itself: name a new .csv file to write the figures to (nothing written).`);
    return EXIT_USAGE;
  }
  if (out !== '-' && /\.json$/i.test(out)) {
    output.err(`plan-kit export: ${out} ends in .json, but export writes CSV: name a .csv file (nothing written).`);
    return EXIT_USAGE;
  }

  const read = await readValidPlan(planFile, output);
  if (!read) return EXIT_INVALID;
  const csv = actions !== undefined ? actionsToCsv(read.plan) : indicatorsToCsv(read.plan);
  if (out === '-') {
    process.stdout.write(csv);
    return EXIT_OK;
  }
  try {
    await writeFileSafely(out, csv);
  } catch (error) {
    output.out(`${out}: cannot write the file: ${describeFileError(error)}. Nothing written; name a file in a folder you can write to.`);
    return EXIT_INVALID;
  }
  const rows = csv.split('\r\n').length - 2;
  const [count, word] = actions !== undefined ? [allActions(read.plan).length, 'action'] : [[...allIndicators(read.plan)].length, 'indicator'];
  output.out(`Wrote ${out}: ${rows} ${plural(rows, 'row')} for ${count} ${plural(count, word)} of ${read.plan.id}.`);
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
    const reason = error instanceof UnreadableCsvError ? error.message : `cannot read the file: ${describeFileError(error)}`;
    output.out(`${csvFile}: ${reason}`);
    output.out(`Nothing written to ${planFile}.`);
    return EXIT_INVALID;
  }
  // The actions sheet names an Action column (cli-actions.ts); every other file is read as figures.
  const into = isActionsSheet(csvText) ? importActionsInto : importInto;
  const run = (stillHeld?: () => void) => into(planFile, csvFile, csvText, { dryRun, skipBadRows: parsed.values['skip-bad-rows'] === true }, output, stillHeld);
  // A dry run writes nothing, so it needs no lock (and works where the folder is read-only); a
  // plan that cannot be read is reported as such by reading it.
  if (dryRun || !(await isFile(planFile))) return run();
  try {
    return await withFileLock(planFile, run);
  } catch (error) {
    if (error instanceof FileLockedError) {
      output.out(`${planFile}: nothing written: ${error.message}`);
      return EXIT_INVALID;
    }
    output.out(`${planFile}: cannot lock the plan for the import: ${describeFileError(error)}. Nothing written.`);
    return EXIT_INVALID;
  }
}

async function importInto(
  planFile: string,
  csvFile: string,
  csvText: string,
  options: { dryRun: boolean; skipBadRows: boolean },
  output: Output,
  stillHeld?: () => void,
): Promise<number> {
  const read = await readValidPlan(planFile, output);
  if (!read) return EXIT_INVALID;

  let prepared: PreparedImport;
  try {
    prepared = prepareImport(read.text, read.plan, csvText, {
      file: basename(csvFile),
      importedOn: today(),
      skipBadRows: options.skipBadRows,
    });
  } catch (error) {
    output.out(`  error    ${planFile}  cannot write the figures into the plan's text: ${(error as Error).message}`);
    output.out(`Nothing written: run npx plan-kit validate ${planFile} and correct what it reports, then import again.`);
    return EXIT_INVALID;
  }
  const result = prepared.result;
  // Status moves first, in words, then each new latest figure (import-summary.ts); then the rows refused, then every figure.
  if (result.ok) for (const line of describeImport(prepared, { dryRun: options.dryRun })) output.out(line);
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

  // The figures and the plan's record of this import, in one write.
  return writeImportedPlan(planFile, read, prepared.text!, { dryRun: options.dryRun, what: 'these figures' }, output, stillHeld);
}

/**
 * The last steps of every import (figures or actions), given the plan file's new text: the merged
 * plan must pass every check and stay under loadPlan's cap; a dry run stops there; otherwise the
 * plan is replaced atomically, its previous bytes kept as PLAN.bak.
 */
export async function writeImportedPlan(
  planFile: string,
  read: ParsedPlanFile,
  text: string,
  options: { dryRun: boolean; what: string },
  output: Output,
  stillHeld?: () => void,
): Promise<number> {
  // The merged plan must pass every check before it replaces the file.
  const check = validatePlan(JSON.parse(text));
  if (!check.ok) {
    for (const p of check.errors) output.out(`  error    ${planFile}  ${formatProblem(p)}`);
    output.out(`Nothing written: the updated plan would not be valid.`);
    return EXIT_INVALID;
  }
  // A plan over loadPlan's cap would import but never load on a page.
  const size = new TextEncoder().encode(text).byteLength;
  if (size > DEFAULT_MAX_BYTES) {
    output.out(
      `Nothing written: with ${options.what} ${planFile} would be ${formatBytes(size)}, over the ${formatBytes(DEFAULT_MAX_BYTES)} ` +
        'a plan may be (pages would refuse to load it). Import fewer rows, or move older figures out of the plan.',
    );
    return EXIT_INVALID;
  }
  if (options.dryRun) {
    output.out(`Dry run: nothing written to ${planFile}.`);
    return EXIT_OK;
  }
  let backup: string;
  try {
    stillHeld?.();
    backup = await replaceKeepingBackup(planFile, read.bytes, text);
  } catch (error) {
    if (error instanceof FileLockedError) throw error;
    output.out(`${planFile}: cannot write the plan: ${describeFileError(error)}. The plan is unchanged; check that you may write to its folder.`);
    return EXIT_INVALID;
  }
  output.out(`Wrote ${planFile} (the previous version is in ${backup}).`);
  return EXIT_OK;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/** Whether two paths name one file (the same inode, or the same path when one does not exist yet). */
async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return resolve(a) === resolve(b);
  }
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
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
