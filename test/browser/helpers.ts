/** Helpers for the browser tests. */

import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

export { axeOptions } from '../shared/axe.ts';

/**
 * Windows high-contrast mode on or off (the `emulate-forced-colors` command of
 * web-test-runner.config.js: `emulateMedia({ forcedColors })` does nothing in Chrome). Checks that
 * it took, so a forced-colours test cannot pass without forced colours.
 */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active });
  if (matchMedia('(forced-colors: active)').matches !== active) throw new Error(`forced colours did not turn ${active ? 'on' : 'off'}`);
}

/** A node's text as a reader gets it: white space collapsed ('' for no node). */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of every match of `selector` in `root` (an element or a shadow root), each with white space collapsed. */
export function textsIn(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map(textOf);
}

/** The text of the first match inside an element's shadow root, or of the whole root; white space collapsed. */
export function shadowText(host: Element, selector?: string): string {
  return textOf(selector ? host.shadowRoot?.querySelector(selector) : host.shadowRoot);
}

/** Resolves with the next event of that type. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as GlobalEventHandlersEventMap[K]), { once: true }));
}

/** The texts of every match inside an element's shadow root, each with white space collapsed. */
export function shadowTexts(host: Element, selector: string): string[] {
  return textsIn(host.shadowRoot!, selector);
}

/** Nothing inside the element is wider than it, and the page does not scroll sideways. */
export function expectNoSidewaysScroll(host: HTMLElement, viewport: number): void {
  expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(viewport);
  for (const node of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (node.getClientRects().length === 0 || node instanceof SVGElement) continue;
    expect(node.scrollWidth, `${node.tagName.toLowerCase()}.${node.className}`).to.be.at.most(node.clientWidth + 1 || node.scrollWidth);
  }
}
