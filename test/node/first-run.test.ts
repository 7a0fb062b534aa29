/**
 * A newcomer's first `npm test`: without a Chromium it must stop at once with what to do, never
 * build for minutes and never hang (issue: mocha once waited forever on a server a failed suite
 * left open). Each command runs as a child process with a CHROME_PATH that names no file.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'chai';
import { repoRoot } from '../helpers/fixtures.ts';

interface Finished {
  code: number | null;
  killed: boolean;
  output: string;
  seconds: number;
}

/** Runs a command in the repository with `env` added; kills it after `limitSeconds`. */
function run(command: string, args: string[], env: Record<string, string>, limitSeconds: number): Promise<Finished> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    // The child must not run this file again if the early stop ever went missing.
    const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, ...env, PLAN_KIT_FIRST_RUN_CHILD: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, limitSeconds * 1000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, killed, output, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const MISSING = { CHROME_PATH: join(repoRoot, 'no-such-chromium') };
const bin = (name: string) => join(repoRoot, 'node_modules/.bin', name);

describe('the first run on a machine without Chromium', function () {
  this.timeout(150_000);
  before(function () {
    if (process.env.PLAN_KIT_FIRST_RUN_CHILD) this.skip();
  });

  it('scripts/ensure-chromium (the first step of npm test and CI) stops at once, says what to do, and exits 1', async () => {
    const result = await run('bash', ['scripts/ensure-chromium'], MISSING, 60);
    expect(result.killed, 'still running after a minute').to.equal(false);
    expect(result.code).to.equal(1);
    expect(result.output).to.include('CHROME_PATH is set to').and.to.include('no-such-chromium');
    expect(result.seconds).to.be.lessThan(60);
  });

  it('the Node suite exits non-zero within a minute, before building anything, naming the missing file', async () => {
    const result = await run(bin('mocha'), [], MISSING, 60);
    expect(result.killed, 'mocha still running after a minute').to.equal(false);
    expect(result.code).to.not.equal(0);
    expect(result.output).to.include('CHROME_PATH is set to').and.to.include('no-such-chromium');
    expect(result.output, 'built something first').not.to.include('build:');
  });

  it('the browser suite exits non-zero within a minute, naming the missing file', async () => {
    const result = await run(bin('wtr'), [], MISSING, 60);
    expect(result.killed, 'wtr still running after a minute').to.equal(false);
    expect(result.code).to.not.equal(0);
    expect(result.output).to.include('no-such-chromium');
  });
});
