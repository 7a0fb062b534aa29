/**
 * Look before you write: `plan-kit import --dry-run` (and a real import) says what a publishing
 * officer needs, status moves first and in words, then each indicator's old latest → new latest
 * figure, status and direction of travel, and the rows refused; an export → dry run → import round
 * trip on every real plan reports no changes and changes nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { REAL_PLAN_FILES, repoRoot } from '../helpers/fixtures.ts';

const run = promisify(execFile);
const bin = join(repoRoot, 'node_modules/.bin/plan-kit');

async function planKit(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(bin, args, { cwd: repoRoot });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe('plan-kit import: the summary before and after writing', function () {
  this.timeout(60_000);
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plan-kit-summary-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function planCopy(file = 'content/plans/2022-26.json'): Promise<string> {
    const path = join(await mkdtemp(join(dir, 'plan-')), basename(file));
    await writeFile(path, await readFile(join(repoRoot, file), 'utf8'));
    return path;
  }

  it('--dry-run says first, in words, which indicators would move status, then each new latest figure, then the rows refused', async () => {
    const plan = await planCopy();
    const before = await readFile(plan, 'utf8');
    const csv = join(dir, 'q1.csv');
    await writeFile(csv, 'Indicator,Date,Value\r\nyoung-people-neet,31/03/2026,4.0\r\nadults-healthy-weight,31/03/2026,30.1\r\nhealthy-life-expectancy,31/03/2026,58.0\r\nnope,31/03/2026,1\r\n');
    const { code, stdout } = await planKit('import', csv, '--into', plan, '--dry-run', '--skip-bad-rows');
    expect(code).to.equal(0);
    const lines = stdout.split('\n');
    expect(lines[0]).to.equal(
      '1 indicator would move to off track: 16-17 year olds not in education, employment or training (NEET) (target met → off track).',
    );
    expect(lines[1]).to.equal('3 indicators would get a new latest figure:');
    expect(stdout).to.contain('  young-people-neet: 2.3% (2025-03-31) → 4% (2026-03-31), worse; status target met → off track');
    expect(stdout).to.contain('  healthy-life-expectancy: 63.1 years (2025-03-31) → 58 years (2026-03-31), worse; status off track');
    expect(stdout).to.contain('  adults-healthy-weight: 35.7% (2025-03-31) → 30.1% (2026-03-31), worse; status off track');
    expect(stdout).to.contain('1 row refused (listed below, with why), the others would be imported.');
    // The refused row comes after the summary, with why.
    expect(stdout.indexOf('row 5, column A (Indicator): no indicator "nope"')).to.be.greaterThan(stdout.indexOf('would be imported'));
    expect(await readFile(plan, 'utf8')).to.equal(before);

    // The real import says the same in the past tense, and records itself in the plan in the same write.
    const real = await planKit('import', csv, '--into', plan, '--skip-bad-rows');
    expect(real.stdout.split('\n')[0]).to.equal(
      '1 indicator moved to off track: 16-17 year olds not in education, employment or training (NEET) (target met → off track).',
    );
    const updates = JSON.parse(await readFile(plan, 'utf8')).updates;
    expect(updates).to.have.length(1);
    expect(updates[0].file).to.equal('q1.csv');
    expect(updates[0].figures).to.have.length(3);
  });

  for (const file of REAL_PLAN_FILES) {
    it(`${file}: export → dry run → import reports no changes and changes nothing`, async () => {
      const plan = await planCopy(file);
      const original = await readFile(plan, 'utf8');
      const csv = join(dir, `${basename(file, '.json')}-export.csv`);
      expect((await planKit('export', plan, '--indicators', csv)).code).to.equal(0);
      for (const args of [['--dry-run'], []]) {
        const { code, stdout } = await planKit('import', csv, '--into', plan, ...args);
        expect(code, stdout).to.equal(0);
        expect(stdout).to.contain('No changes: every figure in the file is already in the plan.');
        expect(stdout).to.contain(`No changes: ${plan} already has these figures.`);
      }
      expect(await readFile(plan, 'utf8')).to.equal(original);
    });
  }
});
