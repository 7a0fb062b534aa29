/**
 * The states every data element goes through, as story parts that each element's stories spread
 * into their own (`export const Loading: Story = { ...states.loading }`), so that every element
 * shows the same cases: empty, loading, ready, and each way of failing.
 */
import { HTML_PAGE, INVALID, NEVER_ANSWERS, NOT_FOUND, NOT_JSON, SLOW, defaultPlanId, planUrl } from './plans.js';

const describe = (story: string) => ({ docs: { description: { story } } });

export const states = {
  empty: {
    args: { plan: 'none' },
    parameters: describe('No plan: no `.plan`, no `src` and no enclosing `<plan-data>`. The element says how to give it one.'),
  },
  loading: {
    args: { plan: 'none', src: NEVER_ANSWERS },
    parameters: describe(
      'A `src` whose server never answers: "Loading the plan…" (a polite status). The loader gives up after 15 seconds and the element then shows the timeout error with "Try again".',
    ),
  },
  loadingHeld: {
    args: { plan: 'none', held: 'loading' as const },
    parameters: describe(
      'The loading state held still (for screenshots and the accessibility check): the element is inside a story-only provider that reports "loading" for ever.',
    ),
  },
  slow: {
    args: { plan: 'none', src: SLOW(defaultPlanId) },
    parameters: describe('A `src` that answers after two seconds: loading, then ready, then the `plan-load` event (see the Actions panel).'),
  },
  fromSrc: {
    args: { plan: 'none', src: planUrl(defaultPlanId) },
    parameters: describe(`The plan loaded by \`src\` (the council CMS case): \`src="${planUrl(defaultPlanId)}"\`.`),
  },
  notFound: {
    args: { plan: 'none', src: NOT_FOUND },
    parameters: describe('A `src` that is not there (HTTP 404): the element names the URL and the status, offers "Try again" and fires `plan-error`.'),
  },
  invalid: {
    args: { plan: 'none', src: INVALID },
    parameters: describe('A plan file that fails validation (test/fixtures/plans/invalid.json): each problem with its JSON path.'),
  },
  notJson: {
    args: { plan: 'none', src: NOT_JSON },
    parameters: describe('A file whose JSON is broken.'),
  },
  htmlPage: {
    args: { plan: 'none', src: HTML_PAGE },
    parameters: describe('A web page where a plan was expected, as a wrong address gives on many servers.'),
  },
  longTitles: {
    args: { plan: 'long-titles' },
    parameters: describe(
      'test/fixtures/plans/long-titles.json: 300-character titles and words of 60 to 150 letters without spaces. Nothing may overflow or scroll sideways.',
    ),
  },
  manyOutcomes: {
    args: { plan: 'many-outcomes' },
    parameters: describe('test/fixtures/plans/many-outcomes.json: twelve outcomes of six sub-outcomes each, some indicators with example figures.'),
  },
  exampleData: {
    args: { plan: 'minimal' },
    parameters: describe(
      'test/fixtures/plans/minimal.json, whose indicator figures are examples (`"example": true`): they are labelled "Example figure" wherever they are shown.',
    ),
  },
  importedFigures: {
    args: { plan: 'imported-figures' },
    parameters: describe(
      'test/fixtures/plans/imported-figures.json: minimal.json after `plan-kit import` brought in one council figure. The indicator\'s other figures stay examples, each labelled as one; the gauge names which of its figures are examples.',
    ),
  },
  narrow: {
    parameters: {
      ...describe('In a 320 CSS px column (a phone, or 1280 px at 400% zoom): everything reflows, nothing scrolls sideways.'),
      layout: 'fullscreen',
    },
    args: { width: 320 },
  },
};

/** Plans that are real: a story for each names its file. */
export const realPlan = (id: string) => ({
  args: { plan: id },
  parameters: describe(`The real plan content/plans/${id}.json, given as a property (\`.plan = plan\`).`),
});
