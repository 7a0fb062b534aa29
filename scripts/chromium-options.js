// Where Chromium is and with what flags, for the site build's PDFs and every test that drives a browser: @web/test-runner
// (web-test-runner.config.js, plain JavaScript) and playwright-core (chromium.ts, which launches it for the build, the tests and the bench).
// Debian's `chromium` package, or CHROME_PATH: test tools may not download browsers here.
import { existsSync } from 'node:fs';

/** Root needs --no-sandbox; the rest keep Chromium off the (closed) network and quiet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The Chromium binary, or an error that says how to get one. */
export function chromiumPath() {
  const fromEnvironment = process.env.CHROME_PATH;
  if (fromEnvironment) {
    // A CHROME_PATH that names no file is a mistake to report, not a reason to look elsewhere.
    if (existsSync(fromEnvironment)) return fromEnvironment;
    throw new Error(
      `CHROME_PATH is set to "${fromEnvironment}", which does not exist. Point it at a Chromium or Chrome binary, ` +
        'or unset it to use Debian\'s /usr/bin/chromium ("npm test" installs it where it may).',
    );
  }
  const found = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it with "sudo apt-get install chromium fonts-liberation" ' +
        '(Debian/Ubuntu), or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}
