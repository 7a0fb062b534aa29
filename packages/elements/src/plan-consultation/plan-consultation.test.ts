/** <plan-consultation>: upcoming, open or closed as of today, its questions in order, and forced colours. */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { validatePlan, type Plan } from '@plan-kit/content';
import '@plan-kit/elements/plan-consultation.js';
import type { PlanConsultation } from '@plan-kit/elements/plan-consultation.js';
import { axeOptions, emulateForcedColors, expectNoSidewaysScroll, shadowText, shadowTexts, textsIn } from '../../../../test/browser/helpers.ts';

async function load(path: string): Promise<Plan> {
  return validatePlan(await (await fetch(path)).json()).plan as Plan;
}

const minimal = await load('/test/fixtures/plans/minimal.json');
const plan2017 = await load('/content/plans/2017-21-discussion.json');
const plan2022 = await load('/content/plans/2022-26.json');

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
  await emulateForcedColors(false);
});

describe('<plan-consultation>', () => {
  it('is upcoming, open or closed as of today, and links to the response page while it is open', async () => {
    const el = await fixture<PlanConsultation>(html`<plan-consultation .plan=${minimal} today="2024-01-15"></plan-consultation>`);
    expect(shadowText(el, '[part="status"]')).to.equal('Upcoming It opens on 1 February 2024. (as at 15 January 2024)');
    expect(shadowText(el, '.respond')).to.equal("Responses can be made from 1 February 2024: the consultation's page");
    el.today = '2024-03-31';
    await el.updateComplete;
    expect(shadowText(el, '[part="status"]')).to.equal('Open Until 31 March 2024. (as at 31 March 2024)');
    const respond = el.shadowRoot!.querySelector('a[part="respond"]')!;
    expect([respond.textContent, respond.getAttribute('href')]).to.deep.equal(['Respond to the consultation', 'https://example.org/respond']);
    expect(shadowTexts(el, '[part="dates"] dt')).to.deep.equal(['Opened', 'Closes']);
    await expect(el).to.be.accessible(axeOptions);
    el.today = '2024-04-01';
    await el.updateComplete;
    expect(shadowText(el, '[part="status"]')).to.equal('Closed It closed on 31 March 2024.');
    expect(shadowTexts(el, '[part="dates"] dt')).to.deep.equal(['Opened', 'Closed']);
    await expect(el).to.be.accessible(axeOptions);
  });

  it('takes the reader\'s today when today is not a date', async () => {
    const el = await fixture<PlanConsultation>(html`<plan-consultation .plan=${minimal} today="soon"></plan-consultation>`);
    // The fixture's consultation closed in 2024.
    expect(shadowText(el, '[part="status"]')).to.equal('Closed It closed on 31 March 2024.');
  });

  it('never links a response URL with an unsafe scheme', async () => {
    const plan = { ...minimal, consultation: { ...minimal.consultation!, responseUrl: 'javascript:alert(1)' } };
    const el = await fixture<PlanConsultation>(html`<plan-consultation .plan=${plan} today="2024-03-01"></plan-consultation>`);
    expect(el.shadowRoot!.querySelector('[part="respond"]')).to.equal(null);
  });

  it('lists the questions in order, numbered as the source numbers them, with their sub-questions and the outcome each asks about', async () => {
    const el = await fixture<PlanConsultation>(html`<plan-consultation .plan=${plan2017} href="/o/{outcome}/"></plan-consultation>`);
    const numbers = shadowTexts(el, '.question-text .number');
    expect(numbers).to.deep.equal(['Question 1:', 'Question 2:', 'Question 3:', 'Question 4:', 'Question 5:', 'Question 6:', 'Question 7:', 'Question 8:', 'Question 9:']);
    const q4 = el.shadowRoot!.querySelectorAll('[part="question"]')[3]!;
    expect(q4.querySelector('.about a')!.getAttribute('href')).to.equal('/o/strong-economy/');
    expect(textsIn(q4, '.sub-questions li')).to.deep.equal([
      'a) Is there anything else you think we should consider?',
      'b) How well does this align with your own organisational strategy?',
    ]);
    // The sources give the 2017 engagement only as planned ("will be undertaken"): its past dates do not make it closed.
    expect(shadowText(el, '[part="status"]')).to.equal('Planned It was planned to close in August 2017; the sources do not say that it took place.');
    expect(shadowTexts(el, '[part="dates"] dt')).to.deep.equal(['Planned to open', 'Planned to close', 'When']);
    expect(shadowTexts(el, '.methods li')).to.have.length(2);
    await expect(el).to.be.accessible(axeOptions);
  });

  it('with outcome, shows only the questions about that outcome', async () => {
    const el = await fixture<PlanConsultation>(html`<plan-consultation .plan=${plan2017} outcome="great-communities" heading-level="3"></plan-consultation>`);
    expect(shadowText(el, 'h4')).to.equal('Questions about Great Communities');
    expect(shadowTexts(el, '.question-text')).to.deep.equal(['Question 7: Do you agree that the priorities identified will help to deliver the strategic outcome?']);
    expect(el.shadowRoot!.querySelector('.methods')).to.equal(null);
    el.outcome = 'O5';
    await el.updateComplete;
    expect(shadowTexts(el, '.question-text .number')).to.deep.equal(['Question 8:']);
    el.outcome = 'no-such-outcome';
    await el.updateComplete;
    expect(shadowText(el, '[part="error"]')).to.contain('has no strategic outcome "no-such-outcome"');
  });

  it('says so when a plan has no consultation, or none with a closing date', async () => {
    const none = await fixture<PlanConsultation>(html`<plan-consultation .plan=${{ ...minimal, consultation: undefined }}></plan-consultation>`);
    expect(shadowText(none, '.none')).to.equal('A small test plan: the sources describe no consultation.');
    const openEnded = { ...minimal, consultation: { title: 'Summer survey', opens: '2013', period: 'summer 2013' } };
    const el = await fixture<PlanConsultation>(html`<plan-consultation .plan=${openEnded} today="2026-01-01"></plan-consultation>`);
    expect(shadowText(el, '[part="status"]')).to.equal('It opened in 2013. The sources give no closing date.');
    await expect(el).to.be.accessible(axeOptions);
  });

  it('reflows at 320 CSS px and with 200% text', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PlanConsultation>(html`<plan-consultation .plan=${plan2017}></plan-consultation>`);
    expectNoSidewaysScroll(el, 320);
    await setViewport({ width: 640, height: 800 });
    const wrapper = await fixture(html`<div style="font-size: 200%"><plan-consultation .plan=${plan2022}></plan-consultation></div>`);
    expectNoSidewaysScroll(wrapper.querySelector('plan-consultation')!, 640);
  });

  it('keeps the open status readable in forced colours', async () => {
    await emulateForcedColors(true);
    const el = await fixture<PlanConsultation>(html`<plan-consultation .plan=${minimal} today="2024-03-01"></plan-consultation>`);
    const tag = getComputedStyle(el.shadowRoot!.querySelector('.status-tag')!);
    expect(tag.color).to.not.equal(tag.backgroundColor);
  });
});
