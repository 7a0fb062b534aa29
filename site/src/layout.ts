/**
 * The page around every page's content: head, skip link, header with the site navigation,
 * breadcrumbs, one <main> with one <h1>, and a footer. The body is a Lit template rendered on the
 * server (@lit-labs/ssr): the elements in it come out as declarative shadow DOM, so every word,
 * link and table is in the HTML and works with JavaScript off.
 */
import { readFileSync } from 'node:fs';
import { safeHref } from '@plan-kit/elements/links.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { SiteConfig } from './config.js';
import { bootLoaderTag } from './boot-loader.js';
import { type PagePath, href, paths } from './routes.js';

/**
 * The site's icon, written into each page as a data URL: as a file (favicon.svg, still there for
 * whoever links to it) it was a request the browser made before the first paint, and Lighthouse
 * counted it in the page's LCP. The policy's `img-src` allows data: images for it (csp.ts).
 */
export const ICON_LINK = `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8').trim())}" type="image/svg+xml">`;

export interface Crumb {
  label: string;
  path: PagePath;
}

export interface Page {
  path: PagePath;
  /** The page's own title: the h1, and the first part of <title>. */
  title: string;
  /** The plan the page belongs to, for <title> ("… - Strategic Plan 2022-26 - …"). */
  planTitle?: string;
  description: string;
  /** Links above the h1, from the home page to the page's parent. */
  breadcrumbs: Crumb[];
  body: TemplateResult;
  /** What closes the main content, after the body: the numbered list of the page's sources (see `withReferences`). */
  foot?: TemplateResult;
  /** Scripts the page needs beyond hydration (the search page's). */
  scripts?: string[];
  /** Blocks for the head, made by the build: the open data page's JSON-LD (`jsonLdScript`), a page's oEmbed discovery link (`advertiseWidgets`). */
  headData?: string[];
  /** How the document differs from the usual (the print pages: no script, example notices per section). */
  document?: Pick<DocumentOptions, 'scripts' | 'exampleFigures'>;
}

export interface Assets {
  /** The site's stylesheet, inlined into every page (its hash is in the site's CSP). */
  css: string;
  /** The module every page loads; it loads the hydration module once the page has loaded. */
  boot: string;
  search: string;
  /** The classic script of every embed page, and the embed builder's module. */
  embedFrame: string;
  embedBuilder: string;
}

/** How to wrap a page's body into a whole document. */
export interface DocumentOptions {
  /** The path the page's links start from: '' (relative to the page itself), or '/' for the 404 page, served at any depth. */
  root?: string;
  /** The page renders markdown: the hydration script loads the markdown renderer before it hydrates (`data-markdown`). */
  markdown?: boolean;
  /** Load the boot script (hydration, full link addresses on paper). False for pages complete as HTML, such as the print pages. */
  scripts?: boolean;
  /** The page shows example figures: printed, each page says so at its top (site.css, `@page example-figures`). */
  exampleFigures?: boolean;
}

/** The whole document. `body` is the server-rendered HTML of the page's template. */
export function documentHtml(site: SiteConfig, page: Page, body: string, assets: Assets, options: DocumentOptions = {}): string {
  const { root = '', markdown = false, scripts: withScripts = true, exampleFigures = false } = options;
  const to = (target: string) => (root ? `${root}${target}` : href(page.path, target));
  const title = [page.title, page.planTitle, site.organisation].filter(Boolean).join(' - ');
  // Nothing the reader sees waits for a script (the pages are whole without one), so no script
  // competes with the page's first paint: the boot module loads after it (boot-loader.ts), a
  // page's own scripts (the search page's) at low priority.
  const scripts = withScripts ? (page.scripts ?? []) : [];
  return `<!doctype html>
<html lang="en-GB"${markdown ? ' data-markdown' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(page.description)}">
<meta name="color-scheme" content="light">
${ICON_LINK}
<link rel="alternate" type="application/atom+xml" href="${to(paths.updatesFeed)}" title="${escapeHtml(`${site.name}: what changed`)}">
${(page.headData ?? []).map((block) => `${block}\n`).join('')}<style>${assets.css}</style>
${withScripts ? `${bootLoaderTag(to(assets.boot))}\n` : ''}${scripts.map((src) => `<script type="module" fetchpriority="low" src="${to(src)}"></script>\n`).join('')}</head>
<body${exampleFigures ? ' class="example-figures"' : ''}>
${body}
</body>
</html>
`;
}

/** The page's visible frame, as a template (rendered on the server with the page's content). */
export function frame(site: SiteConfig, page: Page, root = ''): TemplateResult {
  const to = (target: string) => (root ? `${root}${target}` : href(page.path, target));
  const navItems: [string, string][] = [
    ['Plans', paths.plans],
    // The current plan's progress: site.json names the current plan by id, and its pages are at paths.progress.
    ['How it is doing', paths.progress({ id: site.currentPlan })],
    ['Open data', paths.openData],
    ['A to Z', paths.aToZ],
    ['Search', paths.search],
  ];
  return html`<a class="skip-link" href="#main">Skip to main content</a>
    <header class="site-header">
      <div class="width">
        <a class="site-name" href=${safeHref(to(paths.home))}>${site.name}</a>
        <nav class="site-nav" aria-label="Site">
          <ul>
            ${navItems.map(
              ([label, path]) =>
                html`<li><a href=${safeHref(to(path))} aria-current=${page.path === path ? 'page' : nothing}>${label}</a></li>`,
            )}
          </ul>
        </nav>
      </div>
    </header>
    <div class="width">
      ${page.breadcrumbs.length
        ? html`<nav class="breadcrumbs" aria-label="Breadcrumb">
            <ol>
              ${page.breadcrumbs.map((crumb) => html`<li><a href=${safeHref(to(crumb.path))}>${crumb.label}</a></li>`)}
            </ol>
          </nav>`
        : nothing}
      <main id="main" tabindex="-1">${page.body}${page.foot ?? nothing}</main>
    </div>
    <footer class="site-footer">
      <div class="width">
        <ul>
          <li><a href=${safeHref(to(paths.accessibility))}>Accessibility statement</a></li>
          <li><a href=${safeHref(to(paths.openData))}>Open data</a></li>
          <li><a href=${safeHref(to(paths.whatChanged))}>What changed</a></li>
          <li><a href=${safeHref(to(paths.embedBuilder))}>Embed the plans on your website</a></li>
          <li><a href=${safeHref(site.organisationUrl)}>${site.organisation}</a></li>
        </ul>
        <p>
          Content is quoted from the council's committee reports; each item names its source. Figures marked
          "example figure" are examples, not council figures.
        </p>
      </div>
    </footer>`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For the few strings that go into the document head, outside Lit's escaping templates. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}
