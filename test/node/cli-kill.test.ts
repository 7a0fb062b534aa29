/**
 * The CLI never loses data: `plan-kit import` is killed (SIGKILL, which no program can catch) at
 * points spread over its whole run and the moment each file it writes is touched. Each time the
 * plan file must be the old or the new complete plan, the backup the old one or absent, and
 * nothing left behind may pass for a plan file.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { validatePlan } from '@plan-kit/content';
import { minimalPlan, repoRoot } from '../helpers/fixtures.ts';

const bin = join(repoRoot, 'packages/content/bin/plan-kit.js');
const INDICATORS = 200;
const FIGURES_EACH = 100;

/** A plan of a few megabytes: many indicators with long histories, so that writing it takes a while. */
function largePlan(): string {
  const plan = minimalPlan();
  const day = (n: number) => new Date(Date.UTC(2000, 0, 1 + n * 30)).toISOString().slice(0, 10);
  plan.outcomes[0].subOutcomes[0].aims[0].indicators = Array.from({ length: INDICATORS }, (_, i) => ({
    id: `indicator-${i}`,
    title: `Indicator ${i}`,
    unit: 'homes',
    direction: 'higher-is-better',
    history: Array.from({ length: FIGURES_EACH }, (_, n) => ({ date: day(n), value: i + n })),
    source: { document: 'report', paragraph: '4' },
  }));
  return JSON.stringify(plan, null, 2);
}

/** A new figure and a changed figure for every indicator. */
function quarterlyCsv(): string {
  const rows = Array.from({ length: INDICATORS }, (_, i) => [`indicator-${i},31/03/2026,${i + 1000}`, `indicator-${i},2000-01-01,${i + 0.5}`]);
  return ['Indicator,Date,Value', ...rows.flat()].join('\r\n');
}

function runImport(folder: string): { child: ChildProcess; done: Promise<number | null> } {
  const child = spawn(process.execPath, [bin, 'import', join(folder, 'figures.csv'), '--into', join(folder, 'plan.json')], { stdio: 'ignore' });
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, done };
}

describe('plan-kit import killed mid-run (SIGKILL)', function () {
  this.timeout(240_000);
  let root: string;
  let oldText: string;
  let newText: string;
  let csv: string;
  let fullRunMs: number;

  async function freshFolder(): Promise<string> {
    const folder = await mkdtemp(join(root, 'run-'));
    await writeFile(join(folder, 'plan.json'), oldText);
    await writeFile(join(folder, 'figures.csv'), csv);
    return folder;
  }

  /** The plan file is whole (old or new), the backup whole or absent, and no leftover looks like a plan. */
  async function expectNothingLost(folder: string, when: string): Promise<'old' | 'new'> {
    const text = await readFile(join(folder, 'plan.json'), 'utf8');
    expect(text === oldText || text === newText, `${when}: plan.json is neither the old nor the new plan (${text.length} characters)`).to.equal(true);
    expect(validatePlan(JSON.parse(text)).ok, when).to.equal(true);
    const files = await readdir(folder);
    if (files.includes('plan.json.bak')) {
      const backup = await readFile(join(folder, 'plan.json.bak'), 'utf8');
      expect(backup === oldText, `${when}: plan.json.bak is not the old plan (${backup.length} characters)`).to.equal(true);
    }
    const leftovers = files.filter((f) => !['plan.json', 'plan.json.bak', 'figures.csv'].includes(f));
    for (const leftover of leftovers) {
      // The temporary files: "plan.json.<number>", "plan.json.bak.<number>", never "*.json".
      // plan.json.lock: the import lock of a killed run (taken over once stale).
      expect(leftover, `${when}: leftover file`).to.match(/^plan\.json(?:(?:\.bak)?\.\d+|\.lock)$/);
    }
    return text === oldText ? 'old' : 'new';
  }

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'plan-kit-kill-'));
    oldText = largePlan();
    csv = quarterlyCsv();
    // One uninterrupted run gives the new plan and how long a run takes, to spread the kills over.
    const folder = await freshFolder();
    const started = Date.now();
    const { done } = runImport(folder);
    expect(await done).to.equal(0);
    fullRunMs = Date.now() - started;
    newText = await readFile(join(folder, 'plan.json'), 'utf8');
    expect(newText).not.to.equal(oldText);
    expect(await readFile(join(folder, 'plan.json.bak'), 'utf8')).to.equal(oldText);
  });

  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('leaves the old or the new plan, whole, when killed at any point of the run', async () => {
    const seen: string[] = [];
    const kills = 8;
    for (let k = 1; k <= kills; k++) {
      const folder = await freshFolder();
      const { child, done } = runImport(folder);
      const delay = (fullRunMs * k) / (kills + 1);
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      await done;
      clearTimeout(timer);
      seen.push(await expectNothingLost(folder, `killed after ${Math.round(delay)} ms`));
    }
    // Which states the kills found depends on the machine's speed; the figures are for the record.
    console.log(`      kills over a ${fullRunMs} ms run found: ${seen.join(' ')}`);
  });

  it('leaves the old or the new plan, whole, when killed as soon as each file of the write is touched', async () => {
    // In the order they are written: the backup's temporary file, the backup, the plan's temporary file, the plan.
    const moments = [/^plan\.json\.bak\.\d+$/, /^plan\.json\.bak$/, /^plan\.json\.\d+$/, /^plan\.json$/];
    for (const moment of moments) {
      const folder = await freshFolder();
      const { child, done } = runImport(folder);
      const watcher = watch(folder, (_event, name) => {
        if (name && moment.test(name)) child.kill('SIGKILL');
      });
      await done;
      watcher.close();
      await expectNothingLost(folder, `killed on touching ${moment.source}`);
    }
  });
});
