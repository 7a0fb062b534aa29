/**
 * A small static file server on 127.0.0.1 for tests that drive a real browser (the hostile CMS
 * page, test/fixtures/cms/). It serves a folder (the repository root by default) with sirv and
 * can send extra response headers, such as a Content-Security-Policy, on every response.
 *
 *   import { serveStatic } from '../../scripts/serve-static.ts';
 *   const server = await serveStatic({ root, headers: { 'content-security-policy': "default-src 'self'" } });
 *   // server.url is "http://127.0.0.1:PORT"; await server.close() when done.
 *
 * Run directly to look at the CMS page by hand (with the page's strict CSP):
 *
 *   npm run build:embed && npx tsx scripts/serve-static.ts [--port 4180]
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export interface StaticServerOptions {
  /** The folder to serve; the repository root by default. */
  root?: string;
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Headers sent with every response, found or not. */
  headers?: Record<string, string>;
  /** More headers by URL path (e.g. from the site's `_headers` file: `headersForPath` in site/src/csp.ts). */
  headersFor?: (path: string) => Record<string, string>;
  /** Send a file's precompressed `.gz` sibling when the browser accepts gzip (as a web server would). */
  gzip?: boolean;
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The strict policy the CMS page is served with: no inline script or style, no eval, and Trusted
 * Types enforced, allowing only the two policies the bundle creates (Lit's `lit-html`, DOMPurify's
 * `dompurify`), twice over, since the page loads the bundle twice.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html dompurify 'allow-duplicates'",
].join('; ');

export async function serveStatic(options: StaticServerOptions = {}): Promise<StaticServer> {
  const headers = options.headers ?? {};
  const setHeaders = (response: import('node:http').ServerResponse) => {
    const path = new URL(response.req.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of Object.entries({ ...headers, ...options.headersFor?.(path) })) response.setHeader(name, value);
  };
  // dev: read files on each request (no start-up scan of node_modules, no caching of stale builds).
  const files = sirv(resolve(options.root ?? REPO_ROOT), {
    dev: true,
    dotfiles: false,
    gzip: options.gzip ?? false,
    setHeaders,
    onNoMatch: (_request, response) => {
      setHeaders(response);
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    },
  });
  const server = createServer((request, response) => files(request, response));
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const portFlag = process.argv.indexOf('--port');
  const port = portFlag > 0 ? Number(process.argv[portFlag + 1]) : 4180;
  const server = await serveStatic({ port, headers: { 'content-security-policy': STRICT_CSP } });
  console.log(`Serving ${REPO_ROOT} with a strict CSP on ${server.url}`);
  console.log(`The hostile CMS page: ${server.url}/test/fixtures/cms/`);
}
