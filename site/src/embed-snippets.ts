/**
 * The three snippets a web team pastes, built from one widget's description. Pure string work,
 * shared by the build (the embed pages' oEmbed JSON, the builder's list without JavaScript) and
 * the embed builder's script in the browser, so that both hand out the same text.
 */

/** The sandbox of our iframe snippet: scripts and its own origin (to hydrate), links to the top window on a click. */
export const IFRAME_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-top-navigation-by-user-activation';

/** One widget at one option, as the builder's script receives it. */
export interface WidgetSnippetData {
  /** The option's name ("Standard", "Compact"). */
  label: string;
  /** The embed page's absolute URL. */
  url: string;
  /** The embed page's path from the site root (for the builder's preview, on this site). */
  path: string;
  title: string;
  /** The iframe's starting height in CSS px. */
  height: number;
  /** The custom element's markup, its plan by absolute URL. */
  element: string;
}

export interface EmbedSnippets {
  /** The embed page's address: paste it into WordPress, or Drupal media with the provider registered. */
  url: string;
  /** The iframe, then our optional resize script, for a page that allows HTML. */
  iframe: string;
  /** The script tag and the custom element, for a template that allows scripts. */
  element: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The iframe alone: what oEmbed hands out. */
export function iframeHtml(widget: Pick<WidgetSnippetData, 'url' | 'title' | 'height'>): string {
  return `<iframe src="${escapeAttribute(widget.url)}" title="${escapeAttribute(widget.title)}" width="100%" height="${widget.height}" sandbox="${IFRAME_SANDBOX}" loading="lazy" class="plan-kit-embed"></iframe>`;
}

/**
 * A script a snippet loads from the plans site: its absolute URL (a versioned, immutable file name)
 * and its Subresource Integrity hash, so that the host page runs exactly the file the builder
 * described, or nothing.
 */
export interface ScriptRef {
  url: string;
  /** `sha384-…`; none only where the build had no file to hash. */
  integrity?: string;
}

function scriptTag(script: ScriptRef, attributes: string): string {
  const integrity = script.integrity ? ` integrity="${escapeAttribute(script.integrity)}" crossorigin="anonymous"` : '';
  return `<script${attributes} src="${escapeAttribute(script.url)}"${integrity}`;
}

/** All three snippets, loading `resize` and `elements` with their integrity. */
export function embedSnippets(widget: WidgetSnippetData, resize: ScriptRef, elements: ScriptRef): EmbedSnippets {
  return {
    url: widget.url,
    iframe: `${iframeHtml(widget)}\n${scriptTag(resize, '')} defer></script>`,
    element: `${scriptTag(elements, ' type="module"')}></script>\n${widget.element}`,
  };
}
