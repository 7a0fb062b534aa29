/**
 * The kinds of plan-kit error, and the check of an error's shape: an error may come from another
 * copy of the library on the page (`instanceof` fails across copies), so readers check its shape
 * with `planKitErrorOf`, never a cast. Apart from the error classes (errors.ts), which every
 * element needs: only what loads or shows a plan's errors reads errors by shape, and in the embed
 * bundle this module is in the plan loader's chunk.
 */
import type { Problem } from './problems.js';

/**
 * Every kind of error, for host pages to switch on (`event.detail.kind`). A new cause gets a new
 * kind here (and its class below).
 */
export const PLAN_KIT_ERROR_KINDS = [
  /** The request failed: offline, blocked, no answer. */
  'network',
  /** The server answered with an error status (`status`). */
  'http',
  /** The answer is not JSON (a web page, broken JSON). */
  'not-json',
  /** The answer is larger than a plan may be. */
  'too-large',
  /** No answer within the timeout. */
  'timeout',
  /** The load was cancelled (the element went away, or loads again). */
  'aborted',
  /** The address cannot give a plan: not a URL, or not http(s). */
  'bad-address',
  /** The server redirects in a loop, or to an address that is not http(s). */
  'redirect',
  /** The JSON is not a valid plan (`problems`). */
  'invalid-plan',
  /** An attribute names something the plan does not have (`ref="9.9"`). */
  'not-found',
  /** An attribute's value cannot be used (a gauge's `max` below its `min`). */
  'invalid-attribute',
  /** Anything else thrown (a bug): reported with its own message. */
  'unexpected',
] as const;

export type PlanKitErrorKind = (typeof PLAN_KIT_ERROR_KINDS)[number];

/** What a reader may rely on in any plan-kit error, from this copy of the library or another. */
export interface PlanKitErrorShape {
  name: string;
  message: string;
  kind: PlanKitErrorKind;
  retryable: boolean;
  /** The URL that failed to load, for a loading error. */
  url?: string;
  /** Where an invalid plan came from: its URL, or the element given it as an object. */
  where?: string;
  /** For an invalid plan: each problem with its JSON path. */
  problems?: readonly Problem[];
  /** For `http`: the status the server answered. */
  status?: number;
}

const KINDS: ReadonlySet<string> = new Set(PLAN_KIT_ERROR_KINDS);

/**
 * The error as a plan-kit error, read by shape (an error of another copy of the library has
 * another class): undefined for anything that is not one.
 */
export function planKitErrorOf(error: unknown): PlanKitErrorShape | undefined {
  // An Error is an object too.
  if (typeof error !== 'object' || error === null) return undefined;
  const { name, message, kind, retryable, url, where, problems, status } = error as Record<string, unknown>;
  if (typeof message !== 'string' || typeof kind !== 'string' || !KINDS.has(kind)) return undefined;
  const address = typeof url === 'string' && url ? url : undefined;
  return {
    name: typeof name === 'string' ? name : 'PlanKitError',
    message,
    kind: kind as PlanKitErrorKind,
    retryable: retryable === true,
    url: address,
    where: typeof where === 'string' ? where : address,
    problems: Array.isArray(problems) ? (problems as Problem[]) : undefined,
    status: typeof status === 'number' ? status : undefined,
  };
}

/** Any error as a plan-kit error: one of ours as it is, anything else as `unexpected` with its message. */
export function toPlanKitError(error: unknown): PlanKitErrorShape {
  return (
    planKitErrorOf(error) ?? {
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
      kind: 'unexpected',
      retryable: false,
    }
  );
}

