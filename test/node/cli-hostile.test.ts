/**
 * The CLI under careless or hostile input (issue 17): each reproduction of the issue, run as a user
 * would run it. Nothing lost, nothing silently wrong, and every failure a message naming the file
 * and what to do, with exit code 1 or 2, never a stack trace.
 */
import { chmod, mkdir, mkdtemp, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'chai';
import { type CliResult as Result, planKit } from '../helpers/plan-kit-cli.ts';
import { minimalPlan, repoRoot } from '../helpers/fixtures.ts';



/** No Node stack trace or internal error name reached the user. */
function expectNoStackTrace(result: Result, what: string): void {
  const all = result.stdout + result.stderr;
  expect(all, what).not.to.match(/\n\s+at .+\(.+:\d+:\d+\)|RangeError|TypeError|ERR_|node:internal/);
  expect(result.code, `${what}: ${all}`).to.be.oneOf([1, 2]);
}

const original = await readFile(join(repoRoot, 'content/plans/2022-26.json'), 'utf8');
let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-kit-hostile-'));
});

/** A copy of the 2022-26 plan in a folder of its own. */
async function planCopy(text: string | Uint8Array = original): Promise<string> {
  const folder = await mkdtemp(join(dir, 'plan-'));
  const path = join(folder, '2022-26.json');
  await writeFile(path, text);
  return path;
}

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(await mkdtemp(join(dir, 'file-')), name);
  await writeFile(path, content);
  return path;
}

function historyOf(planText: string, id: string): { date: string; value: number }[] {
  const plan = JSON.parse(planText);
  for (const outcome of plan.outcomes) {
    for (const sub of outcome.subOutcomes) {
      for (const aim of sub.aims ?? []) for (const indicator of aim.indicators ?? []) if (indicator.id === id) return indicator.history;
    }
  }
  throw new Error(`no indicator ${id}`);
}

describe('plan-kit import: nothing lost', function () {
  this.timeout(120_000);

  it('two imports into one plan at once: both sets of figures are kept (they take turns)', async () => {
    const plan = await planCopy();
    const a = await file('a.csv', 'Indicator,Date,Value\nyoung-people-neet,31/10/2026,2.1\n');
    const b = await file('b.csv', 'Indicator,Date,Value\nhealthy-life-expectancy,31/10/2026,64.2\n');
    const [first, second] = await Promise.all([planKit('import', a, '--into', plan), planKit('import', b, '--into', plan)]);
    expect(first.code, first.stdout).to.equal(0);
    expect(second.code, second.stdout).to.equal(0);
    const text = await readFile(plan, 'utf8');
    expect(historyOf(text, 'young-people-neet').at(-1)).to.include({ date: '2026-10-31', value: 2.1 });
    expect(historyOf(text, 'healthy-life-expectancy').at(-1)).to.include({ date: '2026-10-31', value: 64.2 });
    expect(await readdir(dirname(plan))).to.deep.equal(['2022-26.json', '2022-26.json.bak']);
  });

  it('takes over the lock an import killed mid-run left behind', async () => {
    const plan = await planCopy();
    const lock = `${plan}.lock`;
    await mkdir(lock);
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await utimes(lock, aMinuteAgo, aMinuteAgo);
    const csv = await file('c.csv', 'Indicator,Date,Value\nyoung-people-neet,31/10/2026,2.1\n');
    const result = await planKit('import', csv, '--into', plan);
    expect(result.code, result.stdout).to.equal(0);
    expect(await readdir(dirname(plan))).to.deep.equal(['2022-26.json', '2022-26.json.bak']);
  });

  it('keeps the original bytes in the .bak: byte-order mark and Windows line ends', async () => {
    const bytes = Buffer.from(`\uFEFF${original.replace(/\n/g, '\r\n')}`, 'utf8');
    const plan = await planCopy(bytes);
    const csv = await file('d.csv', 'Indicator,Date,Value\nyoung-people-neet,31/10/2026,2.1\n');
    const result = await planKit('import', csv, '--into', plan);
    expect(result.code, result.stdout).to.equal(0);
    expect(Buffer.compare(await readFile(`${plan}.bak`), bytes)).to.equal(0);
  });

  it('refuses an import that would make the plan larger than loadPlan accepts (100,000 rows)', async () => {
    const plan = await planCopy();
    const day = (n: number) => new Date(Date.UTC(1950, 0, 1 + n)).toISOString().slice(0, 10);
    const ids = ['adults-healthy-weight', 'carers-satisfied', 'easy-to-find-information', 'good-level-of-development'];
    const rows = Array.from({ length: 100_000 }, (_, i) => `${ids[i % 4]},${day(Math.floor(i / 4))},50,A long note to take some room in the plan`);
    const csv = await file('huge.csv', ['Indicator,Date,Value,Note', ...rows].join('\n'));
    const result = await planKit('import', csv, '--into', plan);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.match(new RegExp(`Nothing written: with these figures ${plan.replace(/[.\\]/g, '\\$&')} would be \\d+(\\.\\d)? MB, over the 5 MB a plan may be`));
    expect(await readFile(plan, 'utf8')).to.equal(original);
  });
});

describe('plan-kit export: nothing lost', () => {
  it('refuses to write onto its input, or onto any .json file', async () => {
    const plan = await planCopy();
    for (const out of [plan, join(dirname(plan), '.', '2022-26.json'), join(dirname(plan), 'other.json')]) {
      const result = await planKit('export', plan, '--indicators', out);
      expect(result.code, out).to.equal(2);
      expect(result.stderr).to.match(/is the plan itself: name a new \.csv file|ends in \.json, but export writes CSV/);
      expectNoStackTrace(result, out);
    }
    expect(await readFile(plan, 'utf8')).to.equal(original);
    expect(await readdir(dirname(plan))).to.deep.equal(['2022-26.json']);
  });
});

describe('plan-kit under hostile files: messages, not crashes', function () {
  this.timeout(120_000);

  it('JSON nested 200,000 deep: a message with its place, in validate, import and export', async () => {
    const deep = await file('deep.json', `{"id": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    const csv = await file('e.csv', 'Indicator,Date,Value\nx,2025,1\n');
    for (const args of [['validate', deep], ['import', csv, '--into', deep], ['export', deep, '--indicators', join(dir, 'deep.csv')]]) {
      const result = await planKit(...args);
      expectNoStackTrace(result, args[0]!);
      expect(result.stdout, args[0]).to.contain(`${deep}:1:71  lists and objects nested more than 64 deep`);
    }
  });

  it('30,000 problems: the first 50 listed, then a count', async () => {
    const plan = minimalPlan();
    plan.outcomes = Array.from({ length: 30_000 }, () => ({}));
    const path = await file('many.json', JSON.stringify(plan, null, 2));
    const result = await planKit('validate', path);
    expect(result.code).to.equal(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('  error'))).to.have.length(50);
    expect(result.stdout).to.match(/ {2}… and \d{5,} more errors \(correct these and validate again, or see them all with --json\)/);
    expect(lines.at(-1)).to.equal('1 of 1 file invalid.');
  });

  it('refuses a plan over 5 MB without reading it all', async () => {
    const path = await file('big.json', `{"id": "x", "padding": "${'x'.repeat(6 * 1024 * 1024)}"}`);
    const result = await planKit('validate', path);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.contain('the file is 6.0 MB; a plan may be at most 5 MB (loadPlan refuses larger files)');
  });

  it('names UTF-16 and invalid UTF-8 in a plan, with the place', async () => {
    const utf16 = await file('utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')]));
    const result16 = await planKit('validate', utf16);
    expect(result16.stdout).to.contain(`${utf16}:1:1  the file is saved as UTF-16: plan files must be UTF-8`);
    const bad = Buffer.from(original.replace('Leicestershire County', 'Leicestershire C\u0000unty'), 'utf8');
    bad[bad.indexOf(0)] = 0xe9; // "é" in Latin-1: not UTF-8
    const latin = await file('latin.json', bad);
    const result8 = await planKit('validate', latin);
    expect(result8.code).to.equal(1);
    const before = original.slice(0, original.indexOf('Leicestershire County'));
    const line = before.split('\n').length;
    const column = before.split('\n').at(-1)!.length + 'Leicestershire C'.length + 1;
    expect(result8.stdout).to.contain(`${latin}:${line}:${column}  not valid UTF-8 (byte E9 at byte`);
  });

  it('duplicate keys are errors with both places; import says so instead of throwing', async () => {
    const twice = original.replace('"id": "2022-26",', '"id": "2022-26",\n  "title": "Another title",');
    const plan = await planCopy(twice);
    const result = await planKit('validate', plan);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.match(new RegExp(`${plan.replace(/[.\\]/g, '\\$&')}:\\d+:3 {2}title: given twice, here and at line 4:3 \\(only the last would count\\): keep one`));
    const csv = await file('f.csv', 'Indicator,Date,Value\nyoung-people-neet,31/10/2026,2.1\n');
    const imported = await planKit('import', csv, '--into', plan);
    expectNoStackTrace(imported, 'import');
    expect(imported.stdout).to.contain('given twice');
    expect(await readFile(plan, 'utf8')).to.equal(twice);
  });

  it('two plan files with one id: an error in each, naming the other', async () => {
    const a = await planCopy();
    const b = await planCopy();
    const result = await planKit('validate', a, b);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.contain(`${a}:3:9  id: "2022-26" is also the id of ${b}:3:9: give each plan its own id`);
    expect(result.stdout).to.contain(`${b}:3:9  id: "2022-26" is also the id of ${a}:3:9: give each plan its own id`);
  });

  it('write errors are messages: a missing folder, a folder as the target, no permission', async () => {
    const plan = await planCopy();
    const folder = await mkdtemp(join(dir, 'target-'));
    const cases = [
      [join(dir, 'no-such-folder', 'out.csv'), 'no such file (check the name and the folder)'],
      [folder, 'is a folder, not a file'],
    ];
    if (process.getuid?.() !== 0) {
      const locked = await mkdtemp(join(dir, 'readonly-'));
      await chmod(locked, 0o500);
      cases.push([join(locked, 'out.csv'), 'permission denied']);
    }
    for (const [out, reason] of cases) {
      const result = await planKit('export', plan, '--indicators', out!);
      expectNoStackTrace(result, out!);
      expect(result.stdout, out).to.contain(`${out}: cannot write the file: ${reason}`);
    }
    // Import into a plan in a folder that is not there.
    const csv = await file('g.csv', 'Indicator,Date,Value\nyoung-people-neet,31/10/2026,2.1\n');
    const missing = await planKit('import', csv, '--into', join(dir, 'no-such-folder', 'plan.json'));
    expectNoStackTrace(missing, 'import into a missing folder');
    expect(missing.stdout).to.contain('no such file');
  });

  it('an .xlsx renamed .csv, and a UTF-16 CSV without a byte-order mark: "save as CSV", no NUL bytes printed', async () => {
    const plan = await planCopy();
    const xlsx = await file('figures.csv', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    const fromXlsx = await planKit('import', xlsx, '--into', plan);
    expectNoStackTrace(fromXlsx, 'xlsx');
    expect(fromXlsx.stdout).to.contain(`${xlsx}: is a spreadsheet workbook (.xlsx or .ods) or another zip file, not a CSV file: open it in Excel and save it with "Save As", choosing "CSV UTF-8 (Comma delimited) (*.csv)"`);
    const utf16 = await file('utf16.csv', Buffer.from('Indicator,Date,Value\nyoung-people-neet,31/10/2026,2.1\n', 'utf16le'));
    const fromUtf16 = await planKit('import', utf16, '--into', plan);
    expectNoStackTrace(fromUtf16, 'utf-16');
    expect(fromUtf16.stdout).not.to.contain('\u0000');
    expect(fromUtf16.stdout).to.contain('UTF-16 text without a byte-order mark');
    expect(await readFile(plan, 'utf8')).to.equal(original);
  });
});
