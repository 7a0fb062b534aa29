/**
 * The build's embed step (called by build.ts): writes every embed page (pages/embed.ts) with its
 * oEmbed JSON beside it, gives the outcome and sub-outcome pages of the site their oEmbed
 * discovery link and JSON, and copies the elements' bundle (dist/embed, when built) to
 * `plan-kit/`, where the builder's script-tag snippet points.
 */
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { markdownRenderCount } from '@plan-kit/elements';
import type { Page } from './layout.js';
import type { SiteData } from './pages/common.js';
import { type EmbedAssets, type EmbedWidget, embedBody, embedDocument, embedWidgets, oembedJson, oembedLink, oembedPath, widgetTitle } from './pages/embed.js';

export interface EmbedBuildReport {
  pages: number;
  bytes: number;
  ms: number;
}

/** Writes every embed page and its oEmbed JSON; `writePage` collects the inline style hashes for the CSP. */
export async function writeEmbedPages(
  data: SiteData,
  widgets: EmbedWidget[],
  assets: EmbedAssets,
  writePage: (path: string, html: string) => void,
  write: (path: string, text: string) => void,
): Promise<EmbedBuildReport> {
  const started = performance.now();
  let bytes = 0;
  for (const widget of widgets) {
    const before = markdownRenderCount();
    const body = await collectResult(render(embedBody(data, widget)));
    const page = embedDocument(data, widget, body, assets, markdownRenderCount() > before);
    writePage(`${widget.path}index.html`, page);
    const json = oembedJson(data, widget);
    write(oembedPath(widget.path), json);
    bytes += Buffer.byteLength(page) + Buffer.byteLength(json);
  }
  return { pages: widgets.length, bytes, ms: performance.now() - started };
}

/**
 * The site pages that show one widget as their main item (an outcome, a sub-outcome, an
 * indicator's gauge) advertise it for oEmbed: pasting the page's own address into WordPress
 * embeds the widget.
 */
export function advertiseWidgets(data: SiteData, pages: Page[], widgets: EmbedWidget[], write: (path: string, text: string) => void): void {
  const byPage = new Map<string, EmbedWidget>();
  for (const widget of widgets) {
    if ((widget.kind === 'outcome' || widget.kind === 'sub-outcome' || widget.kind === 'gauge') && !widget.option.segment) byPage.set(widget.fullPage, widget);
  }
  for (const page of pages) {
    const widget = byPage.get(page.path);
    if (!widget) continue;
    page.headData = [...(page.headData ?? []), oembedLink(data, page.path, widgetTitle(widget))];
    write(oembedPath(page.path), oembedJson(data, widget));
  }
}

/** Copies the elements' bundle (dist/embed, built by `npm run build:embed`) into the site, when there is one. */
export function copyElementsBundle(embedDir: string, outDir: string): boolean {
  if (!existsSync(join(embedDir, 'plan-kit.js'))) return false;
  cpSync(embedDir, join(outDir, 'plan-kit'), { recursive: true });
  return true;
}

export { embedWidgets };
