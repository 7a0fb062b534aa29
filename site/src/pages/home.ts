/** The home page: the current plan at a glance. */
import { safeHref } from '@plan-kit/elements/links.js';
import { html, nothing } from 'lit';
import type { Page } from '../layout.js';
import { href, paths } from '../routes.js';
import { type SiteData, STATUS_WORDS, periodText } from './common.js';
import { planOverview } from './plan.js';

export function homePage(data: SiteData): Page {
  const plan = data.current;
  const path = paths.home;
  return {
    path,
    title: plan.title,
    description: data.site.description,
    breadcrumbs: [],
    body: html`<p class="caption">${data.site.organisation}</p>
      <h1>${plan.title}</h1>
      <p class="lead">
        <strong class="tag tag-status">${STATUS_WORDS[plan.status]}</strong>
        ${periodText(plan)}.
        ${plan.status === 'consultation' ? html`This is the draft the council consulted on.` : nothing}
        ${plan.status === 'draft' ? html`This is a draft.` : nothing}
        <a href=${safeHref(href(path, paths.plan(plan)))}>More about ${plan.title}</a>
      </p>
      ${planOverview(data, plan, path)}
      <section aria-labelledby="earlier-heading">
        <h2 id="earlier-heading">Earlier plans</h2>
        <ul>
          ${data.plans
            .filter((p) => p !== plan)
            .map((p) => html`<li><a href=${safeHref(href(path, paths.plan(p)))}>${p.title}</a> (${periodText(p)}, ${STATUS_WORDS[p.status].toLowerCase()})</li>`)}
        </ul>
      </section>`,
  };
}
