import '@plan-kit/elements/plan-scorecard.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type CommonArgs, commonArgTypes, frame, planOf, attributeArg, describeStory } from '../../../../stories/support/render.js';
import { realPlan, states } from '../../../../stories/support/states.js';

interface Args extends CommonArgs {
  outcome?: string;
  ref?: string;
}

const meta = {
  title: 'Elements/plan-scorecard',
  component: 'plan-scorecard',
  argTypes: {
    ...commonArgTypes,
    outcome: { control: 'text', ...attributeArg },
    ref: { control: 'text', ...attributeArg },
  },
  args: { plan: '2022-26' },
  render: (args) =>
    frame(
      args,
      html`<plan-scorecard .plan=${planOf(args)} src=${ifDefined(args.src)} outcome=${ifDefined(args.outcome)} ref=${ifDefined(args.ref)}></plan-scorecard>`,
    ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const WholePlan: Story = { name: '2022-26, every indicator (ready)', ...realPlan('2022-26') };
export const OneOutcome: Story = {
  name: 'One outcome (outcome="9")',
  args: { plan: '2022-26', outcome: '9' },
  parameters: describeStory('Only the indicators of outcome 9, "Keeping people safe and well".'),
};
export const OneSubOutcome: Story = { name: 'One sub-outcome (ref="9.3")', args: { plan: '2022-26', ref: '9.3' } };
export const NoIndicators: Story = {
  name: 'A plan without indicators',
  args: { plan: '2014-18' },
  parameters: describeStory('The 2014-18 plan names no indicators: the element says so rather than showing an empty table.'),
};
export const ExampleData: Story = { ...states.exampleData };
export const ImportedFigures: Story = { ...states.importedFigures };
export const ManyOutcomes: Story = { ...states.manyOutcomes };
export const LongTitles: Story = { ...states.longTitles };
export const Narrow: Story = { name: 'In 320 px', ...states.narrow, args: { plan: '2022-26', width: 320 } };
export const MissingRef: Story = { name: 'Error: no such sub-outcome', args: { plan: '2022-26', ref: '9.9' } };
export const Empty: Story = { ...states.empty };
export const FromSrc: Story = { ...states.fromSrc };
export const Loading: Story = { ...states.loading };
export const LoadingHeld: Story = { name: 'Loading (held)', ...states.loadingHeld };
export const NotFound: Story = { name: 'Error: 404', ...states.notFound };
export const Invalid: Story = { name: 'Error: invalid plan', ...states.invalid };
