/** <plan-vision>: the vision as a quotation with its source, principles, and a plan without a vision. */
import { expect, fixture, html } from '@open-wc/testing';
import { validatePlan, type Plan } from '@plan-kit/content';
import '@plan-kit/elements/plan-vision.js';
import type { PlanVision } from '@plan-kit/elements/plan-vision.js';
import { axeOptions, shadowText } from '../../../../test/browser/helpers.ts';

const minimalJson = await (await fetch('/test/fixtures/plans/minimal.json')).json();
const minimal = validatePlan(minimalJson).plan as Plan;

async function untilRendered(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(check(), 'rendered in time').to.equal(true);
}

describe('<plan-vision>', () => {
  it('reads as a quotation with its source, with markdown rendered', async () => {
    const el = await fixture<PlanVision>(html`<plan-vision .plan=${minimal}></plan-vision>`);
    await untilRendered(() => Boolean(el.shadowRoot!.querySelector('blockquote em')));
    expect(shadowText(el, 'blockquote')).to.equal('People live well.');
    expect(shadowText(el, 'figcaption')).to.equal('Test County Council, A small test plan. Source: A report to a test committee, 1 January 2024, paragraph 1');
    expect(el.shadowRoot!.querySelector('h2')?.textContent).to.equal('Vision');
  });

  it('shows principles when asked, at the next heading level', async () => {
    const plan = { ...minimal, principles: [{ id: 'p1', text: 'We listen to local people' }] };
    const el = await fixture<PlanVision>(html`<plan-vision .plan=${plan} principles heading-level="3"></plan-vision>`);
    expect(el.shadowRoot!.querySelector('h3')?.textContent).to.equal('Vision');
    expect(el.shadowRoot!.querySelector('h4')?.textContent).to.equal('Principles');
    expect(shadowText(el, '[part="principles"]')).to.equal('We listen to local people');
    await expect(el).to.be.accessible(axeOptions);
  });

  it('says so when the plan states no vision', async () => {
    const el = await fixture<PlanVision>(html`<plan-vision .plan=${{ ...minimal, vision: undefined }}></plan-vision>`);
    expect(shadowText(el, 'section')).to.contain('A small test plan states no separate vision');
  });
});
