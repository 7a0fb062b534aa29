/**
 * The embed builder: a page for the council's web team. Without JavaScript it is a plain list of
 * every embed page, grouped by plan and by kind, each with its iframe snippet. With JavaScript
 * (client/embed-builder.ts) a form above it picks a plan, an element, an item and an option,
 * shows a live preview, and copies each of the three snippets (URL, iframe, script tag); the list
 * stays below and is where the form reads its choices from (each item's `data-widget`).
 */
import type { Plan } from '@plan-kit/content';
import { safeHref } from '@plan-kit/elements/links.js';
import { html, type TemplateResult } from 'lit';
import { iframeHtml } from '../embed-snippets.js';
import type { Page } from '../layout.js';
import { type PagePath, href, paths } from '../routes.js';
import { type SiteData, homeCrumb } from './common.js';
import { type EmbedWidget, WIDGET_KINDS, type WidgetKind, snippetData, snippetScripts } from './embed.js';

/** The widgets of one plan (or of every plan: the lineage), each with its options. */
function groupWidgets(widgets: EmbedWidget[]): { plan?: Plan; kinds: { kind: WidgetKind; items: EmbedWidget[][] }[] }[] {
  const groups: { plan?: Plan; kinds: { kind: WidgetKind; items: EmbedWidget[][] }[] }[] = [];
  for (const widget of widgets) {
    let group = groups.find((g) => g.plan === widget.plan);
    if (!group) groups.push((group = { plan: widget.plan, kinds: [] }));
    let kind = group.kinds.find((k) => k.kind === widget.kind);
    if (!kind) group.kinds.push((kind = { kind: widget.kind, items: [] }));
    const same = kind.items.find((options) => options[0]!.item === widget.item);
    if (same) same.push(widget);
    else kind.items.push([widget]);
  }
  return groups;
}

/**
 * One widget: a link to its embed page (and one to each option's), its iframe snippet. Each link
 * carries what the builder's script needs beyond its address (title, height, custom element).
 */
function widgetItem(data: SiteData, from: PagePath, options: EmbedWidget[]): TemplateResult {
  const [first] = options as [EmbedWidget, ...EmbedWidget[]];
  const link = (widget: EmbedWidget, text: string) => {
    const described = snippetData(data.siteUrl, widget);
    return html`<a href=${safeHref(href(from, widget.path))} data-path=${widget.path} data-option=${widget.option.label} data-title=${described.title} data-height=${described.height} data-element=${described.element}>${text}</a>`;
  };
  return html`<li data-plan=${first.plan?.id ?? ''} data-plan-title=${first.plan?.title ?? 'Every plan'} data-kind=${first.kind} data-item=${first.item} data-item-title=${first.itemTitle}>
    <p class="embed-item">${link(first, first.itemTitle)}${options.length > 1
        ? html` (also: ${options.slice(1).map((widget, i) => html`${i ? ', ' : ''}${link(widget, widget.option.label.toLowerCase())}`)})`
        : ''}</p>
    <pre class="snippet"><code>${iframeHtml(snippetData(data.siteUrl, first))}</code></pre>
  </li>`;
}

export function embedBuilderPage(data: SiteData, widgets: EmbedWidget[], script: string): Page {
  const path = paths.embedBuilder;
  const groups = groupWidgets(widgets);
  const scripts = snippetScripts(data);
  return {
    path,
    title: 'Embed the plans on your website',
    description: 'For web editors: show part of a plan on your own website, such as an outcome, an indicator or the timeline. Use its web address, an iframe or a script tag.',
    breadcrumbs: [homeCrumb],
    scripts: [script],
    body: html`<h1>Embed the plans on your website</h1>
      <p>Every part of the plans on this site can be shown in a page of another website, for example the council's own. Choose what fits what your website's editor allows:</p>
      <ul>
        <li><strong>The address</strong>: paste it on a line of its own in WordPress, or add it as remote media in Drupal (once the site builder has registered this site as an oEmbed provider). It becomes an iframe.</li>
        <li><strong>An iframe</strong>: for editors that accept HTML with iframes. The script line after it is optional: where allowed, it keeps the frame as tall as its content.</li>
        <li><strong>A script tag</strong> and the element itself: for templates that accept scripts. The widget becomes part of your page, in its font.</li>
      </ul>
      <div class="embed-builder" data-site=${data.siteUrl} data-resize=${scripts.resize.url} data-resize-integrity=${scripts.resize.integrity ?? ''} data-elements=${scripts.elements.url} data-elements-integrity=${scripts.elements.integrity ?? ''} data-root=${href(path, paths.home)} hidden></div>
      <section aria-labelledby="every-widget">
        <h2 id="every-widget">Every widget</h2>
        <p>Each link opens the widget as it appears in a frame; the code below it is its iframe.</p>
        ${groups.map(
          (group, g) => html`<section aria-labelledby=${`embed-group-${g}`} class="embed-group">
            <h3 id=${`embed-group-${g}`}>${group.plan?.title ?? 'Every plan'}</h3>
            ${group.kinds.map(
              (kind) => html`<h4>${WIDGET_KINDS[kind.kind]}</h4>
                <ul class="embed-list">
                  ${kind.items.map((options) => widgetItem(data, path, options))}
                </ul>`,
            )}
          </section>`,
        )}
      </section>`,
  };
}
