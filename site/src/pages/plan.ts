/** A plan's own pages: its overview (its outcomes first, then the committee prose) and how it was made. */
import type { Plan } from '@plan-kit/content';
import { formatDate } from '@plan-kit/content';
import { safeHref } from '@plan-kit/elements/links.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Page } from '../layout.js';
import { href, paths } from '../routes.js';
import { type SiteData, compareLinks, dataDownloads, dataLinks, homeCrumb, planCrumbs, planElementSource, planFacts, plansCrumb, source } from './common.js';
import { progressSummary } from './progress.js';
import { markdown } from './markdown.js';
import { printLinks } from './print.js';

export function planPage(data: SiteData, plan: Plan): Page {
  const path = paths.plan(plan);
  const planJson = planElementSource(path, plan);
  const linkTemplate = 'outcomes/{outcome}/{ref}/';
  return {
    path,
    title: plan.title,
    description: `${plan.title}: ${plan.organisation}'s ${plan.documentType?.toLowerCase() ?? 'strategic plan'} for ${plan.period.start} to ${plan.period.end}: its outcomes, how it was made and where the sources differ.`,
    breadcrumbs: [homeCrumb, plansCrumb],
    // The answer first: how its indicators stand, then the outcomes; the committee prose follows.
    body: html`<h1>${plan.title}${plan.subtitle ? html` <span class="subtitle">${plan.subtitle}</span>` : nothing}</h1>
      ${planFacts(plan)}
      ${progressSummary(data, plan, path)}
      <plan-outcomes-matrix .plan=${plan} href=${safeHref(linkTemplate)} heading-level="2" defer-hydration data-plan-src=${planJson}></plan-outcomes-matrix>
      ${dataDownloads(dataLinks(path, plan))}
      ${plan.statusNote ? html`<div class="notice"><p>${plan.statusNote}</p></div>` : nothing}
      ${plan.vision || plan.principles?.length
        ? html`<plan-vision .plan=${plan} ?principles=${Boolean(plan.principles?.length)} heading-level="2" defer-hydration data-plan-src=${planJson}></plan-vision>`
        : nothing}
      ${printLinks(data, plan, path)}
      ${passages('Summary', 'summary', plan, plan.summary)}
      ${passages('Background', 'background', plan, plan.background)}
      ${contextFigures(plan)}
      ${plan.consultation
        ? html`<plan-consultation .plan=${plan} heading-level="2" href=${safeHref(linkTemplate)} today=${data.today} defer-hydration data-plan-src=${planJson}></plan-consultation>`
        : nothing}
      ${plan.timeline?.length ? html`<p class="next"><a href=${safeHref(href(path, paths.timeline(plan)))}>How ${plan.title} was made: meetings, decisions and consultation</a></p>` : nothing}
      ${programmes(plan)}
      ${monitoring(plan)}
      ${data.plans.length > 1
        ? html`<section aria-labelledby="compare-heading">
            <h2 id="compare-heading">How it compares with the other plans</h2>
            ${compareLinks(data, path, plan)}
          </section>`
        : nothing}
      ${discrepancies(plan)}
      ${sources(plan)}`,
  };
}

function passages(title: string, id: string, plan: Plan, list: Plan['summary']): TemplateResult | typeof nothing {
  if (!list?.length) return nothing;
  return html`<section aria-labelledby=${`${id}-heading`}>
    <h2 id=${`${id}-heading`}>${title}</h2>
    ${list.map((p) => html`<div class="passage">${markdown(p.text)}${source(plan, p.source)}</div>`)}
  </section>`;
}

function contextFigures(plan: Plan): TemplateResult | typeof nothing {
  if (!plan.contextFigures?.length) return nothing;
  return html`<section aria-labelledby="figures-heading">
    <h2 id="figures-heading">Figures the plan states</h2>
    <ul class="figures">
      ${plan.contextFigures.map(
        (f) => html`<li><span class="figure">${f.display}</span> <span>${f.label}${f.period ? html` (${f.period})` : nothing}</span>${source(plan, f.source)}</li>`,
      )}
    </ul>
  </section>`;
}

function programmes(plan: Plan): TemplateResult | typeof nothing {
  if (!plan.programmes?.length) return nothing;
  return html`${plan.programmes.map(
    (p) => html`<section aria-labelledby=${`programme-${p.id}`}>
      <h2 id=${`programme-${p.id}`}>${p.title}</h2>
      <div class="passage">${markdown(p.description)}${source(plan, p.source)}</div>
      <h3>Objectives</h3>
      <ol>${p.objectives.map((o) => html`<li>${o.title}${o.text ? html`: ${o.text}` : nothing}</li>`)}</ol>
      ${p.components?.length ? html`<h3>Its parts</h3><dl class="components">${p.components.map((c) => html`<dt>${c.title}</dt><dd>${c.text}</dd>`)}</dl>` : nothing}
    </section>`,
  )}`;
}

function monitoring(plan: Plan): TemplateResult | typeof nothing {
  if (!plan.monitoring?.length) return nothing;
  return html`<section aria-labelledby="monitoring-heading">
    <h2 id="monitoring-heading">How progress is monitored</h2>
    <ul class="plain-list">
      ${plan.monitoring.map(
        (m) => html`<li>
          <p><strong>${m.body}</strong>${m.frequency ? html` (${m.frequency}${m.reportsTo ? html`, to ${m.reportsTo}` : nothing})` : nothing}</p>
          <div class="passage">${markdown(m.text)}${source(plan, m.source)}</div>
        </li>`,
      )}
    </ul>
  </section>`;
}

function discrepancies(plan: Plan): TemplateResult | typeof nothing {
  if (!plan.discrepancies?.length) return nothing;
  return html`<section aria-labelledby="discrepancies-heading">
    <h2 id="discrepancies-heading">Where the sources differ</h2>
    <p>The council's reports do not always agree with each other. This site quotes the main source and records each difference here.</p>
    <details class="discrepancies">
      <summary>${plan.discrepancies.length} ${plan.discrepancies.length === 1 ? 'difference' : 'differences'} between the sources</summary>
      <ul class="plain-list">
        ${plan.discrepancies.map((d) => html`<li>${d.description}${d.sources.map((s) => source(plan, s))}</li>`)}
      </ul>
    </details>
  </section>`;
}

function sources(plan: Plan): TemplateResult {
  return html`<section aria-labelledby="documents-heading">
    <h2 id="documents-heading">Source documents</h2>
    <ul class="plain-list">
      ${plan.sources.map(
        (s) => html`<li>${s.url ? html`<a href=${safeHref(s.url)}>${s.title}</a>` : s.title}${s.meeting ? html`, ${s.meeting}` : nothing}${s.date ? html`, ${formatDate(s.date)}` : nothing}</li>`,
      )}
    </ul>
  </section>`;
}

export function timelinePage(data: SiteData, plan: Plan): Page {
  const path = paths.timeline(plan);
  return {
    path,
    title: 'How the plan was made',
    planTitle: plan.title,
    description: `The meetings, decisions and consultation that made ${plan.title}, in date order, each with its source.`,
    breadcrumbs: planCrumbs(plan),
    body: html`<h1>How the plan was made <span class="subtitle">${plan.title}</span></h1>
      <p>The meetings, decisions and consultation behind ${plan.title}, in date order, each with its source.</p>
      <plan-timeline .plan=${plan} heading-level="2" href="../outcomes/{outcome}/{ref}/" today="none" defer-hydration data-plan-src=${planElementSource(path, plan)}></plan-timeline>
      <p class="next"><a href=${safeHref(href(path, paths.allTimelines))}>How all the plans were made</a></p>`,
  };
}
