/**
 * The errors of loading a plan (by URL, or given as an object that is not a valid plan): apart
 * from errors.ts so that what needs only the base classes (an element given attributes) does not
 * carry these.
 */
import { PlanKitError } from './errors.js';
import { type Problem, formatProblem } from './problems.js';

/** A plan could not be loaded from `url`. */
export abstract class PlanLoadError extends PlanKitError {
  override name = 'PlanLoadError';

  constructor(
    readonly url: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class PlanNetworkError extends PlanLoadError {
  override name = 'PlanNetworkError';
  readonly kind = 'network';
  readonly retryable = true;
  constructor(url: string, cause?: unknown) {
    super(url, `Could not reach ${url}: the network request failed (offline, blocked, or the server did not answer).`, { cause });
  }
}

export class PlanHttpError extends PlanLoadError {
  override name = 'PlanHttpError';
  readonly kind = 'http';
  readonly retryable: boolean;
  constructor(
    url: string,
    readonly status: number,
    readonly statusText: string,
  ) {
    const what = status === 404 ? 'there is no file at that address' : status >= 500 ? 'the server had a problem' : 'the server refused the request';
    super(url, `Could not load ${url}: the server answered ${status}${statusText ? ` ${statusText}` : ''} (${what}).`);
    this.retryable = status >= 500 || status === 408 || status === 429;
  }
}

export class PlanNotJsonError extends PlanLoadError {
  override name = 'PlanNotJsonError';
  readonly kind = 'not-json';
  readonly retryable = false;
  constructor(url: string, detail: string) {
    super(url, `${url} is not a JSON plan file: ${detail}`);
  }
}

export class PlanTooLargeError extends PlanLoadError {
  override name = 'PlanTooLargeError';
  readonly kind = 'too-large';
  readonly retryable = false;
  constructor(
    url: string,
    readonly limitBytes: number,
  ) {
    super(url, `${url} is larger than the ${formatBytes(limitBytes)} a plan file may be.`);
  }
}

export class PlanTimeoutError extends PlanLoadError {
  override name = 'PlanTimeoutError';
  readonly kind = 'timeout';
  readonly retryable = true;
  constructor(
    url: string,
    readonly timeoutMs: number,
  ) {
    super(url, `${url} did not load within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} seconds`}.`);
  }
}

export class PlanAbortedError extends PlanLoadError {
  override name = 'PlanAbortedError';
  readonly kind = 'aborted';
  readonly retryable = true;
  constructor(url: string) {
    super(url, `Loading ${url} was cancelled.`);
  }
}

/**
 * The address cannot give a plan, and trying again cannot help: not a URL, or not http(s)
 * (kind "bad-address"); the server redirects in a loop or to javascript:, file: and the like ("redirect").
 */
export class PlanAddressError extends PlanLoadError {
  override name = 'PlanAddressError';
  readonly retryable = false;
  constructor(
    url: string,
    readonly kind: 'bad-address' | 'redirect',
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(url, `Could not load ${url}: ${detail}.`, options);
  }
}

export class InvalidPlanError extends PlanLoadError {
  override name = 'InvalidPlanError';
  readonly kind = 'invalid-plan';
  readonly retryable = false;
  /**
   * @param url - The URL it was loaded from ('' for a plan given as an object).
   * @param where - Where it came from, for the message: the URL, or the element given it.
   */
  constructor(
    url: string,
    readonly problems: Problem[],
    readonly where: string = url,
  ) {
    super(url, invalidPlanMessage(where, problems));
  }
}

/** "`where` is not a valid plan: outcomes[0].title: required; … (and 3 more)." */
export function invalidPlanMessage(where: string, problems: Problem[]): string {
  const shown = problems.slice(0, 5).map(formatProblem);
  const more = problems.length > shown.length ? ` (and ${problems.length - shown.length} more)` : '';
  return `${where} is not a valid plan: ${shown.join('; ')}${more}.`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
