/**
 * Printed, a link shows its address (site.css and the elements' print styles). The pages link
 * relatively ("../9.3/"), which means nothing on paper, so just before printing every link, in
 * the page and in the elements' shadow roots, gets its full address in `data-print-href`, which
 * the print styles show instead. Without JavaScript the relative address is shown.
 */
function linksIn(root: Document | ShadowRoot): HTMLAnchorElement[] {
  const links: HTMLAnchorElement[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof HTMLAnchorElement && element.hasAttribute('href')) links.push(element);
    if (element.shadowRoot) links.push(...linksIn(element.shadowRoot));
  }
  return links;
}

export function markPrintedLinks(): void {
  for (const link of linksIn(document)) link.dataset.printHref = link.href;
}

addEventListener('beforeprint', markPrintedLinks);
