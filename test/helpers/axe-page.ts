/** Runs axe (WCAG 2.2 A and AA) in a playwright page, with our own copy of axe-core. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { axeOptions } from '../shared/axe.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Each violation as "rule (help): targets"; an empty list when axe finds none. */
export async function axeViolations(page: Page, include = 'body'): Promise<string[]> {
  // Kept apart from any axe the page loads itself (Storybook's a11y addon does); added once a document.
  if (!(await page.evaluate(() => '__planKitAxe' in window))) {
    await page.addScriptTag({ content: `${axeSource}\nwindow.__planKitAxe = window.axe;` });
  }
  return page.evaluate(
    async ({ options, include }) => {
      type AxeRun = (context: unknown, options: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
      const axe = (window as unknown as { __planKitAxe: { run: AxeRun } }).__planKitAxe;
      const result = await axe.run({ include: [include] }, options);
      return result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    },
    { options: axeOptions, include },
  );
}
