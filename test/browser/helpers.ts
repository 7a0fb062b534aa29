/** Helpers for the browser tests. */

export { axeOptions } from '../shared/axe.ts';

/** The text of the first match inside an element's shadow root, with white space collapsed. */
export function shadowText(host: Element, selector: string): string {
  const node = host.shadowRoot?.querySelector(selector);
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Resolves with the next event of that type. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as GlobalEventHandlersEventMap[K]), { once: true }));
}
