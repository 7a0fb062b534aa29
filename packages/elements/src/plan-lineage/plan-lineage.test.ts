/** <plan-lineage>: columns and bands between plans, the list of what continues, splits, merges or is new, and keyboard order. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { validatePlan, type Plan } from '@plan-kit/content';
import '@plan-kit/elements/plan-lineage.js';
import type { PlanLineage } from '@plan-kit/elements/plan-lineage.js';
import { axeOptions, emulateForcedColors, expectNoSidewaysScroll, shadowText, shadowTexts, textOf, textsIn } from '../../../../test/browser/helpers.ts';

async function load(path: string): Promise<Plan> {
  return validatePlan(await (await fetch(path)).json()).plan as Plan;
}

const plan2014 = await load('/content/plans/2014-18.json');
const plan2017 = await load('/content/plans/2017-21-discussion.json');
const plan2022 = await load('/content/plans/2022-26.json');

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
  await emulateForcedColors(false);
});

describe('<plan-lineage>', () => {
  it('draws a column per plan and a band per pair of linked outcomes, thicker for more links, dashed where in part', async () => {
    const el = await fixture<PlanLineage>(html`<div style="width: 1000px"><plan-lineage .plans=${[plan2022, plan2014, plan2017]}></plan-lineage></div>`);
    const lineage = el.querySelector('plan-lineage')!;
    const svg = lineage.shadowRoot!.querySelector('svg')!;
    expect(getComputedStyle(lineage.shadowRoot!.querySelector('figure')!).display).to.equal('block');
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.contain('The list that follows gives every link with its reason');
    expect([...svg.querySelectorAll('.column-title')].map((t) => t.textContent)).to.deep.equal([
      'County CouncilStrategic Plan 2014-18',
      'Strategic Plan andSingle OutcomesFramework 2017-21',
      'Strategic Plan 2022-26',
    ]);
    expect(svg.querySelectorAll('g.item').length).to.equal(15);
    const bands = [...svg.querySelectorAll('path.band')];
    expect(bands.length).to.be.greaterThan(10);
    // Keeping People Safe to Keeping People Safe and Well stands for three links (the outcome, 9.1 and 9.2).
    const widths = bands.map((b) => Number(b.getAttribute('stroke-width')));
    expect(Math.max(...widths)).to.be.greaterThan(Math.min(...widths));
    // Dashed where every link of the band continues only in part.
    expect(bands.filter((b) => b.classList.contains('partial')).every((b) => getComputedStyle(b).strokeDasharray !== 'none')).to.equal(true);
    await expect(lineage).to.be.accessible(axeOptions);
  });

  it('lists, for each pair of plans, what continues, continues in part, was split, merged or dropped, and what is new, each link marked editorial with its reason', async () => {
    const el = await fixture<PlanLineage>(html`<plan-lineage .plans=${[plan2014, plan2017, plan2022]} href="/plans/{plan}/outcomes/{outcome}/{ref}/"></plan-lineage>`);
    expect(shadowTexts(el, 'section.comparison h3')).to.deep.equal([
      'From County Council Strategic Plan 2014-18 to Strategic Plan and Single Outcomes Framework 2017-21',
      'From Strategic Plan and Single Outcomes Framework 2017-21 to Strategic Plan 2022-26',
    ]);
    const [first, second] = [...el.shadowRoot!.querySelectorAll('section.comparison')];
    expect([...first!.querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal(['Continues', 'Continues in part', 'Split', 'Dropped', 'New']);
    expect([...second!.querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal(['Continues', 'Split', 'Merged', 'New']);
    expect(first!.querySelector('.summary')!.textContent).to.equal(
      'Of the 5 key themes of County Council Strategic Plan 2014-18: 1 continues, 2 continue in part, 1 was split, 1 was dropped. 1 strategic outcome of Strategic Plan and Single Outcomes Framework 2017-21 is new.',
    );
    expect(textOf(first!.querySelector('.group-dropped'))).to.equal(
      'Leadership and Transformation: no strategic outcome of Strategic Plan and Single Outcomes Framework 2017-21 is linked to it.',
    );
    const merged = textsIn(second!, '.group-merged > li > .change');
    expect(merged).to.deep.equal([
      'Keeping People Safe was merged into Keeping People Safe and Well.',
      'Affordable and Quality Homes was merged into Strong Economy, Transport and Infrastructure.',
    ]);
    // Every link: its relation, its target (down to the sub-outcome), "Editorial" and the reason.
    const links = [...el.shadowRoot!.querySelectorAll('.paths > li')];
    expect(links.length).to.be.greaterThan(20);
    for (const li of links) expect(li.querySelector('.editorial-tag')?.textContent, li.textContent!).to.equal('Editorial');
    const homes = links.find((li) => li.textContent!.includes('Leicestershire has the right homes'))!;
    expect(textOf(homes)).to.equal(
      'Merged into 8.5 Leicestershire has the right homes in the right places to meet needs (Strong Economy, Transport and Infrastructure). Editorial Affordable and Quality Homes is no longer an outcome: its priority on "the right number and type of homes to meet needs" becomes 8.5 "Leicestershire has the right homes in the right places to meet needs".',
    );
    expect(homes.querySelector('a')!.getAttribute('href')).to.equal('/plans/2022-26/outcomes/strong-economy-transport-infrastructure/8.5/');
    // A link the sentence above has said ("X was merged into Y.") is not said again: its reason follows alone.
    const safe = [...el.shadowRoot!.querySelectorAll('.changes > li')].find((li) =>
      textOf(li.querySelector('.change')).includes('Keeping People Safe was merged into Keeping People Safe and Well.'),
    )!;
    const reason = textOf(safe.querySelector(':scope > .paths > li'));
    expect(reason).to.match(/^Editorial /);
    await expect(el).to.be.accessible(axeOptions);
  });

  it('compares two plans that are not next to each other through the plan between', async () => {
    const el = await fixture<PlanLineage>(html`<plan-lineage .plans=${[plan2014, plan2017, plan2022]} from="2022-26" to="2014-18"></plan-lineage>`);
    expect(shadowTexts(el, 'section.comparison h3')).to.deep.equal(['From County Council Strategic Plan 2014-18 to Strategic Plan 2022-26']);
    expect(shadowText(el, 'section.comparison > .note')).to.contain('Through Strategic Plan and Single Outcomes Framework 2017-21');
    expect(el.shadowRoot!.querySelectorAll('svg .column-title').length).to.equal(2);
    const growth = [...el.shadowRoot!.querySelectorAll('.changes > li')].find((li) => li.textContent!.includes('Enabling Economic Growth continues, renamed, as'))!;
    // The link into 2017 is said once, with the three links that follow it nested under it.
    const first = growth.querySelector(':scope > .paths > li')!;
    expect(growth.querySelectorAll(':scope > .paths > li')).to.have.length(1);
    expect(textOf(first)).to.contain('Continues as Strong Economy (Strategic Plan and Single Outcomes Framework 2017-21). Editorial An editorial reading of names alone');
    const then = textsIn(first, ':scope > .paths > li');
    expect(then.map((t) => t.slice(0, t.indexOf('.')))).to.deep.equal([
      'Then continues, renamed, as Strong Economy, Transport and Infrastructure',
      'Then continues as 8',
      'Then continues in part in Nature and the local environment are valued, protected and enhanced (Clean, Green Future)',
    ]);
    expect(shadowTexts(el, '.group-new > li .change')).to.deep.equal(['Clean, Green Future is new: no theme of County Council Strategic Plan 2014-18 is linked to it as a whole.']);
    await expect(el).to.be.accessible(axeOptions);
  });

  it('says which plan from or to names when it was not given', async () => {
    const el = await fixture<PlanLineage>(html`<plan-lineage .plans=${[plan2017, plan2022]} from="2010-14" to="2022-26"></plan-lineage>`);
    expect(shadowText(el, '[part="error"]')).to.contain('from="2010-14" names no plan given to this element (it has 2014-18, 2017-21-discussion, 2022-26).');
  });

  it('names the outcomes of a plan that links refer to but that was not given by their ids, and says so', async () => {
    const el = await fixture<PlanLineage>(html`<plan-lineage .plan=${plan2022}></plan-lineage>`);
    expect(shadowText(el, '.missing')).to.contain('The links name a plan not given to this element (2017-21-discussion)');
    expect(shadowTexts(el, '.group-merged > li .change')).to.include('keeping-people-safe was merged into Keeping People Safe and Well.');
  });

  it('says so when no plan links to an earlier one', async () => {
    const el = await fixture<PlanLineage>(html`<plan-lineage .plan=${plan2014}></plan-lineage>`);
    expect(shadowText(el, '.none')).to.equal('County Council Strategic Plan 2014-18: the content links no outcome to an earlier plan\'s.');
    await expect(el).to.be.accessible(axeOptions);
  });

  it('shows only the list at 320 CSS px, with nothing scrolling sideways; the list holds 200% text', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PlanLineage>(html`<plan-lineage .plans=${[plan2014, plan2017, plan2022]} href="/{plan}/{outcome}/{ref}/"></plan-lineage>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('figure')!).display).to.equal('none');
    expect(el.shadowRoot!.querySelectorAll('section.comparison').length).to.equal(2);
    expectNoSidewaysScroll(el, 320);
    await expect(el).to.be.accessible(axeOptions);
    await setViewport({ width: 640, height: 800 });
    const wrapper = await fixture(html`<div style="font-size: 200%"><plan-lineage .plans=${[plan2017, plan2022]}></plan-lineage></div>`);
    expectNoSidewaysScroll(wrapper.querySelector('plan-lineage')!, 640);
  });

  it('draws bands, boxes and text in system colours in forced colours', async () => {
    await emulateForcedColors(true);
    const wrapper = await fixture(html`<div style="width: 1000px"><plan-lineage .plans=${[plan2017, plan2022]}></plan-lineage></div>`);
    const root = wrapper.querySelector('plan-lineage')!.shadowRoot!;
    const band = getComputedStyle(root.querySelector('path.band')!);
    const text = getComputedStyle(root.querySelector('g.item text')!);
    const box = getComputedStyle(root.querySelector('rect.box')!);
    expect(band.stroke).to.equal(text.fill);
    expect(box.stroke).to.equal(text.fill);
    expect(box.fill).to.not.equal(text.fill);
  });

  it('reaches its links with the keyboard in reading order', async () => {
    const el = await fixture<PlanLineage>(html`<plan-lineage .plans=${[plan2017, plan2022]} from="2017-21-discussion" to="2022-26" href="/{plan}/{outcome}/{ref}/"></plan-lineage>`);
    const start = document.createElement('button');
    el.before(start);
    start.focus();
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(el.shadowRoot!.activeElement?.textContent?.trim() ?? '');
    }
    start.remove();
    // The diagram has no links; the list starts with what continues: Strong Economy, renamed. The
    // link the sentence said is not said again, so the next stop is the first sub-outcome's link.
    expect(order.slice(0, 3)).to.deep.equal([
      'Strong Economy',
      'Strong Economy, Transport and Infrastructure',
      '8.1 There is close alignment between skills supply and employer demand (Strong Economy, Transport and Infrastructure)',
    ]);
  });
});
