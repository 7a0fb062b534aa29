/**
 * The home page answers "how is the council doing?" in the first screen of a phone: what the
 * current plan is for (quoted), then each of its outcomes with its indicators' status counts in
 * words ("2 on track, 1 at risk", the scorecard's words) and a link into it. The plan's own page
 * has the rest. No element is placed here, so the page carries no element styles and loads no
 * script at all: a script evaluated before the first paint counted in Lighthouse's LCP, which
 * came out anywhere from 1.0x to 1.5x the plain page's. The one link in running text carries its
 * full address for print (`data-print-href`, which the boot script sets on other pages).
 */
import { type Plan, capitalise, hasExampleFigures, progressCountWords, tallyStatuses } from '@plan-kit/content';
import { safeHref } from '@plan-kit/elements/links.js';
import { outcomePart } from '@plan-kit/elements/outcome-colours.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Page } from '../layout.js';
import { type PagePath, absoluteUrl, href, paths } from '../routes.js';
import { type SiteData, STATUS_WORDS, outcomeTitle, periodText, source } from './common.js';
import { inlineMarkdown } from './markdown.js';
import { assessedIndicators, progressSummary } from './progress.js';

/**
 * What the plan is for, in the council's words: the first sentence of the plan's summary (for
 * 2022-26: "The Strategic Plan sets out the Council's ambitions and priorities for the next four
 * years.", Cabinet report of 26 October 2021, paragraph 15), with its source.
 */
function purpose(plan: Plan): TemplateResult | typeof nothing {
  const first = plan.summary?.[0];
  if (!first) return nothing;
  const sentence = /^.+?[.!?](?=\s|$)/.exec(first.text.trim())?.[0] ?? first.text;
  // Summaries are markdown (the plan page renders them so): sanitized, inline.
  return html`<p>“${inlineMarkdown(sentence)}”${source(plan, first.source)}</p>`;
}

/**
 * Why the numbers read as they do, said once, where they show: outcomes that start at 5, not 1,
 * and sub-outcomes without a number. Both come from the council's reports, which cite the draft
 * plan's section numbers and not always a sub-outcome's (content: the discrepancy notes).
 */
function numberingNote(plan: Plan): TemplateResult | typeof nothing {
  const numbers = plan.outcomes.map((o) => o.number).filter((n) => n !== undefined);
  const first = numbers[0];
  const gaps = plan.outcomes.some((o) => o.subOutcomes?.some((s) => !s.number));
  if ((first === undefined || Number(first) === 1) && !gaps) return nothing;
  const outcomes = plan.labels.outcomes.toLowerCase();
  const subOutcomes = plan.labels.subOutcomes.toLowerCase();
  return html`<p class="hint">
    ${first !== undefined && Number(first) !== 1
      ? `There are ${plan.outcomes.length} ${outcomes}, numbered ${first} to ${numbers.at(-1)}: the council's reports use the section numbers of the draft plan. `
      : ''}${gaps ? `The reports do not give every one of the ${subOutcomes} a number, so some have none here.` : ''}
  </p>`;
}

/**
 * Each outcome with its indicators' status counts in words, linked to its page; above them, once,
 * whether the counts come from example figures.
 */
function outcomesAtAGlance(data: SiteData, plan: Plan, from: PagePath): TemplateResult {
  const assessed = assessedIndicators(data, plan);
  const examples = assessed.filter((a) => hasExampleFigures(a.indicator)).length;
  return html`<section class="at-a-glance" aria-labelledby="outcomes-heading">
    <h2 id="outcomes-heading">${plan.labels.outcomes}</h2>
    ${examples
      ? html`<p class="hint"><strong class="tag">Example figures</strong> ${examples === assessed.length
          ? 'The counts are of examples, not council figures.'
          : 'Some counts are of examples, not council figures; each indicator\'s page says which.'}</p>`
      : nothing}
    <ul class="outcome-glance">
      ${plan.outcomes.map((outcome) => {
        const counts = tallyStatuses(assessed.filter((a) => a.outcome === outcome).map((a) => a.assessment.status));
        return html`<li class=${outcomePart(plan, outcome)}>
          <a href=${safeHref(href(from, paths.outcome(plan, outcome)))}>${outcomeTitle(plan, outcome)}</a>
          <span class="glance-counts">${capitalise(progressCountWords(counts))}</span>
        </li>`;
      })}
    </ul>
    ${numberingNote(plan)}
  </section>`;
}

export function homePage(data: SiteData): Page {
  const plan = data.current;
  const path = paths.home;
  return {
    path,
    // The title leads with the question the page answers; the plan page's title is the plan's name.
    title: 'How the council is doing',
    planTitle: plan.title,
    description: `How ${data.site.organisation} is doing on ${plan.title}: what the plan is for, and how the indicators of each of its ${plan.labels.outcomes.toLowerCase()} stand.`,
    breadcrumbs: [],
    document: { scripts: false },
    body: html`<h1>How the council is doing <span class="subtitle">${plan.title}</span></h1>
      ${purpose(plan)}
      ${outcomesAtAGlance(data, plan, path)}
      ${progressSummary(data, plan, path, { examplesSaid: true })}
      <p>
        <strong class="tag tag-status">${STATUS_WORDS[plan.status]}</strong> ${periodText(plan)}.
        <a href=${safeHref(href(path, paths.plan(plan)))} data-print-href=${safeHref(absoluteUrl(data.siteUrl, paths.plan(plan)))}
          >${plan.title}: the whole plan, its aims and how it was made</a
        >
      </p>
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
