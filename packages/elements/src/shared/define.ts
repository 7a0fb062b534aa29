/**
 * Registers a custom element unless its tag is already taken, so that a page may load the
 * bundle twice (a CMS template and a widget each adding the script) without an error.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
