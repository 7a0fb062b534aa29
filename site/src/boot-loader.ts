/**
 * How a page loads its boot module: only after its first paint.
 *
 * Pages are whole without JavaScript, so nothing the reader sees waits for the boot module. But
 * an external `<script src>` is fetched as soon as the parser (or its preload scanner) sees it,
 * before the first paint, and Lighthouse counts every request made before the largest paint in
 * that paint's time: an indicator page's LCP was 1.5x the plain page's with the boot module in
 * its head, 1.05x without it. So a few characters of inline script import the module after the
 * first frame (a frame's callback, then a task), or after a second where there are no frames (a
 * hidden tab). The text is the same on every page, so the Content-Security-Policy allows it by
 * one hash (`BOOT_LOADER_HASH`); the module's address comes from the tag's `data-src`.
 */
import { createHash } from 'node:crypto';

const BOOT_LOADER =
  '(function(src,done){function load(){if(!done){done=1;import(src)}}requestAnimationFrame(function(){setTimeout(load)});setTimeout(load,1000)})(document.currentScript.dataset.src)';

/** `'sha256-…'`: the script-src source that allows the loader and nothing else inline. */
export const BOOT_LOADER_HASH = `'sha256-${createHash('sha256').update(BOOT_LOADER).digest('base64')}'`;

/** The tag that loads the boot module at `src` (a URL relative to the page) after the first paint. */
export function bootLoaderTag(src: string): string {
  return `<script data-src="${src}">${BOOT_LOADER}</script>`;
}
