/** <plan-sub-outcome-card>: number, title, aims, gauges, figures tables, sources and actions. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { validatePlan, type Plan } from '@plan-kit/content';
import '@plan-kit/elements/plan-sub-outcome-card.js';
import type { PlanSubOutcomeCard } from '@plan-kit/elements/plan-sub-outcome-card.js';
import { axeOptions, shadowText, shadowTexts, textOf, textsIn } from '../../../../test/browser/helpers.ts';

const minimalJson = await (await fetch('/test/fixtures/plans/minimal.json')).json();
const minimal = validatePlan(minimalJson).plan as Plan;

describe('<plan-sub-outcome-card>', () => {
  it('shows number, title, parent outcome, aims, gauges and the source', async () => {
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card today="2026-12-08" .plan=${minimal} ref="1.1"></plan-sub-outcome-card>`);
    expect(shadowText(card, 'h3')).to.equal('1.1 People live long lives');
    expect(shadowText(card, '[part="outcome"]')).to.equal('Outcome 1: Healthy people');
    expect(shadowText(card, '.aim-title')).to.equal('More people have a healthy weight');
    expect(shadowText(card, '[part="progress"]')).to.equal('1 indicator: 1 on track Example figures');
    const gauge = card.shadowRoot!.querySelector('plan-progress-gauge')!;
    await gauge.updateComplete;
    expect(gauge.shadowRoot!.querySelector('[role="meter"]')?.getAttribute('aria-valuetext')).to.match(/^58% against a target of 60%, On track: at the rate since March 2022 \(up 1\.5 points a year\) it reaches 60% by March 2026\. .*, example figure$/);
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
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card today="2026-12-08" .plan=${plan} ref="1.2"></plan-sub-outcome-card>`);
    const items = shadowTexts(card, '[part="includes"] > li');
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

  it('cites aims quoted from one paragraph once, after them, and aims from different paragraphs each', async () => {
    const [health, ...rest] = minimalJson.outcomes;
    const [longLives] = health.subOutcomes;
    const aim = (id: string, paragraph: string) => ({ id, title: `Aim ${id}`, actions: [], source: { document: 'report', paragraph } });
    const withAims = (aims: unknown[]) =>
      validatePlan({ ...minimalJson, outcomes: [{ ...health, subOutcomes: [{ ...longLives, aims }] }, ...rest] }).plan as Plan;
    const citations = (card: PlanSubOutcomeCard) =>
      [...card.shadowRoot!.querySelectorAll('[part="item-citation"]')].map((c) => ({ text: textOf(c), inAim: Boolean(c.closest('li')) }));

    const shared = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card today="2026-12-08" .plan=${withAims([aim('a', '4'), aim('b', '4'), aim('c', '4')])} ref="1.1"></plan-sub-outcome-card>`);
    expect(citations(shared)).to.deep.equal([{ text: 'Source: A report to a test committee, 1 January 2024, paragraph 4', inAim: false }]);
    await expect(shared).to.be.accessible(axeOptions);

    const mixed = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card today="2026-12-08" .plan=${withAims([aim('a', '4'), aim('b', '5')])} ref="1.1"></plan-sub-outcome-card>`);
    expect(citations(mixed).map((c) => [c.text.replace(/.*paragraph /, ''), c.inAim])).to.deep.equal([
      ['4', true],
      ['5', true],
    ]);
  });

  it('can be its page\'s main item: the title an h1, its sections h2', async () => {
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card today="2026-12-08" .plan=${minimal} ref="1.1" heading-level="1"></plan-sub-outcome-card>`);
    expect(shadowText(card, 'h1')).to.equal('1.1 People live long lives');
    expect(shadowText(card, 'h2')).to.equal('Aims');
    await expect(card).to.be.accessible(axeOptions);
  });

  it('keeps the actions in a disclosure that opens from the keyboard', async () => {
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card today="2026-12-08" .plan=${minimal} ref="long-lives"></plan-sub-outcome-card>`);
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
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card today="2026-12-08" .plan=${minimal} ref="1.1"></plan-sub-outcome-card>`);
    const table = card.shadowRoot!.querySelector('.indicator table[part="figures-table"]')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['Figure', 'Date', 'Value']);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => textsIn(tr, ':scope > *'));
    expect(rows).to.deep.equal([
      ['Baseline', '31 March 2022', '55%'],
      ['Recorded', '31 March 2023', '56%'],
      ['Latest', '31 March 2024', '58%'],
      ['Target', '31 March 2026', '60%'],
    ]);
  });

  it('rolls up its indicators in the words the scorecard and the home page use, an indicator with no target "not yet assessable"', async () => {
    const manyOutcomes = validatePlan(await (await fetch('/test/fixtures/plans/many-outcomes.json')).json()).plan as Plan;
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card .plan=${manyOutcomes} ref="9.3" today="2026-12-08" hide-indicators></plan-sub-outcome-card>`);
    expect(shadowText(card, '[part="progress"]')).to.match(/^4 indicators: 1 target met, 1 some progress, 1 off track, 1 not yet assessable\b/);
  });

  it('leaves its gauges out when asked (hide-indicators), keeping the roll-up of their statuses', async () => {
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card today="2026-12-08" .plan=${minimal} ref="1.1" hide-indicators></plan-sub-outcome-card>`);
    expect(card.shadowRoot!.querySelectorAll('plan-progress-gauge, .indicator table')).to.have.length(0);
    expect(shadowText(card, '[part="progress"]')).to.equal('1 indicator: 1 on track Example figures');
    await expect(card).to.be.accessible(axeOptions);
  });

  it("draws its rule in its outcome's colour, from its part for that outcome, as a page's stylesheet can set it too", async () => {
    // Green, not the accent blue an element falls back to.
    const green = validatePlan({ ...minimalJson, outcomes: minimalJson.outcomes.map((o: object, i: number) => (i === 0 ? { ...o, colour: '#00703c' } : o)) }).plan as Plan;
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card today="2026-12-08" .plan=${green} ref="1.1"></plan-sub-outcome-card>`);
    const article = card.shadowRoot!.querySelector('article')!;
    expect([...article.part]).to.include('outcome-minimal--health');
    expect(getComputedStyle(article).borderTopColor).to.equal('rgb(0, 112, 60)');
  });

  it('labels each example figure where an import brought in a council figure', async () => {
    const importedFigures = validatePlan(await (await fetch('/test/fixtures/plans/imported-figures.json')).json()).plan as Plan;
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card today="2026-12-08" .plan=${importedFigures} ref="1.1"></plan-sub-outcome-card>`);
    expect(shadowText(card, '[part="progress"]')).to.equal('1 indicator: 1 on track Example figures');
    expect(shadowText(card, '.indicator summary')).to.equal('Figures (some examples)');
    const rows = [...card.shadowRoot!.querySelectorAll('.indicator tbody tr')].map((tr) => textsIn(tr, ':scope > *'));
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
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card today="2026-12-08" .plan=${minimal} ref="9.3"></plan-sub-outcome-card>`);
    expect(shadowText(card, '[part="error"]')).to.contain('A small test plan has no sub-outcome "9.3" (it has 1.1, 2.1).');
    expect(card.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
  });

  it('says so when a sub-outcome has no aims', async () => {
    const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card today="2026-12-08" .plan=${minimal} ref="2.1"></plan-sub-outcome-card>`);
    expect(shadowText(card, 'article')).to.contain('The reports we quote list no aims for this sub-outcome.');
    await expect(card).to.be.accessible(axeOptions);
  });

  it('reflows at 320 CSS px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const card = await fixture<PlanSubOutcomeCard>(html`<plan-sub-outcome-card today="2026-12-08" .plan=${minimal} ref="1.1" open-actions></plan-sub-outcome-card>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const node of card.shadowRoot!.querySelectorAll('article, .indicator, details')) {
        expect((node as HTMLElement).scrollWidth, node.className).to.be.at.most((node as HTMLElement).clientWidth + 1);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
