// Component and browser tests in headless Chromium (Debian's `chromium` package).
import { readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, chromiumPath } from './test/helpers/chromium-options.js';
import { failingRoutes } from './test/helpers/failing-routes.js';

const executablePath = chromiumPath();

/**
 * One DevTools session per page for the commands below: what a session sets (an emulation, a
 * request block) lasts as long as that session, and is undone through the same one.
 */
const cdpSessions = new WeakMap();
async function cdpSession(session) {
  const page = session.browser.getPage(session.id);
  if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
  return cdpSessions.get(page);
}

/**
 * `emulate-forced-colors` ({ active: true | false }): Windows high-contrast mode for the tests.
 * @web/test-runner-commands' emulateMedia ignores `forcedColors` with Chrome (puppeteer does not
 * allow the feature), so this sets it through the DevTools protocol.
 */
const forcedColorsCommand = {
  name: 'plan-kit:emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const value = payload?.active ? 'active' : 'none';
    await (await cdpSession(session)).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
    return true;
  },
};

/**
 * `cut-network` ({ urls: ['*marked*'] }): requests to matching URLs fail from then on as they do
 * offline (Chromium's request blocking); `{ urls: [] }` restores them. Only those: emulating a
 * whole offline page would cut the test runner off from the page too.
 */
const cutNetworkCommand = {
  name: 'plan-kit:cut-network',
  async executeCommand({ command, payload, session }) {
    if (command !== 'cut-network') return undefined;
    const cdp = await cdpSession(session);
    await cdp.send('Network.enable');
    // Nothing from the HTTP cache meanwhile: an earlier test file may have cached what is cut.
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: payload.urls.length > 0 });
    await cdp.send('Network.setBlockedURLs', { urls: payload.urls });
    return true;
  },
};

/** Cases the browser fuzz test renders (test/browser/fuzz.test.ts); `npm run soak` sets 10,000. */
const fuzzRuns = Number(process.env.PLAN_KIT_FUZZ_RUNS) || 1500;

/**
 * `/__test-settings.json`: what browser tests cannot find out for themselves: the plan files in
 * content/plans (a plan added there is fuzzed too) and how many cases to fuzz.
 */
const testSettings = {
  name: 'plan-kit:test-settings',
  serve(context) {
    if (context.path !== '/__test-settings.json') return undefined;
    const plans = readdirSync(new URL('./content/plans/', import.meta.url))
      .filter((file) => file.endsWith('.json'))
      .map((file) => `/content/plans/${file}`);
    return { body: JSON.stringify({ plans, fuzzRuns }), type: 'json' };
  },
};

export default {
  // Each element's tests live in its folder (packages/elements/src/plan-*/plan-*.test.ts); tests
  // across elements (loading, layout, fuzz...) in test/browser.
  files: ['test/browser/**/*.test.ts', 'packages/elements/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // /__net/...: routes that fail the way servers and networks do (test/browser/network.test.ts).
  middleware: [failingRoutes],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    forcedColorsCommand,
    cutNetworkCommand,
    testSettings,
  ],
  // The soak (10,000 fuzz cases) takes many minutes in one file.
  testsFinishTimeout: Math.max(120_000, fuzzRuns * 500),
  // One file at a time: files in side-by-side tabs share focus (keyboard tests) and the tab not in
  // front gets no animation frames, so fixtures that wait a frame time out.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
