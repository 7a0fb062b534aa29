import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { minimalPlan, repoRoot } from '../helpers/fixtures.ts';

const run = promisify(execFile);
const bin = join(repoRoot, 'node_modules/.bin/plan-kit');

/** Runs the installed `plan-kit` binary as a user would; returns exit code and output. */
async function planKit(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(bin, args, { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-kit-cli-'));
});

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('plan-kit validate', () => {
  it('exits 0 and says so when every file is valid', async () => {
    const path = await file('ok.json', JSON.stringify(minimalPlan(), null, 2));
    const { code, stdout } = await planKit('validate', path);
    expect(code).to.equal(0);
    expect(stdout).to.contain(`${path}: valid (1 warning)`);
    expect(stdout).to.match(/warning {2}.+ok\.json:\d+:\d+ {2}outcomes\[0\]\.subOutcomes\[0\]\.aims\[0\]\.indicators\[0\]: figures are examples/);
    expect(stdout).to.contain('1 file valid.');
  });

  it('exits 1 and prints each error with file, line:column and path', async () => {
    const plan = minimalPlan();
    delete plan.outcomes[1].subOutcomes[0].title;
    plan.outcomes[0].titel = 'typo';
    const path = await file('bad.json', JSON.stringify(plan, null, 2));
    const { code, stdout } = await planKit('validate', path);
    expect(code).to.equal(1);
    const lines = stdout.split('\n');
    // The missing title is reported at its object; the typo at its key.
    expect(lines).to.include(`  error    ${path}:105:9  outcomes[1].subOutcomes[0].title: required`);
    expect(lines).to.include(`  error    ${path}:94:7  outcomes[0].titel: unknown field (did you mean "title"?)`);
    expect(stdout).to.contain('1 of 1 file invalid.');
  });

  it('points at the place where JSON is broken', async () => {
    const path = await file('broken.json', '{\n  "id": "x",\n}\n');
    const { code, stdout } = await planKit('validate', path);
    expect(code).to.equal(1);
    expect(stdout).to.contain(`${path}:3:1  not valid JSON: expected a field name in double quotes`);
  });

  it('checks lineage across the files given together', async () => {
    const newer = minimalPlan();
    const older = { ...minimalPlan(), id: 'older', lineage: [] };
    const paths = [await file('newer.json', JSON.stringify(newer)), await file('older.json', JSON.stringify(older))];
    const { code, stdout } = await planKit('validate', '--no-warnings', ...paths);
    expect(code).to.equal(1);
    expect(stdout).to.contain('lineage[0].from: refers to outcome "wellbeing", which plan "older" does not have');
    expect(stdout).not.to.contain('warning');
  });

  it('reports a missing file without stopping at it', async () => {
    const ok = await file('ok2.json', JSON.stringify(minimalPlan()));
    const { code, stdout } = await planKit('validate', join(dir, 'nope.json'), ok);
    expect(code).to.equal(1);
    expect(stdout).to.contain('nope.json: INVALID (1 error)');
    expect(stdout).to.contain('cannot read the file: no such file');
    expect(stdout).to.contain(`${ok}: valid`);
  });

  it('prints JSON results with --json', async () => {
    const path = await file('ok3.json', JSON.stringify(minimalPlan()));
    const { code, stdout } = await planKit('validate', '--json', path);
    expect(code).to.equal(0);
    const [report] = JSON.parse(stdout) as { file: string; valid: boolean; warnings: unknown[] }[];
    expect(report).to.include({ file: path, valid: true });
    expect(report!.warnings).to.have.length(1);
  });

  it('exits 2 on usage errors, with the usage text', async () => {
    for (const args of [[], ['validate'], ['validate', '--strict', 'x.json'], ['publish']]) {
      const { code, stderr } = await planKit(...args);
      expect(code, args.join(' ')).to.equal(2);
      expect(stderr).to.contain('Usage: plan-kit <command> [options]');
    }
  });

  it('prints help and version', async () => {
    expect((await planKit('--help')).stdout).to.contain('validate FILE...');
    expect((await planKit('--version')).stdout.trim()).to.match(/^\d+\.\d+\.\d+$/);
  });
});

describe('plan-kit export', () => {
  it('writes every indicator figure to a CSV file that Excel opens', async () => {
    const out = join(dir, 'figures.csv');
    const { code, stdout } = await planKit('export', 'content/plans/2022-26.json', '--indicators', out);
    expect(code).to.equal(0);
    expect(stdout).to.contain(`Wrote ${out}: 32 rows for 8 indicators of 2022-26.`);
    const csv = await readFile(out, 'utf8');
    expect(csv.startsWith('\uFEFFPlan,Outcome,Sub-outcome,Indicator,')).to.equal(true);
    expect(csv.split('\r\n')).to.have.length(34);
  });

  it('prints the CSV with --indicators -', async () => {
    const { code, stdout } = await planKit('export', 'content/plans/2022-26.json', '--indicators', '-');
    expect(code).to.equal(0);
    expect(stdout).to.contain('2022-26,9,9.3,healthy-life-expectancy,Healthy life expectancy at birth,years,');
  });

  it('refuses an invalid plan, and usage errors', async () => {
    const bad = await file('bad-export.json', '{ "id": "x" }');
    const invalid = await planKit('export', bad, '--indicators', join(dir, 'never.csv'));
    expect(invalid.code).to.equal(1);
    expect(invalid.stdout).to.contain(`Nothing done: ${bad} must be a valid plan first`);
    expect(existsSync(join(dir, 'never.csv'))).to.equal(false);
    expect((await planKit('export', bad)).code).to.equal(2);
    expect((await planKit('export', bad, '--indicators', 'x.csv', '--bogus')).stderr).to.contain('Unknown option');
  });
});

describe('plan-kit import', () => {
  const original = readFileSync(join(repoRoot, 'content/plans/2022-26.json'), 'utf8');
  /** A copy of the 2022-26 plan in a folder of its own. */
  async function planCopy(): Promise<string> {
    const folder = await mkdtemp(join(dir, 'import-'));
    const path = join(folder, '2022-26.json');
    await writeFile(path, original);
    return path;
  }
  const quarterly = '\uFEFFIndicator;Date;Value;Note\r\nyoung-people-neet;31/03/2026;2.1;Provisional\r\nhealthy-life-expectancy;31/03/2025;"63,1"\r\n;;;\r\n';

  it('--dry-run prints the difference and writes nothing', async () => {
    const plan = await planCopy();
    const csv = await file('dry.csv', quarterly.replace('"63,1"', '63.4'));
    const { code, stdout } = await planKit('import', csv, '--into', plan, '--dry-run');
    expect(code).to.equal(0);
    expect(stdout).to.contain('  added      young-people-neet  2026-03-31  2.1  (row 2)');
    expect(stdout).to.contain('  changed    healthy-life-expectancy  2025-03-31  63.1 → 63.4  (row 3)');
    expect(stdout).to.contain('  examples   young-people-neet now has council figures; its other figures stay marked as examples');
    expect(stdout).to.contain('2 figures read: 1 added, 1 changed, 0 unchanged.');
    expect(stdout).to.contain(`Dry run: nothing written to ${plan}.`);
    expect(await readFile(plan, 'utf8')).to.equal(original);
    expect(await readdir(dirname(plan))).to.deep.equal(['2022-26.json']);
  });

  it('merges the figures, keeps a backup, and a second import changes nothing', async () => {
    const plan = await planCopy();
    const csv = await file('q3.csv', quarterly.replace('"63,1"', '63.4'));
    const first = await planKit('import', csv, '--into', plan);
    expect(first.code, first.stdout).to.equal(0);
    expect(first.stdout).to.contain(`Wrote ${plan} (the previous version is in ${plan}.bak).`);
    expect(await readFile(`${plan}.bak`, 'utf8')).to.equal(original);
    const written = JSON.parse(await readFile(plan, 'utf8'));
    const neet = written.outcomes[2].subOutcomes[3].aims[0].indicators[0];
    expect(neet.history.at(-1)).to.deep.equal({
      date: '2026-03-31',
      value: 2.1,
      note: 'Provisional',
      imported: { file: 'q3.csv', date: neet.history.at(-1).imported.date },
    });
    expect(neet.history.at(-1).imported.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect((await planKit('validate', plan)).code).to.equal(0);

    const afterFirst = await readFile(plan, 'utf8');
    const second = await planKit('import', csv, '--into', plan);
    expect(second.code).to.equal(0);
    expect(second.stdout).to.contain(`No changes: ${plan} already has these figures.`);
    expect(await readFile(plan, 'utf8')).to.equal(afterFirst);
    expect(await readFile(`${plan}.bak`, 'utf8')).to.equal(original);
  });

  it('round-trips: importing its own export changes nothing', async () => {
    const plan = await planCopy();
    const csv = join(dirname(plan), 'export.csv');
    expect((await planKit('export', plan, '--indicators', csv)).code).to.equal(0);
    const { code, stdout } = await planKit('import', csv, '--into', plan);
    expect(code).to.equal(0);
    expect(stdout).to.contain('32 figures read: 0 added, 0 changed, 32 unchanged.');
    expect(await readFile(plan, 'utf8')).to.equal(original);
  });

  it('writes nothing when a row is bad, naming the row and column', async () => {
    const plan = await planCopy();
    const csv = await file('bad-rows.csv', 'Indicator,Date,Value\r\nyoung-people-neet,31/03/2026,2.1\r\nyoung-people-net,31/03/2026,2.1\r\nyoung-people-neet,2027-03-31,12%\r\n');
    const { code, stdout } = await planKit('import', csv, '--into', plan);
    expect(code).to.equal(1);
    expect(stdout).to.contain(`  error    ${csv}: row 3, column A (Indicator): no indicator "young-people-net" in plan "2022-26"`);
    expect(stdout).to.contain(`  error    ${csv}: row 4, column C (Value): 12 is outside the indicator's range, 0 to 10`);
    expect(stdout).to.contain(`Nothing written: 2 bad rows in ${csv}. Correct them and import again, or import the good rows with --skip-bad-rows.`);
    expect(await readFile(plan, 'utf8')).to.equal(original);
    expect(await readdir(dirname(plan))).to.deep.equal(['2022-26.json']);

    const skipping = await planKit('import', csv, '--into', plan, '--skip-bad-rows');
    expect(skipping.code).to.equal(0);
    expect(skipping.stdout).to.contain(`  skipped  ${csv}: row 3, column A (Indicator)`);
    expect(skipping.stdout).to.contain('1 figure read: 1 added, 0 changed, 0 unchanged, 2 bad rows skipped.');
    expect(JSON.parse(await readFile(plan, 'utf8')).outcomes[2].subOutcomes[3].aims[0].indicators[0].history).to.have.length(5);
  });

  it('refuses a plan that is not valid, a missing CSV, and usage errors', async () => {
    const csv = await file('ok.csv', quarterly);
    const bad = await file('bad-import.json', '{ "id": "x" }');
    const invalid = await planKit('import', csv, '--into', bad);
    expect(invalid.code).to.equal(1);
    expect(invalid.stdout).to.contain('Nothing done:');
    expect(await readFile(bad, 'utf8')).to.equal('{ "id": "x" }');
    const missing = await planKit('import', join(dir, 'nope.csv'), '--into', await planCopy());
    expect(missing.code).to.equal(1);
    expect(missing.stdout).to.contain('nope.csv: cannot read the file: no such file');
    for (const args of [['import', csv], ['import', '--into', bad], ['import', csv, '--into', bad, '--force']]) {
      const { code, stderr } = await planKit(...args);
      expect(code, args.join(' ')).to.equal(2);
      expect(stderr).to.contain('Usage: plan-kit <command> [options]');
    }
  });
});
