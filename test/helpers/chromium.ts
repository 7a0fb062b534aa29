/** Headless Chromium for the Node tests that drive a whole page: the site build's (scripts/chromium.ts). */
export { launchChromium } from '../../scripts/chromium.ts';
