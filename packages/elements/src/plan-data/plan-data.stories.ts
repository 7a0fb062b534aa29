import '@plan-kit/elements/plan-data.js';
import '@plan-kit/elements/plan-outcomes-matrix.js';
import '@plan-kit/elements/plan-progress-gauge.js';
import '@plan-kit/elements/plan-sub-outcome-card.js';
import '@plan-kit/elements/plan-vision.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defaultPlanId, indicatorIn, plans, refIn } from '../../../../stories/support/plans.js';
import { type CommonArgs, commonArgTypes, frame, planOf } from '../../../../stories/support/render.js';
import { states } from '../../../../stories/support/states.js';

interface Args extends CommonArgs {
  /** The sub-outcome the card inside shows. */
  ref?: string;
  /** The indicator the gauge inside shows. */
  indicator?: string;
}

/** The plan a story's elements are about, whether given as a property or by src. */
function planFor(args: Args) {
  const fromSrc = /([^/]+)\.json$/.exec(args.src ?? '')?.[1];
  return planOf(args) ?? (fromSrc ? plans[fromSrc] : undefined);
}

const meta = {
  title: 'Elements/plan-data',
  component: 'plan-data',
  argTypes: {
    ...commonArgTypes,
    ref: { control: 'text', description: 'Story only: the `ref` of the card inside.', table: { category: 'story' } },
    indicator: { control: 'text', description: 'Story only: the `indicator` of the gauge inside.', table: { category: 'story' } },
  },
  args: { plan: 'none', src: `plans/${defaultPlanId}.json` },
  parameters: {
    docs: {
      description: {
        component:
          '`<plan-data src>` loads a plan once and gives it to every plan-kit element inside it. These stories place a vision, a matrix, a sub-outcome card and a gauge inside one `<plan-data>`: one request, one `plan-load` (or `plan-error`) event.',
      },
    },
  },
  render: (args) => {
    const plan = planFor(args);
    const ref = args.ref ?? refIn(plan, '9.3');
    const indicator = args.indicator ?? indicatorIn(plan);
    return frame(
      args,
      html`<plan-data .plan=${planOf(args)} src=${ifDefined(args.src)}>
        <plan-vision principles></plan-vision>
        <plan-outcomes-matrix href="/outcomes/{outcome}/#{ref}"></plan-outcomes-matrix>
        ${ref ? html`<plan-sub-outcome-card ref=${ref}></plan-sub-outcome-card>` : ''}
        ${indicator ? html`<plan-progress-gauge indicator=${indicator}></plan-progress-gauge>` : ''}
      </plan-data>`,
    );
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const FromSrc: Story = { name: 'From src (ready)', ...states.fromSrc };
export const Plan2017to21Discussion: Story = { name: '2017-21 discussion paper, by src', args: { src: 'plans/2017-21-discussion.json' } };
export const Plan2014to18: Story = { name: '2014-18, by src', args: { src: 'plans/2014-18.json' } };
export const AsProperty: Story = { name: 'Plan as a property', args: { plan: defaultPlanId, src: undefined } };
export const Empty: Story = { ...states.empty, args: { plan: 'none', src: undefined } };
export const Loading: Story = { ...states.loading };
export const SlowThenReady: Story = { name: 'Slow, then ready', ...states.slow };
export const NotFound: Story = { name: 'Error: 404', ...states.notFound };
export const Invalid: Story = { name: 'Error: invalid plan', ...states.invalid };
export const NotJson: Story = { name: 'Error: broken JSON', ...states.notJson };
export const LongTitles: Story = { name: 'Long titles', ...states.longTitles, args: { plan: 'none', src: 'fixtures/long-titles.json', ref: '1.1' } };
export const ManyOutcomes: Story = { name: 'Many outcomes', ...states.manyOutcomes, args: { plan: 'none', src: 'fixtures/many-outcomes.json', ref: '9.3' } };
export const ExampleData: Story = { name: 'Example data (minimal fixture)', ...states.exampleData, args: { plan: 'none', src: 'fixtures/minimal.json', ref: '1.1' } };
