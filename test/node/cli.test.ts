import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
