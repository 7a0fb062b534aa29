/**
 * Validation of plan content: the schema first (every problem at once), then the checks a schema
 * cannot express (unique ids, references that must resolve), then warnings that do not block.
 * Never throws, whatever it is given.
 */
import * as v from 'valibot';
import { checkPlan, checkPlanSet } from './checks.js';
import { type PathItem, type Problem, problem } from './problems.js';
import { PlanSchema } from './schema.js';
import { knownKeysAt } from './schema-walk.js';
import { markValidated } from './validated.js';
import type { Plan } from './types.js';
import { planWarnings } from './warnings.js';

/** Whether a plan may be shown: the plan, valid, or the errors that keep it from being shown. */
export type PlanCheck = { ok: true; plan: Plan; errors: [] } | { ok: false; plan?: undefined; errors: Problem[] };

export type ValidationResult = PlanCheck & { warnings: Problem[] };

export interface ValidateOptions {
  /**
   * Stop at the first error (and say there may be more). Listing costs about 10 µs an error, and a
   * few megabytes of `{}` make millions of them (a minute, gigabytes): a caller that waits on large
   * input (a page loading a plan) sets this. Valid input is checked in full either way.
   */
  firstErrorOnly?: boolean;
}

/**
 * Validates a plan for an editor (`plan-kit validate`, the site build, a host page's own check):
 * its errors and the warnings that do not block (warnings.ts), these too only once it has passed
 * the schema.
 */
export function validatePlan(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const { result, parsed } = validate(input, options);
  return { ...result, warnings: parsed ? planWarnings(parsed) : [] };
}

/**
 * Validates a plan before a page shows it (the loader, an element given a plan object): the
 * schema and the errors that keep elements safe, not the editorial warnings, which a page never
 * shows (in the embed bundle, warnings.ts is left out of the plan loader's chunk).
 */
export function validatePlanForDisplay(input: unknown, options: ValidateOptions = {}): PlanCheck {
  return validate(input, options).result;
}

/** The check, and the plan as the schema parsed it (which the warnings read) when it passed the schema. */
function validate(input: unknown, options: ValidateOptions): { result: PlanCheck; parsed?: Plan } {
  let parsed: v.SafeParseResult<typeof PlanSchema>;
  try {
    // Stopping at the first issue costs nothing extra for a valid plan (it has none).
    parsed = v.safeParse(PlanSchema, input, { abortEarly: options.firstErrorOnly });
    if (!parsed.success && options.firstErrorOnly) {
      const more = problem('error', [], 'perhaps more errors: for a plan this large only the first is found');
      return { result: { ok: false, errors: [...parsed.issues.map(issueToProblem), more] } };
    }
  } catch (error) {
    // Valibot does not throw on bad data; this guards against exotic inputs (e.g. throwing getters).
    return { result: { ok: false, errors: [problem('error', [], `cannot be read as a plan: ${String(error)}`)] } };
  }
  if (!parsed.success) return { result: { ok: false, errors: parsed.issues.map(issueToProblem) } };
  const plan = parsed.output;
  const errors = checkPlan(plan);
  if (errors.length > 0) return { result: { ok: false, errors }, parsed: plan };
  markValidated(plan);
  return { result: { ok: true, plan, errors: [] }, parsed: plan };
}

/**
 * Checks what only a set of plans can show: lineage links into another plan of the set must
 * reach an outcome (and sub-outcome) that exists there. Returns problems keyed by plan id.
 */
export { checkPlanSet };

type Issue = v.InferIssue<typeof PlanSchema>;

function issueToProblem(issue: Issue): Problem {
  const pathItems: PathItem[] = (issue.path ?? []).map((item) => item.key as PathItem);
  return problem('error', pathItems, describeIssue(issue, pathItems));
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  strict_object: 'an object',
  object: 'an object',
  literal: 'true',
};

function describeIssue(issue: Issue, pathItems: PathItem[]): string {
  const origin = issue.path?.at(-1)?.origin;
  if (issue.type === 'strict_object' && origin === 'key') {
    if (issue.received === 'undefined') return 'required';
    const key = pathItems.at(-1);
    const suggestion = typeof key === 'string' ? closestKnownKey(pathItems.slice(0, -1), key) : undefined;
    return suggestion ? `unknown field (did you mean "${suggestion}"?)` : 'unknown field';
  }
  if (issue.kind === 'schema' && issue.message.startsWith('Invalid type')) {
    const expected = TYPE_WORDS[issue.type] ?? issue.expected ?? issue.type;
    return `must be ${expected}, not ${describeValue(issue.input)}`;
  }
  // Validation actions carry our own messages (see schema.ts); Valibot's defaults are kept otherwise.
  return issue.message;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `the text "${value.slice(0, 37)}..."` : `the text ${JSON.stringify(value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function closestKnownKey(parentPath: PathItem[], key: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of knownKeysAt(parentPath)) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, for "did you mean" on short field names only. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 40) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
