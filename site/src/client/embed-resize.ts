/**
 * `embed/resize.js`: the one script a host page may add beside plan-kit iframes (at most 1 KB).
 * It sets each plan-kit iframe's height to its content's, as the embed page reports it
 * (`{type: 'plan-kit:height', value}`), and asks each to report once it runs, in case the frame
 * loaded first. It acts only on the iframe that sent the message, and only on a plain number.
 */
(() => {
  addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown; value?: unknown } | null;
    if (!data || data.type !== 'plan-kit:height') return;
    const value = Number(data.value);
    if (!Number.isInteger(value) || value < 1 || value > 100_000) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.height = String(value);
    }
  });
  const ready = () => {
    for (const frame of document.querySelectorAll('iframe.plan-kit-embed')) (frame as HTMLIFrameElement).contentWindow?.postMessage({ type: 'plan-kit:ready' }, '*');
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
})();
