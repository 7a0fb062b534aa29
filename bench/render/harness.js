// The in-page half of the render benchmark (bench/render.ts drives it with playwright-core).
//
// Each scenario is rendered two ways in the same page, alternately:
// - plan-kit: create the elements, insert them, wait for every `plan-load`, then for the next paint;
// - plain DOM: build the very same shadow trees (snapshotted from a plan-kit render, Lit's marker
//   comments left out) with createElement/setAttribute/append, the same adopted stylesheets, and
//   wait for the next paint the same way. This is what the same markup costs without a framework.
const stage = document.getElementById('stage');

/** After the next frame has been rendered: a task queued from a frame callback runs after its paint. */
const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

let plan;

/**
 * Milliseconds from `started` to the page styled and laid out (forced now, synchronously): the
 * main thread's own work, without the wait for the compositor's next frame.
 */
function laidOut(started) {
  stage.getBoundingClientRect();
  return performance.now() - started;
}

/** Creates the elements of a scenario, configured but not yet in the document. */
function createElements(scenario) {
  if (scenario.kind === 'matrix') {
    const matrix = document.createElement('plan-outcomes-matrix');
    matrix.plan = plan;
    matrix.setAttribute('href', '/outcomes/{outcome}/#{ref}');
    return [matrix];
  }
  return Array.from({ length: scenario.n }, (_, i) => {
    const gauge = document.createElement('plan-progress-gauge');
    gauge.setAttribute('value', String((i * 37) % 100));
    gauge.setAttribute('target', '75');
    gauge.setAttribute('baseline', '50');
    gauge.setAttribute('label', `Indicator ${i + 1}`);
    gauge.setAttribute('unit', '%');
    gauge.setAttribute('compact', '');
    return gauge;
  });
}

function clear() {
  stage.replaceChildren();
  globalThis.gc?.();
}

async function renderPlanKit(scenario) {
  const started = performance.now();
  const elements = createElements(scenario);
  const loaded = Promise.all(elements.map((el) => new Promise((resolve) => el.addEventListener('plan-load', resolve, { once: true }))));
  stage.append(...elements);
  await loaded;
  const layoutMs = laidOut(started);
  await nextPaint();
  return { ms: performance.now() - started, layoutMs, elements };
}

/** A description of a node and its shadow tree, to rebuild with plain DOM calls. */
function snapshot(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.data;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const custom = node.localName.includes('-');
  return {
    // A custom element is rebuilt as an undefined element of another name, so it stays plain.
    tag: custom ? `plain-${node.localName}` : node.localName,
    ns: node.namespaceURI,
    attrs: [...node.attributes].map((a) => [a.name, a.value]),
    shadow: node.shadowRoot
      ? { sheets: node.shadowRoot.adoptedStyleSheets, children: [...node.shadowRoot.childNodes].map(snapshot).filter((c) => c !== null) }
      : undefined,
    children: [...node.childNodes].map(snapshot).filter((c) => c !== null),
  };
}

function build(description) {
  if (typeof description === 'string') return document.createTextNode(description);
  const el = document.createElementNS(description.ns, description.tag);
  for (const [name, value] of description.attrs) el.setAttribute(name, value);
  if (description.shadow) {
    const root = el.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = description.shadow.sheets;
    for (const child of description.shadow.children) root.append(build(child));
  }
  for (const child of description.children) el.append(build(child));
  return el;
}

const snapshots = new Map();

async function renderPlain(scenario) {
  const descriptions = snapshots.get(scenario.key);
  const started = performance.now();
  stage.append(...descriptions.map(build));
  const layoutMs = laidOut(started);
  await nextPaint();
  return { ms: performance.now() - started, layoutMs };
}

window.renderBench = {
  async prepare(planUrl) {
    await customElements.whenDefined('plan-outcomes-matrix');
    plan = await (await fetch(planUrl)).json();
  },
  /** One timed run of each kind; the first call for a scenario also takes its snapshot. */
  async run(scenario, order) {
    const result = {};
    for (const kind of order) {
      // The first frame after the page has had nothing to draw comes late, which would count
      // against whichever way ran first: draw something untimed first, then clear it.
      stage.textContent = 'Warming up';
      await nextPaint();
      clear();
      await nextPaint();
      if (kind === 'plan-kit') {
        const { ms, layoutMs, elements } = await renderPlanKit(scenario);
        if (!snapshots.has(scenario.key)) snapshots.set(scenario.key, elements.map(snapshot));
        result[kind] = ms;
        result[`${kind}:layout`] = layoutMs;
      } else {
        const { ms, layoutMs } = await renderPlain(scenario);
        result[kind] = ms;
        result[`${kind}:layout`] = layoutMs;
      }
    }
    clear();
    return result;
  },
  /** Renders the scenario both ways and says whether they show the same words (shadow trees included). */
  async sameText(scenario) {
    const texts = [];
    for (const render of [renderPlanKit, renderPlain]) {
      clear();
      await render(scenario);
      texts.push(shadowText(stage));
    }
    clear();
    return texts[0].length > 0 && texts[0] === texts[1];
  },
};

function shadowText(node) {
  const children = [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes];
  const text = children
    .map((c) => (c.nodeType === Node.TEXT_NODE ? c.data : c.nodeType === Node.ELEMENT_NODE && c.localName !== 'style' ? shadowText(c) : ''))
    .join('');
  return text.replace(/\s+/g, ' ').trim();
}
