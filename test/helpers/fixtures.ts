/** Test fixtures shared by Node and browser tests: the real plans and named edge cases. */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The built microsite. `npm test` builds it first; a test file run alone builds it when it is missing. */
export const SITE_DIR = join(repoRoot, 'dist/site');

export function ensureSite(): void {
  if (!existsSync(join(SITE_DIR, 'index.html'))) execSync('npm run build:site', { cwd: repoRoot, stdio: 'inherit' });
}

/**
 * Every page's URL path in a built site ("/", "/plans/2022-26/", ...), from its index.html files;
 * the embed pages (/embed/…, pages without the site's frame, embed-pages.test.ts) only when asked.
 */
export function sitePages(siteDir = SITE_DIR, which: 'site' | 'embed' = 'site'): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name === 'index.html') found.push(`/${relative(siteDir, dir)}/`.replace(/^\/\/$/, '/'));
    }
  };
  walk(siteDir);
  return found.filter((path) => path.startsWith('/embed/') === (which === 'embed')).sort();
}

export function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../${relativePath}`, import.meta.url), 'utf8'));
}

/** A fresh copy of the minimal valid plan, to break in one place per test. */
export function minimalPlan(): Record<string, any> {
  return readJson('test/fixtures/plans/minimal.json') as Record<string, any>;
}

export const REAL_PLAN_FILES = ['2014-18', '2017-21-discussion', '2022-26'].map((id) => `content/plans/${id}.json`);
