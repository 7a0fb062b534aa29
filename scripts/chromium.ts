/**
 * Headless Chromium through playwright-core, started one way for all that drive it: the site
 * build's PDFs (site/src/pdf.ts), the Node tests that drive a whole page, and the bench.
 */
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-options.js';

/** Debian's Chromium (or CHROME_PATH) with CHROMIUM_ARGS and any `extraArgs`; throws if there is none or it does not start. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
