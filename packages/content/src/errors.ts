/**
 * Why a plan could not be loaded, one class per cause, each with a message a web editor can act
 * on: what went wrong, and where (the URL, the HTTP status, or the invalid paths).
 */
import { type Problem, formatProblem } from './problems.js';

export type PlanLoadErrorKind = 'network' | 'http' | 'not-json' | 'too-large' | 'timeout' | 'invalid' | 'aborted' | 'bad-address' | 'redirect';

export abstract class PlanLoadError extends Error {
  abstract readonly kind: PlanLoadErrorKind;
  /** Whether trying again may help (a retry button makes sense). */
  abstract readonly retryable: boolean;

  constructor(
    readonly url: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class PlanNetworkError extends PlanLoadError {
  readonly kind = 'network';
  readonly retryable = true;
  constructor(url: string, cause?: unknown) {
    super(url, `Could not reach ${url}: the network request failed (offline, blocked, or the server did not answer).`, { cause });
  }
}

export class PlanHttpError extends PlanLoadError {
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
  readonly kind = 'not-json';
  readonly retryable = false;
  constructor(url: string, detail: string) {
    super(url, `${url} is not a JSON plan file: ${detail}`);
  }
}

export class PlanTooLargeError extends PlanLoadError {
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
  readonly kind = 'invalid';
  readonly retryable = false;
  constructor(
    url: string,
    readonly problems: Problem[],
  ) {
    super(url, invalidPlanMessage(url, problems));
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
