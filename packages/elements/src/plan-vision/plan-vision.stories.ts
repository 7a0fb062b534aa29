import '@plan-kit/elements/plan-vision.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type CommonArgs, commonArgTypes, frame, planOf } from '../../../../stories/support/render.js';
import { realPlan, states } from '../../../../stories/support/states.js';

interface Args extends CommonArgs {
  principles?: boolean;
  'heading-level'?: number;
}

const meta = {
  title: 'Elements/plan-vision',
  component: 'plan-vision',
  argTypes: {
    ...commonArgTypes,
    principles: { control: 'boolean', table: { category: 'attributes' } },
    'heading-level': { control: { type: 'number', min: 2, max: 6 }, table: { category: 'attributes' } },
  },
  args: { plan: '2022-26', principles: false },
  render: (args) =>
    frame(
      args,
      html`<plan-vision
        .plan=${planOf(args)}
        src=${ifDefined(args.src)}
        ?principles=${args.principles}
        heading-level=${ifDefined(args['heading-level'])}
      ></plan-vision>`,
    ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Plan2022to26: Story = { name: '2022-26 (ready)', ...realPlan('2022-26') };
export const Plan2017to21Discussion: Story = { name: '2017-21 discussion paper, with principles', ...realPlan('2017-21-discussion'), args: { plan: '2017-21-discussion', principles: true } };
export const Plan2014to18: Story = { name: '2014-18 (no separate vision)', ...realPlan('2014-18'), args: { plan: '2014-18', principles: true } };
export const HeadingLevel4: Story = { name: 'heading-level="4"', args: { plan: '2022-26', principles: true, 'heading-level': 4 } };
export const FromSrc: Story = { name: 'From src', ...states.fromSrc };
export const Empty: Story = { ...states.empty };
export const Loading: Story = { ...states.loading };
export const LoadingHeld: Story = { name: 'Loading (held)', ...states.loadingHeld };
export const SlowThenReady: Story = { name: 'Slow, then ready', ...states.slow };
export const NotFound: Story = { name: 'Error: 404', ...states.notFound };
export const Invalid: Story = { name: 'Error: invalid plan', ...states.invalid };
export const NotJson: Story = { name: 'Error: broken JSON', ...states.notJson };
export const HtmlPage: Story = { name: 'Error: a web page, not JSON', ...states.htmlPage };
export const LongTitles: Story = { name: 'Long titles', ...states.longTitles, args: { plan: 'long-titles', principles: true } };
export const ManyOutcomes: Story = { name: 'Many outcomes', ...states.manyOutcomes, args: { plan: 'many-outcomes', principles: true } };
export const ExampleData: Story = { name: 'Example data (minimal fixture)', ...states.exampleData };
export const Narrow: Story = { name: 'Narrow (320 px), long titles', ...states.narrow, args: { plan: 'long-titles', principles: true, width: 320 } };
