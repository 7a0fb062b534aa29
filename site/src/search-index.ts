/** The documents of the site's search index: one per plan, outcome and sub-outcome page. */
import { type Plan, actionParts, subOutcomesInOrder } from '@plan-kit/content';
import MiniSearch from 'minisearch';
import { paths } from './routes.js';
import { SEARCH_OPTIONS, type SearchDocument } from './search-options.js';

export function searchDocuments(plans: Plan[]): SearchDocument[] {
  return plans.flatMap((plan) => [
    {
      id: paths.plan(plan),
      title: plan.title,
      kind: 'Plan',
      plan: plan.title,
      path: paths.plan(plan),
      text: [plan.subtitle, ...(plan.summary ?? []).map((p) => p.text), ...(plan.vision?.paragraphs ?? []), ...(plan.principles ?? []).map((p) => p.text)]
        .filter(Boolean)
        .join('\n'),
    },
    ...plan.outcomes.flatMap((outcome) => [
      {
        id: paths.outcome(plan, outcome),
        title: outcome.title,
        kind: capitalise(plan.labels.outcome),
        plan: plan.title,
        path: paths.outcome(plan, outcome),
        text: [outcome.statement, outcome.description, ...(outcome.subThemes ?? []).map((t) => t.title)].filter(Boolean).join('\n'),
      },
      ...subOutcomesInOrder(outcome).map((sub) => ({
        id: paths.subOutcome(plan, outcome, sub),
        title: sub.number ? `${sub.number} ${sub.title}` : sub.title,
        kind: capitalise(plan.labels.subOutcome),
        plan: plan.title,
        path: paths.subOutcome(plan, outcome, sub),
        text: [
          sub.description,
          ...(sub.aims ?? []).flatMap((aim) => [aim.title, aim.actionsIntro, ...aim.actions.map((a) => actionParts(a).text), ...(aim.indicators ?? []).map((i) => i.title)]),
          ...(sub.includes ?? []).map((item) => item.text),
        ]
          .filter(Boolean)
          .join('\n'),
      })),
    ]),
  ]);
}

export function searchIndexJson(plans: Plan[]): string {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(searchDocuments(plans));
  return JSON.stringify(index);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
