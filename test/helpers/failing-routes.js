// Routes on the @web/test-runner server that fail the way servers and networks do, for
// test/browser/network.test.ts (plain JavaScript: web-test-runner.config.js loads it).
//
//   GET /__net/<mode>/<name>.json   fails in <mode> until /__net/recover/<name> is requested,
//                                   then serves test/fixtures/plans/minimal.json
//   GET /__net/recover/<name>       the server "recovers" for <name>
//   GET /__net/closed-port          {"url": ...}: a URL on a local port where nothing listens
//
// Each <name> is its own server, so tests do not share state.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const validPlan = readFileSync(new URL('../fixtures/plans/minimal.json', import.meta.url));

/** Just over the loader's 5 MB cap. */
const OVER_CAP_BYTES = 5 * 1024 * 1024 + 1;

/** Milliseconds the slow routes take: far above the short timeouts tests give, far below the default 15 s. */
export const SLOW_MS = 1500;

const recovered = new Set();

const JSON_TYPE = 'application/json; charset=utf-8';
const CACHED = { 'cache-control': 'max-age=600' };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when the client goes away (an aborted fetch), so that no request is held for ever. */
const clientGone = (res) => new Promise((resolve) => res.once('close', resolve));

/** A port with nothing listening: bind one, note it, close it. */
async function closedPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Each way of failing, by mode. Failures may be cached for ten minutes (as many hosts and CDNs
 * do), so "Try again" must ask the server, not the browser's cache.
 */
const MODES = {
  'not-found': (res) => send(res, 404, JSON_TYPE, '{"error": "not found"}', CACHED),
  'server-error': (res) => send(res, 500, JSON_TYPE, '{"error": "database unavailable"}', CACHED),
  // Headers never come.
  hang: (res) => clientGone(res),
  // Headers and the plan come, late.
  slow: async (res) => {
    await Promise.race([sleep(SLOW_MS), clientGone(res)]);
    send(res, 200, JSON_TYPE, validPlan);
  },
  // Headers at once, then the body a few bytes at a time.
  trickle: async (res) => {
    res.writeHead(200, { 'content-type': JSON_TYPE, 'cache-control': 'no-store' });
    const chunks = 10;
    const size = Math.ceil(validPlan.length / chunks);
    for (let i = 0; i < chunks && !res.destroyed; i++) {
      res.write(validPlan.subarray(i * size, (i + 1) * size));
      await sleep(SLOW_MS / chunks);
    }
    res.end();
  },
  // A CMS that answers a wrong address with its own page.
  html: (res) => send(res, 200, 'text/html; charset=utf-8', '<!doctype html><html lang="en"><title>Page not found</title><h1>Sorry, we cannot find that page</h1></html>', CACHED),
  'broken-json': (res) => send(res, 200, JSON_TYPE, '{"id": "minimal", "title": "A small test plan", "outcomes": [', CACHED),
  'not-a-plan': (res) => send(res, 200, JSON_TYPE, '{"hello": "world"}', CACHED),
  // Declares its size up front.
  'too-large': (res) => send(res, 200, JSON_TYPE, Buffer.alloc(OVER_CAP_BYTES, 0x20), CACHED),
  // Declares no size: the loader must count as it reads.
  'too-large-chunked': async (res) => {
    res.writeHead(200, { 'content-type': JSON_TYPE, ...CACHED });
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const gone = clientGone(res);
    for (let sent = 0; sent < OVER_CAP_BYTES && !res.destroyed; sent += chunk.length) {
      if (!res.write(chunk)) await Promise.race([new Promise((resolve) => res.once('drain', resolve)), gone]);
    }
    res.end();
  },
  // The connection drops before any answer (a network failure the server can recover from).
  drop: (res) => res.socket?.destroy(),
};

function send(res, status, type, body, headers = { 'cache-control': 'no-store' }) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

/** Koa middleware for @web/test-runner's `middleware` option. */
export async function failingRoutes(ctx, next) {
  if (!ctx.path.startsWith('/__net/')) return next();
  // Answer on the raw response: the test runner's own middleware would mark any path with a file
  // extension as cacheable for a year.
  ctx.respond = false;
  const res = ctx.res;
  if (ctx.path === '/__net/closed-port') return send(res, 200, JSON_TYPE, JSON.stringify({ url: `http://127.0.0.1:${await closedPort()}/plan.json` }));
  const recover = /^\/__net\/recover\/([\w-]+)$/.exec(ctx.path);
  if (recover) {
    recovered.add(recover[1]);
    return send(res, 200, JSON_TYPE, '{"recovered": true}');
  }
  const route = /^\/__net\/([\w-]+)\/([\w-]+)\.json$/.exec(ctx.path);
  const mode = route && MODES[route[1]];
  if (!mode) return send(res, 400, JSON_TYPE, '{"error": "no such route"}');
  if (recovered.has(route[2])) return send(res, 200, JSON_TYPE, validPlan);
  return mode(res);
}
