/**
 * What the loader (loader.ts, and the embed bundle's plan-kit.js: embed-loader.ts) does: it
 * defines each plan-kit element when its tag first appears, as Shoelace's autoloader does. It
 * defines nothing itself and costs a page only the elements it shows: a page with one gauge
 * loads the gauge's module and what that shares with the others (Lit, the content model), never
 * the lineage diagram.
 *
 * It looks in the document and, as plan-kit's elements render, in their shadow roots (a card
 * renders gauges), and keeps looking (a MutationObserver) for tags added later. Importing a loader
 * starts it; a page may load it twice (two script tags, `?ver=3` on one, a renamed copy): each
 * element module is fetched and run once, because the modules are found relative to the file
 * that imports them and the browser runs one module per URL.
 *
 * In the embed bundle, a page that shows most of the elements gets them all in one file instead
 * (every-element.ts): separate files compress apart, so there one file weighs less than the
 * elements' own. A bundler's build has no such file: it splits as it will.
 */
import { ELEMENTS, type ElementEntry } from '../registry.js';

/**
 * Whether a page whose first look finds these tags (each once) loads every element in one file:
 * from seven tenths of the registry's tags. Measured on today's ten (gzip, the loader and the
 * plan loader counted): of the 120 pages with seven of them, 108 weigh less with the one file (up
 * to 6.9 KB less), 12 up to 1.8 KB more; with eight or more, every page weighs less; with six,
 * only half do.
 */
export const loadsEveryElement = (tags: ReadonlySet<string>): boolean => tags.size >= ELEMENTS.length * 0.7;

const byTag = new Map<string, ElementEntry>(ELEMENTS.map((element) => [element.tag, element]));
const loading = new Map<string, Promise<unknown>>();
/** Every element's module, when the page's first look chose the one file (see loadsEveryElement). */
let everyElement: Promise<unknown> | undefined;
const watched = new WeakSet<Node>();

/** Defines `tag` (once, however often asked); resolves when it is defined. */
export function loadElement(tag: string): Promise<unknown> {
  let done = loading.get(tag);
  if (!done) {
    const entry = byTag.get(tag);
    done = entry ? (everyElement ?? entry.load()).then(() => customElements.whenDefined(tag)) : Promise.resolve();
    done.catch((error: unknown) => console.error(`plan-kit: <${tag}> could not be loaded`, error));
    loading.set(tag, done);
  }
  return done;
}

/** The early import of the plan loader, once started (see startPlanLoading). */
let planLoadingStarted: Promise<unknown> | undefined;

/**
 * An element with a `src` imports the plan loader and validator (shared/plan-loading.ts) as soon
 * as its module runs: start it now, beside the element's module, so that the plan's request does
 * not wait for one more round trip. The browser runs a module once, whoever imports it. The
 * every-element file has it already.
 */
function startPlanLoading(): void {
  planLoadingStarted ??=
    everyElement ??
    import('./plan-loading.js').catch(() => {
      // The element's own import of it reports the failure, in its error state.
    });
}

/** Loads every plan-kit element in `root` and below, and watches the shadow roots they render. */
export function discover(root: ParentNode): void {
  // `root` itself too, when it is an element; a document or shadow root has no localName, so no tag.
  for (const element of [root, ...root.querySelectorAll('*')] as Element[]) {
    const tag = element.localName;
    if (!byTag.has(tag)) continue;
    if (element.hasAttribute('src')) startPlanLoading();
    void loadElement(tag).then(() => {
      // A defined element has its shadow root (Lit attaches it on connection); what it renders there comes later.
      if (element.shadowRoot) watch(element.shadowRoot);
    });
  }
}

/** Made on first use: Node, where the bench and the tests read loadsEveryElement, has none. */
let observer: MutationObserver | undefined;

/** Looks in `root` now and whenever something is added to it. */
export function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer ??= new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  discover(root);
}

/**
 * Starts looking in the document (in a browser: the caller checks). `importEveryElement` imports
 * every element at once, for a page whose first look finds most of them (loadsEveryElement);
 * without it, each loads on its own.
 */
export function startLoader(importEveryElement?: () => Promise<unknown>): void {
  const tags = Array.from(document.querySelectorAll('*'), (element) => element.localName).filter((tag) => byTag.has(tag));
  if (importEveryElement && loadsEveryElement(new Set(tags))) everyElement = importEveryElement();
  watch(document);
}
