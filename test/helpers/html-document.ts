/**
 * A built page's HTML as a DOM document, in Node (jsdom), for tests that read its structure.
 * jsdom's CSS parser does not know `::part()` or `::details-content` and logs a stack trace for
 * every page's stylesheet; styles play no part in what these tests read, so its console stays quiet.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

export function htmlDocument(html: string, url?: string): Document {
  return new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(url && { url }) }).window.document;
}
