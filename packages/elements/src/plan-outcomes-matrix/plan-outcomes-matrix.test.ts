/** <plan-outcomes-matrix>: a table where there is room and a stack where there is not, links, keyboard order, counts-only plans. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { validatePlan, type Plan } from '@plan-kit/content';
import '@plan-kit/elements/plan-outcomes-matrix.js';
import type { PlanOutcomesMatrix } from '@plan-kit/elements/plan-outcomes-matrix.js';
import { axeOptions, shadowText } from '../../../../test/browser/helpers.ts';

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

  it('shows what it is given now after a change of plan or heading level, not what it was given first', async () => {
    // A render of another shape (other lists, other heading tags) must replace the first, not patch it.
    const matrix = await fixture<PlanOutcomesMatrix>(html`<plan-outcomes-matrix .plan=${minimal} href="/o/{outcome}/#{ref}"></plan-outcomes-matrix>`);
    matrix.plan = countsOnly;
    await matrix.updateComplete;
    expect(shadowText(matrix, '.stack')).to.contain('Skills: 3 priorities').and.not.contain('People live long lives');
    matrix.plan = minimal;
    matrix.headingLevel = 4;
    await matrix.updateComplete;
    expect([...matrix.shadowRoot!.querySelectorAll('.stack h4')].map((h) => h.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal(['1 Healthy people', '2 Good homes']);
    expect(matrix.shadowRoot!.querySelectorAll('h2').length).to.equal(0);
    expect(shadowText(matrix, '.stack')).to.contain('1.1 People live long lives').and.not.contain('Skills');
  });

  it('holds 200% text without sideways scrolling', async () => {
    await setViewport({ width: 640, height: 800 });
    const wrapper = await fixture(html`<div style="font-size: 200%"><plan-outcomes-matrix .plan=${minimal}></plan-outcomes-matrix></div>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(640);
    const matrix = wrapper.querySelector('plan-outcomes-matrix')!;
    expect(matrix.scrollWidth).to.be.at.most(matrix.clientWidth);
  });
});
