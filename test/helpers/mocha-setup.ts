/**
 * Loaded by mocha before any spec file (.mocharc.json "require"): the suites that drive Chromium
 * need it, and some build the site or Storybook while they load, so without a Chromium the run
 * stops here, at once, with what to do, instead of building for minutes and failing suite by suite.
 */
import { chromiumPath } from './chromium-options.js';

try {
  chromiumPath();
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}
