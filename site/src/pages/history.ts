/**
 * How the plans were made and how they changed: every plan's timeline together, the lineage of
 * every plan, and a page comparing each pair of plans. The elements render all of it
 * (`<plan-timeline>`, `<plan-lineage>`); these pages place them.
 */
import { type Plan, comparePlanPeriods } from '@plan-kit/content';
import { safeHref } from '@plan-kit/elements/links.js';
import { html, nothing } from 'lit';
import type { Page } from '../layout.js';
import { href, paths } from '../routes.js';
import { type SiteData, compareLinks, homeCrumb as home, itemLinks, planPairs, plansCrumb, plansSource } from './common.js';

export function allTimelinesPage(data: SiteData): Page {
  const path = paths.allTimelines;
  const plans = data.plans.filter((p) => p.timeline?.length);
  return {
    path,
    title: 'How the plans were made',
    description: `The meetings, decisions and consultations behind every plan of ${data.site.organisation} on this site, in date order, each with its source.`,
    breadcrumbs: [home, plansCrumb],
    body: html`<h1>How the plans were made</h1>
      <p>
        The meetings, decisions and consultations behind every plan on this site, in date order, each with its source and the
        plan it belongs to. Where a meeting discussed parts of a plan, they are linked.
      </p>
      <plan-timeline .plans=${plans} heading-level="2" href=${safeHref(itemLinks(path))} today="none" defer-hydration data-plans-src=${plansSource(path, plans)}></plan-timeline>
      <p class="next"><a href=${safeHref(href(path, paths.lineage))}>How the outcomes changed from plan to plan</a></p>`,
  };
}

export function lineagePage(data: SiteData): Page {
  const path = paths.lineage;
  return {
    path,
    title: 'How the plans changed',
    description: `How the outcomes of each plan of ${data.site.organisation} continue in the next: what continues, what was merged, split or dropped, and what is new.`,
    breadcrumbs: [home, plansCrumb],
    body: html`<h1>How the plans changed</h1>
      <p>
        How the themes and outcomes of each plan continue in the next one. The council's reports do not say this in so many
        words: each link is this site's reading of the plans, and says why.
      </p>
      <plan-lineage .plans=${data.plans} heading-level="2" href=${safeHref(itemLinks(path))} defer-hydration data-plans-src=${plansSource(path, data.plans)}></plan-lineage>
      <h2>Compare two plans</h2>
      ${compareLinks(data, path)}
      <p class="next"><a href=${safeHref(href(path, paths.allTimelines))}>How the plans were made: meetings, decisions and consultations</a></p>`,
  };
}

export function comparePage(data: SiteData, earlier: Plan, later: Plan): Page {
  const path = paths.compare(earlier, later);
  // Every plan: the links run through any plan in between, and a link may name an older plan
  // (without it the element would name that plan's outcomes by their ids and ask for it).
  const plans = [...data.plans].sort(comparePlanPeriods);
  return {
    path,
    title: `${earlier.title} and ${later.title}`,
    description: `What changed from ${earlier.title} to ${later.title}: the outcomes side by side, what is new, what continues, what was merged, split or dropped.`,
    breadcrumbs: [home, plansCrumb, { label: 'How the plans changed', path: paths.lineage }],
    body: html`<p class="caption">Compare plans</p>
      <h1>${earlier.title} and ${later.title}</h1>
      <p>
        The ${earlier.labels.outcomes.toLowerCase()} of <a href=${safeHref(href(path, paths.plan(earlier)))}>${earlier.title}</a>
        (${earlier.period.start} to ${earlier.period.end}) beside the ${later.labels.outcomes.toLowerCase()} of
        <a href=${safeHref(href(path, paths.plan(later)))}>${later.title}</a> (${later.period.start} to ${later.period.end}), and what became
        of each. Each link is this site's reading of the plans, not the council's words, and says why.
      </p>
      <plan-lineage .plans=${plans} from=${earlier.id} to=${later.id} heading-level="2" href=${safeHref(itemLinks(path))} defer-hydration data-plans-src=${plansSource(path, plans)}></plan-lineage>
      ${planPairs(data.plans).length > 1 ? html`<h2>Other comparisons</h2>${compareLinks(data, path, undefined, [earlier, later])}` : nothing}`,
  };
}
