/**
 * Property-based rendering (fast-check) in Chromium: generated and broken plans rendered through
 * every data element, by each way an element gets a plan (`.plan`, `src`, `<plan-data src>`,
 * `<plan-data .plan>`). Each element ends in its content or its error state, in time, with
 * nothing thrown or left unhandled; a valid plan shows content, an invalid one lists its problems.
 *
 * `npm test` runs 1,500 cases of each property; `npm run soak` runs 10,000 (PLAN_KIT_FUZZ_RUNS). A
 * failure prints fast-check's seed and path: put them in REPLAY below to run that case again.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { clearPlanCache, validatePlanForDisplay } from '@plan-kit/content';
import '@plan-kit/elements';
import { loadMarkdown } from '@plan-kit/elements';
import { anyText, brokenPlan, schemaPlan, textEditedPlan, type Json } from '../shared/plan-arbitraries.ts';
import { DATA_ELEMENTS, createElement } from './data-elements.ts';
import { textOf } from './helpers.ts';

/** To replay a failure: { seed: 123, path: '0:1' } from fast-check's report. */
const REPLAY: { seed: number; path: string } | undefined = undefined;

const settings = (await (await fetch('/__test-settings.json')).json()) as { plans: string[]; fuzzRuns: number };
const fixtures = ['minimal', 'long-titles', 'many-outcomes'].map((name) => `/test/fixtures/plans/${name}.json`);
const bases = await Promise.all([...settings.plans, ...fixtures].map(async (url) => (await fetch(url)).json() as Promise<unknown>));
const schema = (await (await fetch('/packages/content/plan.schema.json')).json()) as object;

/** How long a case may take before it counts as hung: far longer than any render needs. */
const HANG_MS = 10_000;

const VIAS = ['property', 'src', 'plan-data src', 'plan-data property'] as const;
type Via = (typeof VIAS)[number];

/** Attributes any data element takes, including values no one should write. */
const commonAttributes = fc.record(
  {
    'heading-level': fc.oneof(fc.integer({ min: -5, max: 20 }).map(String), fc.constantFrom('', 'NaN', 'two', '1e9', '3.7')),
    href: fc.oneof(fc.constantFrom('/outcomes/{outcome}/#{ref}', '{plan}/{number}/{subOutcome}/{ref}', 'javascript:alert(1)//{ref}', '#{ref}', ''), anyText),
    'open-actions': fc.constant(''),
    compact: fc.constant(''),
  },
  { requiredKeys: [] },
);

const fuzzCase = fc.record({
  plan: fc.oneof(
    { arbitrary: brokenPlan(bases), weight: 4 },
    { arbitrary: textEditedPlan(bases), weight: 3 },
    { arbitrary: schemaPlan(schema), weight: 2 },
    { arbitrary: fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>, weight: 1 },
  ),
  via: fc.constantFrom(...VIAS),
  pick: fc.nat(),
  attributes: commonAttributes,
});

/** Numbers as attribute text, including text that is no number. */
const numberText = fc.oneof(
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom('', 'NaN', 'Infinity', '-Infinity', 'abc', '1e308', '-1e308', '5e-324', '0', '-0', ' 12 ', '1,000'),
);

/** A gauge on attributes alone. */
const gaugeAttributes = fc.record(
  {
    value: numberText,
    min: numberText,
    max: numberText,
    target: numberText,
    baseline: numberText,
    label: anyText,
    unit: fc.oneof(anyText, fc.constantFrom('%', '£', '£m', 'years')),
    direction: fc.oneof(anyText, fc.constantFrom('higher-is-better', 'lower-is-better')),
    status: fc.oneof(anyText, fc.constantFrom('target-met', 'on-track', 'some-progress', 'off-track', 'not-assessable')),
    example: fc.constant(''),
    compact: fc.constant(''),
  },
  { requiredKeys: [] },
);

/** Errors the page did not handle, from any element. */
const uncaught: string[] = [];
window.addEventListener('error', (e) => uncaught.push(`uncaught error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => uncaught.push(`unhandled rejection: ${String(e.reason)}`));

type Outcome = { state: 'ready' | 'error' | 'loading' | 'empty' | 'blank'; text: string; problems: number };

function outcomeOf(el: Element): Outcome {
  const root = el.shadowRoot!;
  const text = textOf(root);
  const error = root.querySelector('[part="error"]');
  if (error) return { state: 'error', text: textOf(error), problems: error.querySelectorAll('li').length };
  if (root.querySelector('[part="loading"]')) return { state: 'loading', text, problems: 0 };
  if (root.querySelector('[part="empty"]')) return { state: 'empty', text, problems: 0 };
  return { state: text ? 'ready' : 'blank', text, problems: 0 };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

type FuzzedElement = HTMLElement & { plan?: unknown; src?: string; updateComplete: Promise<boolean> };

/** Waits until no element is loading; fails if a render threw, anything went unhandled, or it takes too long. */
async function settled(elements: FuzzedElement[]): Promise<void> {
  const deadline = Date.now() + HANG_MS;
  for (;;) {
    // updateComplete rejects if a render threw.
    await Promise.all(elements.map((el) => el.updateComplete));
    if (elements.every((el) => outcomeOf(el).state !== 'loading')) break;
    if (Date.now() > deadline) throw new Error(`still loading after ${HANG_MS} ms (hung)`);
    await settle();
  }
  await settle();
  expect(uncaught, 'nothing thrown or left unhandled').to.deep.equal([]);
}

/** Every shadow root inside `el`, its own and its inner elements' (the card's gauges). */
function shadowRoots(el: Element): ShadowRoot[] {
  const root = el.shadowRoot;
  if (!root) return [];
  return [root, ...[...root.querySelectorAll('*')].flatMap(shadowRoots)];
}

/**
 * No NaN or infinite number reaches the reader: in words, in a meter's value, or in a drawing.
 * (The words are checked only when the content itself has no "NaN" or "∞" in it.)
 */
function expectNoBrokenNumbers(el: Element, what: string, content: unknown): void {
  const checkWords = !/NaN|∞/.test(JSON.stringify(content) ?? '');
  for (const root of shadowRoots(el)) {
    for (const node of root.querySelectorAll('path, [aria-valuenow], [aria-valuemin], [aria-valuemax]')) {
      for (const name of ['d', 'aria-valuenow', 'aria-valuemin', 'aria-valuemax']) {
        const value = node.getAttribute(name);
        if (value !== null) expect(value, `${what}: ${name} of <${node.localName}>`).not.to.match(/NaN|Infinity/);
      }
    }
    if (!checkWords) continue;
    for (const node of root.querySelectorAll('.reading, .figures, [part="status"]')) {
      expect(node.textContent, `${what}: ${node.className}`).not.to.match(/NaN|∞/);
    }
  }
}

/** Renders one case and checks what each element shows. */
async function check({ plan, via, pick, attributes }: { plan: Json; via: Via; pick: number; attributes: Record<string, string> }): Promise<void> {
  uncaught.length = 0;
  // What the elements check before they show a plan: the schema and what keeps them safe, not the
  // editors' checks (control characters in text are refused by `plan-kit validate` and the build).
  const valid = validatePlanForDisplay(plan).ok;
  const container = document.createElement('div');
  const elements = DATA_ELEMENTS.map(({ tag, select }) => createElement<FuzzedElement>(tag, { ...attributes, ...select(plan, pick) }));
  const url = via.endsWith('src') ? URL.createObjectURL(new Blob([JSON.stringify(plan)], { type: 'application/json' })) : undefined;
  const events: { type: string; target: EventTarget | null }[] = [];
  for (const type of ['plan-load', 'plan-error']) container.addEventListener(type, (e) => events.push({ type, target: e.target }));
  let provider: (HTMLElement & { plan?: unknown; src?: string }) | undefined;
  if (via === 'property') for (const el of elements) el.plan = plan;
  if (via === 'src') for (const el of elements) el.src = url;
  if (via.startsWith('plan-data')) {
    provider = createElement('plan-data');
    if (url) provider.src = url;
    else provider.plan = plan;
    provider.append(...elements);
    container.append(provider);
  } else container.append(...elements);
  document.body.append(container);
  try {
    await settled(elements);

    const noPlan = via.endsWith('property') && !plan;
    // The elements that pick a sub-outcome or an indicator (the registry says which) may find none.
    const refsMissing = (tag: string) => ['ref', 'indicator'].includes(DATA_ELEMENTS.find((e) => e.tag === tag)?.selectsBy ?? '');
    elements.forEach((el) => {
      const { state, text, problems } = outcomeOf(el);
      const what = `<${el.localName}> via ${via} (plan ${valid ? 'valid' : 'invalid'})`;
      expect(text, `${what} shows words`).not.to.equal('');
      expectNoBrokenNumbers(el, what, plan);
      if (noPlan) {
        // null, false, 0 or "" given as the plan object mean no plan, as for an element given none.
        expect(state, `${what} given ${JSON.stringify(plan)}`).to.equal('empty');
        return;
      }
      expect(['ready', 'error'], `${what} shows content or an error, not ${state}`).to.include(state);
      if (!valid) {
        expect(state, `${what} shows an error for an invalid plan`).to.equal('error');
        expect(text, what).to.match(/is not a valid plan/);
        expect(problems, `${what} lists what is wrong`).to.be.greaterThan(0);
      } else if (state === 'error') {
        // A valid plan may lack the part asked for (a card in a plan without sub-outcomes), nothing else.
        expect(refsMissing(el.localName) && /has no /.test(text), `${what}: ${text}`).to.equal(true);
      }
    });
    // Each failure or success is announced once, by whoever loaded the plan.
    const announcers = noPlan ? [] : provider ? [provider] : elements;
    for (const target of announcers) {
      expect(events.filter((e) => e.target === target).length, `events from <${(target as Element).localName}>`).to.equal(1);
    }
  } finally {
    container.remove();
    if (url) URL.revokeObjectURL(url);
    clearPlanCache();
  }
}

/** Runs a property for settings.fuzzRuns cases; on failure, says what failed, for which case, and how to replay it. */
async function runProperty<T>(arbitrary: fc.Arbitrary<T>, property: (value: T) => Promise<void>): Promise<number> {
  const started = performance.now();
  const details = await fc.check(fc.asyncProperty(arbitrary, property), { numRuns: settings.fuzzRuns, ...(REPLAY ?? {}) });
  if (details.failed) {
    // fast-check's own report prints whole plans; this keeps to what helps.
    const shown = JSON.stringify(details.counterexample?.[0]) ?? String(details.counterexample?.[0]);
    throw new Error(
      `${String(details.errorInstance)}\n` +
        `  case (after ${details.numShrinks} shrinks): ${shown.length > 800 ? `${shown.slice(0, 800)}… (${shown.length} characters)` : shown}\n` +
        `  replay: REPLAY = { seed: ${details.seed}, path: '${details.counterexamplePath}' }`,
    );
  }
  return (performance.now() - started) / 1000;
}

describe(`fuzzing every element with generated and broken plans`, () => {
  before(async () => {
    // Markdown renders at once from here on, so a case's first render is its final one.
    await loadMarkdown();
  });

  it(`${settings.fuzzRuns} plans: each element shows content or an error, in time, throwing nothing`, async function () {
    this.timeout(0);
    let valid = 0;
    const seconds = await runProperty(fuzzCase, async (c) => {
      if (validatePlanForDisplay(c.plan).ok) valid++;
      await check(c);
    });
    console.log(`fuzz: ${settings.fuzzRuns} plans (${valid} valid) × ${DATA_ELEMENTS.length} elements in ${seconds.toFixed(1)} s`);
    // Both kinds of plan must have been tried, or the property says little.
    expect(valid, 'valid plans among the cases').to.be.greaterThan(settings.fuzzRuns / 10);
    expect(valid, 'invalid plans among the cases').to.be.lessThan(settings.fuzzRuns * 0.9);
  });

  it(`${settings.fuzzRuns} gauges on attributes alone: a gauge or an error, no NaN, throwing nothing`, async function () {
    this.timeout(0);
    const seconds = await runProperty(gaugeAttributes, async (attributes) => {
      uncaught.length = 0;
      const gauge = createElement<FuzzedElement>('plan-progress-gauge', attributes);
      document.body.append(gauge);
      try {
        await settled([gauge]);
        const { state, text } = outcomeOf(gauge);
        const what = `<plan-progress-gauge ${Object.entries(attributes).map(([k, v]) => `${k}="${v.slice(0, 40)}"`).join(' ')}>`;
        expect(['ready', 'error'], `${what} shows a gauge or an error, not ${state}`).to.include(state);
        if (state === 'error') expect(text, what).to.match(/has max \(.*\) not above min|has status ".*": use target-met, on-track, some-progress, off-track/);
        else expect(gauge.shadowRoot!.querySelector('[part="label"]')?.textContent?.trim(), what).to.equal(attributes.label?.trim() || 'Progress');
        expectNoBrokenNumbers(gauge, what, attributes);
      } finally {
        gauge.remove();
      }
    });
    console.log(`fuzz: ${settings.fuzzRuns} gauges on attributes in ${seconds.toFixed(1)} s`);
  });
});
