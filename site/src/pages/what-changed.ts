/** The "What changed" page: each import of figures, newest first (updates.ts says what each changed). */
import { formatDate } from '@plan-kit/content';
import { safeHref } from '@plan-kit/elements/links.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Page } from '../layout.js';
import { href, paths } from '../routes.js';
import type { IndicatorLine } from '../updates.js';
import { type SiteData, homeCrumb } from './common.js';

export function whatChangedPage(data: SiteData): Page {
  const path = paths.whatChanged;
  const entries = data.updates;
  const line = (item: IndicatorLine): TemplateResult =>
    html`<li>${item.path ? html`<a href=${safeHref(href(path, item.path))}>${item.title}</a>` : item.title}: ${item.text}</li>`;
  return {
    path,
    title: 'What changed',
    description: 'Each update of the indicator figures, newest first: the figures that changed, and the indicators whose status moved.',
    breadcrumbs: [homeCrumb],
    body: html`<h1>What changed</h1>
      <p>
        Each quarter the council's performance figures are imported into the plans. This page lists each update, newest
        first: the indicators whose status moved, and those with a new latest figure.
        <a href=${safeHref(href(path, paths.updatesFeed))}>Follow the updates in a feed reader (Atom feed)</a>.
      </p>
      ${entries.length === 0
        ? html`<p>No updates yet: no figures have been imported since the plans were published on this site. Each update will be listed here.</p>`
        : entries.map(
            (entry) => html`<section aria-labelledby=${entry.anchor} class="update">
              <h2 id=${entry.anchor}><time datetime=${entry.update.date}>${formatDate(entry.update.date)}</time>: ${entry.plan.title}</h2>
              <p>${entry.update.figures.length === 0 && entry.update.actions?.length ? 'Actions' : 'Figures'} imported from the file ${entry.update.file}: ${entry.counts}</p>
              ${entry.update.figures.length === 0 && entry.update.actions?.length
                ? nothing
                : entry.statusMoves.length
                  ? html`<h3>Status changed</h3>
                      <ul>${entry.statusMoves.map(line)}</ul>`
                  : html`<p>No indicator changed status.</p>`}
              ${entry.actionMoves.length
                ? html`<h3>Actions whose status changed</h3>
                    <ul>${entry.actionMoves.map(line)}</ul>`
                : entry.update.actions?.length
                  ? html`<p>No action changed status.</p>`
                  : nothing}
              ${entry.latestMoves.length
                ? html`<h3>New latest figures</h3>
                    <ul>${entry.latestMoves.map(line)}</ul>`
                : nothing}
            </section>`,
          )}
      <p><a href=${safeHref(href(path, paths.openData))}>Download the figures (open data)</a></p>`,
  };
}
