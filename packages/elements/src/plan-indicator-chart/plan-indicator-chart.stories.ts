import '@plan-kit/elements/plan-indicator-chart.js';
import { type Plan, allIndicators } from '@plan-kit/content';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { indicatorIn, plans } from '../../../../stories/support/plans.js';
import { type CommonArgs, commonArgTypes, frame, planOf, attributeArg, describeStory } from '../../../../stories/support/render.js';
import { realPlan, states } from '../../../../stories/support/states.js';

interface Args extends CommonArgs {
  indicator?: string;
}

const meta = {
  title: 'Elements/plan-indicator-chart',
  component: 'plan-indicator-chart',
  argTypes: {
    ...commonArgTypes,
    indicator: { control: 'text', ...attributeArg },
  },
  args: { plan: '2022-26', indicator: 'young-people-neet' },
  render: (args) =>
    frame(
      args,
      html`<plan-indicator-chart .plan=${planOf(args)} src=${ifDefined(args.src)} indicator=${ifDefined(args.indicator)}></plan-indicator-chart>`,
    ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const fromFixture = { indicator: 'healthy-weight-adults' };

export const LowerIsBetter: Story = {
  name: '2022-26: lower is better (ready)',
  ...realPlan('2022-26'),
  args: { plan: '2022-26', indicator: 'young-people-neet' },
};
export const HigherIsBetter: Story = {
  name: '2022-26: higher is better',
  args: { plan: '2022-26', indicator: indicatorIn(plans['2022-26'], 'good-level-of-development') },
};
export const UnitInWords: Story = {
  name: '2022-26: a unit in words (years), said above the drawing',
  args: { plan: '2022-26', indicator: indicatorIn(plans['2022-26'], 'healthy-life-expectancy') },
};
export const ExampleData: Story = { name: 'Example figures (hollow marks)', ...states.exampleData, args: { ...states.exampleData.args, ...fromFixture } };
export const ImportedFigures: Story = {
  name: 'Council and example figures mixed',
  ...states.importedFigures,
  args: { ...states.importedFigures.args, ...fromFixture },
};
export const Narrow: Story = { name: 'In 320 px', ...states.narrow, args: { plan: '2022-26', indicator: 'young-people-neet', width: 320 } };
export const ManyOutcomes: Story = {
  ...states.manyOutcomes,
  args: { ...states.manyOutcomes.args, indicator: indicatorIn(plans['many-outcomes']) },
};
export const LongTitles: Story = { ...states.longTitles, args: { ...states.longTitles.args, indicator: indicatorIn(plans['long-titles']) } };
export const MissingIndicator: Story = {
  name: 'Error: no such indicator',
  args: { plan: '2022-26', indicator: 'no-such-indicator' },
  parameters: describeStory('An `indicator` the plan does not have: the element says which plan lacks which id, and fires `plan-error`.'),
};
/** 2022-26 with the NEET figures a hostile or mistaken edit could give: too small for round axis values. */
function withTinyFigures(plan: Plan): Plan {
  const copy = structuredClone(plan);
  const { indicator } = [...allIndicators(copy)].find((found) => found.indicator.id === 'young-people-neet')!;
  indicator.history = [
    { date: '2022-03', value: 5e-324 },
    { date: '2023-03', value: 1e-323 },
  ];
  Object.assign(indicator, { baseline: undefined, target: undefined, min: undefined, max: undefined });
  return copy;
}
export const TinyFigures: Story = {
  name: 'Figures too small for axis values (5e-324)',
  args: { plan: '2022-26', indicator: 'young-people-neet' },
  render: (args) =>
    frame(args, html`<plan-indicator-chart .plan=${withTinyFigures(planOf(args)!)} indicator=${ifDefined(args.indicator)}></plan-indicator-chart>`),
  parameters: describeStory(
    'Figures so small (5e-324, the smallest a number can be) that no round values fit the axis between them: the drawing shows the figures with no value ticks, and says them in words and in the table, instead of failing.',
  ),
};
export const Empty: Story = { ...states.empty, args: { ...states.empty.args, indicator: 'young-people-neet' } };
export const FromSrc: Story = { name: 'From src', args: { plan: 'none', src: 'fixtures/minimal.json', ...fromFixture } };
export const Loading: Story = { ...states.loading, args: { ...states.loading.args, ...fromFixture } };
export const LoadingHeld: Story = { name: 'Loading (held)', ...states.loadingHeld, args: { ...states.loadingHeld.args, ...fromFixture } };
export const NotFound: Story = { name: 'Error: 404', ...states.notFound, args: { ...states.notFound.args, ...fromFixture } };
export const Invalid: Story = { name: 'Error: invalid plan', ...states.invalid, args: { ...states.invalid.args, ...fromFixture } };
