/**
 * `embed/resize.js` (served as `embed/resize-<hash>.js`): the one script a host page may add
 * beside plan-kit iframes (at most 1 KB). It sets each plan-kit iframe's height to its content's,
 * as the embed page reports it (`{type: 'plan-kit:height', value}`), and asks each to report once
 * it runs, in case the frame loaded first. It trusts only what could come from one of our embed
 * pages: a message from the plans site's origin (the origin this script was loaded from), sent by
 * an iframe the snippet marked (`class="plan-kit-embed"`), with a whole number of pixels, at most
 * MAX_HEIGHT. Any other frame on the host page, from any origin, cannot resize itself through it.
 */
(() => {
  /** Taller than any widget at 320 px wide; a longer one scrolls inside its frame. */
  const MAX_HEIGHT = 10_000;
  const script = document.currentScript as HTMLScriptElement | null;
  const origin = script ? new URL(script.src, location.href).origin : '';
  const frames = () => document.querySelectorAll<HTMLIFrameElement>('iframe.plan-kit-embed');
  addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown; value?: unknown } | null;
    if (event.origin !== origin || !data || data.type !== 'plan-kit:height') return;
    const value = Number(data.value);
    if (!Number.isInteger(value) || value < 1) return;
    for (const frame of frames()) if (frame.contentWindow === event.source) frame.height = String(Math.min(value, MAX_HEIGHT));
  });
  const ready = () => {
    for (const frame of frames()) frame.contentWindow?.postMessage({ type: 'plan-kit:ready' }, origin);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
})();
