import '@plan-kit/elements/plan-consultation.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type CommonArgs, commonArgTypes, frame, planOf, attributeArg, describeStory } from '../../../../stories/support/render.js';
import { realPlan, states } from '../../../../stories/support/states.js';

interface Args extends CommonArgs {
  outcome?: string;
  href?: string;
  'heading-level'?: number;
  today?: string;
}

const LINKS = '/outcomes/{outcome}/';

const meta = {
  title: 'Elements/plan-consultation',
  component: 'plan-consultation',
  argTypes: {
    ...commonArgTypes,
    outcome: { control: 'text', ...attributeArg },
    href: { control: 'text', ...attributeArg },
    'heading-level': { control: { type: 'number', min: 2, max: 6 }, ...attributeArg },
    today: { control: 'text', description: 'The date the status is worked out for, YYYY-MM-DD (the reader\'s today when empty).', ...attributeArg },
  },
  args: { plan: '2017-21-discussion', today: '2026-11-25' },
  render: (args) =>
    frame(
      args,
      html`<plan-consultation
        .plan=${planOf(args)}
        src=${ifDefined(args.src)}
        outcome=${ifDefined(args.outcome)}
        href=${ifDefined(args.href)}
        heading-level=${ifDefined(args['heading-level'])}
        today=${ifDefined(args.today)}
      ></plan-consultation>`,
    ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Plan2017to21Discussion: Story = {
  name: '2017-21: nine questions (ready, closed)',
  ...realPlan('2017-21-discussion'),
  args: { plan: '2017-21-discussion', href: LINKS, today: '2026-11-25' },
};
export const Open: Story = {
  name: 'Open (2022-26, today 1 December 2021)',
  args: { plan: '2022-26', today: '2021-12-01' },
  parameters: describeStory('`today="2021-12-01"`: the 12-week consultation is open, with the date it is worked out for.'),
};
export const Upcoming: Story = { name: 'Upcoming (2022-26, today 26 October 2021)', args: { plan: '2022-26', today: '2021-10-26' } };
export const Closed: Story = { name: 'Closed (2022-26)', args: { plan: '2022-26', today: '2026-11-25' } };
export const Plan2014to18: Story = { name: '2014-18: closed in summer 2013', ...realPlan('2014-18'), args: { plan: '2014-18', today: '2026-11-25' } };
export const OpenWithResponseLink: Story = {
  name: 'Open, with a link to respond (minimal fixture)',
  args: { plan: 'minimal', today: '2024-03-01' },
  parameters: describeStory('The fixture gives `responseUrl`: while the consultation is open, a link to respond; before and after, a link to its page.'),
};
export const UpcomingWithResponseLink: Story = { name: 'Upcoming, with the page to respond on', args: { plan: 'minimal', today: '2024-01-15' } };
export const AboutOutcome: Story = {
  name: 'outcome="strong-economy": the question about it',
  args: { plan: '2017-21-discussion', outcome: 'strong-economy', 'heading-level': 3 },
  parameters: describeStory('Only the question about one outcome (the 2017 paper asks one about each, questions 4 to 8), as on the outcome\'s page.'),
};
export const MissingOutcome: Story = { name: 'Error: an outcome the plan lacks', args: { plan: '2017-21-discussion', outcome: 'no-such-outcome' } };
export const NoConsultation: Story = { name: 'Empty: a plan without a consultation', args: { plan: 'many-outcomes' } };
export const FromSrc: Story = { name: 'From src', ...states.fromSrc, args: { ...states.fromSrc.args, today: '2021-12-01' } };
export const Empty: Story = { ...states.empty };
export const Loading: Story = { ...states.loading };
export const LoadingHeld: Story = { name: 'Loading (held)', ...states.loadingHeld };
export const SlowThenReady: Story = { name: 'Slow, then ready', ...states.slow };
export const NotFound: Story = { name: 'Error: 404', ...states.notFound };
export const Invalid: Story = { name: 'Error: invalid plan', ...states.invalid };
export const NotJson: Story = { name: 'Error: broken JSON', ...states.notJson };
export const HtmlPage: Story = { name: 'Error: a web page, not JSON', ...states.htmlPage };
export const LongTitles: Story = { name: 'Long titles', ...states.longTitles, args: { plan: 'long-titles', href: LINKS, today: '2024-05-01' } };
export const Narrow: Story = { name: 'Narrow (320 px), long titles', ...states.narrow, args: { plan: 'long-titles', width: 320, today: '2024-05-01' } };
