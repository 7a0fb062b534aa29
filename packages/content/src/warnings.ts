/**
 * Warnings: what an editor should look at but that does not block a plan (an item without a
 * source, example figures, an outcome colour too light for white text, counts that do not add
 * up). `validatePlan` reports them, for `plan-kit validate` and the site build; a page that shows
 * a plan never does, so the elements check plans with `validatePlanForDisplay`, which leaves this
 * module out of the embed bundle.
 * Runs only on plans that passed the schema, so the data is typed.
 */
import { forEachIndicator, locatedFigures, walkObjects } from './checks.js';
import { allActions, hasExampleDelivery } from './delivery.js';
import { AA_TEXT_CONTRAST, contrastRatio } from './contrast.js';
import { type PathItem, type Problem, problem } from './problems.js';
import { knownKeysAt } from './schema-walk.js';
import type { Plan } from './types.js';

/** The warnings about a plan that passed the schema. */
export function planWarnings(plan: Plan): Problem[] {
  const warnings: Problem[] = [];
  const warning = (path: PathItem[], message: string) => warnings.push(problem('warning', path, message));

  // Every item that can carry a source should.
  walkObjects(plan, (object, path) => {
    if (knownKeysAt(path).includes('source') && !object.source && object.example !== true) {
      warning(path, 'has no source: add source.document and source.paragraph so that readers can check it');
    }
  });

  forEachIndicator(plan, (indicator, path) => {
    if (indicator.example) {
      warning(path, 'figures are examples, not council figures (example: true); pages label them "example figure"');
      return;
    }
    const examples = locatedFigures(indicator, path).filter(([value]) => value?.example && !value.imported).length;
    if (examples > 0) {
      warning(path, `${examples} of its figures ${examples === 1 ? 'is an example' : 'are examples'}, not council figures (example: true on each); pages label ${examples === 1 ? 'it' : 'them'} "example figure"`);
    }
  });

  // Example delivery records and board reports: as example figures are, said once each.
  const exampleActions = allActions(plan).filter((a) => hasExampleDelivery(a.delivery)).length;
  if (exampleActions > 0) {
    warning(['outcomes'], `${exampleActions} ${exampleActions === 1 ? 'action has an example' : 'actions have example'} delivery (example: true): pages label ${exampleActions === 1 ? 'it' : 'them'} "example"`);
  }

  plan.outcomes.forEach((outcome, o) => {
    const path = ['outcomes', o];
    outcome.boardUpdates?.forEach((update, u) => {
      if (update.example) warning([...path, 'boardUpdates', u], 'is an example report, not an Outcome Board\'s (example: true); pages label it "example"');
    });
    if (outcome.colour && contrastRatio(outcome.colour, '#ffffff') < AA_TEXT_CONTRAST) {
      const ratio = contrastRatio(outcome.colour, '#ffffff').toFixed(2);
      warning([...path, 'colour'], `${outcome.colour} gives white text a contrast of ${ratio}:1, below the ${AA_TEXT_CONTRAST}:1 that WCAG AA needs`);
    }
    if (outcome.count && outcome.subThemes?.length) {
      const sum = outcome.subThemes.reduce((total, t) => total + t.count.value, 0);
      if (sum !== outcome.count.value) {
        warning([...path, 'count'], `is ${outcome.count.value} but the sub-themes add up to ${sum}`);
      }
    }
    outcome.subOutcomes.forEach((sub, s) => {
      if (sub.number && outcome.number && !sub.number.startsWith(`${outcome.number}.`)) {
        warning([...path, 'subOutcomes', s, 'number'], `${sub.number} does not start with the outcome's number ${outcome.number}`);
      }
    });
  });
  return warnings;
}
