/**
 * Broken servers and networks, against a real HTTP server (the test runner's, with the failing
 * routes of test/helpers/failing-routes.js): for each way a `src` can fail, the element says in
 * itself what went wrong and where, offers "Try again" (which works once the server recovers),
 * fires one `plan-error`, leaves its neighbours working and leaves no unhandled rejection. Both
 * ways of loading: an element's own `src` and an enclosing `<plan-data src>`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { clearPlanCache } from '@plan-kit/content';
import '@plan-kit/elements';
import type { PlanErrorEvent } from '@plan-kit/elements';
import { DATA_ELEMENTS, createElement } from './data-elements.ts';
import { nextEvent, shadowText, textOf, textsIn } from './helpers.ts';

/** Short enough that the hanging and slow routes (1.5 s, see failing-routes.js) time out quickly. */
const TIMEOUT_MS = 300;

interface Failure {
  /** The route's mode in failing-routes.js. */
  mode: string;
  name: string;
  kind: string;
  /** The message, for the absolute URL that failed. */
  message(url: string): string | RegExp;
  /** Problems listed under the message (invalid content). */
  problems?: string[];
}

const FAILURES: Failure[] = [
  {
    mode: 'not-found',
    name: '404',
    kind: 'http',
    message: (url) => `Could not load ${url}: the server answered 404 Not Found (there is no file at that address).`,
  },
  {
    mode: 'server-error',
    name: '500',
    kind: 'http',
    message: (url) => `Could not load ${url}: the server answered 500 Internal Server Error (the server had a problem).`,
  },
  { mode: 'hang', name: 'no answer (timeout)', kind: 'timeout', message: (url) => `${url} did not load within ${TIMEOUT_MS} ms.` },
  { mode: 'slow', name: 'answer later than the timeout', kind: 'timeout', message: (url) => `${url} did not load within ${TIMEOUT_MS} ms.` },
  { mode: 'trickle', name: 'body slower than the timeout', kind: 'timeout', message: (url) => `${url} did not load within ${TIMEOUT_MS} ms.` },
  {
    mode: 'html',
    name: 'a web page instead of JSON',
    kind: 'not-json',
    message: (url) => `${url} is not a JSON plan file: the server sent a web page (text/html), not JSON. Is the address right?`,
  },
  {
    mode: 'broken-json',
    name: 'invalid JSON',
    kind: 'not-json',
    message: (url) => new RegExp(`^${escape(url)} is not a JSON plan file: the JSON is broken \\(.+\\)\\.$`),
  },
  {
    mode: 'not-a-plan',
    name: 'valid JSON that is not a plan',
    kind: 'invalid-plan',
    message: (url) => `${url} is not a valid plan:`,
    problems: ['id: required', 'title: required', 'hello: unknown field'],
  },
  { mode: 'too-large', name: 'a body over the size cap', kind: 'too-large', message: (url) => `${url} is larger than the 5 MB a plan file may be.` },
  {
    mode: 'too-large-chunked',
    name: 'a body over the size cap, size not declared',
    kind: 'too-large',
    message: (url) => `${url} is larger than the 5 MB a plan file may be.`,
  },
  {
    mode: 'drop',
    name: 'connection dropped',
    kind: 'network',
    message: (url) => `Could not reach ${url}: the network request failed (offline, blocked, or the server did not answer).`,
  },
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Anything the page did not handle: each test ends with none. */
const unhandled: string[] = [];
window.addEventListener('unhandledrejection', (e) => unhandled.push(`unhandled rejection: ${String(e.reason)}`));
window.addEventListener('error', (e) => unhandled.push(`uncaught error: ${e.message}`));

/** plan-error events that reached the document, to check that each failure is reported once. */
let reported: PlanErrorEvent[] = [];
document.addEventListener('plan-error', (e) => reported.push(e));

let routeCount = 0;
/** A route of its own for each test: `/__net/<mode>/<name>.json` fails until it recovers. */
function route(mode: string): { path: string; url: string; recover: () => Promise<unknown> } {
  const name = `t${Date.now().toString(36)}-${routeCount++}`;
  const path = `/__net/${mode}/${name}.json`;
  return { path, url: new URL(path, location.href).href, recover: () => fetch(`/__net/recover/${name}`) };
}

/** The error part's message, and its problems. */
function errorShown(el: Element): { message: string; problems: string[]; retry: HTMLButtonElement | null } {
  const root = el.shadowRoot!;
  return {
    message: textOf(root.querySelector('[part="error"] .error-message')),
    problems: textsIn(root, '[part="error"] li'),
    retry: root.querySelector<HTMLButtonElement>('[part="retry"]'),
  };
}

/** "loaded", or the message of the next plan-error. */
function nextOutcome(target: EventTarget): Promise<string> {
  return Promise.race([nextEvent(target, 'plan-load').then(() => 'loaded'), nextEvent(target, 'plan-error').then((e) => e.detail.message)]);
}

/** How the failing element gets its plan: its own `src`, or from `<plan-data src>` around it. */
const LOADERS = [
  {
    name: 'own src',
    mount(tag: string, attributes: Record<string, string>, src: string) {
      const el = createElement(tag, { ...attributes, src, timeout: String(TIMEOUT_MS) });
      return { root: el, shown: el, source: el };
    },
  },
  {
    name: '<plan-data src>',
    mount(tag: string, attributes: Record<string, string>, src: string) {
      const data = createElement('plan-data', { src, timeout: String(TIMEOUT_MS) });
      const el = createElement(tag, attributes);
      data.append(el);
      return { root: data, shown: el, source: data };
    },
  },
];

describe('broken servers and networks', () => {
  beforeEach(() => {
    clearPlanCache();
    unhandled.length = 0;
    reported = [];
  });
  afterEach(() => {
    expect(unhandled, 'nothing left unhandled in the page').to.deep.equal([]);
  });

  for (const loader of LOADERS) {
    describe(`through ${loader.name}`, () => {
      FAILURES.forEach((failure, i) => {
        // Each failure through a different element in turn: the error state is shared code.
        const { tag, select, minimalText } = DATA_ELEMENTS[i % DATA_ELEMENTS.length]!;
        it(`${failure.name}: <${tag}> says what and where, fires plan-error, retries once the server recovers`, async () => {
          const { url, recover } = route(failure.mode);
          const { root, shown, source } = loader.mount(tag, select(null), url);
          const failed = nextEvent(source, 'plan-error');
          const neighbourLoaded = new Promise((resolve) => document.addEventListener('plan-load', (e) => e.target instanceof HTMLElement && e.target.id === 'neighbour' && resolve(e)));
          const page = await fixture(html`<div>
            ${root}
            <plan-vision id="neighbour" src="/test/fixtures/plans/minimal.json"></plan-vision>
            <plan-progress-gauge id="plain" value="3" max="4" label="Plain gauge"></plan-progress-gauge>
          </div>`);

          const { detail } = await failed;
          expect(detail.kind).to.equal(failure.kind);
          expect(detail.url).to.equal(url);
          const expected = failure.message(url);
          if (typeof expected === 'string') expect(detail.message.startsWith(expected), detail.message).to.equal(true);
          else expect(detail.message).to.match(expected);

          await (shown as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          const error = errorShown(shown);
          if (typeof expected === 'string') expect(error.message).to.equal(expected);
          else expect(error.message).to.match(expected);
          expect(error.problems).to.include.members(failure.problems ?? []);
          expect(error.retry?.textContent).to.equal('Try again');

          // The neighbours work: one with its own src, one without a plan.
          await neighbourLoaded;
          expect(shadowText(page.querySelector('#neighbour')!, 'blockquote')).to.contain('People live');
          expect(shadowText(page.querySelector('#plain')!, '[part="label"]')).to.equal('Plain gauge');
          expect(reported.map((e) => e.target), 'plan-error fired once, by the element that loads').to.deep.equal([source]);

          await recover();
          const outcome = nextOutcome(source);
          error.retry!.click();
          expect(await outcome, 'after the retry').to.equal('loaded');
          await (shown as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          expect(shown.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
          expect(shown.shadowRoot!.textContent).to.contain(minimalText);
        });
      });

      it('no network at all (a closed port): says the address could not be reached, offers a retry', async () => {
        const { url } = (await (await fetch('/__net/closed-port')).json()) as { url: string };
        const { root, shown, source } = loader.mount('plan-vision', {}, url);
        const failed = nextEvent(source, 'plan-error');
        await fixture(root);
        const { detail } = await failed;
        expect(detail.kind).to.equal('network');
        await (shown as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const error = errorShown(shown);
        expect(error.message).to.equal(`Could not reach ${url}: the network request failed (offline, blocked, or the server did not answer).`);
        expect(error.retry?.textContent).to.equal('Try again');
        // Trying again fails the same way, and says so again.
        const again = nextEvent(source, 'plan-error');
        error.retry!.click();
        expect((await again).detail.kind).to.equal('network');
      });

      it('a slow answer within the timeout: "Loading the plan…" meanwhile, then the plan', async () => {
        const { url } = route('slow');
        const { root, shown, source } = loader.mount('plan-outcomes-matrix', {}, url);
        root.removeAttribute('timeout');
        const loaded = nextEvent(source, 'plan-load');
        await fixture(root);
        expect(shadowText(shown, '[part="loading"]')).to.equal('Loading the plan…');
        await loaded;
        await (shown as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(shown.shadowRoot!.textContent).to.contain('Healthy people');
        expect(reported).to.deep.equal([]);
      });
    });
  }

});
