/**
 * Loads the timeline, consultation and lineage elements (`../history.ts`) when a page first has
 * one of them, so that they and what they alone need (the lineage diagram's layout, timelines,
 * comparisons) cost the pages without them nothing. Until the module arrives the tags are
 * unknown elements; then they upgrade, keeping any `.plan` or `.plans` already set on them.
 *
 * It watches the document's light DOM. An element created inside another element's shadow root
 * is not seen: call `loadHistoryElements()`, or import `@plan-kit/elements/history.js`.
 */
export const HISTORY_TAGS = ['plan-timeline', 'plan-consultation', 'plan-lineage'];

let loading: Promise<unknown> | undefined;

/** Defines `<plan-timeline>`, `<plan-consultation>` and `<plan-lineage>` (once, however often called). */
export function loadHistoryElements(): Promise<unknown> {
  return (loading ??= import('../history.js'));
}

/** Loads the history elements as soon as the document has one of them. */
export function watchForHistoryElements(): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  const selector = HISTORY_TAGS.join();
  const found = () => document.querySelector(selector) !== null;
  if (found()) {
    void loadHistoryElements();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!found()) return;
    observer.disconnect();
    void loadHistoryElements();
  });
  observer.observe(document, { childList: true, subtree: true });
}
