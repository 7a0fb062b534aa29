// The tests' Chromium is the build's (scripts/chromium-options.js: the site build prints its PDFs with it).
export { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-options.js';
