/**
 * The embed bundle's loader, `dist/embed/plan-kit.js` (vite.embed.config.ts): defines each
 * plan-kit element when its tag first appears in the page (shared/tag-loader.ts), and, on a page
 * that shows most of them, every element at once from one file (every-element.ts, built on its
 * own into `every-element-<hash>.js`).
 */
import { startLoader } from './shared/tag-loader.js';

startLoader(() => import('./every-element.js'));
