import '@plan-kit/elements/plan-timeline.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ALL_PLAN_URLS } from '../../../../stories/support/plans.js';
import { type SetArgs, frame, planOf, plansOf, setArgTypes, attributeArg, describeStory } from '../../../../stories/support/render.js';
import { realPlan, states } from '../../../../stories/support/states.js';

interface Args extends SetArgs {
  ref?: string;
  href?: string;
  'heading-level'?: number;
}

const LINKS = '/plans/{plan}/outcomes/{outcome}/{ref}/';

const meta = {
  title: 'Elements/plan-timeline',
  component: 'plan-timeline',
  argTypes: {
    ...setArgTypes,
    ref: { control: 'text', ...attributeArg },
    href: { control: 'text', ...attributeArg },
    'heading-level': { control: { type: 'number', min: 2, max: 6 }, ...attributeArg },
    today: { control: 'text', description: 'The date marked as today, YYYY-MM-DD (the reader\'s today when empty).', ...attributeArg },
  },
  // A fixed today, so that each story looks the same every day: between the Health committee and the Scrutiny Commission.
  args: { plan: '2022-26', today: '2021-11-12' },
  render: (args) =>
    frame(
      args,
      html`<plan-timeline
        .plan=${planOf(args)}
        .plans=${plansOf(args)}
        src=${ifDefined(args.src)}
        ref=${ifDefined(args.ref)}
        href=${ifDefined(args.href)}
        heading-level=${ifDefined(args['heading-level'])}
        today=${ifDefined(args.today)}
      ></plan-timeline>`,
    ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Plan2022to26: Story = {
  name: '2022-26, today in the consultation (ready)',
  ...realPlan('2022-26'),
  args: { plan: '2022-26', today: '2021-11-12' },
};
export const AllPast: Story = {
  name: 'Today after every entry',
  args: { plan: '2022-26', today: '2026-11-25' },
  parameters: describeStory('Every entry is in the past: today is marked at the end. Entries the sources describe as still to come stay labelled "Planned".'),
};
export const AllFuture: Story = { name: 'Today before every entry', args: { plan: '2022-26', today: '2017-01-01' } };
export const WithLinks: Story = {
  name: `href="${LINKS}"`,
  args: { plan: '2022-26', href: LINKS },
  parameters: describeStory('The items each meeting discussed link to their pages; a long list (the Health committee discussed 16 sub-outcomes) is a disclosure.'),
};
export const AboutSubOutcome: Story = {
  name: 'ref="9.3": the meetings that discussed it',
  args: { plan: '2022-26', ref: '9.3', 'heading-level': 3 },
  parameters: describeStory('Only the entries that decided or discussed sub-outcome 9.3, as on its page of the microsite.'),
};
export const AboutOutcome: Story = { name: 'ref="great-communities" (2017-21)', args: { plan: '2017-21-discussion', ref: 'great-communities', today: '2017-08-01' } };
export const NothingAbout: Story = { name: 'ref with no meetings', args: { plan: '2014-18', ref: 'better-care' } };
export const MissingRef: Story = { name: 'Error: a ref the plan lacks', args: { plan: '2022-26', ref: '99.9' } };
export const Plan2017to21Discussion: Story = { name: '2017-21 discussion paper', ...realPlan('2017-21-discussion'), args: { plan: '2017-21-discussion', today: '2017-07-20' } };
export const Plan2014to18: Story = { name: '2014-18', ...realPlan('2014-18'), args: { plan: '2014-18', today: '2014-05-10' } };
export const AllPlans: Story = {
  name: 'Every plan (.plans)',
  args: { plan: 'none', plans: 'all real plans', href: LINKS, today: '2026-11-25' },
  parameters: describeStory('The three plans\' timelines merged in date order, each entry naming its plan; the County Council\'s approval of 6 December 2017, which two plans record, is shown once.'),
};
export const AllPlansFromSrc: Story = {
  name: 'Every plan (src with three URLs)',
  args: { plan: 'none', src: ALL_PLAN_URLS, today: '2026-11-25' },
  parameters: describeStory(`\`src="${ALL_PLAN_URLS}"\`: several URLs separated by spaces, each loaded once.`),
};
export const NoTimeline: Story = { name: 'Empty: a plan without a timeline', args: { plan: 'many-outcomes' } };
export const FromSrc: Story = { name: 'From src', ...states.fromSrc, args: { ...states.fromSrc.args, today: '2021-11-12' } };
export const Empty: Story = { ...states.empty };
export const Loading: Story = { ...states.loading };
export const LoadingHeld: Story = { name: 'Loading (held)', ...states.loadingHeld };
export const SlowThenReady: Story = { name: 'Slow, then ready', ...states.slow };
export const NotFound: Story = { name: 'Error: 404', ...states.notFound };
export const Invalid: Story = { name: 'Error: invalid plan', ...states.invalid };
export const NotJson: Story = { name: 'Error: broken JSON', ...states.notJson };
export const HtmlPage: Story = { name: 'Error: a web page, not JSON', ...states.htmlPage };
export const LongTitles: Story = { name: 'Long titles', ...states.longTitles, args: { plan: 'long-titles', href: LINKS, today: '2024-03-10' } };
export const ExampleData: Story = { name: 'Minimal fixture', ...states.exampleData, args: { plan: 'minimal', today: '2024-03-01' } };
export const Narrow: Story = { name: 'Narrow (320 px), long titles', ...states.narrow, args: { plan: 'long-titles', width: 320, href: LINKS, today: '2024-03-10' } };
