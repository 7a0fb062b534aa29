import '@plan-kit/elements/plan-outcomes-matrix.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type CommonArgs, commonArgTypes, frame, planOf, describeStory } from '../../../../stories/support/render.js';
import { realPlan, states } from '../../../../stories/support/states.js';

interface Args extends CommonArgs {
  href?: string;
  'heading-level'?: number;
}

const LINKS = '/outcomes/{outcome}/#{ref}';

const meta = {
  title: 'Elements/plan-outcomes-matrix',
  component: 'plan-outcomes-matrix',
  argTypes: {
    ...commonArgTypes,
    href: { control: 'text', table: { category: 'attributes' } },
    'heading-level': { control: { type: 'number', min: 2, max: 6 }, table: { category: 'attributes' } },
  },
  args: { plan: '2022-26' },
  render: (args) =>
    frame(
      args,
      html`<plan-outcomes-matrix
        .plan=${planOf(args)}
        src=${ifDefined(args.src)}
        href=${ifDefined(args.href)}
        heading-level=${ifDefined(args['heading-level'])}
      ></plan-outcomes-matrix>`,
    ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Plan2022to26: Story = { name: '2022-26 (ready)', ...realPlan('2022-26') };
export const Plan2017to21Discussion: Story = { name: '2017-21 discussion paper', ...realPlan('2017-21-discussion') };
export const Plan2014to18: Story = {
  name: '2014-18 (counts only)',
  args: { plan: '2014-18' },
  parameters: describeStory('The 2014-18 plan states how many supporting priorities each theme has without listing them: the matrix shows the counts.'),
};
export const WithLinks: Story = {
  name: `href="${LINKS}"`,
  args: { plan: '2022-26', href: LINKS },
  parameters: describeStory('Outcomes and sub-outcomes link to pages through a URL template: `{plan}`, `{outcome}`, `{number}`, `{subOutcome}`, `{ref}`.'),
};
export const UnsafeLinkTemplate: Story = {
  name: 'href with a javascript: URL (no links)',
  args: { plan: '2022-26', href: 'javascript:alert({ref})' },
  parameters: describeStory('A template whose URLs fail the scheme check produces no links at all.'),
};
export const HeadingLevel3: Story = { name: 'heading-level="3", narrow', args: { plan: '2022-26', 'heading-level': 3, width: 480 } };
export const Narrow: Story = { name: 'Narrow (320 px)', ...states.narrow, args: { plan: '2022-26', width: 320, href: LINKS } };
export const Themed: Story = {
  name: 'Themed (--plan-* and ::part)',
  args: { plan: '2017-21-discussion', href: LINKS },
  parameters: describeStory('Custom properties set on an ancestor, named parts styled from the page, and the page\'s font inherited.'),
  render: (args) => html`<style>
      .themed {
        font-family: Georgia, serif;
        --plan-color-text: #1b1b1b;
        --plan-color-link: #00703c;
        --plan-color-accent: #00703c;
        --plan-color-surface: #eef7f1;
      }
      .themed plan-outcomes-matrix::part(link) {
        text-decoration-style: dotted;
      }
    </style>
    <div class="themed">
      ${frame(args, html`<plan-outcomes-matrix .plan=${planOf(args)} href=${ifDefined(args.href)}></plan-outcomes-matrix>`)}
    </div>`,
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
export const LongTitles: Story = { name: 'Long titles', ...states.longTitles, args: { plan: 'long-titles', href: LINKS } };
export const LongTitlesNarrow: Story = { name: 'Long titles, narrow (320 px)', ...states.narrow, args: { plan: 'long-titles', width: 320 } };
export const ManyOutcomes: Story = { name: 'Many outcomes (12 × 6)', ...states.manyOutcomes, args: { plan: 'many-outcomes', href: LINKS } };
export const ExampleData: Story = { name: 'Example data (minimal fixture)', ...states.exampleData };
