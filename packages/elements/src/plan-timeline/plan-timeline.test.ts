/** <plan-timeline>: dated entries in order with today between past and future, links, filters by ref, several plans. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { clearPlanCache, validatePlan, type Plan } from '@plan-kit/content';
import '@plan-kit/elements/plan-timeline.js';
import type { PlanTimeline } from '@plan-kit/elements/plan-timeline.js';
import { axeOptions, emulateForcedColors, expectNoSidewaysScroll, nextEvent, shadowText, shadowTexts, textOf } from '../../../../test/browser/helpers.ts';

async function load(path: string): Promise<Plan> {
  return validatePlan(await (await fetch(path)).json()).plan as Plan;
}

const minimal = await load('/test/fixtures/plans/minimal.json');
const plan2014 = await load('/content/plans/2014-18.json');
const plan2017 = await load('/content/plans/2017-21-discussion.json');
const plan2022 = await load('/content/plans/2022-26.json');
const ALL_SRC = ['/content/plans/2014-18.json', '/content/plans/2017-21-discussion.json', '/content/plans/2022-26.json'].join(' ');

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
  await emulateForcedColors(false);
});

describe('<plan-timeline>', () => {
  it('lists the entries in date order with dates in <time>, kind and body, sources, and today between past and future', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline .plan=${plan2022} today="2021-11-12"></plan-timeline>`);
    const items = [...el.shadowRoot!.querySelectorAll('ol[part="list"] > li')];
    const now = items.findIndex((li) => li.matches('[part="now"]'));
    expect(shadowText(el, '[part="now"]')).to.equal('Today, 12 November 2021');
    expect(el.shadowRoot!.querySelector('[part="now"]')!.getAttribute('aria-current')).to.equal('date');
    expect(el.shadowRoot!.querySelector('[part="now"] time')!.getAttribute('datetime')).to.equal('2021-11-12');
    // The Health committee (10 November) is before today, the Scrutiny Commission (17 November) after.
    expect(items[now - 1]!.textContent).to.contain('Health Overview and Scrutiny Committee is asked for its views');
    expect(items[now + 1]!.textContent).to.contain('Scrutiny Commission reviews the draft Plan');
    expect(items[now + 1]!.classList.contains('upcoming')).to.equal(true);
    const first = items[0]!;
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2017-12-06');
    expect(textOf(first.querySelector('.what'))).to.equal('Decision: County Council');
    expect(textOf(first.querySelector('[part="citation"]'))).to.equal('Source: Cabinet, 26 October 2021, paragraph 9 (Strategic Plan 2022-26: report of the Chief Executive)');
    const consultation = items.find((li) => li.textContent!.includes('12-week consultation'))!;
    expect([...consultation.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).to.deep.equal(['2021-11-01', '2022-01-21']);
    await expect(el).to.be.accessible(axeOptions);
  });

  it('puts today at the end when every entry is past, and says what "Planned" means', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline .plan=${plan2022} today="2026-11-25"></plan-timeline>`);
    const items = [...el.shadowRoot!.querySelectorAll('ol[part="list"] > li')];
    expect(items.at(-1)!.matches('[part="now"]')).to.equal(true);
    expect(shadowText(el, '[part="note"]')).to.equal('Planned: the source describes the event as still to come, and does not say that it took place.');
    expect(shadowTexts(el, '.planned .planned-tag')).to.have.length(plan2022.timeline!.filter((e) => e.planned).length);
  });

  it('links the items an entry discussed through the href template, and refuses unsafe schemes', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline .plan=${plan2022} href="/plans/{plan}/outcomes/{outcome}/{ref}/"></plan-timeline>`);
    const cabinet = [...el.shadowRoot!.querySelectorAll('li.entry')].find((li) => li.textContent!.includes('Cabinet is asked to approve'))!;
    expect(cabinet.querySelector('.refs-label')!.textContent).to.equal('Discussed:');
    expect([...cabinet.querySelectorAll('.refs a')].map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['6.1 Diversity is celebrated and people feel welcome and included', '/plans/2022-26/outcomes/great-communities/6.1/'],
      ['8.2 Leicestershire has the infrastructure for sustainable growth', '/plans/2022-26/outcomes/strong-economy-transport-infrastructure/8.2/'],
      ['9.1 People are safe in their daily lives', '/plans/2022-26/outcomes/keeping-people-safe-and-well/9.1/'],
      ['9.2 People at the most risk are protected from harm', '/plans/2022-26/outcomes/keeping-people-safe-and-well/9.2/'],
    ]);
    el.href = 'javascript:alert(1)//{ref}';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('a').length).to.equal(0);
    expect(shadowTexts(el, '.refs li')).to.include('9.3 People enjoy long lives in good health');
  });

  it('keeps a long list of discussed items in a disclosure that opens from the keyboard', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline .plan=${plan2022} href="/x/{outcome}/{ref}/"></plan-timeline>`);
    const details = el.shadowRoot!.querySelector('details.refs') as HTMLDetailsElement;
    expect(shadowText(el, 'details.refs summary')).to.equal('Discussed 16 sub-outcomes');
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(details.querySelectorAll('li a').length).to.equal(16);
    await expect(el).to.be.accessible(axeOptions);
  });

  it('with ref, shows only the meetings that discussed that sub-outcome or outcome', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline .plan=${plan2022} ref="9.3" today="2026-11-25"></plan-timeline>`);
    expect(shadowTexts(el, 'li.entry [part="heading"]')).to.deep.equal(['Health Overview and Scrutiny Committee is asked for its views on the draft Plan']);
    el.ref = 'keeping-people-safe-and-well';
    await el.updateComplete;
    expect(shadowTexts(el, 'li.entry [part="heading"]')).to.have.length(2);
    el.ref = '5.4';
    await el.updateComplete;
    expect(shadowTexts(el, 'li.entry [part="heading"]')).to.deep.equal(['Health Overview and Scrutiny Committee is asked for its views on the draft Plan']);
    el.plan = plan2014;
    el.ref = 'better-care';
    await el.updateComplete;
    expect(shadowText(el, '.none')).to.equal('No meeting or decision in the sources names “Better Care - Health and Care Integration”.');
    await expect(el).to.be.accessible(axeOptions);
  });

  it('names the items the plans have when ref is wrong', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline .plan=${plan2022} ref="9.9"></plan-timeline>`);
    expect(shadowText(el, '[part="error"]')).to.contain('Strategic Plan 2022-26 has no outcome or sub-outcome "9.9".');
  });

  it('merges several plans, naming each entry\'s plan and showing an event that two plans record once', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline .plans=${[plan2022, plan2014, plan2017]} today="2026-11-25"></plan-timeline>`);
    const dates = [...el.shadowRoot!.querySelectorAll('li.entry > .when > time:first-child')].map((t) => t.getAttribute('datetime')!);
    expect(dates[0]).to.equal('2013');
    expect(dates.at(-1)).to.equal('2022-05-18');
    const approval = [...el.shadowRoot!.querySelectorAll('li.entry')].filter((li) => li.querySelector('time')!.getAttribute('datetime') === '2017-12-06');
    expect(approval).to.have.length(1);
    expect(approval[0]!.querySelector('.plan-name')!.textContent).to.equal('Plans: Strategic Plan and Single Outcomes Framework 2017-21; Strategic Plan 2022-26');
    await expect(el).to.be.accessible(axeOptions);
  });

  it('loads several plans from a list of URLs in src, once each', async () => {
    clearPlanCache();
    const el = document.createElement('plan-timeline');
    el.setAttribute('src', ALL_SRC);
    const loaded = nextEvent(el, 'plan-load');
    await fixture(el);
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li.entry').length).to.equal(plan2014.timeline!.length + plan2017.timeline!.length + plan2022.timeline!.length - 1);
  });

  it('fails naming the URL when one of several is missing', async () => {
    const el = document.createElement('plan-timeline');
    el.setAttribute('src', '/content/plans/2022-26.json /missing/plan.json');
    const failed = nextEvent(el, 'plan-error');
    await fixture(el);
    expect((await failed).detail.url).to.match(/\/missing\/plan\.json$/);
  });

  it('says so when a plan gives no dated meetings', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline .plan=${{ ...minimal, timeline: undefined }}></plan-timeline>`);
    expect(shadowText(el, '.none')).to.equal('A small test plan: the sources give no dated meetings or decisions.');
    await expect(el).to.be.accessible(axeOptions);
  });

  it('reflows at 320 CSS px and with 200% text', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PlanTimeline>(html`<plan-timeline .plans=${[plan2014, plan2017, plan2022]} href="/{outcome}/{ref}/"></plan-timeline>`);
    expectNoSidewaysScroll(el, 320);
    await setViewport({ width: 640, height: 800 });
    const wrapper = await fixture(html`<div style="font-size: 200%"><plan-timeline .plan=${plan2022}></plan-timeline></div>`);
    expectNoSidewaysScroll(wrapper.querySelector('plan-timeline')!, 640);
  });

  it('keeps its dots and today\'s marker visible in forced colours', async () => {
    await emulateForcedColors(true);
    const el = await fixture<PlanTimeline>(html`<plan-timeline .plan=${plan2022} today="2021-11-12"></plan-timeline>`);
    const dot = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!, '::before');
    expect(dot('li.past').backgroundColor).to.not.equal(dot('li.upcoming').backgroundColor);
    expect(dot('li.upcoming').borderTopColor).to.not.equal(dot('li.upcoming').backgroundColor);
    expect(getComputedStyle(el.shadowRoot!.querySelector('li.now .when')!).borderTopStyle).to.equal('solid');
  });
});
