/**
 * Every element at once, for a page that shows most of them: the embed loader (embed-loader.ts)
 * imports this instead of each element's module when its first look at a page finds seven
 * tenths of the registry's tags or more. Built into one file, `every-element-<hash>.js`, which
 * gzips smaller than the elements' separate files do (each file compresses on its own): there the
 * registry's imports of the elements' modules are static (vite.embed.config.ts), and what elements
 * import on first need comes with provide-on-demand.ts. Only the markdown renderer stays apart,
 * loaded when content needs it.
 */
import { ELEMENTS } from './registry.js';
import './shared/provide-on-demand.js';

// In the one file the registry's imports are static and have run before this line. No top-level
// await: with one, the bundler no longer puts the elements in this file, but in chunks beside it
// (one for each module that something imports dynamically), which a page would load one by one.
for (const element of ELEMENTS) void element.load();
