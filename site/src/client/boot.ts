/**
 * The script a site page loads (not home or the print pages, which need none), imported after the
 * page's first paint by boot-loader.ts. Pages are complete without JavaScript (declarative shadow
 * DOM), so nothing the reader sees waits for hydration: the hydration module (Lit, the elements,
 * the plan JSON) loads only once the page has loaded and the browser is idle, so that it never
 * competes with the page's own first paint on a slow connection. Pages without elements load
 * nothing more.
 */
import './print-links.js';

function hydrate(): void {
  if (document.querySelector('[defer-hydration]')) void import('./hydrate.js');
}

/**
 * After the load event and the first paint (on a fast connection the load event can come before
 * the first paint: a frame's callback, then a task, runs after it; a hidden tab or an offscreen
 * frame has no frames, so at most a second later), when the browser is next idle (or within 2 s).
 */
function hydrateLater(): void {
  let started = false;
  const whenIdle = () => {
    if (started) return;
    started = true;
    if ('requestIdleCallback' in window) requestIdleCallback(hydrate, { timeout: 2000 });
    else setTimeout(hydrate, 200);
  };
  requestAnimationFrame(() => setTimeout(whenIdle));
  setTimeout(whenIdle, 1000);
}

if (document.readyState === 'complete') hydrateLater();
else addEventListener('load', hydrateLater, { once: true });
