/**
 * The one script every page loads. Pages are complete without JavaScript (declarative shadow
 * DOM), so nothing the reader sees waits for hydration: the hydration module (Lit, the elements,
 * the plan JSON) loads only once the page has loaded, so that it never competes with the page's
 * own first paint on a slow connection. Pages without elements load nothing more.
 */
import './print-links.js';

function hydrateLater(): void {
  if (document.querySelector('[defer-hydration]')) void import('./hydrate.js');
}

if (document.readyState === 'complete') hydrateLater();
else addEventListener('load', hydrateLater, { once: true });
