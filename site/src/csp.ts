/**
 * The Content-Security-Policy the microsite is built for, written with the pages (`_headers`).
 *
 * Scripts: only the site's own module files and the one inline line that loads the boot module
 * after the first paint (boot-loader.ts), allowed by its hash; no eval; and Trusted Types
 * enforced, with the two policies the pages create: Lit's (`lit-html`, for its templates and for
 * markdown that DOMPurify has already sanitized) and DOMPurify's (`dompurify`, for parsing).
 *
 * Styles: the site's stylesheet, plus each element's styles. Those are inline `<style>` blocks in
 * the prerendered declarative shadow DOM (Lit SSR writes them; a hydrated element keeps using
 * them), so the policy allows exactly those blocks by their SHA-256 hashes: no 'unsafe-inline'.
 * The hashes change when an element's styles change; the build works them out every time.
 */
import { createHash } from 'node:crypto';
import { BOOT_LOADER_HASH } from './boot-loader.js';

const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;

/** `'sha256-…'` sources for every inline `<style>` block in a page. */
export function inlineStyleHashes(page: string): string[] {
  return [...page.matchAll(INLINE_STYLE)].map(([, css]) => `'sha256-${createHash('sha256').update(css!).digest('base64')}'`);
}

/** The policy for pages whose inline styles have these hashes. */
export function sitePolicy(styleHashes: Iterable<string>): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${BOOT_LOADER_HASH}`,
    // The site's icon is a data URL in each page (layout.ts); data: images run no script.
    "img-src 'self' data:",
    `style-src 'self' ${[...new Set(styleHashes)].sort().join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html dompurify',
  ].join('; ');
}

/**
 * `frame-ancestors`: who may frame a page. The embed pages (embed/…) may be framed by the origins
 * site.json lists in `embedFrameAncestors` (and the site itself, for the embed builder's preview),
 * or by any site when it lists none; every other page by none.
 */
export function frameAncestors(embed: boolean, allowed?: readonly string[]): string {
  if (!embed) return "frame-ancestors 'none'";
  return allowed?.length ? `frame-ancestors 'self' ${allowed.map((origin) => origin.replace(/\/$/, '')).join(' ')}` : 'frame-ancestors *';
}

export interface HeadersLayout {
  /** The top level of the built site: files ("404.html") and folders ("plans/"), "embed/" left out. */
  topLevel: string[];
  /** Folders whose files other sites may fetch (the open data, the elements' bundle). */
  shared: string[];
  /** Files whose names carry their content's hash (what snippets load, with integrity): cached for good, fetchable by any site. */
  versioned?: string[];
}

/**
 * What every response carries, whatever the path, missing pages included: no MIME sniffing (a
 * plan's JSON or a CSV is never run as a script or a page), and no address of this site's pages
 * sent to other sites.
 */
export const COMMON_HEADERS = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: same-origin'];

/**
 * The policy as a `_headers` file, which static hosts such as Netlify and Cloudflare Pages read;
 * for any other server, copy the lines into its configuration. The embed pages differ from the
 * rest only in `frame-ancestors`. Hosts merge the headers of every rule that matches a path, so
 * no header is given by two rules that match one path: `/*` gives only COMMON_HEADERS; the policy
 * comes from one rule per top-level file and folder, and one for embed/ (a missing page at the
 * top level gets its policy from 404.html's own `<meta>`, since a catch-all rule cannot leave
 * embed/ out); the versioned files' rules add only what no other rule gives.
 */
export function headersFile(policy: string, layout: HeadersLayout = { topLevel: [], shared: [] }, allowedFramers?: readonly string[]): string {
  const rule = (pattern: string, headers: string[]) => `${pattern}\n${headers.map((h) => `  ${h}\n`).join('')}`;
  const site = `Content-Security-Policy: ${policy}; ${frameAncestors(false)}`;
  const patterns = ['/', ...layout.topLevel.map((entry) => (entry.endsWith('/') ? `/${entry}*` : `/${entry}`))];
  const shared = (path: string) => layout.shared.some((folder) => path.startsWith(folder));
  return [
    rule('/*', COMMON_HEADERS),
    ...patterns.map((pattern) => rule(pattern, [site, 'X-Frame-Options: DENY'])),
    rule('/embed/*', [`Content-Security-Policy: ${policy}; ${frameAncestors(true, allowedFramers)}`]),
    ...layout.shared.map((folder) => rule(`/${folder}*`, ['Access-Control-Allow-Origin: *'])),
    ...(layout.versioned ?? []).map((path) =>
      rule(`/${path}`, [...(shared(path) ? [] : ['Access-Control-Allow-Origin: *']), 'Cache-Control: public, max-age=31536000, immutable']),
    ),
  ].join('');
}

/** The policy as a `<meta>` for 404.html: a missing address outside every rule still gets it (a meta cannot give frame-ancestors). */
export function policyMeta(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
}

/** The site's policy back out of a `_headers` file (for the tests that serve the site with it). */
export function policyFromHeadersFile(text: string): string | undefined {
  return /^\s*Content-Security-Policy:\s*(.+)$/im.exec(text)?.[1]?.trim();
}

/** The headers a `_headers` file gives a URL path (for the tests that serve the site as a host would). */
export function headersForPath(text: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let matches = false;
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) {
      const pattern = line.trim();
      matches = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    } else if (matches && line.includes(':')) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}
