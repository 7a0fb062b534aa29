// Component and browser tests in headless Chromium (Debian's `chromium` package).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, chromiumPath } from './test/helpers/chromium-options.js';

const executablePath = chromiumPath();

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
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
