/** <plan-scorecard>: every indicator with its status, figures and change in words; filters once interactive. */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { assessIndicator, validatePlan, type Plan, type ProgressStatus } from '@plan-kit/content';

/** The day every status here is judged on: the element's `today`, never the clock. */
const TODAY = '2026-12-08';
import '@plan-kit/elements/plan-scorecard.js';
import type { PlanScorecard } from '@plan-kit/elements/plan-scorecard.js';
import { axeOptions, nextEvent, shadowText, shadowTexts, textOf } from '../../../../test/browser/helpers.ts';

async function load(path: string): Promise<Plan> {
  return validatePlan(await (await fetch(path)).json()).plan as Plan;
}
const plan2022 = await load('/content/plans/2022-26.json');
const plan2014 = await load('/content/plans/2014-18.json');

const visibleRows = (el: PlanScorecard) => [...el.shadowRoot!.querySelectorAll('.wide tbody tr:not(.group)')];
/** The indicators of a plan, or of one of its outcomes (by id). */
const indicatorsOf = (plan: Plan, outcomeId?: string) =>
  plan.outcomes.filter((o) => !outcomeId || o.id === outcomeId).flatMap((o) => o.subOutcomes.flatMap((s) => (s.aims ?? []).flatMap((a) => a.indicators ?? [])));
const count = (plan: Plan) => indicatorsOf(plan).length;
/** How many indicators of the plan (or of one outcome) the content gives that status. */
const countWith = (status: ProgressStatus, outcomeId?: string) => indicatorsOf(plan2022, outcomeId).filter((i) => assessIndicator(i, { asAt: TODAY }).status === status).length;

describe('<plan-scorecard>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('lists every indicator of the plan in one table, grouped by outcome, with status in words', async () => {
    const el = await fixture<PlanScorecard>(html`<plan-scorecard today=${TODAY} .plan=${plan2022}></plan-scorecard>`);
    expect(visibleRows(el).length).to.equal(count(plan2022));
    expect(shadowText(el, 'caption')).to.equal('Indicators: Strategic Plan 2022-26');
    const groups = shadowTexts(el, '.wide th[scope="rowgroup"]');
    expect(groups).to.include('Keeping People Safe and Well');
    for (const row of visibleRows(el)) expect(textOf(row.querySelector('.status')!)).to.match(/Target met|On track|Some progress|Off track|Not yet assessable/);
    await expect(el).to.be.accessible(axeOptions);
  });

  it('says the change in words, against what, with an arrow that follows the numbers', async () => {
    const el = await fixture<PlanScorecard>(html`<plan-scorecard today=${TODAY} .plan=${plan2022} ref="9.3"></plan-scorecard>`);
    const text = visibleRows(el).map(textOf).join('\n');
    // 12.8% after 13.4% where lower is better: it fell, and that is better.
    expect(text).to.contain('↓ Better than the previous figure (13.4%, March 2024)');
    expect(text).to.contain('↓ Better than the baseline (14.6%, March 2022)');
    expect(text).to.match(/Worse than the previous figure/);
    // Healthy life expectancy: up on the previous figure, and still below its baseline; both said.
    expect(text).to.contain('↑ Better than the previous figure (62.9 years, March 2024)');
    expect(text).to.contain('↓ Worse than the baseline (63.6 years, March 2022)');
    // The status with its reason and flags, in words.
    expect(text).to.contain('Off track: 63.1 years in March 2025 is worse than the baseline of 63.6 years (March 2022).');
    expect(text).to.contain('Target date passed');
    expect(text).to.contain('(example)');
  });

  it('counts statuses per outcome above the table', async () => {
    const el = await fixture<PlanScorecard>(html`<plan-scorecard today=${TODAY} .plan=${plan2022}></plan-scorecard>`);
    const counts = shadowTexts(el, '[part="counts"] li');
    expect(counts).to.include('Keeping People Safe and Well: 2 target met, 1 some progress, 3 off track');
  });

  it('filters by status and outcome once interactive, and says how many are shown', async () => {
    const el = await fixture<PlanScorecard>(html`<plan-scorecard today=${TODAY} .plan=${plan2022}></plan-scorecard>`);
    await el.updateComplete;
    await el.updateComplete;
    const [status, outcome] = [...el.shadowRoot!.querySelectorAll('select')] as HTMLSelectElement[];
    const choose = async (select: HTMLSelectElement, value: string) => {
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    const total = count(plan2022);
    // Off track: exactly the plan's off-track indicators, each saying so, and the summary counts them.
    await choose(status!, 'off-track');
    expect(countWith('off-track'), 'the plan has off-track indicators, not only those').to.be.greaterThan(0).and.lessThan(total);
    expect(visibleRows(el).length).to.equal(countWith('off-track'));
    for (const row of visibleRows(el)) expect(textOf(row)).to.contain('Off track');
    expect(shadowText(el, '[part="summary"]')).to.equal(`Showing ${countWith('off-track')} of ${total} indicators`);
    // And one outcome: only its indicators with that status (its ones with some progress are fewer than the plan's, so both filters count).
    const widths = () => [...el.shadowRoot!.querySelectorAll('.wide thead th')].map((th) => Math.round(th.getBoundingClientRect().width));
    const offTrackWidths = widths();
    await choose(outcome!, 'improving-opportunities');
    expect(visibleRows(el).length).to.equal(countWith('off-track', 'improving-opportunities'));
    expect(shadowText(el, '[part="summary"]')).to.equal(`Showing ${countWith('off-track', 'improving-opportunities')} of ${total} indicators`);
    // None off track there: the scorecard says so in words rather than showing nothing.
    expect(shadowText(el, '.none')).to.equal('No indicator matches these choices.');
    await choose(status!, 'some-progress');
    expect(widths(), 'the columns keep their widths whatever is shown').to.deep.equal(offTrackWidths);
    // Nothing runs out of its cell into the next.
    for (const cell of el.shadowRoot!.querySelectorAll('.wide td')) expect(cell.scrollWidth, textOf(cell)).to.be.at.most(cell.clientWidth);
    expect(countWith('some-progress', 'improving-opportunities'), 'the outcome has fewer at-risk indicators than the plan').to.be.greaterThan(0).and.lessThan(countWith('some-progress'));
    expect(visibleRows(el).length).to.equal(countWith('some-progress', 'improving-opportunities'));
    for (const row of visibleRows(el)) expect(textOf(row)).to.contain('Some progress');
    expect(shadowText(el, '[part="summary"]')).to.equal(`Showing ${countWith('some-progress', 'improving-opportunities')} of ${total} indicators`);
    await expect(el).to.be.accessible(axeOptions);
  });

  it('in a narrow column shows a list with the same words instead of a squeezed table', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PlanScorecard>(html`<plan-scorecard today=${TODAY} .plan=${plan2022}></plan-scorecard>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.wide')!).display).to.equal('none');
    const items = el.shadowRoot!.querySelectorAll('.stack li');
    expect(items.length).to.equal(count(plan2022));
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible(axeOptions);
  });

  it('says so when there are no indicators, and names a missing sub-outcome', async () => {
    const none = await fixture<PlanScorecard>(html`<plan-scorecard today=${TODAY} .plan=${plan2014}></plan-scorecard>`);
    expect(shadowText(none, 'p')).to.contain('has no indicators yet');
    const el = document.createElement('plan-scorecard');
    el.setAttribute('ref', '9.9');
    const error = nextEvent(el, 'plan-error');
    el.plan = plan2022;
    document.body.append(el);
    expect((await error).detail.message).to.contain('has no sub-outcome "9.9"');
    el.remove();
  });
});
