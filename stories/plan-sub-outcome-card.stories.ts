import '@plan-kit/elements/plan-sub-outcome-card.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { realPlans, refIn } from './support/plans.js';
import { type CommonArgs, commonArgTypes, frame, planOf, describeStory } from './support/render.js';
import { realPlan, states } from './support/states.js';

interface Args extends CommonArgs {
  ref?: string;
  href?: string;
  'heading-level'?: number;
  'open-actions'?: boolean;
  'hide-indicators'?: boolean;
}

const LINKS = '/outcomes/{outcome}/#{ref}';

const meta = {
  title: 'Elements/plan-sub-outcome-card',
  component: 'plan-sub-outcome-card',
  argTypes: {
    ...commonArgTypes,
    ref: { control: 'text', table: { category: 'attributes' } },
    href: { control: 'text', table: { category: 'attributes' } },
    'heading-level': { control: { type: 'number', min: 2, max: 6 }, table: { category: 'attributes' } },
    'open-actions': { control: 'boolean', table: { category: 'attributes' } },
    'hide-indicators': { control: 'boolean', table: { category: 'attributes' } },
  },
  args: { plan: '2022-26', ref: '9.3', 'open-actions': false },
  render: (args) =>
    frame(
      args,
      html`<plan-sub-outcome-card
        .plan=${planOf(args)}
        src=${ifDefined(args.src)}
        ref=${ifDefined(args.ref)}
        href=${ifDefined(args.href)}
        heading-level=${ifDefined(args['heading-level'])}
        ?open-actions=${args['open-actions']}
        ?hide-indicators=${args['hide-indicators']}
      ></plan-sub-outcome-card>`,
    ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Plan2022to26: Story = {
  name: '2022-26, ref="9.3" (ready)',
  ...realPlan('2022-26'),
  args: { plan: '2022-26', ref: '9.3' },
};
export const DirectActionsAndNotes: Story = {
  name: '2022-26, ref="8.4": what the source includes, with its notes',
  args: { plan: '2022-26', ref: '8.4' },
  parameters: describeStory(
    'The Health report names no aim for 8.4: it says the sub-outcome "sets out how the Council will help to ensure …". The card shows that as the source words it, under "What the sources say it includes", with each source\'s note.',
  ),
};
export const DirectCommitment: Story = {
  name: '2022-26, ref="7.3": a commitment, not an aim',
  args: { plan: '2022-26', ref: '7.3' },
  parameters: describeStory('"A commitment for the Council to …" (Health report, paragraph 15), shown as a commitment.'),
};
export const AimsCitedEach: Story = {
  name: '2022-26, ref="7.1": aims with citations of their own, each cited',
  args: { plan: '2022-26', ref: '7.1' },
  parameters: describeStory('Where every aim has the same citation (9.3: one paragraph, no notes), the card cites it once, after the aims; here each aim\'s citation has its own note, so each aim is cited.'),
};
export const DeliveryEveryStatus: Story = {
  name: 'delivery: every status, with reasons, due dates, owners and latest updates',
  args: { plan: 'delivery', ref: '1.1', 'open-actions': true },
  parameters: describeStory(
    'Each action with a delivery record shows its status in words (not started, in progress, completed, delayed, changed, stopped), the reason where it is delayed, changed or stopped, its due date and owner, and its latest update. An action without a record shows its text alone.',
  ),
};
export const DeliveryExample: Story = {
  name: '2022-26, ref="9.3": example delivery records, labelled "Example"',
  args: { plan: '2022-26', ref: '9.3', 'open-actions': true },
  parameters: describeStory('The sources give no delivery: the 2022-26 plan\'s records are examples, each labelled "Example" (the page says once what that means).'),
};
export const DeliveryCommitment: Story = {
  name: '2022-26, ref="8.5": a commitment with its delivery (changed, with its reason)',
  args: { plan: '2022-26', ref: '8.5' },
};
export const OpenActions: Story = { name: 'open-actions', args: { plan: '2022-26', ref: '9.3', 'open-actions': true } };
export const HideIndicators: Story = {
  name: 'hide-indicators',
  args: { plan: '2022-26', ref: '9.3', 'hide-indicators': true },
  parameters: describeStory('For a page that lists the indicators itself (the site\'s sub-outcome pages): the roll-up of their statuses stays, the gauges and figures go.'),
};
export const WithLinks: Story = { name: `href="${LINKS}", heading-level="2"`, args: { plan: '2022-26', ref: '9.3', href: LINKS, 'heading-level': 2 } };
export const Plan2017to21Discussion: Story = {
  name: '2017-21 discussion paper',
  ...realPlan('2017-21-discussion'),
  args: { plan: '2017-21-discussion', ref: refIn(realPlans['2017-21-discussion']) },
};
export const Plan2014to18: Story = {
  name: '2014-18 (lists no priorities: error)',
  args: { plan: '2014-18', ref: '1.1' },
  parameters: describeStory('The 2014-18 plan states only counts of priorities, so there is no card to show: the element says so.'),
};
export const MissingRef: Story = {
  name: 'Error: a ref the plan lacks',
  args: { plan: '2022-26', ref: '99.9' },
  parameters: describeStory('`ref="99.9"`: the element names the reference and lists the ones the plan has, and fires `plan-error`.'),
};
export const NoRef: Story = {
  name: 'Error: no ref',
  args: { plan: '2022-26', ref: undefined },
  parameters: describeStory('Without `ref` the element says which attribute to set.'),
};
export const FromSrc: Story = { name: 'From src', ...states.fromSrc };
export const Empty: Story = { ...states.empty };
export const Loading: Story = { ...states.loading };
export const LoadingHeld: Story = { name: 'Loading (held)', ...states.loadingHeld };
export const SlowThenReady: Story = { name: 'Slow, then ready', ...states.slow };
export const NotFound: Story = { name: 'Error: 404', ...states.notFound };
export const Invalid: Story = { name: 'Error: invalid plan', ...states.invalid };
export const NotJson: Story = { name: 'Error: broken JSON', ...states.notJson };
export const HtmlPage: Story = { name: 'Error: a web page, not JSON', ...states.htmlPage };
export const LongTitles: Story = { name: 'Long titles', ...states.longTitles, args: { plan: 'long-titles', ref: '1.1', href: LINKS, 'open-actions': true } };
export const LongWordTitle: Story = { name: 'Long titles: one unbroken word', ...states.longTitles, args: { plan: 'long-titles', ref: '2.2' } };
export const ManyOutcomes: Story = {
  name: 'Many outcomes: 9.3, four indicators',
  ...states.manyOutcomes,
  args: { plan: 'many-outcomes', ref: '9.3' },
};
export const ExampleData: Story = { name: 'Example data (minimal fixture)', ...states.exampleData, args: { plan: 'minimal', ref: '1.1' } };
export const ImportedFigures: Story = {
  name: 'Council figures imported into example data',
  ...states.importedFigures,
  args: { plan: 'imported-figures', ref: '1.1' },
};
export const Narrow: Story = { name: 'Narrow (320 px), long titles', ...states.narrow, args: { plan: 'long-titles', ref: '1.1', width: 320 } };
