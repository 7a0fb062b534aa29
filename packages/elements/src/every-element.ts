/**
 * Every element at once, for a page that shows most of them: the loader (loader.ts) imports this
 * instead of each element's module when its first look at a page finds most of the registry's
 * tags. Built into one file, `every-element-<hash>.js` (vite.embed.config.ts makes the registry's
 * imports and the on-demand ones static there), which gzips smaller than the elements' separate
 * files do: each file compresses on its own. Only the markdown renderer stays apart, loaded when
 * content needs it.
 */
import { ELEMENTS } from './registry.js';
import './shared/provide-on-demand.js';

// In the one file these imports are static, and have run before this line (vite.embed.config.ts);
// no top-level await, which would keep the bundler from putting what the markdown chunk shares
// with the elements in this file, and make it a third.
for (const element of ELEMENTS) void element.load();
