/** A new page of Chromium (playwright-core) for the Node tests, in which the tests' own functions can run. */
import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * A new page that has `__name`: tsx (esbuild) compiles the tests keeping function names, so a
 * named function inside code given to `page.evaluate` calls a `__name` helper that Node has and
 * the page does not. Defined before each document's own scripts run, on every navigation.
 */
export async function newPage(owner: Browser | BrowserContext): Promise<Page> {
  const page = await owner.newPage();
  await page.addInitScript('window.__name = (fn) => fn;');
  return page;
}
