/** What each element shows and how it behaves, beyond the shared states. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { validatePlan, type Plan } from '@plan-kit/content';
import '@plan-kit/elements';
import type { PlanOutcomesMatrix } from '@plan-kit/elements/plan-outcomes-matrix.js';
import type { PlanSubOutcomeCard } from '@plan-kit/elements/plan-sub-outcome-card.js';
import type { PlanVision } from '@plan-kit/elements/plan-vision.js';
import { axeOptions, shadowText } from './helpers.ts';

const minimalJson = await (await fetch('/test/fixtures/plans/minimal.json')).json();
const minimal = validatePlan(minimalJson).plan as Plan;

/** The minimal plan reshaped like 2014-18: themes with counts and no listed priorities. */
const countsOnly = validatePlan({
  ...minimalJson,
  id: 'counts',
  // What refers to the minimal plan's own outcomes goes with them.
  lineage: undefined,
  timeline: undefined,
  consultation: undefined,
  outcomes: [
    { id: 'growth', title: 'Enabling Economic Growth', subOutcomes: [], count: { value: 14, label: 'supporting priorities' }, subThemes: [{ id: 'skills', title: 'Skills', count: { value: 3, label: 'priorities' } }], source: { document: 'report' } },
    { id: 'care', title: 'Better Care', subOutcomes: [], subThemes: [{ id: 'adult', title: 'Integration and Adult Care', count: { value: 11, label: 'supporting priorities' } }], source: { document: 'report' } },
  ],
}).plan as Plan;

async function untilRendered(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(check(), 'rendered in time').to.equal(true);
}

/** Every focusable element reached by pressing Tab, as "tag:text", within `root`'s shadow tree. */
async function tabOrder(host: HTMLElement, count: number): Promise<string[]> {
  const start = document.createElement('button');
  start.textContent = 'start';
  host.before(start);
  start.focus();
  const order: string[] = [];
  for (let i = 0; i < count; i++) {
    await sendKeys({ press: 'Tab' });
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || !host.contains(active.getRootNode() instanceof ShadowRoot ? (active.getRootNode() as ShadowRoot).host : active)) break;
    order.push(`${active.tagName.toLowerCase()}:${active.textContent?.replace(/\s+/g, ' ').trim()}`);
  }
  start.remove();
  return order;
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

describe('<plan-outcomes-matrix>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is a table with column and row headers, in the plan\'s own labels, where there is room', async () => {
    const el = await fixture<PlanOutcomesMatrix>(html`<div style="width: 900px"><plan-outcomes-matrix .plan=${minimal}></plan-outcomes-matrix></div>`);
    const matrix = el.querySelector('plan-outcomes-matrix')!;
    const table = matrix.shadowRoot!.querySelector('table')!;
    expect(getComputedStyle(table).display).to.equal('table');
    expect(getComputedStyle(matrix.shadowRoot!.querySelector('.stack')!).display).to.equal('none');
    expect([...table.querySelectorAll('th[scope="col"]')].map((th) => th.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal(['1 Healthy people', '2 Good homes']);
    expect([...table.querySelectorAll('th[scope="row"]')].map((th) => th.textContent?.trim())).to.deep.equal(['Outcomes', 'Statement', 'Sub-outcomes']);
    expect(table.querySelector('caption')?.textContent?.trim()).to.equal('A small test plan: outcomes and sub-outcomes');
    await expect(matrix).to.be.accessible(axeOptions);
  });

  it('is a stack of outcome sections at 320 CSS px, with nothing scrolling sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const matrix = await fixture<PlanOutcomesMatrix>(html`<plan-outcomes-matrix .plan=${minimal}></plan-outcomes-matrix>`);
    expect(getComputedStyle(matrix.shadowRoot!.querySelector('table')!).display).to.equal('none');
    expect([...matrix.shadowRoot!.querySelectorAll('.stack h2')].map((h) => h.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal(['1 Healthy people', '2 Good homes']);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(matrix.scrollWidth).to.be.at.most(matrix.clientWidth);
    await expect(matrix).to.be.accessible(axeOptions);
  });

  it('links outcomes and sub-outcomes through the URL template, and refuses unsafe schemes', async () => {
    const matrix = await fixture<PlanOutcomesMatrix>(html`<plan-outcomes-matrix .plan=${minimal} href="/outcomes/{outcome}/#{ref}"></plan-outcomes-matrix>`);
    const hrefs = [...matrix.shadowRoot!.querySelectorAll('.stack a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['/outcomes/health/', '/outcomes/health/#1.1', '/outcomes/homes/', '/outcomes/homes/#2.1']);
    matrix.href = 'javascript:alert(1)//{outcome}';
    await matrix.updateComplete;
    expect(matrix.shadowRoot!.querySelectorAll('a').length).to.equal(0);
  });

  it('reaches every link with the keyboard in visual reading order: row by row in the table', async () => {
    const matrix = await fixture<PlanOutcomesMatrix>(html`<plan-outcomes-matrix .plan=${minimal} href="/o/{outcome}/#{ref}"></plan-outcomes-matrix>`);
    expect(await tabOrder(matrix, 6)).to.deep.equal(['a:1 Healthy people', 'a:2 Good homes', 'a:1.1 People live long lives', 'a:2.1 The right homes']);
  });

  it('reaches every link with the keyboard in visual reading order: outcome by outcome in the stack', async () => {
    await setViewport({ width: 320, height: 640 });
    const matrix = await fixture<PlanOutcomesMatrix>(html`<plan-outcomes-matrix .plan=${minimal} href="/o/{outcome}/#{ref}"></plan-outcomes-matrix>`);
    expect(await tabOrder(matrix, 6)).to.deep.equal(['a:1 Healthy people', 'a:1.1 People live long lives', 'a:2 Good homes', 'a:2.1 The right homes']);
  });

  it('shows the counts of a plan that states counts but lists no priorities', async () => {
    const matrix = await fixture<PlanOutcomesMatrix>(html`<plan-outcomes-matrix .plan=${countsOnly}></plan-outcomes-matrix>`);
    const text = shadowText(matrix, '.stack');
    expect(text).to.contain('14 supporting priorities');
    expect(text).to.contain('Skills: 3 priorities');
    expect(text).to.contain('Integration and Adult Care: 11 supporting priorities');
    await expect(matrix).to.be.accessible(axeOptions);
  });

  it('holds 200% text without sideways scrolling', async () => {
    await setViewport({ width: 640, height: 800 });
    const wrapper = await fixture(html`<div style="font-size: 200%"><plan-outcomes-matrix .plan=${minimal}></plan-outcomes-matrix></div>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(640);
    const matrix = wrapper.querySelector('plan-outcomes-matrix')!;
    expect(matrix.scrollWidth).to.be.at.most(matrix.clientWidth);
  });
});

describe('<plan-sub-outcome-card>', () => {
  it('shows number, title, parent outcome, aims, gauges and the source', async () => {
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card .plan=${minimal} ref="1.1"></plan-sub-outcome-card>`);
    expect(shadowText(card, 'h3')).to.equal('1.1 People live long lives');
    expect(shadowText(card, '[part="outcome"]')).to.equal('Outcome 1: Healthy people');
    expect(shadowText(card, '.aim-title')).to.equal('More people have a healthy weight');
    expect(shadowText(card, '[part="progress"]')).to.equal('1 indicator: 1 at risk Example figures');
    const gauge = card.shadowRoot!.querySelector('plan-progress-gauge')!;
    await gauge.updateComplete;
    expect(gauge.shadowRoot!.querySelector('[role="meter"]')?.getAttribute('aria-valuetext')).to.equal('58% against a target of 60%, at risk, example figure');
    expect(shadowText(card, '[part="citation"]')).to.equal('Source: A report to a test committee, 1 January 2024, paragraph 3');
    await expect(card).to.be.accessible(axeOptions);
  });

  it('shows what a source gives under a sub-outcome without an aim as the source calls it, with every source note', async () => {
    const [health, ...rest] = minimalJson.outcomes;
    const direct = {
      id: 'volunteering',
      number: '1.2',
      title: 'People volunteer',
      source: { document: 'report', paragraph: '5', note: 'Numbered 1.2 in paragraph 6.' },
      includes: [
        { kind: 'commitment', text: 'for the Council to support volunteers', source: { document: 'report', paragraph: '6', note: 'The report names a commitment, not an aim.' } },
        { kind: 'sets-out-how', text: 'the Council will thank them', source: { document: 'report', paragraph: '7' } },
      ],
    };
    const plan = validatePlan({ ...minimalJson, outcomes: [{ ...health, subOutcomes: [...health.subOutcomes, direct] }, ...rest] }).plan as Plan;
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card .plan=${plan} ref="1.2"></plan-sub-outcome-card>`);
    const items = [...card.shadowRoot!.querySelectorAll('[part="includes"] > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal([
      'A commitment for the Council to support volunteers Source: A report to a test committee, 1 January 2024, paragraph 6. The report names a commitment, not an aim.',
      'It sets out how the Council will thank them Source: A report to a test committee, 1 January 2024, paragraph 7',
    ]);
    expect(shadowText(card, 'h4')).to.equal('What the sources say it includes');
    expect(card.shadowRoot!.querySelector('[part="aims"]')).to.equal(null);
    expect(shadowText(card, '[part="base"]')).not.to.contain('no aims');
    expect(shadowText(card, '[part="citation"]')).to.equal('Source: A report to a test committee, 1 January 2024, paragraph 5. Numbered 1.2 in paragraph 6.');
    await expect(card).to.be.accessible(axeOptions);
  });

  it('can be its page\'s main item: the title an h1, its sections h2', async () => {
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card .plan=${minimal} ref="1.1" heading-level="1"></plan-sub-outcome-card>`);
    expect(shadowText(card, 'h1')).to.equal('1.1 People live long lives');
    expect(shadowText(card, 'h2')).to.equal('Aims');
    await expect(card).to.be.accessible(axeOptions);
  });

  it('keeps the actions in a disclosure that opens from the keyboard', async () => {
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card .plan=${minimal} ref="long-lives"></plan-sub-outcome-card>`);
    const details = card.shadowRoot!.querySelector('details[part="actions"]') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    expect(shadowText(card, 'details[part="actions"] summary')).to.equal('Actions (1)');
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(shadowText(card, 'details[part="actions"] li')).to.equal('We will help people to be active');
    await expect(card).to.be.accessible(axeOptions);
  });

  it('gives each gauge its figures as a table, the one the chart shows', async () => {
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card .plan=${minimal} ref="1.1"></plan-sub-outcome-card>`);
    const table = card.shadowRoot!.querySelector('.indicator table[part="figures-table"]')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['Figure', 'Date', 'Value']);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows).to.deep.equal([
      ['Baseline', '31 March 2022', '55%'],
      ['Recorded', '31 March 2023', '56%'],
      ['Latest', '31 March 2024', '58%'],
      ['Target', '31 March 2026', '60%'],
    ]);
  });

  it('leaves its gauges out when asked (hide-indicators), keeping the roll-up of their statuses', async () => {
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card .plan=${minimal} ref="1.1" hide-indicators></plan-sub-outcome-card>`);
    expect(card.shadowRoot!.querySelectorAll('plan-progress-gauge, .indicator table')).to.have.length(0);
    expect(shadowText(card, '[part="progress"]')).to.equal('1 indicator: 1 at risk Example figures');
    await expect(card).to.be.accessible(axeOptions);
  });

  it("draws its rule in its outcome's colour, from its part for that outcome, as a page's stylesheet can set it too", async () => {
    // Green, not the accent blue an element falls back to.
    const green = validatePlan({ ...minimalJson, outcomes: minimalJson.outcomes.map((o: object, i: number) => (i === 0 ? { ...o, colour: '#00703c' } : o)) }).plan as Plan;
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card .plan=${green} ref="1.1"></plan-sub-outcome-card>`);
    const article = card.shadowRoot!.querySelector('article')!;
    expect([...article.part]).to.include('outcome-minimal--health');
    expect(getComputedStyle(article).borderTopColor).to.equal('rgb(0, 112, 60)');
  });

  it('labels each example figure where an import brought in a council figure', async () => {
    const importedFigures = validatePlan(await (await fetch('/test/fixtures/plans/imported-figures.json')).json()).plan as Plan;
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card .plan=${importedFigures} ref="1.1"></plan-sub-outcome-card>`);
    expect(shadowText(card, '[part="progress"]')).to.equal('1 indicator: 1 at risk Example figures');
    expect(shadowText(card, '.indicator summary')).to.equal('Figures (some examples)');
    const rows = [...card.shadowRoot!.querySelectorAll('.indicator tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows).to.deep.equal([
      ['Baseline (example)', '31 March 2022', '55%'],
      ['Recorded (example)', '31 March 2023', '56%'],
      ['Recorded (example)', '31 March 2024', '58%'],
      ['Latest', '31 March 2025', '59%'],
      ['Target (example)', '31 March 2026', '60%'],
    ]);
    expect(shadowText(card, '.indicator caption')).to.equal('Adults with a healthy weight: figures (some examples)');
    await expect(card).to.be.accessible(axeOptions);
  });

  it('names the sub-outcomes the plan has when the ref is wrong', async () => {
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card .plan=${minimal} ref="9.3"></plan-sub-outcome-card>`);
    expect(shadowText(card, '[part="error"]')).to.contain('A small test plan has no sub-outcome "9.3" (it has 1.1, 2.1).');
    expect(card.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
  });

  it('says so when a sub-outcome has no aims', async () => {
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card .plan=${minimal} ref="2.1"></plan-sub-outcome-card>`);
    expect(shadowText(card, 'article')).to.contain('The sources give no aims for this sub-outcome yet.');
    await expect(card).to.be.accessible(axeOptions);
  });

  it('reflows at 320 CSS px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card .plan=${minimal} ref="1.1" open-actions></plan-sub-outcome-card>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const node of card.shadowRoot!.querySelectorAll('article, .indicator, details')) {
        expect((node as HTMLElement).scrollWidth, node.className).to.be.at.most((node as HTMLElement).clientWidth + 1);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
