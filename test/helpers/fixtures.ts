/** Test fixtures shared by Node and browser tests: the real plans and named edge cases. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../${relativePath}`, import.meta.url), 'utf8'));
}

/** A fresh copy of the minimal valid plan, to break in one place per test. */
export function minimalPlan(): Record<string, any> {
  return readJson('test/fixtures/plans/minimal.json') as Record<string, any>;
}

export const REAL_PLAN_FILES = ['2014-18', '2017-21-discussion', '2022-26'].map((id) => `content/plans/${id}.json`);
