/**
 * The one script every page loads. Pages are complete without JavaScript (declarative shadow
 * DOM), so nothing the reader sees waits for hydration: the hydration module (Lit, the elements,
 * the plan JSON) loads only once the page has loaded and the browser is idle, so that it never
 * competes with the page's own first paint on a slow connection. Pages without elements load
 * nothing more.
 */
import './print-links.js';

function hydrate(): void {
  if (document.querySelector('[defer-hydration]')) void import('./hydrate.js');
}

/** After the load event and the first paint: when the browser is next idle (or within 2 s). */
function hydrateLater(): void {
  if ('requestIdleCallback' in window) requestIdleCallback(hydrate, { timeout: 2000 });
  else setTimeout(hydrate, 200);
}

if (document.readyState === 'complete') hydrateLater();
else addEventListener('load', hydrateLater, { once: true });
