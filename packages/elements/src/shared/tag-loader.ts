/**
 * The loader: defines each plan-kit element when its tag first appears, as Shoelace's autoloader
 * does. It defines nothing itself and costs a page only the elements it shows: a page with one
 * gauge loads the gauge's module and what that shares with the others (Lit, the content model),
 * never the lineage diagram.
 *
 * It looks in the document and, as plan-kit's elements render, in their shadow roots (a card
 * renders gauges), and keeps looking (a MutationObserver) for tags added later. Importing it
 * starts it; a page may load it twice (two script tags, `?ver=3` on one, a renamed copy): each
 * element module is fetched and run once, because the modules are found relative to the file
 * that imports them and the browser runs one module per URL.
 *
 * The embed bundle (`dist/embed/plan-kit.js`) is this module; `plan-kit-all.js` beside it has
 * every element in one file instead.
 */
import { ELEMENTS, type ElementEntry } from './registry.js';

const byTag = new Map<string, ElementEntry>(ELEMENTS.map((element) => [element.tag, element]));
const loading = new Map<string, Promise<void>>();
const watched = new WeakSet<Node>();

/** Defines `tag` (once, however often asked); resolves when it is defined. */
export function loadElement(tag: string): Promise<void> {
  let done = loading.get(tag);
  if (!done) {
    const entry = byTag.get(tag);
    done = entry ? entry.load().then(() => customElements.whenDefined(tag)).then(() => undefined) : Promise.resolve();
    done.catch((error: unknown) => console.error(`plan-kit: <${tag}> could not be loaded`, error));
    loading.set(tag, done);
  }
  return done;
}

let planLoadingStarted = false;

/**
 * An element with a `src` imports the plan loader and validator (shared/plan-loading.ts) as soon
 * as its module runs: start it now, beside the element's module, so that the plan's request does
 * not wait for one more round trip. The browser runs a module once, whoever imports it.
 */
function startPlanLoading(): void {
  if (planLoadingStarted) return;
  planLoadingStarted = true;
  import('./shared/plan-loading.js').catch(() => {
    // The element's own import of it reports the failure, in its error state.
  });
}

/** Loads every plan-kit element in `root` and below, and watches the shadow roots they render. */
export function discover(root: ParentNode): void {
  const found = root instanceof Element ? [root, ...root.querySelectorAll('*')] : root.querySelectorAll('*');
  for (const element of found) {
    const tag = element.localName;
    if (!byTag.has(tag)) continue;
    if (element.hasAttribute('src')) startPlanLoading();
    void loadElement(tag).then(() => {
      // A defined element has its shadow root (Lit attaches it on connection); what it renders there comes later.
      if (element.shadowRoot) watch(element.shadowRoot);
    });
  }
}

const observer =
  typeof MutationObserver === 'undefined'
    ? undefined
    : new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) if (node instanceof Element) discover(node);
        }
      });

/** Looks in `root` now and whenever something is added to it. */
export function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer?.observe(root, { childList: true, subtree: true });
  discover(root);
}

if (typeof document !== 'undefined') watch(document);
