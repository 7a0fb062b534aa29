import { PlanPartLoadError, type ProgressStatus } from '@plan-kit/content';
import '@plan-kit/elements/plan-progress-gauge.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { indicatorIn, realPlans } from '../../../../stories/support/plans.js';
import { type CommonArgs, commonArgTypes, frame, planOf, attributeArg, describeStory } from '../../../../stories/support/render.js';
import { states } from '../../../../stories/support/states.js';

interface Args extends CommonArgs {
  indicator?: string;
  value?: number;
  min?: number;
  max?: number;
  target?: number;
  baseline?: number;
  label?: string;
  unit?: string;
  direction?: 'higher-is-better' | 'lower-is-better';
  status?: ProgressStatus;
  today?: string;
  example?: boolean;
  compact?: boolean;
}

const gauge = (args: Args) =>
  html`<plan-progress-gauge
    .plan=${planOf(args)}
    src=${ifDefined(args.src)}
    indicator=${ifDefined(args.indicator)}
    value=${ifDefined(args.value)}
    min=${ifDefined(args.min)}
    max=${ifDefined(args.max)}
    target=${ifDefined(args.target)}
    baseline=${ifDefined(args.baseline)}
    label=${ifDefined(args.label)}
    unit=${ifDefined(args.unit)}
    direction=${ifDefined(args.direction)}
    status=${ifDefined(args.status)}
    today=${ifDefined(args.today)}
    ?example=${args.example}
    ?compact=${args.compact}
  ></plan-progress-gauge>`;

const meta = {
  title: 'Elements/plan-progress-gauge',
  component: 'plan-progress-gauge',
  argTypes: {
    ...commonArgTypes,
    indicator: { control: 'text', ...attributeArg },
    value: { control: 'number', ...attributeArg },
    min: { control: 'number', ...attributeArg },
    max: { control: 'number', ...attributeArg },
    target: { control: 'number', ...attributeArg },
    baseline: { control: 'number', ...attributeArg },
    label: { control: 'text', ...attributeArg },
    unit: { control: 'text', ...attributeArg },
    direction: { control: 'inline-radio', options: ['higher-is-better', 'lower-is-better'], ...attributeArg },
    status: { control: 'select', options: [undefined, 'target-met', 'on-track', 'some-progress', 'off-track', 'not-assessable'], ...attributeArg },
    today: { control: 'text', ...attributeArg },
    example: { control: 'boolean', ...attributeArg },
    compact: { control: 'boolean', ...attributeArg },
  },
  args: { plan: 'none', example: false, compact: false },
  render: (args) => frame(args, gauge(args)),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const healthyWeight = { label: 'Adults with a healthy weight', unit: '%', min: 0, max: 100 };

// From attributes alone: no plan needed. Figures without dates give no rate, so only "target met" is worked out.
export const OnTrack: Story = { name: 'Target met (attributes)', args: { ...healthyWeight, value: 78, baseline: 55, target: 75 } };
export const AtRisk: Story = {
  name: 'Short of the target (attributes: not yet assessable)',
  args: { ...healthyWeight, value: 70, baseline: 55, target: 75 },
  parameters: describeStory('Figures alone have no dates, so no rate of change: short of the target is "not yet assessable", never "off track", unless the page gives `status`.'),
};
export const OffTrack: Story = { name: 'Off track (status given)', args: { ...healthyWeight, value: 48, baseline: 55, target: 75, status: 'off-track' } };
export const LowerIsBetter: Story = {
  name: 'Lower is better',
  args: { label: 'People killed or seriously injured on the roads', unit: 'people', min: 0, max: 500, baseline: 350, value: 320, target: 300, direction: 'lower-is-better' },
};
export const StatusGiven: Story = {
  name: 'Status given (status="some-progress")',
  args: { ...healthyWeight, value: 70, target: 75, status: 'some-progress' },
  parameters: describeStory('`status` gives the status a page has worked out (figures alone give only "target met").'),
};
export const Money: Story = { name: 'Money (unit="£m")', args: { label: 'Savings delivered', unit: '£m', min: 0, max: 110, value: 66, target: 110 } };
export const NoValue: Story = { name: 'No data yet', args: { ...healthyWeight, target: 75 } };
export const Zero: Story = { name: 'Zero (a small visible fill)', args: { ...healthyWeight, value: 0, target: 75 } };
export const OverMax: Story = { name: 'Value above max (clamped)', args: { ...healthyWeight, value: 130, target: 75 } };
export const Example: Story = {
  name: 'Example figure (example)',
  args: { ...healthyWeight, value: 70, baseline: 55, target: 75, example: true },
  parameters: describeStory('Figures that are not the council\'s carry a visible "Example figure" label.'),
};
export const Compact: Story = { name: 'Compact', args: { ...healthyWeight, value: 62, target: 75, compact: true } };
export const CompactRow: Story = {
  name: 'Compact, in a row',
  render: () => html`<div style="display: flex; flex-wrap: wrap; gap: 1.5em">
    ${[
      { ...healthyWeight, value: 78, target: 75 },
      { ...healthyWeight, value: 70, target: 75 },
      { ...healthyWeight, value: 40, target: 75 },
      { ...healthyWeight, target: 75 },
      { ...healthyWeight, value: 66, target: 75, example: true },
    ].map((a) => gauge({ ...a, compact: true }))}
  </div>`,
};
export const LongLabel: Story = {
  name: 'Long label',
  args: {
    label: 'Proportion of residents in Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch who say that they can influence decisions affecting their local area, measured by the annual community survey',
    unit: '%',
    value: 31,
    target: 40,
    width: 320,
  },
};
export const NoAttributes: Story = {
  name: 'Empty (no attributes)',
  parameters: describeStory('No indicator and no figures: an empty gauge that says it has no data.'),
};
export const InvalidRange: Story = {
  name: 'Error: max not above min',
  args: { label: 'A gauge with a broken scale', value: 5, min: 10, max: 10 },
};

// From an indicator of a plan.
export const FromPlanExample: Story = {
  name: 'indicator in a plan (example figures)',
  args: { plan: 'minimal', indicator: 'healthy-weight-adults' },
  parameters: describeStory('`indicator="healthy-weight-adults"` in test/fixtures/plans/minimal.json, whose figures are examples.'),
};
export const FromPlanImported: Story = {
  name: 'indicator in a plan (council figure imported, example target and baseline)',
  ...states.importedFigures,
  args: { plan: 'imported-figures', indicator: 'healthy-weight-adults' },
};
export const FromRealPlan: Story = {
  name: 'indicator in 2022-26',
  args: { plan: '2022-26', indicator: indicatorIn(realPlans['2022-26']) ?? 'no-indicators-yet' },
  parameters: describeStory('The first indicator of the 2022-26 plan (the sources give no values: any figures are examples).'),
};
// The published method's statuses, as at a fixed day (so that the story does not change with the calendar).
const asAt = { plan: '2022-26', today: '2026-12-08' } as const;
export const MethodTargetMet: Story = {
  name: 'Target met, with flags (2022-26, NEET)',
  args: { ...asAt, indicator: 'young-people-neet' },
  parameters: describeStory('Met its target a year early: "Target met", said since when, with "Target date passed" and "Figure overdue" beside it, each with its reason.'),
};
export const MethodSomeProgress: Story = {
  name: 'Some progress (2022-26, good level of development)',
  args: { ...asAt, indicator: 'good-level-of-development' },
};
export const MethodOffTrack: Story = {
  name: 'Off track: up on the previous figure, below the baseline (2022-26)',
  args: { ...asAt, indicator: 'healthy-life-expectancy' },
  parameters: describeStory('The change in two frames: better than the previous figure, worse than the baseline. The status follows the baseline.'),
};
export const MethodCouncilAssessment: Story = {
  name: "The council's own assessment beside the method's (every-field)",
  args: { plan: 'every-field', today: '2024-12-08', indicator: 'healthy-weight-adults' },
  parameters: describeStory("An officer's assessment, with its reason and date, is shown beside the status the published method gives, never in its place."),
};
export const ManyOutcomesNoData: Story = {
  name: 'indicator without data (many-outcomes)',
  args: { plan: 'many-outcomes', indicator: 'older-people-no-data' },
};
export const ManyOutcomesOffTrack: Story = {
  name: 'indicator off track, getting worse (many-outcomes)',
  args: { plan: 'many-outcomes', indicator: 'economy-off-track' },
};
export const ManyOutcomesLowerIsBetter: Story = {
  name: 'indicator lower-is-better (many-outcomes)',
  args: { plan: 'many-outcomes', indicator: 'skills-off-track' },
};
export const LongTitles: Story = {
  name: 'Long titles (indicator)',
  ...states.longTitles,
  args: { plan: 'long-titles', indicator: 'people-and-places-long-indicator', width: 320 },
};
export const MissingIndicator: Story = {
  name: 'Error: an indicator the plan lacks',
  args: { plan: 'minimal', indicator: 'no-such-indicator' },
};

// Loading by src.
const fromFixture = { indicator: 'healthy-weight-adults' };
export const FromSrc: Story = { name: 'From src', args: { plan: 'none', src: 'fixtures/minimal.json', ...fromFixture } };
export const Loading: Story = { ...states.loading, args: { ...states.loading.args, ...fromFixture } };
export const LoadingHeld: Story = { name: 'Loading (held)', ...states.loadingHeld, args: { ...states.loadingHeld.args, ...fromFixture } };
export const NotFound: Story = { name: 'Error: 404', ...states.notFound, args: { ...states.notFound.args, ...fromFixture } };
export const Invalid: Story = { name: 'Error: invalid plan', ...states.invalid, args: { ...states.invalid.args, ...fromFixture } };
export const NotJson: Story = { name: 'Error: broken JSON', ...states.notJson, args: { ...states.notJson.args, ...fromFixture } };

/**
 * What a gauge with an `indicator` shows when the module that reads an indicator (gauge-from-plan,
 * a chunk the embed bundle loads on first need) cannot be fetched. Storybook loads every element
 * at once, index included, so that module is always there and cannot fail: the error is held
 * through the story-only provider (stories/support/plan-state.ts), as "Loading (held)" holds
 * loading, with the message the gauge gives for a real failure (its `select`, and
 * test/node/embed.test.ts, which cuts the module's request in a real page).
 */
export const PartCannotLoad: Story = {
  name: 'Error: the module that reads an indicator cannot load (held)',
  args: { ...fromFixture },
  render: (args) =>
    frame(
      args,
      html`<story-plan-state
        .state=${{
          status: 'error',
          error: new PlanPartLoadError(
            `Indicator "${args.indicator}" cannot be shown: TypeError: Failed to fetch dynamically imported module: https://plans.example.gov.uk/plan-kit/gauge-from-plan-Cx3kq9Zb.js`,
          ),
        }}
        >${gauge(args)}</story-plan-state
      >`,
    ),
  parameters: describeStory(
    'Offline, or the site\'s files changed since the page loaded: the module that reads an indicator (`gauge-from-plan`, loaded when a gauge first has an `indicator`) does not come. The gauge says which indicator it cannot show and why, instead of staying blank; there is no "Try again", as the module stays failed until the page is reloaded. Storybook always has that module, so this story holds the error through a story-only provider (and so fires no `plan-error` of its own): the text is the one a real failure gives.',
  ),
};
