import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
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
  clearPlanCache,
  loadPlan,
} from '@plan-kit/content';
import { minimalPlan } from '../helpers/fixtures.ts';

/** A local server with one route per failure mode; counts requests per path. */
let server: Server;
let base: string;
const hits = new Map<string, number>();
const validBody = JSON.stringify(minimalPlan());

before(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const json = (body: string, status = 200) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(body);
    };
    switch (path) {
      case '/plan.json':
        return json(validBody);
      case '/slow-plan.json':
        return void setTimeout(() => json(validBody), 150);
      case '/500.json':
        return json('{}', 500);
      case '/page.html':
        response.writeHead(200, { 'content-type': 'text/html' });
        return response.end('<!doctype html><title>Not found</title>');
      case '/html-as-json.json':
        return json('<!doctype html><p>Sign in</p>');
      case '/broken.json':
        return json('{"id": "x",');
      case '/not-a-plan.json':
        return json('{"hello": "world"}');
      case '/huge.json':
        return json(`{"padding": "${'x'.repeat(20_000)}"}`);
      case '/huge-chunked.json':
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write(`{"padding": "${'x'.repeat(20_000)}`);
        return response.end('"}');
      case '/hang.json':
        return; // never answers
      case '/loop.json':
        response.writeHead(302, { location: '/loop.json' });
        return response.end();
      case '/to-javascript.json':
        response.writeHead(302, { location: 'javascript:alert(1)' });
        return response.end();
      case '/to-file.json':
        response.writeHead(302, { location: 'file:///etc/passwd' });
        return response.end();
      case '/latin-1.json':
        response.writeHead(200, { 'content-type': 'application/json' });
        return response.end(Buffer.from(validBody.replace('A small test plan', 'A small t\u00e9st plan'), 'latin1'));
      case '/million-problems.json':
        return json(JSON.stringify({ ...minimalPlan(), outcomes: Array.from({ length: 1_000_000 }, () => ({})) }));
      default:
        return json('{"error": "not found"}', 404);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

beforeEach(() => {
  clearPlanCache();
  hits.clear();
});

async function failure(promise: Promise<unknown>): Promise<PlanLoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(PlanLoadError);
    return error as PlanLoadError;
  }
  throw new Error('expected the load to fail');
}

describe('loadPlan', () => {
  it('loads and validates a plan', async () => {
    const plan = await loadPlan(`${base}/plan.json`);
    expect(plan.title).to.equal('A small test plan');
  });

  it('makes one request for many callers of one URL, and none for later callers', async () => {
    const url = `${base}/slow-plan.json`;
    const plans = await Promise.all([loadPlan(url), loadPlan(url), loadPlan(url, { signal: new AbortController().signal })]);
    await loadPlan(url);
    expect(hits.get('/slow-plan.json')).to.equal(1);
    expect(plans[0]).to.equal(plans[1]);
  });

  it('names the URL and the status of an HTTP error, and says whether a retry may help', async () => {
    const notFound = await failure(loadPlan(`${base}/missing.json`));
    expect(notFound).to.be.instanceOf(PlanHttpError);
    expect(notFound.message).to.equal(`Could not load ${base}/missing.json: the server answered 404 Not Found (there is no file at that address).`);
    expect(notFound.retryable).to.equal(false);
    const serverError = (await failure(loadPlan(`${base}/500.json`))) as PlanHttpError;
    expect(serverError.status).to.equal(500);
    expect(serverError.retryable).to.equal(true);
  });

  it('does not cache failures: a retry asks the server again', async () => {
    await failure(loadPlan(`${base}/500.json`));
    await failure(loadPlan(`${base}/500.json`));
    expect(hits.get('/500.json')).to.equal(2);
  });

  it('recognises a web page served instead of JSON', async () => {
    const byType = await failure(loadPlan(`${base}/page.html`));
    expect(byType).to.be.instanceOf(PlanNotJsonError);
    expect(byType.message).to.contain('the server sent a web page (text/html), not JSON');
    const bySniffing = await failure(loadPlan(`${base}/html-as-json.json`));
    expect(bySniffing.message).to.contain('looks like a web page (HTML), not JSON');
  });

  it('reports broken JSON as not JSON', async () => {
    const error = await failure(loadPlan(`${base}/broken.json`));
    expect(error).to.be.instanceOf(PlanNotJsonError);
    expect(error.message).to.match(/^http:\/\/127\.0\.0\.1:\d+\/broken\.json is not a JSON plan file: the JSON is broken \(.+\)\.$/);
  });

  it('reports valid JSON that is not a plan with the paths that are wrong', async () => {
    const error = (await failure(loadPlan(`${base}/not-a-plan.json`))) as InvalidPlanError;
    expect(error).to.be.instanceOf(InvalidPlanError);
    expect(error.problems.map((p) => p.path)).to.include.members(['title', 'outcomes', 'hello']);
    expect(error.message).to.contain('is not a valid plan: id: required; title: required; organisation: required; period: required; status: required (and 4 more).');
  });

  it('refuses a body over the size cap, declared or streamed', async () => {
    for (const path of ['/huge.json', '/huge-chunked.json']) {
      const error = await failure(loadPlan(`${base}${path}`, { maxBytes: 10_000 }));
      expect(error).to.be.instanceOf(PlanTooLargeError);
      expect(error.message).to.equal(`${base}${path} is larger than the 10 KB a plan file may be.`);
    }
  });

  it('gives up after the timeout', async () => {
    const error = await failure(loadPlan(`${base}/hang.json`, { timeoutMs: 100 }));
    expect(error).to.be.instanceOf(PlanTimeoutError);
    expect(error.message).to.equal(`${base}/hang.json did not load within 100 ms.`);
    expect(error.retryable).to.equal(true);
  });

  it('reports a network failure when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(loadPlan(`http://127.0.0.1:${port}/plan.json`));
    expect(error).to.be.instanceOf(PlanNetworkError);
    expect(error.message).to.contain('the network request failed');
  });

  it('lets one caller cancel without cancelling the others', async () => {
    const url = `${base}/slow-plan.json`;
    const controller = new AbortController();
    const cancelled = loadPlan(url, { signal: controller.signal });
    const kept = loadPlan(url, { signal: new AbortController().signal });
    controller.abort();
    expect(await failure(cancelled)).to.be.instanceOf(PlanAbortedError);
    expect((await kept).id).to.equal('minimal');
    expect(hits.get('/slow-plan.json')).to.equal(1);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await failure(loadPlan(`${base}/plan.json`, { signal: controller.signal }))).to.be.instanceOf(PlanAbortedError);
    expect(hits.get('/plan.json')).to.equal(undefined);
  });

  it('goes on for a caller without a signal when another caller of the URL aborts', async () => {
    const url = `${base}/slow-plan.json`;
    const controller = new AbortController();
    const kept = loadPlan(url);
    const cancelled = loadPlan(url, { signal: controller.signal });
    controller.abort();
    expect(await failure(cancelled)).to.be.instanceOf(PlanAbortedError);
    expect((await kept).id).to.equal('minimal');
    expect(hits.get('/slow-plan.json')).to.equal(1);
  });

  it('tells a redirect loop, a javascript: or file: redirect and an unparsable URL from a network failure; none is retryable', async () => {
    const loop = await failure(loadPlan(`${base}/loop.json`));
    expect(loop).to.be.instanceOf(PlanAddressError);
    expect([loop.kind, loop.retryable]).to.deep.equal(['redirect', false]);
    expect(loop.message).to.equal(`Could not load ${base}/loop.json: the server redirects in a loop.`);
    for (const path of ['/to-javascript.json', '/to-file.json']) {
      const error = await failure(loadPlan(`${base}${path}`));
      expect([error.kind, error.retryable], path).to.deep.equal(['redirect', false]);
      expect(error.message).to.equal(`Could not load ${base}${path}: the server redirects to an address that is not http or https.`);
    }
    const addresses = {
      'http://[not-a-host': 'Could not load http://[not-a-host: it is not a full web address.',
      'plans/2022-26.json': 'Could not load plans/2022-26.json: it is not a full web address.',
      'javascript:alert(1)': 'Could not load javascript:alert(1): plans load over http or https, not javascript:.',
      'file:///etc/passwd': 'Could not load file:///etc/passwd: plans load over http or https, not file:.',
    };
    for (const [url, message] of Object.entries(addresses)) {
      const error = await failure(loadPlan(url));
      expect(error, url).to.be.instanceOf(PlanAddressError);
      expect([error.kind, error.retryable, error.message]).to.deep.equal(['bad-address', false, message]);
    }
  });

  it('refuses text that is not UTF-8 instead of returning U+FFFD', async () => {
    const error = await failure(loadPlan(`${base}/latin-1.json`));
    expect(error).to.be.instanceOf(PlanNotJsonError);
    expect(error.message).to.equal(`${base}/latin-1.json is not a JSON plan file: it is not UTF-8 text (npx plan-kit validate shows where): save it as UTF-8.`);
  });

  it('a 3 MB plan with a million problems fails with its first problem, not after a minute and gigabytes', async function () {
    this.timeout(60_000);
    const error = (await failure(loadPlan(`${base}/million-problems.json`))) as InvalidPlanError;
    expect(error).to.be.instanceOf(InvalidPlanError);
    expect(error.problems.map((p) => p.path)).to.deep.equal(['outcomes[0].id', '']);
    expect(error.message).to.contain('outcomes[0].id: required; perhaps more errors: for a plan this large only the first is found.');
  });

  it('counts reading and checking the plan against the timeout, not only the request', async () => {
    // A fetch that ignores the abort signal and answers late: the load still ends as a timeout.
    const lateFetch = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      return new Response(validBody, { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const error = await failure(loadPlan(`${base}/late.json`, { timeoutMs: 50, fetch: lateFetch }));
    expect(error).to.be.instanceOf(PlanTimeoutError);
  });
});
