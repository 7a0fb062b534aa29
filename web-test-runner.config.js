// Component and browser tests in headless Chromium (Debian's `chromium` package).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, chromiumPath } from './test/helpers/chromium-options.js';

const executablePath = chromiumPath();

/**
 * `emulate-forced-colors` ({ active: true | false }): Windows high-contrast mode for the tests.
 * @web/test-runner-commands' emulateMedia ignores `forcedColors` with Chrome (puppeteer does not
 * allow the feature), so this sets it through the DevTools protocol.
 */
function forcedColorsCommand() {
  // The emulation lasts as long as the DevTools session that set it: one session per page.
  const sessions = new WeakMap();
  return {
    name: 'plan-kit:emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const value = payload?.active ? 'active' : 'none';
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }), forcedColorsCommand()],
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
