/**
 * Property-based tests (fast-check) of validation: it never throws, and valid plans round-trip.
 * The same arbitraries feed the rendering fuzz in Chromium (test/browser/fuzz.test.ts).
 */
import { readdirSync } from 'node:fs';
import { expect } from 'chai';
import fc from 'fast-check';
import { validatePlan } from '@plan-kit/content';
import { minimalPlan, readJson } from '../helpers/fixtures.ts';
import { brokenPlan, schemaPlan, textEditedPlan } from '../shared/plan-arbitraries.ts';

const NUM_RUNS = Number(process.env.PLAN_KIT_FUZZ_RUNS ?? 300);

const basePlans: unknown[] = [
  minimalPlan(),
  ...readdirSync(new URL('../../content/plans', import.meta.url))
    .filter((f) => f.endsWith('.json'))
    .map((f) => readJson(`content/plans/${f}`)),
];

const schema = readJson('packages/content/plan.schema.json') as object;

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

  it('never throws on broken real plans or plans generated from the schema, and every error has a path and a message', () => {
    fc.assert(
      fc.property(fc.oneof(brokenPlan(basePlans), schemaPlan(schema)), (plan) => {
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
      fc.property(textEditedPlan(basePlans), (plan) => {
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
