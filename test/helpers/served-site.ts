/**
 * The built site (dist/site) served on 127.0.0.1 and a Chromium to read it, for the suite whose
 * `describe` calls `servedSite()`: both start before its tests and close after them, whatever
 * the tests did, so that mocha never waits on a server left open.
 */
import type { Browser } from 'playwright-core';
import { type StaticServer, type StaticServerOptions, serveStatic } from '../../scripts/serve-static.ts';
import { launchChromium } from './chromium.ts';
import { SITE_DIR } from './fixtures.ts';

export interface ServedSite {
  /** "http://127.0.0.1:PORT", the site's root. */
  readonly url: string;
  readonly browser: Browser;
}

/** `options` is called when the suite starts (after the site is built), for headers read from the build. */
export function servedSite(options: () => Omit<StaticServerOptions, 'root'> = () => ({})): ServedSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await serveStatic({ root: SITE_DIR, ...options() });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('servedSite: the server starts in the suite’s before hook');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('servedSite: Chromium starts in the suite’s before hook');
      return browser;
    },
  };
}
