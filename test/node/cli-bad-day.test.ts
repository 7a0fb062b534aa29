/**
 * Nothing lost on a bad day (issue 25): full disks, symlinks, paused imports, hostile cells. Each
 * case as a user would meet it, through the `plan-kit` command, or (where the bad day cannot be
 * made on demand: a paused process, a short write) through the library with the failure injected.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { type CliResult as Result, PLAN_KIT_BIN as bin, planKit, run } from '../helpers/plan-kit-cli.ts';
import Papa from 'papaparse';
import {
  DiskFullError,
  LockLostError,
  type WriteFileSystem,
  replaceKeepingBackup,
  withFileLock,
  writeFileSafely,
} from '../../packages/content/src/atomic-file.ts';
import { repoRoot } from '../helpers/fixtures.ts';

/** The day the imports here run on: passed in, never read from the clock. */
const AS_AT = '2026-12-08';


const importInto = (csv: string, plan: string, ...more: string[]) => planKit('import', csv, '--into', plan, '--as-at', AS_AT, ...more);

function expectNoStackTrace(result: Result): void {
  expect(result.stdout + result.stderr).not.to.match(/\n\s+at .+:\d+:\d+|node:internal|Unhandled/);
}

const original = await readFile(join(repoRoot, 'content/plans/2022-26.json'), 'utf8');
let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-kit-bad-day-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function folder(): Promise<string> {
  return mkdtemp(join(dir, 'f-'));
}

async function planCopy(text: string | Uint8Array = original, where?: string): Promise<string> {
  const path = join(where ?? (await folder()), '2022-26.json');
  await writeFile(path, text);
  return path;
}

async function csvFile(content: string | Uint8Array, name = 'figures.csv'): Promise<string> {
  const path = join(await folder(), name);
  await writeFile(path, content);
  return path;
}

function indicatorOf(planText: string, id: string): { history: { date: string; value: number; note?: string; example?: boolean }[] } {
  const plan = JSON.parse(planText.replace(/^\uFEFF/, ''));
  for (const outcome of plan.outcomes) {
    for (const sub of outcome.subOutcomes) {
      for (const aim of sub.aims ?? []) for (const indicator of aim.indicators ?? []) if (indicator.id === id) return indicator;
    }
  }
  throw new Error(`no indicator ${id}`);
}

const NEW_FIGURE = 'Indicator,Date,Value\nyoung-people-neet,31/10/2026,2.1\n';

/** Whether this machine lets us mount a small tmpfs (root in a container); the injected-error tests run everywhere. */
function canMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    const probe = execFileSync('mktemp', ['-d']).toString().trim();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('issue 25, item 1: a full disk', function () {
  this.timeout(60_000);

  /** A file system whose writes stop after `room` bytes: the first short, then nothing, as a full disk. */
  function fullDisk(room: number): WriteFileSystem & { renamed: string[] } {
    let left = room;
    const renamed: string[] = [];
    return {
      renamed,
      lstat: fsp.lstat,
      unlink: fsp.unlink,
      rename: async (from, to) => {
        renamed.push(String(to));
        return fsp.rename(from, to);
      },
      open: (async (...args: Parameters<typeof fsp.open>) => {
        const handle = await fsp.open(...args);
        const write = handle.write.bind(handle) as (buffer: Uint8Array, offset: number, length: number, position: number) => Promise<{ bytesWritten: number }>;
        (handle as unknown as { write: typeof write }).write = async (buffer, offset, length, position) => {
          const n = Math.min(length, left);
          left -= n;
          if (n === 0) return { bytesWritten: 0 };
          return write(buffer, offset, n, position);
        };
        return handle;
      }) as WriteFileSystem['open'],
    };
  }

  it('a short write is never renamed into place: the plan and the previous backup are untouched', async () => {
    const plan = await planCopy('{"old": true}');
    await writeFile(`${plan}.bak`, '{"older": true}');
    const fs = fullDisk(20);
    let error: unknown;
    await replaceKeepingBackup(plan, '{"old": true}', `{"new": "${'x'.repeat(1000)}"}`, { fs }).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(DiskFullError);
    expect((error as Error).message).to.include('no space left');
    expect(fs.renamed).to.deep.equal([]);
    expect(await readFile(plan, 'utf8')).to.equal('{"old": true}');
    expect(await readFile(`${plan}.bak`, 'utf8')).to.equal('{"older": true}');
    expect((await readdir(join(plan, '..'))).sort()).to.deep.equal(['2022-26.json', '2022-26.json.bak']);
  });

  it('writeFileSafely (export) refuses a short write and leaves the old file', async () => {
    const out = await csvFile('old figures');
    let error: unknown;
    await writeFileSafely(out, 'x'.repeat(5000), { fs: fullDisk(100) }).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(DiskFullError);
    expect(await readFile(out, 'utf8')).to.equal('old figures');
  });

  it('on a real full disk (a small tmpfs): import and export say "no space left", exit 1, and lose nothing', async function () {
    if (!canMount()) this.skip();
    const mountPoint = await folder();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=400k', 'tmpfs', mountPoint]);
    try {
      const plan = await planCopy(original, mountPoint);
      await writeFile(`${plan}.bak`, 'the previous backup');
      // Fill the disk but for a little less than the plan needs.
      const filler = join(mountPoint, 'filler');
      const free = () => {
        const out = execFileSync('df', ['-B1', '--output=avail', mountPoint]).toString().trim().split('\n').at(-1)!;
        return Number(out);
      };
      await writeFile(filler, Buffer.alloc(Math.max(0, free() - Buffer.byteLength(original) - 8 * 1024)));
      const csv = await csvFile(NEW_FIGURE);
      const imported = await importInto(csv, plan);
      expectNoStackTrace(imported);
      expect(imported.code, imported.stdout).to.equal(1);
      expect(imported.stdout).to.include('no space left');
      expect(imported.stdout).not.to.include('Wrote');
      expect(await readFile(plan, 'utf8')).to.equal(original);
      expect(await readFile(`${plan}.bak`, 'utf8')).to.equal('the previous backup');

      const exported = await planKit('export', plan, '--indicators', join(mountPoint, 'figures.csv'));
      // The export is bigger than the room left.
      await writeFile(join(mountPoint, 'more'), Buffer.alloc(Math.max(0, free() - 1024))).catch(() => {});
      const again = await planKit('export', plan, '--indicators', join(mountPoint, 'figures2.csv'));
      expectNoStackTrace(again);
      expect(again.code, again.stdout).to.equal(1);
      expect(again.stdout).to.include('no space left');
      expect(again.stdout).not.to.match(/Wrote .*figures2/);
      expect(exported.code).to.be.oneOf([0, 1]);
      expect((await readdir(mountPoint)).filter((f) => /\.\d+$/.test(f))).to.deep.equal([]);
    } finally {
      execFileSync('umount', ['-l', mountPoint]);
    }
  });
});

describe('issue 25, items 2 and 3: symbolic links', function () {
  this.timeout(60_000);

  it('a .bak that is a link: import refuses and the file it points to is untouched', async () => {
    const plan = await planCopy();
    const victim = await csvFile('precious', 'victim.txt');
    await symlink(victim, `${plan}.bak`);
    const result = await importInto(await csvFile(NEW_FIGURE), plan);
    expectNoStackTrace(result);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.include(`${plan}.bak`).and.to.include('symbolic link');
    expect(await readFile(victim, 'utf8')).to.equal('precious');
    expect(await readFile(plan, 'utf8')).to.equal(original);
  });

  it('export onto a link to the plan, or onto the plan\'s backup: refused, nothing overwritten', async () => {
    const plan = await planCopy();
    await writeFile(`${plan}.bak`, 'the backup');
    const link = join(await folder(), 'figures.csv');
    await symlink(plan, link);
    const copyName = join(await folder(), 'copy.csv');
    await symlink(`${plan}.bak`, copyName);
    for (const out of [link, `${plan}.bak`, copyName]) {
      const result = await planKit('export', plan, '--indicators', out);
      expectNoStackTrace(result);
      expect(result.code, out).to.equal(2);
      expect(result.stderr, out).to.include('nothing written');
    }
    expect(await readFile(plan, 'utf8')).to.equal(original);
    expect(await readFile(`${plan}.bak`, 'utf8')).to.equal('the backup');
  });

  it('two imports through the plan and a link to it take turns: both sets of figures are kept', async () => {
    const plan = await planCopy();
    const link = join(await folder(), 'linked.json');
    await symlink(plan, link);
    const a = await csvFile('Indicator,Date,Value\nyoung-people-neet,31/10/2026,2.1\n');
    const b = await csvFile('Indicator,Date,Value\nhealthy-life-expectancy,31/10/2026,64.2\n');
    const [first, second] = await Promise.all([importInto(a, plan), importInto(b, link)]);
    expect(first.code, first.stdout).to.equal(0);
    expect(second.code, second.stdout).to.equal(0);
    const text = await readFile(plan, 'utf8');
    expect(indicatorOf(text, 'young-people-neet').history.at(-1)).to.include({ date: '2026-10-31', value: 2.1 });
    expect(indicatorOf(text, 'healthy-life-expectancy').history.at(-1)).to.include({ date: '2026-10-31', value: 64.2 });
    // The link is still a link, to the plan.
    expect((await readFile(link, 'utf8'))).to.equal(text);
  });
});

describe('issue 25, item 4: a paused import', () => {
  it('refuses to replace the plan when its lock was taken over meanwhile', async () => {
    const plan = await planCopy();
    let error: unknown;
    await withFileLock(plan, async (stillHeld) => {
      // What a second import does once the first's lock is stale: removes it and makes its own.
      await rm(`${plan}.lock`, { recursive: true });
      await mkdir(`${plan}.lock`);
      const future = new Date(Date.now() + 60_000);
      await utimes(`${plan}.lock`, future, future);
      await replaceKeepingBackup(plan, original, '{}', { beforeReplace: stillHeld }).catch((e: unknown) => (error = e));
    });
    expect(error).to.be.instanceOf(LockLostError);
    expect(await readFile(plan, 'utf8')).to.equal(original);
  });

  it('the check passes while the lock is its own', async () => {
    const plan = await planCopy('{}');
    await withFileLock(plan, (stillHeld) => replaceKeepingBackup(plan, '{}', '{"a":1}', { beforeReplace: stillHeld }));
    expect(await readFile(plan, 'utf8')).to.equal('{"a":1}');
  });
});

describe('issue 25, item 5: notes', function () {
  this.timeout(30_000);

  it('an emptied Note cell clears the note and is listed; an edited note on an example row is refused, not dropped', async () => {
    const plan = await planCopy();
    const withNote = await csvFile('Indicator,Date,Value,Note\nyoung-people-neet,31/10/2026,2.1,provisional\n');
    expect((await importInto(withNote, plan)).code).to.equal(0);
    const cleared = await importInto(await csvFile('Indicator,Date,Value,Note\nyoung-people-neet,31/10/2026,2.1,\n'), plan);
    expect(cleared.code, cleared.stdout).to.equal(0);
    expect(cleared.stdout).to.include('note "provisional" → ""');
    expect(indicatorOf(await readFile(plan, 'utf8'), 'young-people-neet').history.at(-1)!.note).to.equal(undefined);

    // Without a Note column, notes stay.
    await importInto(withNote, plan);
    const noColumn = await importInto(await csvFile('Indicator,Date,Value\nyoung-people-neet,31/10/2026,2.1\n'), plan);
    expect(noColumn.stdout).to.include('No changes');
    expect(indicatorOf(await readFile(plan, 'utf8'), 'young-people-neet').history.at(-1)!.note).to.equal('provisional');

    // An example figure, exported, its note edited.
    const exported = join(await folder(), 'all.csv');
    await planKit('export', plan, '--indicators', exported);
    // Parsed and written back as a spreadsheet would: the export's Reason cells hold commas, so they are quoted.
    const sheet = Papa.parse<string[]>((await readFile(exported, 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const header = sheet[0]!;
    const noteAt = header.indexOf('Note');
    const exampleRow = sheet.findIndex((cells, i) => i > 0 && cells[header.indexOf('Example')] === 'yes');
    sheet[exampleRow]![noteAt] = 'an edited note';
    await writeFile(exported, Papa.unparse(sheet, { newline: '\r\n' }));
    const edited = await importInto(exported, plan);
    expect(edited.code, edited.stdout).to.equal(1);
    expect(edited.stdout).to.include(`row ${exampleRow + 1}`).and.to.include('changes the note of an example figure');
  });
});

describe('issue 25, items 9-19: messages, caps, dates', function () {
  this.timeout(60_000);

  it('9: control characters in cells are shown escaped, never sent to the terminal', async () => {
    const plan = await planCopy();
    const result = await importInto(await csvFile('Indicator,Date,Value\nyoung-people-neet,31/10/2026,\u001b[2J\u0007\u202eabc\n'), plan);
    expect(result.code).to.equal(1);
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(result.stdout).not.to.match(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(result.stdout).to.include('\\x1B[2J\\x07\\u202Eabc');
  });

  it('10: export to a closed pipe (| head) and to a full disk (/dev/full): no stack trace', async () => {
    const plan = await planCopy();
    const piped = await run('sh', ['-c', `"${process.execPath}" "${bin}" export "${plan}" --indicators - | head -c 10 >/dev/null; echo "exit \${PIPESTATUS:-0}"`], { cwd: repoRoot }).catch((e: Result) => e);
    expect(piped.stderr).to.equal('');
    for (const args of [['export', plan, '--indicators', '-'], ['validate', plan]]) {
      const full = await run('sh', ['-c', `"${process.execPath}" "${bin}" ${args.map((a) => `"${a}"`).join(' ')} > /dev/full`], { cwd: repoRoot }).then(
        () => ({ code: 0, stderr: '', stdout: '' }),
        (e: Result) => e,
      );
      expectNoStackTrace(full);
      expect(full.code, args.join(' ')).to.equal(1);
      expect(full.stderr).to.include('no space left');
    }
  });

  it('11: caps what is read: validate on a link to /dev/zero, a CSV over the cap', async () => {
    const link = join(await folder(), 'zero.json');
    await symlink('/dev/zero', link);
    const zero = await planKit('validate', link);
    expectNoStackTrace(zero);
    expect(zero.code).to.equal(1);
    expect(zero.stdout).to.include('a plan may be at most 5 MB');
    const big = join(await folder(), 'big.csv');
    await writeFile(big, `Indicator,Date,Value\n${'young-people-neet,31/10/2026,2.1\n'.repeat(1_100_000)}`);
    const result = await importInto(big, await planCopy());
    expect(result.code).to.equal(1);
    expect(result.stdout).to.include('the file is over 32 MB');
    expect(result.stdout.split('\n').length).to.be.below(5);
  });

  it('12: a lock dated in the future is taken over at once, with a word; a held lock is waited for, with a word', async () => {
    const plan = await planCopy();
    await mkdir(`${plan}.lock`);
    const future = new Date('2099-01-01T00:00:00Z');
    await utimes(`${plan}.lock`, future, future);
    const result = await importInto(await csvFile(NEW_FIGURE), plan);
    expect(result.code, result.stdout).to.equal(0);
    expect(result.stdout).to.include('in the future').and.to.include('taking it over');

    const fresh = await planCopy();
    await mkdir(`${fresh}.lock`);
    const waited = await importInto(await csvFile(NEW_FIGURE), fresh);
    expect(waited.code, waited.stdout).to.equal(0);
    expect(waited.stdout).to.match(/^Waiting: .*\.lock says another import/);
  });

  it('13: a vertical tab in a title, or in the imported file\'s name, never reaches the plan', async () => {
    const plan = await planCopy(original.replace('"title": "', '"title": "Word\u000bpaste '));
    const checked = await planKit('validate', plan);
    expect(checked.code).to.equal(1);
    expect(checked.stdout).to.include('control character');
    const clean = await planCopy();
    const result = await importInto(await csvFile(NEW_FIGURE, 'q3\u000bfigures.csv'), clean);
    expect(result.code, result.stdout).to.equal(0);
    const text = await readFile(clean, 'utf8');
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(text).not.to.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(text).to.include('"file": "q3figures.csv"');
  });

  it('14: --skip-bad-rows with every row bad writes nothing and exits 1', async () => {
    const plan = await planCopy();
    const result = await importInto(await csvFile('Indicator,Date,Value\nno-such,31/10/2026,1\nyoung-people-neet,31/10/2026,abc\n'), plan, '--skip-bad-rows');
    expect(result.code, result.stdout).to.equal(1);
    expect(result.stdout).to.include('every row of').and.not.to.include('already has');
  });

  it('15: a figure dated after the day of the import (2062 for 2026) is refused, naming the row', async () => {
    const plan = await planCopy();
    const result = await importInto(await csvFile('Indicator,Date,Value\nyoung-people-neet,31/03/2062,2.1\n'), plan);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.include('row 2').and.to.include('2062-03-31, after 2026-12-08');
    expect(await readFile(plan, 'utf8')).to.equal(original);
  });

  it('16: the plan keeps its byte-order mark', async () => {
    const plan = await planCopy(`\uFEFF${original}`);
    const result = await importInto(await csvFile(NEW_FIGURE), plan);
    expect(result.code, result.stdout).to.equal(0);
    const bytes = await readFile(plan);
    expect([...bytes.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(indicatorOf(bytes.toString('utf8'), 'young-people-neet').history.at(-1)).to.include({ value: 2.1 });
  });

  it('17: a .lock that is a file and a .bak that is a folder are named as the problem', async () => {
    const plan = await planCopy();
    await writeFile(`${plan}.lock`, '');
    const locked = await importInto(await csvFile(NEW_FIGURE), plan);
    expect(locked.code).to.equal(1);
    expect(locked.stdout).to.include(`${plan}.lock is a file`).and.to.include(`delete ${plan}.lock`);
    const other = await planCopy();
    await mkdir(`${other}.bak`);
    const backup = await importInto(await csvFile(NEW_FIGURE), other);
    expect(backup.code).to.equal(1);
    expect(backup.stdout).to.include(`${other}.bak (the backup of the plan) is a folder`);
    expect(await readFile(other, 'utf8')).to.equal(original);
  });

  it('18: 5,000 bad rows: the first 50 listed, then a count', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `no-such-${i},31/10/2026,1`);
    const result = await importInto(await csvFile(`Indicator,Date,Value\n${rows.join('\n')}\n`), await planCopy());
    expect(result.code).to.equal(1);
    const listed = result.stdout.split('\n').filter((l) => l.startsWith('  error'));
    expect(listed).to.have.length(50);
    expect(result.stdout).to.include('… and 4950 more problems');
  });

  it('19: README names the temporary files a killed run can leave, the backup\'s included', async () => {
    const readme = await readFile(join(repoRoot, 'README.md'), 'utf8');
    expect(readme).to.include('2022-26.json.bak.<number>');
    const plan = await planCopy();
    await importInto(await csvFile(NEW_FIGURE), plan);
    expect((await stat(`${plan}.bak`)).isFile()).to.equal(true);
  });
});

