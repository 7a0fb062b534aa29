/**
 * The one scheme check for every URL that content or attributes put into an href: web, mail
 * and phone links and relative links pass; javascript:, data:, vbscript: and the rest do not.
 * (Lit's production build does not filter URL schemes in attribute bindings.)
 */
export const SAFE_URL = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** Control characters and white space that browsers strip before reading a scheme. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f]/g;

export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.replace(IGNORED_BY_BROWSERS, ''));
}
