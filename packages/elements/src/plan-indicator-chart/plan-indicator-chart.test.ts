/** <plan-indicator-chart>: an indicator over time, said in words, drawn without colour alone, readable at 320 px. */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { allIndicators, validatePlan, type Plan } from '@plan-kit/content';
import '@plan-kit/elements/plan-indicator-chart.js';
import type { PlanIndicatorChart } from '@plan-kit/elements/plan-indicator-chart.js';
import { axeOptions, emulateForcedColors, nextEvent, shadowText, shadowTexts, textOf, textsIn } from '../../../../test/browser/helpers.ts';

async function load(path: string): Promise<Plan> {
  return validatePlan(await (await fetch(path)).json()).plan as Plan;
}
const plan2022 = await load('/content/plans/2022-26.json');
const minimal = await load('/test/fixtures/plans/minimal.json');
const importedFigures = await load('/test/fixtures/plans/imported-figures.json');

/** The 2022-26 NEET indicator with its figures set for the test, so the words do not follow the content's examples. */
function neet(history: { date: string; value: number; example?: boolean }[]): Plan {
  const copy = structuredClone(plan2022);
  for (const outcome of copy.outcomes)
    for (const sub of outcome.subOutcomes)
      for (const aim of sub.aims ?? [])
        for (const indicator of aim.indicators ?? [])
          if (indicator.id === 'young-people-neet') Object.assign(indicator, { history, baseline: history[0], target: { date: '2026-03', value: 13 }, min: 0, max: 20 });
  return copy;
}

const description = (el: PlanIndicatorChart) => {
  const svg = el.shadowRoot!.querySelector('svg[part="chart"]')!;
  return textOf(el.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!));
};

describe('<plan-indicator-chart>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateForcedColors(false);
  });

  it('describes the drawing in words: first and latest figure, which way is better, and the target', async () => {
    const plan = neet([
      { date: '2022-03', value: 14.6 },
      { date: '2023-03', value: 13.9 },
      { date: '2025-03', value: 12.8 },
    ]);
    const el = await fixture<PlanIndicatorChart>(html`<plan-indicator-chart .plan=${plan} indicator="young-people-neet"></plan-indicator-chart>`);
    const svg = el.shadowRoot!.querySelector('svg[part="chart"]')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.contain('16-17 year olds not in education');
    expect(description(el)).to.equal(
      'Fell from 14.6% in March 2022 to 12.8% in March 2025 (lower is better, so this is an improvement). ' +
        'Baseline: 14.6% in March 2022. Target: 13% by March 2026. These are example figures, not council figures.',
    );
    expect(el.shadowRoot!.querySelectorAll('circle.mark:not(.key circle)').length).to.equal(3);
    await expect(el).to.be.accessible(axeOptions);
  });

  it('says a rise that is a worsening, and a single figure', async () => {
    const worse = await fixture<PlanIndicatorChart>(
      html`<plan-indicator-chart .plan=${neet([{ date: '2022-03', value: 12 }, { date: '2024-03', value: 15.5 }])} indicator="young-people-neet"></plan-indicator-chart>`,
    );
    expect(description(worse)).to.match(/^Rose from 12% in March 2022 to 15\.5% in March 2024 \(lower is better, so this is a worsening\)/);
    const one = await fixture<PlanIndicatorChart>(
      html`<plan-indicator-chart .plan=${neet([{ date: '2022-03', value: 12 }])} indicator="young-people-neet"></plan-indicator-chart>`,
    );
    expect(description(one)).to.match(/^One figure so far: 12% in March 2022/);
    expect(one.shadowRoot!.querySelector('path.line'), 'no line through one figure').to.equal(null);
  });

  it('draws example figures hollow and says so, and labels baseline and target by dash and words as well as colour', async () => {
    const el = await fixture<PlanIndicatorChart>(html`<plan-indicator-chart .plan=${importedFigures} indicator="healthy-weight-adults"></plan-indicator-chart>`);
    const marks = [...el.shadowRoot!.querySelectorAll('svg[part="chart"] circle.mark')];
    const hollow = marks.filter((m) => m.classList.contains('example'));
    expect(hollow.length, 'example marks').to.be.greaterThan(0);
    expect(hollow.length, 'council marks').to.be.lessThan(marks.length);
    const fill = (m: Element) => getComputedStyle(m).fill;
    expect(fill(hollow[0]!)).to.not.equal(fill(marks.find((m) => !m.classList.contains('example'))!));
    expect(description(el)).to.contain('Some of these figures are examples, not council figures (hollow marks).');
    const legend = shadowText(el, '[part="legend"]');
    expect(legend).to.contain('Example figure (hollow)').and.to.contain('Baseline (dashed)').and.to.contain('Target (dotted');
    const dash = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(`svg[part="chart"] ${selector}`)!).strokeDasharray;
    expect(dash('line.baseline')).to.not.equal('none');
    expect(dash('line.target')).to.not.equal(dash('line.baseline'));
    await expect(el).to.be.accessible(axeOptions);
  });

  it('has its figures as a table, with the example figures marked', async () => {
    const el = await fixture<PlanIndicatorChart>(html`<plan-indicator-chart .plan=${minimal} indicator="healthy-weight-adults"></plan-indicator-chart>`);
    const table = el.shadowRoot!.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.contain('(examples)');
    const rows = textsIn(table, 'tbody tr > th');
    expect(rows[0]).to.equal('Baseline');
    expect(rows.at(-1)).to.equal('Target');
    expect(rows).to.include('Latest');
    el.shadowRoot!.querySelector('details')!.open = true;
    await expect(el).to.be.accessible(axeOptions);
  });

  it('labels the value and year axes', async () => {
    const el = await fixture<PlanIndicatorChart>(html`<plan-indicator-chart .plan=${plan2022} indicator="young-people-neet"></plan-indicator-chart>`);
    const ticks = shadowTexts(el, 'text.tick');
    expect(ticks.some((t) => t.endsWith('%')), 'value labels with their unit').to.equal(true);
    expect(ticks).to.include('2022');
  });

  it('names a unit that is a word once above the drawing, and writes the axis in numbers alone', async () => {
    const el = await fixture<PlanIndicatorChart>(html`<plan-indicator-chart .plan=${plan2022} indicator="healthy-life-expectancy"></plan-indicator-chart>`);
    expect(shadowText(el, '[part="unit"]')).to.equal('Values in years');
    const ticks = shadowTexts(el, 'text.tick');
    expect(ticks.every((t) => /^[\d.,]+$/.test(t)), ticks.join(' | ')).to.equal(true);
  });

  it('fits 320 px without scrolling sideways, and keeps its marks in forced colours', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PlanIndicatorChart>(html`<plan-indicator-chart .plan=${plan2022} indicator="young-people-neet"></plan-indicator-chart>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.shadowRoot!.querySelector('svg[part="chart"]')!.getBoundingClientRect().width).to.be.at.most(320);
    await emulateForcedColors(true);
    const line = el.shadowRoot!.querySelector('path.line')!;
    expect(getComputedStyle(line).stroke).to.not.equal('none');
    await expect(el).to.be.accessible(axeOptions);
  });

  it('draws figures too small for round axis values (5e-324) without throwing, with the figures in words', async () => {
    const plan = structuredClone(plan2022);
    const { indicator } = [...allIndicators(plan)].find((found) => found.indicator.id === 'young-people-neet')!;
    indicator.history = [
      { date: '2022-03', value: 5e-324 },
      { date: '2023-03', value: 1e-323 },
    ];
    // No baseline, target or bounds: the axis spans the figures alone.
    Object.assign(indicator, { baseline: undefined, target: undefined, min: undefined, max: undefined });
    const el = await fixture<PlanIndicatorChart>(html`<plan-indicator-chart .plan=${plan} indicator="young-people-neet"></plan-indicator-chart>`);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('circle.mark:not(.key circle)').length).to.equal(2);
    expect(description(el)).to.match(/^Rose from /);
  });

  it('draws its axis labels at 13 px or more on a phone, and no larger than the text around them on a wide screen', async () => {
    /** The size a tick label is drawn at, in CSS pixels: the SVG scales its font with the drawing. */
    const labelPx = async (page: HTMLElement) => {
      const el = page.querySelector<PlanIndicatorChart>('plan-indicator-chart')!;
      await el.updateComplete;
      const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg[part="chart"]')!;
      const tick = svg.querySelector('.tick')!;
      return (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width) * parseFloat(getComputedStyle(tick).fontSize);
    };
    // A phone: 375 px, with a page's 16 px of padding each side, as the site's pages have.
    await setViewport({ width: 375, height: 800 });
    const phone = await fixture<HTMLElement>(
      html`<div style="padding: 0 16px; font-size: 19px"><plan-indicator-chart .plan=${plan2022} indicator="young-people-neet"></plan-indicator-chart></div>`,
    );
    expect(await labelPx(phone)).to.be.at.least(13);
    await setViewport({ width: 1280, height: 800 });
    const wide = await fixture<HTMLElement>(
      html`<div style="font-size: 19px"><plan-indicator-chart .plan=${plan2022} indicator="young-people-neet"></plan-indicator-chart></div>`,
    );
    expect(await labelPx(wide)).to.be.within(13, 19);
  });

  it('says which indicator a plan lacks, and fires plan-error', async () => {
    const el = document.createElement('plan-indicator-chart');
    el.setAttribute('indicator', 'no-such-indicator');
    const error = nextEvent(el, 'plan-error');
    el.plan = plan2022;
    document.body.append(el);
    expect((await error).detail.message).to.contain('has no indicator "no-such-indicator"');
    await el.updateComplete;
    expect(shadowText(el, '[part="error"]')).to.contain('no-such-indicator');
    await expect(el).to.be.accessible(axeOptions);
    el.remove();
  });
});
