/**
 * The Content-Security-Policy the microsite is built for, written with the pages (`_headers`).
 *
 * Scripts: only the site's own module files (no inline script, no eval), and Trusted Types
 * enforced, with the two policies the pages create: Lit's (`lit-html`, for its templates and for
 * markdown that DOMPurify has already sanitized) and DOMPurify's (`dompurify`, for parsing).
 *
 * Styles: the site's stylesheet, plus each element's styles. Those are inline `<style>` blocks in
 * the prerendered declarative shadow DOM (Lit SSR writes them; a hydrated element keeps using
 * them), so the policy allows exactly those blocks by their SHA-256 hashes: no 'unsafe-inline'.
 * The hashes change when an element's styles change; the build works them out every time.
 */
import { createHash } from 'node:crypto';

const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;

/** `'sha256-…'` sources for every inline `<style>` block in a page. */
export function inlineStyleHashes(page: string): string[] {
  return [...page.matchAll(INLINE_STYLE)].map(([, css]) => `'sha256-${createHash('sha256').update(css!).digest('base64')}'`);
}

/** The policy for pages whose inline styles have these hashes. */
export function sitePolicy(styleHashes: Iterable<string>): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${[...new Set(styleHashes)].sort().join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html dompurify',
  ].join('; ');
}

/**
 * The policy as a `_headers` file, which static hosts such as Netlify and Cloudflare Pages read;
 * for any other server, copy the Content-Security-Policy line into its configuration.
 */
export function headersFile(policy: string): string {
  return `/*\n  Content-Security-Policy: ${policy}\n`;
}

/** The policy back out of a `_headers` file (for the tests that serve the site with it). */
export function policyFromHeadersFile(text: string): string | undefined {
  return /^\s*Content-Security-Policy:\s*(.+)$/im.exec(text)?.[1]?.trim();
}
