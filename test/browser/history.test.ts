/** <plan-timeline>, <plan-consultation> and <plan-lineage>: what they show and how they behave, beyond the shared states. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { clearPlanCache, validatePlan, type Plan } from '@plan-kit/content';
import '@plan-kit/elements/history.js';
import type { PlanConsultation, PlanLineage, PlanTimeline } from '@plan-kit/elements/history.js';
import { axeOptions, emulateForcedColors, nextEvent, shadowText } from './helpers.ts';

async function load(path: string): Promise<Plan> {
  return validatePlan(await (await fetch(path)).json()).plan as Plan;
}

const minimal = await load('/test/fixtures/plans/minimal.json');
const plan2014 = await load('/content/plans/2014-18.json');
const plan2017 = await load('/content/plans/2017-21-discussion.json');
const plan2022 = await load('/content/plans/2022-26.json');
const ALL_SRC = ['/content/plans/2014-18.json', '/content/plans/2017-21-discussion.json', '/content/plans/2022-26.json'].join(' ');

const texts = (root: Element, selector: string) =>
  [...root.shadowRoot!.querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());

/** Nothing inside the element is wider than it, and the page does not scroll sideways. */
function expectNoSidewaysScroll(host: HTMLElement, viewport: number): void {
  expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(viewport);
  for (const node of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (node.getClientRects().length === 0 || node instanceof SVGElement) continue;
    expect(node.scrollWidth, `${node.tagName.toLowerCase()}.${node.className}`).to.be.at.most(node.clientWidth + 1 || node.scrollWidth);
  }
}

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
    expect(first.querySelector('.what')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Decision: County Council');
    expect(first.querySelector('[part="citation"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Source: Cabinet, 26 October 2021, paragraph 9 (Strategic Plan 2022-26: report of the Chief Executive)');
    const consultation = items.find((li) => li.textContent!.includes('12-week consultation'))!;
    expect([...consultation.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).to.deep.equal(['2021-11-01', '2022-01-21']);
    await expect(el).to.be.accessible(axeOptions);
  });

  it('puts today at the end when every entry is past, and says what "Planned" means', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline .plan=${plan2022} today="2026-11-25"></plan-timeline>`);
    const items = [...el.shadowRoot!.querySelectorAll('ol[part="list"] > li')];
    expect(items.at(-1)!.matches('[part="now"]')).to.equal(true);
    expect(shadowText(el, '[part="note"]')).to.equal('Planned: the source describes the event as still to come, and does not say that it took place.');
    expect(texts(el, '.planned .planned-tag')).to.have.length(plan2022.timeline!.filter((e) => e.planned).length);
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
    expect(texts(el, '.refs li')).to.include('9.3 People enjoy long lives in good health');
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
    expect(texts(el, 'li.entry [part="heading"]')).to.deep.equal(['Health Overview and Scrutiny Committee is asked for its views on the draft Plan']);
    el.ref = 'keeping-people-safe-and-well';
    await el.updateComplete;
    expect(texts(el, 'li.entry [part="heading"]')).to.have.length(2);
    el.ref = '5.4';
    await el.updateComplete;
    expect(texts(el, 'li.entry [part="heading"]')).to.deep.equal(['Health Overview and Scrutiny Committee is asked for its views on the draft Plan']);
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

describe('<plan-consultation>', () => {
  it('is upcoming, open or closed as of today, and links to the response page while it is open', async () => {
    const el = await fixture<PlanConsultation>(html`<plan-consultation .plan=${minimal} today="2024-01-15"></plan-consultation>`);
    expect(shadowText(el, '[part="status"]')).to.equal('Upcoming It opens on 1 February 2024. (as of 15 January 2024)');
    expect(shadowText(el, '.respond')).to.equal("Responses can be made from 1 February 2024: the consultation's page");
    el.today = '2024-03-31';
    await el.updateComplete;
    expect(shadowText(el, '[part="status"]')).to.equal('Open Until 31 March 2024. (as of 31 March 2024)');
    const respond = el.shadowRoot!.querySelector('a[part="respond"]')!;
    expect([respond.textContent, respond.getAttribute('href')]).to.deep.equal(['Respond to the consultation', 'https://example.org/respond']);
    expect(texts(el, '[part="dates"] dt')).to.deep.equal(['Opened', 'Closes']);
    await expect(el).to.be.accessible(axeOptions);
    el.today = '2024-04-01';
    await el.updateComplete;
    expect(shadowText(el, '[part="status"]')).to.equal('Closed It closed on 31 March 2024.');
    expect(texts(el, '[part="dates"] dt')).to.deep.equal(['Opened', 'Closed']);
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
    const numbers = texts(el, '.question-text .number');
    expect(numbers).to.deep.equal(['Question 1:', 'Question 2:', 'Question 3:', 'Question 4:', 'Question 5:', 'Question 6:', 'Question 7:', 'Question 8:', 'Question 9:']);
    const q4 = el.shadowRoot!.querySelectorAll('[part="question"]')[3]!;
    expect(q4.querySelector('.about a')!.getAttribute('href')).to.equal('/o/strong-economy/');
    expect([...q4.querySelectorAll('.sub-questions li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'a) Is there anything else you think we should consider?',
      'b) How well does this align with your own organisational strategy?',
    ]);
    // The sources give the 2017 engagement only as planned ("will be undertaken"): its past dates do not make it closed.
    expect(shadowText(el, '[part="status"]')).to.equal('Planned It was planned to close in August 2017; the sources do not say that it took place.');
    expect(texts(el, '[part="dates"] dt')).to.deep.equal(['Planned to open', 'Planned to close', 'When']);
    expect(texts(el, '.methods li')).to.have.length(2);
    await expect(el).to.be.accessible(axeOptions);
  });

  it('with outcome, shows only the questions about that outcome', async () => {
    const el = await fixture<PlanConsultation>(html`<plan-consultation .plan=${plan2017} outcome="great-communities" heading-level="3"></plan-consultation>`);
    expect(shadowText(el, 'h4')).to.equal('Questions about Great Communities');
    expect(texts(el, '.question-text')).to.deep.equal(['Question 7: Do you agree that the priorities identified will help to deliver the strategic outcome?']);
    expect(el.shadowRoot!.querySelector('.methods')).to.equal(null);
    el.outcome = 'O5';
    await el.updateComplete;
    expect(texts(el, '.question-text .number')).to.deep.equal(['Question 8:']);
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
    expect(texts(el, 'section.comparison h3')).to.deep.equal([
      'From County Council Strategic Plan 2014-18 to Strategic Plan and Single Outcomes Framework 2017-21',
      'From Strategic Plan and Single Outcomes Framework 2017-21 to Strategic Plan 2022-26',
    ]);
    const [first, second] = [...el.shadowRoot!.querySelectorAll('section.comparison')];
    expect([...first!.querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal(['Continues', 'Continues in part', 'Split', 'Dropped', 'New']);
    expect([...second!.querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal(['Continues', 'Split', 'Merged', 'New']);
    expect(first!.querySelector('.summary')!.textContent).to.equal(
      'Of the 5 key themes of County Council Strategic Plan 2014-18: 1 continues, 2 continue in part, 1 was split, 1 was dropped. 1 strategic outcome of Strategic Plan and Single Outcomes Framework 2017-21 is new.',
    );
    expect(first!.querySelector('.group-dropped')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Leadership and Transformation: no strategic outcome of Strategic Plan and Single Outcomes Framework 2017-21 is linked to it.',
    );
    const merged = [...second!.querySelectorAll('.group-merged > li')].map((li) => li.querySelector('.change')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(merged).to.deep.equal([
      'Keeping People Safe was merged into Keeping People Safe and Well.',
      'Affordable and Quality Homes was merged into Strong Economy, Transport and Infrastructure.',
    ]);
    // Every link: its relation, its target (down to the sub-outcome), "Editorial" and the reason.
    const links = [...el.shadowRoot!.querySelectorAll('.paths > li')];
    expect(links.length).to.be.greaterThan(20);
    for (const li of links) expect(li.querySelector('.editorial-tag')?.textContent, li.textContent!).to.equal('Editorial');
    const homes = links.find((li) => li.textContent!.includes('Leicestershire has the right homes'))!;
    expect(homes.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Merged into 8.5 Leicestershire has the right homes in the right places to meet needs (Strong Economy, Transport and Infrastructure). Editorial Affordable and Quality Homes is no longer an outcome: its priority on "the right number and type of homes to meet needs" becomes 8.5 "Leicestershire has the right homes in the right places to meet needs".',
    );
    expect(homes.querySelector('a')!.getAttribute('href')).to.equal('/plans/2022-26/outcomes/strong-economy-transport-infrastructure/8.5/');
    // A link the sentence above has said ("X was merged into Y.") is not said again: its reason follows alone.
    const safe = [...el.shadowRoot!.querySelectorAll('.changes > li')].find((li) =>
      li.querySelector('.change')!.textContent!.replace(/\s+/g, ' ').includes('Keeping People Safe was merged into Keeping People Safe and Well.'),
    )!;
    const reason = safe.querySelector(':scope > .paths > li')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(reason).to.match(/^Editorial /);
    await expect(el).to.be.accessible(axeOptions);
  });

  it('compares two plans that are not next to each other through the plan between', async () => {
    const el = await fixture<PlanLineage>(html`<plan-lineage .plans=${[plan2014, plan2017, plan2022]} from="2022-26" to="2014-18"></plan-lineage>`);
    expect(texts(el, 'section.comparison h3')).to.deep.equal(['From County Council Strategic Plan 2014-18 to Strategic Plan 2022-26']);
    expect(shadowText(el, 'section.comparison > .note')).to.contain('Through Strategic Plan and Single Outcomes Framework 2017-21');
    expect(el.shadowRoot!.querySelectorAll('svg .column-title').length).to.equal(2);
    const growth = [...el.shadowRoot!.querySelectorAll('.changes > li')].find((li) => li.textContent!.includes('Enabling Economic Growth continues, renamed, as'))!;
    // The link into 2017 is said once, with the three links that follow it nested under it.
    const first = growth.querySelector(':scope > .paths > li')!;
    expect(growth.querySelectorAll(':scope > .paths > li')).to.have.length(1);
    expect(first.textContent!.replace(/\s+/g, ' ')).to.contain('Continues as Strong Economy (Strategic Plan and Single Outcomes Framework 2017-21). Editorial An editorial reading of names alone');
    const then = [...first.querySelectorAll(':scope > .paths > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(then.map((t) => t.slice(0, t.indexOf('.')))).to.deep.equal([
      'Then continues, renamed, as Strong Economy, Transport and Infrastructure',
      'Then continues as 8',
      'Then continues in part in Nature and the local environment are valued, protected and enhanced (Clean, Green Future)',
    ]);
    expect(texts(el, '.group-new > li .change')).to.deep.equal(['Clean, Green Future is new: no theme of County Council Strategic Plan 2014-18 is linked to it as a whole.']);
    await expect(el).to.be.accessible(axeOptions);
  });

  it('says which plan from or to names when it was not given', async () => {
    const el = await fixture<PlanLineage>(html`<plan-lineage .plans=${[plan2017, plan2022]} from="2010-14" to="2022-26"></plan-lineage>`);
    expect(shadowText(el, '[part="error"]')).to.contain('from="2010-14" names no plan given to this element (it has 2014-18, 2017-21-discussion, 2022-26).');
  });

  it('names the outcomes of a plan that links refer to but that was not given by their ids, and says so', async () => {
    const el = await fixture<PlanLineage>(html`<plan-lineage .plan=${plan2022}></plan-lineage>`);
    expect(shadowText(el, '.missing')).to.contain('The links name a plan not given to this element (2017-21-discussion)');
    expect(texts(el, '.group-merged > li .change')).to.include('keeping-people-safe was merged into Keeping People Safe and Well.');
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
