/**
 * The one script of every embed page (embed/…), loaded as a classic script: inside a sandbox
 * with an opaque origin (WordPress frames embeds with `sandbox="allow-scripts"` alone) a module
 * script would be fetched with CORS and fail with a console error; a classic script loads.
 *
 * 1. Hydration: where the page has a real origin, it imports the site's boot module (its URL is
 *    in `data-boot`), which hydrates the prerendered element as on every page. With an opaque
 *    origin the page cannot fetch its plan (nor use storage), so it stays as prerendered, whole
 *    and quiet.
 * 2. Height: whenever the page's height changes (ResizeObserver), it tells its parent, in each
 *    format a host may already understand, and in nothing but the height:
 *    - WordPress (`wp-embed.js`): `{message: 'height', value, secret}`, with the secret WordPress
 *      appends to the iframe's URL (`#?secret=abcdef1234`), and again when WordPress says `ready`;
 *    - Pym.js: `pymxPYMx<id>xPYMxheightxPYMx<height>`, with the id from the `childId` query
 *      parameter Pym's parent adds, and again when the parent sends the width;
 *    - ours (`embed/resize.js`): `{type: 'plan-kit:height', value}`.
 * 3. Links, under WordPress: its sandbox lets no link open in the top window, so a click on a link
 *    to this site is sent as `{message: 'link', value: url, secret}`, which wp-embed.js follows.
 *    Elsewhere links open in the top window (`<base target="_top">`).
 */
(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  // An opaque origin (sandbox without allow-same-origin) reports itself as "null".
  if (script?.dataset.boot && self.origin !== 'null') void import(new URL(script.dataset.boot, document.baseURI).href);

  const parent = window.parent;
  if (parent === window) return;

  const pymId = new URLSearchParams(location.search).get('childId');
  let secret = '';
  const readSecret = () => {
    secret = /[#&?]secret=([A-Za-z0-9]{10})\b/.exec(location.hash)?.[1] ?? '';
  };

  let sent = -1;
  const sendHeight = (again = false) => {
    const value = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (value === sent && !again) return;
    sent = value;
    parent.postMessage({ type: 'plan-kit:height', value }, '*');
    if (secret) parent.postMessage({ message: 'height', value, secret }, '*');
    if (pymId) parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${value}`, '*');
  };

  readSecret();
  new ResizeObserver(() => sendHeight()).observe(document.documentElement);
  // Once more when everything has loaded, in case a parent's listener came late (a host's own timing).
  addEventListener('load', () => sendHeight(true));
  addEventListener('hashchange', () => {
    readSecret();
    sendHeight(true);
  });
  addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.source !== parent) return;
    const data = event.data;
    if (typeof data === 'string') {
      if (pymId && data.startsWith(`pymxPYMx${pymId}xPYMxwidthxPYMx`)) sendHeight(true);
      return;
    }
    if (!data || typeof data !== 'object') return;
    const { message, secret: theirs, type } = data as Record<string, unknown>;
    if (type === 'plan-kit:ready') sendHeight(true);
    if (message === 'ready') {
      readSecret();
      if (secret && theirs === secret) sendHeight(true);
    }
  });

  document.addEventListener('click', (event) => {
    if (!secret || event.defaultPrevented || event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && Boolean(node.href));
    if (!link) return;
    const url = new URL(link.href);
    // Only this site's own pages: WordPress follows nothing else, and nothing else is ours to send.
    if (url.origin !== location.origin || !/^https?:$/.test(url.protocol)) return;
    event.preventDefault();
    parent.postMessage({ message: 'link', value: url.href, secret }, '*');
  });
})();
