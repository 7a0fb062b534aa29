/**
 * `plan-kit export` and `plan-kit import`: indicator figures to and from a spreadsheet.
 * The work is done by the library (csv-export.ts, csv-import.ts, json-edit.ts); this module
 * reads and writes the files and says what happened.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import {
  BACKUP_SUFFIX,
  FileLockedError,
  LOCK_SUFFIX,
  LockLostError,
  UnsafeTargetError,
  checkWriteTarget,
  replaceKeepingBackup,
  withFileLock,
  writeFileSafely,
} from './atomic-file.js';
import { FileTooLargeError, readFileCapped } from './file-read.js';
import {
  EXIT_INVALID,
  EXIT_OK,
  EXIT_USAGE,
  type Output,
  type ParsedPlanFile,
  USAGE,
  describeFileError,
  listLimited,
  plural,
  printReport,
  validateFile,
} from './cli-common.js';
import { indicatorsToCsv } from './csv-export.js';
import { isoDay } from './dates.js';
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

/** Reads and validates a plan file (`real`: the file a link named `file` leads to); prints its problems and returns nothing when it is not a valid plan. */
async function readValidPlan(file: string, output: Output, real = file): Promise<ParsedPlanFile | undefined> {
  const { report, parsed } = await validateFile(real, file);
  if (parsed) return parsed;
  printReport(report, false, output);
  output.out(`Nothing done: ${file} must be a valid plan first (npx plan-kit validate ${file}).`);
  return undefined;
}

/**
 * The largest CSV file import reads. An export of the largest plan loadPlan accepts (5 MB) is
 * about 30 MB (each row repeats the indicator's title, unit and range); an 80 MB file took 1.3 GB.
 */
export const MAX_CSV_FILE_BYTES = 32 * 1024 * 1024;

/** A plan's own files, which export must never write over: the plan, its backup, its lock. */
const PLAN_FILE_ENDINGS = /\.json(?:\.bak|\.lock)?$|\.bak$|\.lock$/i;

/** Why export must not write to `out`, or nothing when it may. */
async function exportTargetProblem(out: string, planFile: string): Promise<string | undefined> {
  const ending = PLAN_FILE_ENDINGS.exec(out)?.[0];
  if (ending) return `${out} ends in ${ending}, but export writes CSV: name a .csv file (a plan, its backup and its lock are never written over)`;
  const plan = await realpath(planFile).catch(() => resolve(planFile));
  for (const own of [plan, `${plan}${BACKUP_SUFFIX}`, `${resolve(planFile)}${BACKUP_SUFFIX}`]) {
    if (await sameFile(out, own)) return `${out} is ${own === plan ? 'the plan itself' : "the plan's backup"}: name a new .csv file to write the figures to`;
  }
  try {
    await checkWriteTarget(out, 'where the figures would go');
  } catch (error) {
    // A folder is a write error like any other (below); a link is refused here.
    if (error instanceof UnsafeTargetError && error.code === 'ELINK') return error.message;
  }
  return undefined;
}

export async function exportCommand(args: string[], output: Output): Promise<number> {
  const parsed = parseCommandArgs('export', args, { indicators: { type: 'string' } }, output);
  if (typeof parsed === 'number') return parsed;
  const [planFile, ...extra] = parsed.positionals;
  const out = parsed.values.indicators as string | undefined;
  if (!planFile || extra.length > 0) return usageError('export', 'name one plan file.', output);
  if (!out) return usageError('export', 'say where to write the figures: --indicators OUT.csv (or - to print them).', output);

  const refused = out === '-' ? undefined : await exportTargetProblem(out, planFile);
  if (refused) {
    output.err(`plan-kit export: ${refused} (nothing written).`);
    return EXIT_USAGE;
  }

  const read = await readValidPlan(planFile, output);
  if (!read) return EXIT_INVALID;
  // The status columns are worked out as at today, read once for the export.
  const csv = indicatorsToCsv(read.plan, { asAt: isoDay() });
  if (out === '-') {
    (output.data ?? ((text: string) => process.stdout.write(text)))(csv);
    return EXIT_OK;
  }
  try {
    await writeFileSafely(out, csv);
  } catch (error) {
    const reason = error instanceof UnsafeTargetError && error.code === 'EISDIR' ? describeFileError({ code: 'EISDIR' }) : describeFileError(error);
    output.out(`${out}: cannot write the file: ${reason}. Nothing written (${out} is as it was).`);
    return EXIT_INVALID;
  }
  const indicators = [...allIndicators(read.plan)].length;
  const rows = csv.split('\r\n').length - 2;
  output.out(`Wrote ${out}: ${rows} ${plural(rows, 'row')} for ${indicators} ${plural(indicators, 'indicator')} of ${read.plan.id}.`);
  return EXIT_OK;
}

export async function importCommand(args: string[], output: Output): Promise<number> {
  const parsed = parseCommandArgs(
    'import',
    args,
    { into: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'skip-bad-rows': { type: 'boolean' }, 'as-at': { type: 'string' } },
    output,
  );
  if (typeof parsed === 'number') return parsed;
  const [csvFile, ...extra] = parsed.positionals;
  const planFile = parsed.values.into as string | undefined;
  if (!csvFile || extra.length > 0) return usageError('import', 'name one CSV file.', output);
  if (!planFile) return usageError('import', 'say which plan to update: --into PLAN.json.', output);
  const dryRun = parsed.values['dry-run'] === true;
  // The one reading of the clock: the import's day, and the latest date a figure may be for.
  const asAt = (parsed.values['as-at'] as string | undefined) ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asAt) || Number.isNaN(Date.parse(asAt))) {
    return usageError('import', `--as-at "${asAt}" is not a date: write it as YYYY-MM-DD.`, output);
  }

  let csvText: string;
  try {
    csvText = decodeCsvBytes(await readFileCapped(csvFile, MAX_CSV_FILE_BYTES));
  } catch (error) {
    const reason =
      error instanceof UnreadableCsvError
        ? error.message
        : error instanceof FileTooLargeError
          ? `the file is over ${formatBytes(MAX_CSV_FILE_BYTES)}, more than the figures of any plan: is it the right file? Split it, or import fewer rows at a time`
          : `cannot read the file: ${describeFileError(error)}`;
    output.out(`${csvFile}: ${reason}`);
    output.out(`Nothing written to ${planFile}.`);
    return EXIT_INVALID;
  }
  // A link to the plan is the plan: lock, read and replace the real file (a lock per name would let
  // two imports through two names overlap); the backup goes beside it.
  const resolved = await realpath(planFile).catch(() => resolve(planFile));
  const real = resolved === resolve(planFile) ? planFile : resolved;
  const options = { dryRun, skipBadRows: parsed.values['skip-bad-rows'] === true, asAt };
  const run = (stillHeld?: () => Promise<void>) => importInto({ planFile, real }, csvFile, csvText, options, output, stillHeld);
  // A dry run writes nothing, so it needs no lock (and works where the folder is read-only); a
  // plan that cannot be read is reported as such by reading it.
  if (dryRun || !(await isFile(real))) return run();
  try {
    return await withFileLock(real, run, { onWait: (message) => output.out(message) });
  } catch (error) {
    if (error instanceof FileLockedError || error instanceof LockLostError) {
      output.out(`${planFile}: nothing written: ${error.message}`);
      return EXIT_INVALID;
    }
    if (error instanceof UnsafeTargetError) {
      output.out(`Nothing written: ${error.message}`);
      return EXIT_INVALID;
    }
    output.out(`${planFile}: cannot lock the plan for the import (in ${real}${LOCK_SUFFIX}): ${describeFileError(error)}. Nothing written.`);
    return EXIT_INVALID;
  }
}

/** The plan changed on disk after the import read it: another import, or someone editing the JSON. */
class PlanChangedError extends Error {
  override name = 'PlanChangedError';
  constructor(file: string) {
    super(`${file} changed on disk while this import was working (another import, or someone editing it). Nothing written, so as not to overwrite that: import again.`);
  }
}

/** UTF-8's byte-order mark, which some editors write and the plan keeps. */
const BOM = [0xef, 0xbb, 0xbf];

function startsWithBom(bytes: Uint8Array): boolean {
  return BOM.every((b, i) => bytes[i] === b);
}

/** Control characters, which a file name may hold but a plan (and its feed's XML) may not. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

async function importInto(
  { planFile, real }: { planFile: string; real: string },
  csvFile: string,
  csvText: string,
  options: { dryRun: boolean; skipBadRows: boolean; asAt: string },
  output: Output,
  stillHeld?: () => Promise<void>,
): Promise<number> {
  const read = await readValidPlan(planFile, output, real);
  if (!read) return EXIT_INVALID;

  let prepared: PreparedImport;
  try {
    prepared = prepareImport(read.text, read.plan, csvText, {
      file: basename(csvFile).replace(CONTROL_CHARACTERS, ''),
      importedOn: options.asAt,
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
  // The first 50 and a count, as validate lists: not 5,000 lines for 5,000 bad rows.
  listLimited(
    result.problems.map((problem) => `  ${result.ok ? 'skipped' : 'error  '}  ${formatRowProblem(csvFile, problem)}`),
    output,
    (more) => `  … and ${more} more ${plural(more, 'problem')} in ${csvFile} (correct these and import again to see the rest)`,
  );
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
    const skipped = new Set(result.problems.map((p) => p.row)).size;
    if (result.rows === 0 && skipped > 0) {
      output.out(`Nothing written: every row of ${csvFile} is bad (${skipped} ${plural(skipped, 'row')}, listed above), so there was nothing to import. Correct them and import again.`);
      return EXIT_INVALID;
    }
    output.out(`No changes: ${planFile} already has these figures${skipped > 0 ? ` (${skipped} bad ${plural(skipped, 'row')} skipped)` : ''}.`);
    return EXIT_OK;
  }

  // The figures and the plan's record of this import, in one write; a byte-order mark stays.
  const text = prepared.text!;
  const bytes = Buffer.concat([Buffer.from(startsWithBom(read.bytes) ? BOM : []), Buffer.from(text, 'utf8')]);
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
      `Nothing written: with these figures ${planFile} would be ${formatBytes(size)}, over the ${formatBytes(DEFAULT_MAX_BYTES)} ` +
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
    backup = await replaceKeepingBackup(real, read.bytes, bytes, {
      // Just before replacing: the lock still ours (a paused import's may have been taken over),
      // and the plan still the bytes read (another import or an editor may have changed it).
      beforeReplace: async () => {
        await stillHeld?.();
        const now = await readFileCapped(real, MAX_PLAN_BYTES_ON_DISK).catch(() => undefined);
        if (!now || !now.equals(read.bytes)) throw new PlanChangedError(planFile);
      },
    });
  } catch (error) {
    if (error instanceof LockLostError || error instanceof PlanChangedError || error instanceof UnsafeTargetError) {
      output.out(`Nothing written: ${error.message}`);
      return EXIT_INVALID;
    }
    output.out(`${planFile}: cannot write the plan: ${describeFileError(error)}. Nothing written: the plan and its backup are as they were.`);
    return EXIT_INVALID;
  }
  output.out(`Wrote ${planFile}${real === planFile ? '' : ` (the file it links to, ${real})`} (the previous version is in ${backup}).`);
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

/** A plan the import read is at most this large (validateFile's cap); re-read to compare, with the same cap. */
const MAX_PLAN_BYTES_ON_DISK = DEFAULT_MAX_BYTES;

/** Today's date where the import runs, YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
