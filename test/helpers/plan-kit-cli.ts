/** Runs the `plan-kit` CLI as a user would, from the repository's root, and keeps what it printed and its exit code. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './fixtures.ts';

export const run = promisify(execFile);
export const PLAN_KIT_BIN = join(repoRoot, 'packages/content/bin/plan-kit.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function planKit(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [PLAN_KIT_BIN, ...args], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CliResult;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
