/**
 * Two kinds of slow server for the loading stories, in the browser only, for URLs under
 * `never-answers/` and `slow/<ms>/` (nothing else is touched):
 * - `never-answers/…`: the request never answers (until the element gives up and aborts it);
 * - `slow/2000/plans/2022-26.json`: fetches `plans/2022-26.json` after two seconds.
 * A static host cannot hold a request open, so this stands in for one in `storybook dev` and in
 * the built Storybook alike.
 */
const realFetch = globalThis.fetch.bind(globalThis);

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The request was aborted.', 'AbortError');
}

function wait(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    // Infinity means never (setTimeout would treat it as 0).
    const timer = Number.isFinite(ms) ? setTimeout(resolve, ms) : undefined;
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(abortError(signal));
    });
  });
}

globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
  const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
  const base = new URL('.', document.baseURI).pathname;
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
  if (path.startsWith('never-answers/')) return wait(Number.POSITIVE_INFINITY, signal).then(() => new Response());
  const slow = /^slow\/(\d+)\/(.+)$/.exec(path);
  if (slow) {
    const target = new URL(slow[2]!, new URL(base, url)).href;
    return wait(Number(slow[1]), signal).then(() => realFetch(target, init));
  }
  return realFetch(input, init);
};
