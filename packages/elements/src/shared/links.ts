/**
 * URLs in templates. Lit's production build does not filter URL schemes in attribute bindings, so
 * every URL that a template binds (`href=${…}`, `src=${…}`) goes through `safeHref`, the one
 * scheme check (isSafeUrl); the lint rule `plan-kit/checked-url-binding` fails on any that does not.
 *
 * Link templates (`/outcomes/{outcome}/#{ref}`) are filled by `@plan-kit/content`'s
 * `fillLinkTemplate`, `itemUrl` and `itemUrls`, re-exported here.
 */
import { isSafeUrl } from '@plan-kit/content';
import { nothing } from 'lit';

/**
 * For an `href` or `src` binding: the URL when it passes the scheme check, otherwise `nothing`,
 * so the attribute is left out (a `javascript:` link keeps its text and loses its URL).
 */
export function safeHref(url: string | undefined): string | typeof nothing {
  return url !== undefined && isSafeUrl(url) ? url : nothing;
}

export { fillLinkTemplate, itemUrl, itemUrls, type LinkValues } from '@plan-kit/content';
