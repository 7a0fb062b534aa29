/**
 * `plan-kit import ACTIONS.csv --into PLAN`: the actions sheet into a plan. Everything but the
 * merge is the figures import's (cli-figures.ts): the same reading of the file, lock, checks,
 * dry run, atomic write and backup, so that a fix to one is a fix to both.
 */
import { basename } from 'node:path';
import { type PreparedActionsImport, describeActionsImport, prepareActionsImport } from './actions-summary.js';
import { EXIT_INVALID, EXIT_OK, type Output, plural } from './cli-common.js';
import { formatRowProblem, readValidPlan, today, writeImportedPlan } from './cli-figures.js';

export async function importActionsInto(
  planFile: string,
  csvFile: string,
  csvText: string,
  options: { dryRun: boolean; skipBadRows: boolean },
  output: Output,
  stillHeld?: () => void,
): Promise<number> {
  const read = await readValidPlan(planFile, output);
  if (!read) return EXIT_INVALID;
  let prepared: PreparedActionsImport;
  try {
    prepared = prepareActionsImport(read.text, read.plan, csvText, { file: basename(csvFile), importedOn: today(), skipBadRows: options.skipBadRows });
  } catch (error) {
    output.out(`  error    ${planFile}  cannot write the actions into the plan's text: ${(error as Error).message}`);
    output.out(`Nothing written: run npx plan-kit validate ${planFile} and correct what it reports, then import again.`);
    return EXIT_INVALID;
  }
  const { result } = prepared;
  // Status moves first, in words, then each action's other changes; then the rows refused.
  if (result.ok) for (const line of describeActionsImport(prepared, { dryRun: options.dryRun })) output.out(line);
  for (const problem of result.problems) output.out(`  ${result.ok ? 'skipped' : 'error  '}  ${formatRowProblem(csvFile, problem)}`);
  if (!result.ok) {
    const bad = new Set(result.problems.map((p) => p.row)).size;
    output.out(
      `Nothing written: ${bad} bad ${plural(bad, 'row')} in ${csvFile}. Correct ${bad === 1 ? 'it' : 'them'} and import again` +
        (result.problems.some((p) => p.row === 1) ? '.' : ', or import the good rows with --skip-bad-rows.'),
    );
    return EXIT_INVALID;
  }
  if (result.changes.length === 0) {
    output.out(`No changes: ${planFile} already has these statuses, dates and updates.`);
    return EXIT_OK;
  }
  return writeImportedPlan(planFile, read, prepared.text!, { dryRun: options.dryRun, what: 'these actions' }, output, stillHeld);
}
