/** Test fixtures shared by Node and browser tests: the real plans and named edge cases. */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The built microsite. `npm test` builds it first; a test file run alone builds it when it is missing. */
export const SITE_DIR = join(repoRoot, 'dist/site');

export function ensureSite(): void {
  if (!existsSync(join(SITE_DIR, 'index.html'))) execSync('npm run build:site', { cwd: repoRoot, stdio: 'inherit' });
}

export function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../${relativePath}`, import.meta.url), 'utf8'));
}

/** A fresh copy of the minimal valid plan, to break in one place per test. */
export function minimalPlan(): Record<string, any> {
  return readJson('test/fixtures/plans/minimal.json') as Record<string, any>;
}

export const REAL_PLAN_FILES = ['2014-18', '2017-21-discussion', '2022-26'].map((id) => `content/plans/${id}.json`);
