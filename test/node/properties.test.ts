/** Property-based tests (fast-check) of validation: it never throws, and valid plans round-trip. */
import { readdirSync } from 'node:fs';
import { expect } from 'chai';
import fc from 'fast-check';
import { validatePlan } from '@plan-kit/content';
import { minimalPlan, readJson } from '../helpers/fixtures.ts';

const NUM_RUNS = Number(process.env.PLAN_KIT_FUZZ_RUNS ?? 300);

const basePlans: unknown[] = [
  minimalPlan(),
  ...readdirSync(new URL('../../content/plans', import.meta.url))
    .filter((f) => f.endsWith('.json'))
    .map((f) => readJson(`content/plans/${f}`)),
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function leafPaths(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leafPaths(item, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  return [path];
}

function containerPaths(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => containerPaths(item, [...path, i]))];
  if (value !== null && typeof value === 'object') return [path, ...Object.entries(value).flatMap(([k, v]) => containerPaths(v, [...path, k]))];
  return [];
}

function setAt(root: Json, path: Path, value: Json | undefined): void {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else Reflect.deleteProperty(node, last);
  } else node[last] = value;
}

const clone = <T>(value: T): T => structuredClone(value);

/** Text of every kind that content brings: emoji, right-to-left, combining marks, long runs. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
  fc.constantFrom('مرحبا بالعالم', 'שלום', 'e\u0301\u0301\u0301', '👩🏽‍⚕️🏳️‍🌈', 'x'.repeat(2000), ' ', ''),
);

/** Replaces a leaf of a base plan with another value of any kind, or deletes a field or item. */
const mutation = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('replace-leaf', 'replace-leaf', 'delete', 'replace-container'),
  value: fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 3 })),
});

const mutatedPlan = fc
  .tuple(fc.constantFrom(...basePlans), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([base, mutations]) => {
    const plan = clone(base) as Json;
    for (const m of mutations) {
      const paths = m.op === 'replace-container' || m.op === 'delete' ? containerPaths(plan).slice(1) : leafPaths(plan);
      const path = paths[m.pick % Math.max(paths.length, 1)];
      if (!path || path.length === 0) continue;
      setAt(plan, path, m.op === 'delete' ? undefined : (m.value as Json));
    }
    return plan;
  });

/** Replaces text leaves with other non-blank text: mostly still valid plans. */
const textEditedPlan = fc
  .tuple(fc.constantFrom(...basePlans), fc.array(fc.tuple(fc.nat(), text), { minLength: 1, maxLength: 6 }))
  .map(([base, edits]) => {
    const plan = clone(base) as Json;
    const paths = leafPaths(plan);
    for (const [pick, value] of edits) setAt(plan, paths[pick % paths.length]!, value);
    return plan;
  });

describe('validation properties', () => {
  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validatePlan(value);
        expect(result.ok).to.equal(false);
        expect(result.errors.length).to.be.greaterThan(0);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never throws on arbitrary JavaScript values (functions, symbols, cycles aside)', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }), (value) => {
        expect(() => validatePlan(value)).not.to.throw();
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never throws on mutated real plans, and every error has a path and a message', () => {
    fc.assert(
      fc.property(mutatedPlan, (plan) => {
        const result = validatePlan(plan);
        for (const problem of [...result.errors, ...result.warnings]) {
          expect(problem.message).to.be.a('string').and.not.equal('');
          expect(problem.path).to.be.a('string');
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('returns every valid plan unchanged, and it survives a JSON round trip', () => {
    let valid = 0;
    fc.assert(
      fc.property(textEditedPlan, (plan) => {
        const result = validatePlan(plan);
        if (!result.ok) return;
        valid++;
        expect(result.plan).to.deep.equal(plan);
        const roundTripped = JSON.parse(JSON.stringify(result.plan)) as unknown;
        expect(roundTripped).to.deep.equal(result.plan);
        const again = validatePlan(roundTripped);
        expect(again.ok).to.equal(true);
        expect(again.plan).to.deep.equal(result.plan);
      }),
      { numRuns: NUM_RUNS },
    );
    // The property must have been exercised, not skipped.
    expect(valid).to.be.greaterThan(NUM_RUNS / 10);
  });
});
