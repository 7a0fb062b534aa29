/**
 * One error type (packages/content/src/errors.ts): every error plan-kit reports is a
 * `PlanKitError` with a literal name and a kind from one closed list, and an error from another
 * copy of the library is read by its shape.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import {
  InvalidPlanError,
  PLAN_KIT_ERROR_KINDS,
  PlanAbortedError,
  PlanAttributeError,
  PlanHttpError,
  PlanKitError,
  PlanNetworkError,
  PlanNotFoundError,
  PlanNotJsonError,
  PlanTimeoutError,
  PlanTooLargeError,
  planKitErrorOf,
  toPlanKitError,
} from '@plan-kit/content';
import { EMBED_DIR, embedFiles, ensureEmbed } from '../../scripts/embed-bundle.ts';

const EXAMPLES: PlanKitError[] = [
  new PlanNetworkError('/a.json'),
  new PlanHttpError('/a.json', 404, 'Not Found'),
  new PlanNotJsonError('/a.json', 'it is a web page'),
  new PlanTooLargeError('/a.json', 1024),
  new PlanTimeoutError('/a.json', 15_000),
  new PlanAbortedError('/a.json'),
  new InvalidPlanError('/a.json', [{ path: 'title', message: 'required', pathItems: [] } as never]),
  new PlanNotFoundError('A plan has no sub-outcome "9.9".'),
  new PlanAttributeError('The gauge "A" has max (0) not above min (10).'),
];

describe('PlanKitError', () => {
  it('is the base of every error, each with its class name as a literal and a kind from the closed list', () => {
    for (const error of EXAMPLES) {
      expect(error).to.be.instanceOf(PlanKitError).and.instanceOf(Error);
      expect(error.name).to.equal(error.constructor.name);
      expect(PLAN_KIT_ERROR_KINDS).to.include(error.kind);
    }
    expect(new Set(EXAMPLES.map((e) => e.kind)).size, 'one kind each').to.equal(EXAMPLES.length);
  });

  it('keeps its names in the minified embed bundle, where class names are mangled', async function () {
    this.timeout(60_000);
    await ensureEmbed();
    const code = embedFiles().map((file) => readFileSync(join(EMBED_DIR, file), 'utf8')).join('\n');
    for (const error of EXAMPLES) expect(code, error.name).to.match(new RegExp(`["'\`]${error.name}["'\`]`));
  });

  it('reads an error from another copy of the library by its shape, and nothing else as one', () => {
    const foreign = Object.assign(new Error('Could not load /b.json: the server answered 500.'), { name: 'PlanHttpError', kind: 'http', retryable: true, url: '/b.json', status: 500 });
    expect(planKitErrorOf(foreign)).to.include({ kind: 'http', retryable: true, url: '/b.json', where: '/b.json', status: 500, name: 'PlanHttpError' });
    expect(planKitErrorOf(new InvalidPlanError('', [], 'The plan object given to <plan-vision>'))).to.include({ kind: 'invalid-plan', url: undefined, where: 'The plan object given to <plan-vision>' });
    expect(planKitErrorOf(Object.assign(new Error('x'), { kind: 'no-such-kind' }))).to.equal(undefined);
    expect(planKitErrorOf(new TypeError('x'))).to.equal(undefined);
    expect(planKitErrorOf('http')).to.equal(undefined);
    expect(toPlanKitError(new TypeError('a bug'))).to.deep.equal({ name: 'TypeError', message: 'a bug', kind: 'unexpected', retryable: false });
  });
});
