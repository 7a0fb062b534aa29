/**
 * The actions sheet: `plan-kit export PLAN --actions` and `plan-kit import ACTIONS.csv --into PLAN`,
 * with the figures import's guarantees: a no-change round trip on every real plan, status moves
 * first in the dry run, bad rows by row and column with nothing written, one atomic write with a
 * backup, and the import recorded in `updates`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { allActions, findSubOutcome, validatePlan, type Plan } from '@plan-kit/content';
import { actionsToCsv, importActions } from '@plan-kit/content/csv';
import { REAL_PLAN_FILES, readJson, repoRoot } from '../helpers/fixtures.ts';
import { loadSiteConfig } from '../../site/src/config.ts';
import { atomFeed, updateEntries } from '../../site/src/updates.ts';

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

const HEADER = 'Action,Status,Reason,Due date,Update date,Update';

describe('plan-kit export --actions and import of the actions sheet', function () {
  this.timeout(60_000);
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plan-kit-actions-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function planCopy(file = 'content/plans/2022-26.json'): Promise<string> {
    const path = join(await mkdtemp(join(dir, 'plan-')), basename(file));
    await writeFile(path, await readFile(join(repoRoot, file), 'utf8'));
    return path;
  }

  for (const file of REAL_PLAN_FILES) {
    it(`export → import of ${basename(file)} changes nothing`, async () => {
      const plan = await planCopy(file);
      const before = await readFile(plan, 'utf8');
      const csv = join(dir, `${basename(file)}-actions.csv`);
      expect((await planKit('export', plan, '--actions', csv)).code).to.equal(0);
      const dry = await planKit('import', csv, '--into', plan, '--dry-run');
      expect(dry.code).to.equal(0);
      expect(dry.stdout).to.contain('No changes');
      const real = await planKit('import', csv, '--into', plan);
      expect(real.stdout).to.contain('No changes');
      expect(await readFile(plan, 'utf8')).to.equal(before);
    });
  }

  it('exports one row per update, each action once without updates, example rows marked', () => {
    const plan = readJson('content/plans/2022-26.json') as Plan;
    const csv = actionsToCsv(plan);
    expect(csv.startsWith('\uFEFF'), 'a byte-order mark for Excel').to.equal(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).to.equal('Plan,Outcome,Sub-outcome,Action,Kind,Text,Owner,Status,Reason,Due date,Update date,Update,Example');
    const updates = allActions(plan).reduce((n, a) => n + Math.max(1, a.delivery?.updates?.length ?? 0), 0);
    expect(lines).to.have.length(updates + 1);
    const weight = lines.filter((l) => l.includes('9.3/healthy-weight/1,'));
    expect(weight).to.have.length(2);
    expect(weight[1]).to.match(/,in progress,,2026-03,2025-09-30,Example update: sessions run in every district; the digital offer is being tested\.,yes$/);
  });

  it('--dry-run leads with status moves in words, then each action\'s other changes; the import writes them and records itself', async () => {
    const plan = await planCopy();
    const before = await readFile(plan, 'utf8');
    const csv = join(dir, 'h2.csv');
    await writeFile(
      csv,
      [
        HEADER,
        '9.3/healthy-weight/1,completed,,2026-03,31/03/2026,The digital offer is live in every district.',
        '9.3/mental-wellbeing/1,in progress,,2026-03,,',
        '8.5/1,stopped,Replaced by the housing strategy.,,,',
        '9.3/healthy-weight/3,not started,,2026-09,,',
      ].join('\r\n'),
    );
    const dry = await planKit('import', csv, '--into', plan, '--dry-run');
    expect(dry.code, dry.stdout).to.equal(0);
    const lines = dry.stdout.split('\n');
    expect(lines[0]).to.match(/^1 action would move to stopped: 8\.5\/1 "to develop further the Social Care Investment Pla…" \(changed → stopped\)\.$/);
    expect(lines[1]).to.match(/^1 action would move to completed: 9\.3\/healthy-weight\/1 .* \(in progress → completed\)\.$/);
    expect(dry.stdout).to.contain('would move to in progress: 9.3/mental-wellbeing/1');
    expect(dry.stdout).to.contain('would move to not started: 9.3/healthy-weight/3');
    expect(dry.stdout).to.contain('1 update would be added to 1 action.');
    expect(dry.stdout).to.contain('Dry run: nothing written');
    expect(await readFile(plan, 'utf8')).to.equal(before);

    const real = await planKit('import', csv, '--into', plan);
    expect(real.code, real.stdout).to.equal(0);
    expect(real.stdout).to.contain('1 action moved to completed');
    expect(await readFile(`${plan}.bak`, 'utf8')).to.equal(before);
    const after = JSON.parse(await readFile(plan, 'utf8')) as Plan;
    expect(validatePlan(after).ok).to.equal(true);
    const weight = findSubOutcome(after, '9.3')!.subOutcome.aims!.find((a) => a.id === 'healthy-weight')!;
    const first = weight.actions[0] as Exclude<Plan['outcomes'][0]['subOutcomes'][0]['aims'], undefined>[0]['actions'][0] & object;
    expect(first.delivery!.status).to.equal('completed');
    // The example record became the council's: what it keeps of the example is marked one by one.
    expect(first.delivery!.example).to.equal(undefined);
    expect(first.delivery!.updates!.map((u) => [u.date, u.example])).to.deep.equal([
      ['2025-03-31', true],
      ['2025-09-30', true],
      ['2026-03-31', undefined],
    ]);
    expect(after.updates!.at(-1)).to.deep.include({ file: 'h2.csv', figures: [], indicators: [] });
    expect(after.updates!.at(-1)!.actions).to.deep.include({
      action: '9.3/healthy-weight/1',
      statusBefore: 'in-progress',
      status: 'completed',
      update: 'The digital offer is live in every district.',
    });
    // Only the changed actions' lines and the record changed.
    const changed = diffLines(before, await readFile(plan, 'utf8'));
    expect(changed.every((l) => /"(status|reason|dueDate|owner|updates|example|text|delivery|date|file|figures|indicators|actions|action|milestones)"|^\s*[{}\][,]*$|"title": "Example milestone|"date": "20\d\d/.test(l)), changed.join('\n')).to.equal(true);

    // Importing the same file again changes nothing.
    const again = await planKit('import', csv, '--into', plan);
    expect(again.stdout).to.contain('No changes');
  });

  it('refuses bad rows by row and column and writes nothing', async () => {
    const plan = await planKit('export', 'content/plans/2022-26.json', '--actions', '-');
    expect(plan.code).to.equal(0);
    const copy = await planCopy();
    const before = await readFile(copy, 'utf8');
    const csv = join(dir, 'bad.csv');
    await writeFile(
      csv,
      [
        HEADER,
        '9.3/healthy-weight/1,done,,,,',
        '9.9/nope/1,completed,,,,',
        '9.3/mental-wellbeing/1,delayed,,,,',
        '9.3/healthy-weight/2,completed,,31/02/2026,,',
        '9.3/healthy-weight/3,in progress,,,2026-01-01,',
      ].join('\r\n'),
    );
    const { code, stdout } = await planKit('import', csv, '--into', copy);
    expect(code).to.equal(1);
    expect(stdout).to.contain('bad.csv: row 2, column B (Status): "done" is not a status: write one of not started, in progress, completed, delayed, changed, stopped');
    expect(stdout).to.contain('bad.csv: row 3, column A (Action): no action "9.9/nope/1" in plan "2022-26"');
    expect(stdout).to.contain('bad.csv: row 4, column C (Reason): is empty: an action that is delayed needs a reason');
    expect(stdout).to.contain('bad.csv: row 5, column D (Due date): "31/02/2026" is not a date');
    expect(stdout).to.contain('bad.csv: row 6, column F (Update): is empty: give the update, or empty its date');
    expect(stdout).to.contain('Nothing written: 5 bad rows');
    expect(await readFile(copy, 'utf8')).to.equal(before);
  });

  it('refuses a row whose text is not the plan\'s action (the actions moved), and rows of one action that disagree', () => {
    const plan = readJson('content/plans/2022-26.json') as Plan;
    const result = importActions(
      plan,
      'Action,Text,Status\r\n9.3/healthy-weight/1,Something else,completed\r\n9.3/healthy-weight/2,,completed\r\n9.3/healthy-weight/2,,stopped\r\n',
      { file: 'x.csv', importedOn: '2026-04-01' },
    );
    expect(result.ok).to.equal(false);
    expect(result.problems.map((p) => `${p.row}${p.column ?? ''}: ${p.message}`)).to.deep.equal([
      '2B: is not the text of 9.3/healthy-weight/1 in the plan ("We will provide weight management support and guidance to re…"): the plan\'s actions have moved; export again and copy your changes across',
      '4C: gives 9.3/healthy-weight/2 a different status from row 3: its rows must agree',
    ]);
  });

  it('keeps an example row as an example, and refuses one that does not match the example record', () => {
    const plan = readJson('content/plans/2022-26.json') as Plan;
    const same = importActions(plan, 'Action,Status,Due date,Example\r\n7.1/integrated-early-years-services/1,not started,2026-06,yes\r\n', { file: 'x.csv', importedOn: '2026-04-01' });
    expect(same.ok && same.changes.length).to.equal(0);
    const altered = importActions(plan, 'Action,Status,Due date,Example\r\n7.1/integrated-early-years-services/1,completed,2026-06,yes\r\n', { file: 'x.csv', importedOn: '2026-04-01' });
    expect(altered.ok).to.equal(false);
    expect(altered.problems[0]!.message).to.match(/is marked as an example \(Example: yes\) but does not match the example record of 7\.1\/integrated-early-years-services\/1/);
  });
});

describe('What changed and updates.xml list action status moves', () => {
  it('gives an actions import its own title, counts and status moves, in the page entry and the feed', async () => {
    const plan = readJson('content/plans/2022-26.json') as Plan;
    const csv = 'Action,Status,Reason\r\n8.5/1,stopped,Replaced by the housing strategy.\r\n9.3/healthy-weight/1,in progress,\r\n';
    const { prepareActionsImport } = await import('@plan-kit/content/csv');
    const prepared = prepareActionsImport(JSON.stringify(plan, null, 2), plan, csv, { file: 'h2-2026.csv', importedOn: '2026-04-10' });
    const site = loadSiteConfig(join(repoRoot, 'content/site.json'));
    const [entry] = updateEntries([prepared.plan], site);
    expect(entry!.title).to.equal('Strategic Plan 2022-26: actions updated from h2-2026.csv');
    expect(entry!.counts).to.equal('2 actions updated.');
    expect(entry!.actionMoves.map((m) => m.text)).to.deep.equal(['changed → stopped']);
    expect(entry!.actionMoves[0]!.path).to.equal(`plans/2022-26/outcomes/${findSubOutcome(plan, '8.5')!.outcome.id}/8.5/`);
    expect(atomFeed([entry!], site, 'https://example.org/', '2026-04-10')).to.contain('Action status changed: 8.5: to develop further the Social Care Investment Plan');
  });
});

/** The lines of `after` that differ from `before` (a plain line diff, enough for a local edit). */
function diffLines(before: string, after: string): string[] {
  const old = new Set(before.split('\n'));
  return after.split('\n').filter((line) => !old.has(line));
}
