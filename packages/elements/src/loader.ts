/**
 * The loader for a bundler's build (`@plan-kit/elements/loader.js`): importing it defines each
 * plan-kit element when its tag first appears in the page (shared/tag-loader.ts). The embed
 * bundle's plan-kit.js is embed-loader.ts.
 */
import { startLoader } from './shared/tag-loader.js';

export { loadElement, discover, watch, loadsEveryElement } from './shared/tag-loader.js';

// Not in a server render, which may import this module too.
if (typeof document !== 'undefined') startLoader();
