import '@plan-kit/elements/plan-lineage.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ALL_PLAN_URLS } from '../../../../stories/support/plans.js';
import { type SetArgs, frame, planOf, plansOf, setArgTypes, attributeArg, describeStory } from '../../../../stories/support/render.js';
import { states } from '../../../../stories/support/states.js';

interface Args extends SetArgs {
  from?: string;
  to?: string;
  href?: string;
  'heading-level'?: number;
}

const LINKS = '/plans/{plan}/outcomes/{outcome}/{ref}/';

const meta = {
  title: 'Elements/plan-lineage',
  component: 'plan-lineage',
  argTypes: {
    ...setArgTypes,
    from: { control: 'text', ...attributeArg },
    to: { control: 'text', ...attributeArg },
    href: { control: 'text', ...attributeArg },
    'heading-level': { control: { type: 'number', min: 2, max: 6 }, ...attributeArg },
  },
  args: { plan: 'none', plans: 'all real plans' },
  parameters: { layout: 'padded' },
  render: (args) =>
    frame(
      args,
      html`<plan-lineage
        .plan=${planOf(args)}
        .plans=${plansOf(args)}
        src=${ifDefined(args.src)}
        from=${ifDefined(args.from)}
        to=${ifDefined(args.to)}
        href=${ifDefined(args.href)}
        heading-level=${ifDefined(args['heading-level'])}
      ></plan-lineage>`,
    ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const AllPlans: Story = {
  name: 'Every plan (ready)',
  args: { plans: 'all real plans', href: LINKS },
  parameters: describeStory(
    'The three real plans: the diagram (where the element is wide enough) and, for each pair of plans next to each other, what continues, continues in part, was split, merged or dropped, and what is new, each link marked "Editorial" with its reason.',
  ),
};
export const Compare2014and2022: Story = {
  name: 'from="2014-18" to="2022-26" (through 2017-21)',
  args: { plans: 'all real plans', from: '2014-18', to: '2022-26', href: LINKS },
  parameters: describeStory('Two plans compared through the plan between: each way is a link into 2017-21, with the links that follow it nested under it.'),
};
export const Compare2017and2022: Story = { name: 'from="2017-21-discussion" to="2022-26"', args: { plans: 'the last two real plans', from: '2017-21-discussion', to: '2022-26' } };
export const MissingPlan: Story = {
  name: 'A plan the links name is not given',
  args: { plans: 'none', plan: '2022-26' },
  parameters: describeStory('Only the 2022-26 plan: its links come from the 2017 paper, whose outcomes are named by their ids, and the element says so.'),
};
export const NoLineage: Story = { name: 'Empty: a plan that links to no earlier one', args: { plans: 'none', plan: '2014-18' } };
export const WrongFrom: Story = { name: 'Error: from names a plan not given', args: { plans: 'the last two real plans', from: '2010-14', to: '2022-26' } };
export const AllPlansFromSrc: Story = {
  name: 'Every plan (src with three URLs)',
  args: { plans: 'none', src: ALL_PLAN_URLS },
  parameters: describeStory(`\`src="${ALL_PLAN_URLS}"\`: several URLs separated by spaces, each loaded once.`),
};
export const Empty: Story = { ...states.empty, args: { plans: 'none', plan: 'none' } };
export const Loading: Story = { ...states.loading, args: { ...states.loading.args, plans: 'none' } };
export const LoadingHeld: Story = { name: 'Loading (held)', ...states.loadingHeld, args: { ...states.loadingHeld.args, plans: 'none' } };
export const SlowThenReady: Story = { name: 'Slow, then ready', ...states.slow, args: { ...states.slow.args, plans: 'none' } };
export const NotFound: Story = { name: 'Error: 404', ...states.notFound, args: { ...states.notFound.args, plans: 'none' } };
export const Invalid: Story = { name: 'Error: invalid plan', ...states.invalid, args: { ...states.invalid.args, plans: 'none' } };
export const NotJson: Story = { name: 'Error: broken JSON', ...states.notJson, args: { ...states.notJson.args, plans: 'none' } };
export const HtmlPage: Story = { name: 'Error: a web page, not JSON', ...states.htmlPage, args: { ...states.htmlPage.args, plans: 'none' } };
export const LongTitles: Story = { name: 'Long titles', ...states.longTitles, args: { plan: 'none', plans: 'minimal and long-titles', href: LINKS } };
export const ManyOutcomes: Story = {
  name: 'Many outcomes (4 → 12)',
  ...states.manyOutcomes,
  args: { plan: 'none', plans: 'long-titles and many-outcomes' },
};
export const Narrow: Story = {
  name: 'Narrow (320 px): the list only',
  ...states.narrow,
  args: { plans: 'all real plans', width: 320, href: LINKS },
  parameters: { ...states.narrow.parameters, ...describeStory('In a 320 CSS px column there is no room for the diagram: the list, which says the same, is all that is shown.') },
};
