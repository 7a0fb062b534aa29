/**
 * Loading a plan by URL: one request per URL however many elements ask, a timeout, a size cap,
 * cancellation by AbortSignal, and a typed error for each way it can fail.
 */
import {
  InvalidPlanError,
  PlanAbortedError,
  PlanAddressError,
  PlanHttpError,
  PlanLoadError,
  PlanNetworkError,
  PlanNotJsonError,
  PlanTimeoutError,
  PlanTooLargeError,
} from './load-errors.js';
import type { Plan } from './types.js';
import { validatePlanForDisplay } from './validate.js';

export interface LoadPlanOptions {
  /** Cancels this caller's wait; the shared request goes on while other callers still wait for it. */
  signal?: AbortSignal;
  /** Milliseconds before the load is given up: the request, reading, parsing and validating. Default 15 000. */
  timeoutMs?: number;
  /** Largest response accepted, in bytes. Default 5 MB. */
  maxBytes?: number;
  /** Reload even if this URL has already been loaded, revalidating any copy in the HTTP cache. */
  reload?: boolean;
  /** The fetch to use (tests, or a host page with its own). Default: globalThis.fetch. */
  fetch?: typeof globalThis.fetch;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/**
 * An invalid plan larger than this (in characters) reports its first error only: listing the
 * millions of errors a few megabytes of `{}` make would block the page for a minute (validate.ts).
 * The largest real plan is about 70 KB.
 */
const LIST_ALL_ERRORS_UP_TO = 128 * 1024;

interface SharedLoad {
  promise: Promise<Plan>;
  /** Callers still waiting; when the last one gives up, the request is aborted. */
  waiting: number;
  controller: AbortController;
  settled: boolean;
}

const loads = new Map<string, SharedLoad>();

/** Forgets loaded plans, so the next call fetches again (tests, or after content changes). */
export function clearPlanCache(): void {
  loads.clear();
}

export function loadPlan(url: string | URL, options: LoadPlanOptions = {}): Promise<Plan> {
  const address = checkedAddress(url);
  if (address instanceof PlanAddressError) return Promise.reject(address);
  const href = address;
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(new PlanAbortedError(href));

  let shared = loads.get(href);
  if (!shared || options.reload) {
    shared = startLoad(href, options);
    loads.set(href, shared);
  }
  const load = shared;
  // Every caller counts as waiting; one without a signal can never give up, so the request goes on.
  load.waiting++;
  if (!signal) return load.promise;

  return new Promise<Plan>((resolve, reject) => {
    const onAbort = () => {
      load.waiting--;
      if (load.waiting === 0 && !load.settled) {
        load.controller.abort();
        // An abandoned request is not a result: the next caller starts afresh.
        if (loads.get(href) === load) loads.delete(href);
      }
      reject(new PlanAbortedError(href));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    load.promise.then(
      (plan) => {
        signal.removeEventListener('abort', onAbort);
        resolve(plan);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function startLoad(href: string, options: LoadPlanOptions): SharedLoad {
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  // `promise` is set below, once the request has started.
  const load = { waiting: 0, controller, settled: false } as SharedLoad;

  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  const started = Date.now();
  /** The time allowed covers the whole load, reading, parsing and validating included, not just the request. */
  const checkTime = async () => {
    // Let the timer (and anything else waiting) run between the steps that keep the thread busy.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (timedOut || Date.now() - started > timeoutMs) {
      timedOut = true;
      throw new PlanTimeoutError(href, timeoutMs);
    }
  };

  const run = async (): Promise<Plan> => {
    try {
      // A reload (a "Try again") asks the server, not a cached copy of what failed.
      const cache: RequestCache = options.reload ? 'no-cache' : 'default';
      const text = await fetchText(doFetch, href, { signal: controller.signal, cache }, maxBytes);
      await checkTime();
      const data = parseJson(href, text);
      await checkTime();
      const result = validatePlanForDisplay(data, { firstErrorOnly: text.length > LIST_ALL_ERRORS_UP_TO });
      await checkTime();
      if (!result.ok) throw new InvalidPlanError(href, result.errors);
      return result.plan;
    } catch (error) {
      if (error instanceof PlanLoadError) throw error;
      if (timedOut) throw new PlanTimeoutError(href, timeoutMs);
      if (controller.signal.aborted) throw new PlanAbortedError(href);
      throw redirectError(href, error) ?? new PlanNetworkError(href, error);
    } finally {
      clearTimeout(timer);
    }
  };

  load.promise = run().then(
    (plan) => {
      load.settled = true;
      return plan;
    },
    (error: unknown) => {
      load.settled = true;
      // Failures are not cached: a retry fetches again.
      if (loads.get(href) === load) loads.delete(href);
      throw error;
    },
  );
  // The shared promise may have no listener yet if every caller has aborted; keep the rejection handled.
  load.promise.catch(() => {});
  return load;
}

async function fetchText(
  doFetch: typeof globalThis.fetch,
  href: string,
  init: { signal: AbortSignal; cache: RequestCache },
  maxBytes: number,
): Promise<string> {
  const response = await doFetch(href, { ...init, headers: { Accept: 'application/json' } });
  if (!response.ok) {
    void response.body?.cancel().catch(() => {});
    throw new PlanHttpError(href, response.status, response.statusText);
  }

  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => {});
    throw new PlanTooLargeError(href, maxBytes);
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (/\btext\/html\b/i.test(contentType)) {
    void response.body?.cancel().catch(() => {});
    throw new PlanNotJsonError(href, 'the server sent a web page (text/html), not JSON. Is the address right?');
  }
  // Count bytes as they arrive: Content-Length may be absent or wrong.
  if (!response.body) return await response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new PlanTooLargeError(href, maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Where exactly is for `plan-kit validate` to say: the embed bundle stays small.
    throw new PlanNotJsonError(href, 'it is not UTF-8 text (npx plan-kit validate shows where): save it as UTF-8.');
  }
}

function parseJson(href: string, text: string): unknown {
  const start = text.trimStart().slice(0, 1);
  if (start === '<') throw new PlanNotJsonError(href, 'it starts with "<", so it looks like a web page (HTML), not JSON. Is the address right?');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : String(error);
    throw new PlanNotJsonError(href, `the JSON is broken (${detail}).`);
  }
}

/** Schemes a plan may come from (data: and blob: hold the plan themselves: stories, tests, a page's own copy). */
const PLAN_SCHEMES = /^(?:https?|data|blob):$/;

/** The absolute address to fetch, or why it cannot be a plan's (not a URL, or javascript:, file:, …). */
function checkedAddress(url: string | URL): string | PlanAddressError {
  let parsed: URL;
  try {
    parsed = new URL(String(url), typeof document !== 'undefined' ? document.baseURI : undefined);
  } catch {
    return new PlanAddressError(String(url), 'bad-address', 'it is not a full web address');
  }
  return PLAN_SCHEMES.test(parsed.protocol) ? parsed.href : new PlanAddressError(parsed.href, 'bad-address', `plans load over http or https, not ${parsed.protocol}`);
}

/**
 * A redirect loop, or a redirect to javascript:, file: and the like, told apart from a network
 * failure where the fetch says so (Node's does, in its error's cause; browsers say only "Failed to fetch").
 */
function redirectError(href: string, error: unknown): PlanAddressError | undefined {
  const cause = String((error as { cause?: unknown } | undefined)?.cause);
  const detail = /redirect count/.test(cause) ? 'the server redirects in a loop' : /HTTP\(S\) scheme/.test(cause) ? 'the server redirects to an address that is not http or https' : '';
  return detail ? new PlanAddressError(href, 'redirect', detail, { cause: error }) : undefined;
}
