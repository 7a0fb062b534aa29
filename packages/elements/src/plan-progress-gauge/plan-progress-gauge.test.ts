import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { validatePlan, type Plan } from '@plan-kit/content';
import '@plan-kit/elements/plan-progress-gauge.js';
import type { PlanProgressGauge } from '@plan-kit/elements/plan-progress-gauge.js';
import { axeOptions, emulateForcedColors, nextEvent, shadowText } from '../../../../test/browser/helpers.ts';

const minimal = validatePlan(await (await fetch('/test/fixtures/plans/minimal.json')).json()).plan as Plan;
const plan2022 = validatePlan(await (await fetch('/content/plans/2022-26.json')).json()).plan as Plan;
const importedFigures = validatePlan(await (await fetch('/test/fixtures/plans/imported-figures.json')).json()).plan as Plan;

describe('<plan-progress-gauge>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await emulateForcedColors(false);
  });

  it('works from attributes alone: a meter with the value, target and status in words', async () => {
    const el = await fixture<PlanProgressGauge>(
      html`<plan-progress-gauge value="62" max="100" target="75" label="Residents with a healthy weight" unit="%"></plan-progress-gauge>`,
    );
    const meter = el.shadowRoot!.querySelector('[role="meter"]')!;
    expect(meter.getAttribute('aria-valuenow')).to.equal('62');
    // Figures alone have no dates, so no rate: short of the target is "not yet assessable", never "off track".
    expect(meter.getAttribute('aria-valuetext')).to.equal('62% against a target of 75%');
    expect(shadowText(el, '[part="status"]')).to.equal('– Not yet assessable');
    expect(shadowText(el, '[part="label"]')).to.equal('Residents with a healthy weight');
    await expect(el).to.be.accessible(axeOptions);
  });

  it('says "target met" at the target, lower-is-better included, and takes a status the page gives', async () => {
    const met = await fixture<PlanProgressGauge>(html`<plan-progress-gauge value="75" target="75" unit="%" label="A"></plan-progress-gauge>`);
    expect(shadowText(met, '[part="status"]')).to.equal('✓ Target met');
    const lower = await fixture<PlanProgressGauge>(
      html`<plan-progress-gauge value="18" target="20" unit="%" direction="lower-is-better" label="B"></plan-progress-gauge>`,
    );
    expect(shadowText(lower, '[part="status"]')).to.contain('Target met');
    expect(lower.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).to.equal(
      '18% against a target of 20%, target met, lower is better',
    );
    const given = await fixture<PlanProgressGauge>(html`<plan-progress-gauge value="70" target="75" unit="%" label="C" status="some-progress"></plan-progress-gauge>`);
    expect(shadowText(given, '[part="status"]')).to.equal('! Some progress');
    await expect(given).to.be.accessible(axeOptions);
  });

  it("says an indicator's status by the published method as at its day, with the reason, flags and both changes", async () => {
    const el = await fixture<PlanProgressGauge>(html`<plan-progress-gauge .plan=${plan2022} indicator="healthy-life-expectancy" today="2026-12-08"></plan-progress-gauge>`);
    expect(shadowText(el, '[part="status"]')).to.equal('✕ Off track');
    const reason = 'Off track: 63.1 years in March 2025 is worse than the baseline of 63.6 years (March 2022).';
    expect(shadowText(el, '[part="reason"]')).to.contain(reason);
    expect(shadowText(el, '[part="reason"]')).to.contain('As at 8 December 2026');
    expect(shadowText(el, '.flag')).to.equal('Target date passed');
    expect(el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).to.contain(reason);
    const figures = shadowText(el, '[part="figures"]');
    expect(figures).to.contain('↑ Better than the previous figure (62.9 years, March 2024)');
    expect(figures).to.contain('↓ Worse than the baseline (63.6 years, March 2022)');
    await expect(el).to.be.accessible(axeOptions);
    // NEET met its target a year early: "target met", not "on track".
    const neet = await fixture<PlanProgressGauge>(html`<plan-progress-gauge .plan=${plan2022} indicator="young-people-neet" today="2026-12-08"></plan-progress-gauge>`);
    expect(shadowText(neet, '[part="status"]')).to.equal('✓ Target met');
  });

  it('labels example figures visibly and to screen readers', async () => {
    const el = await fixture<PlanProgressGauge>(html`<plan-progress-gauge value="5" target="10" label="C" example></plan-progress-gauge>`);
    expect(shadowText(el, '[part="example-label"]')).to.equal('Example figure');
    expect(el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).to.contain('example figure');
    await expect(el).to.be.accessible(axeOptions);
  });

  it('draws an indicator of a plan, with its dates, change and example label', async () => {
    const el = await fixture<PlanProgressGauge>(html`<plan-progress-gauge .plan=${minimal} indicator="healthy-weight-adults" today="2026-12-08"></plan-progress-gauge>`);
    expect(shadowText(el, '[part="label"]')).to.equal('Adults with a healthy weight');
    expect(shadowText(el, '[part="figures"]')).to.contain('Target60% by 31 March 2026');
    expect(shadowText(el, '[part="figures"]')).to.match(/↑ Better than the previous figure \(\d+%, [^)]+\)/);
    expect(shadowText(el, '[part="example-label"]')).to.equal('Example figure');
    // The dates in the secondary colour, beside the figures in the text colour.
    const colour = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).color;
    expect([colour('[part="figures"] .date'), colour('[part="figures"] dd')]).to.deep.equal(['rgb(80, 90, 95)', 'rgb(11, 12, 12)']);
    await expect(el).to.be.accessible(axeOptions);
  });

  it('labels both ends of its scale, puts the reading in one place whatever its length, and keys target and baseline', async () => {
    const short = await fixture<PlanProgressGauge>(html`<plan-progress-gauge value="35.7" target="40" baseline="30" unit="%" label="A"></plan-progress-gauge>`);
    const long = await fixture<PlanProgressGauge>(html`<plan-progress-gauge value="63.1" min="55" max="75" target="64.5" unit="years" label="B"></plan-progress-gauge>`);
    expect([...short.shadowRoot!.querySelectorAll('.scale-end')].map((e) => e.textContent!.trim())).to.deep.equal(['0%', '100%']);
    expect([...long.shadowRoot!.querySelectorAll('.scale-end')].map((e) => e.textContent!.trim())).to.deep.equal(['55 years', '75 years']);
    // The reading sits below the arc, centred, on one line, for "35.7%" and "63.1 years" alike.
    for (const el of [short, long]) {
      const arc = el.shadowRoot!.querySelector('svg[part="chart"]')!.getBoundingClientRect();
      const reading = el.shadowRoot!.querySelector('.reading')!.getBoundingClientRect();
      expect(reading.top, 'below the arc').to.be.at.least(arc.bottom - 1);
      expect(Math.abs((reading.left + reading.right) / 2 - (arc.left + arc.right) / 2), 'centred').to.be.lessThan(2);
      expect(reading.height, 'one line').to.be.lessThan(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.reading')!).fontSize) * 1.5);
    }
    // The reading stands out: the scale's ends and the figures' names are smaller, plain, in the secondary colour.
    const style = (selector: string) => getComputedStyle(short.shadowRoot!.querySelector(selector)!);
    expect(parseFloat(style('.scale-end').fontSize)).to.be.lessThan(parseFloat(style('.reading').fontSize) / 1.5);
    expect([style('.scale-end').fontWeight, style('.reading').fontWeight]).to.deep.equal(['400', '700']);
    expect([style('.scale-end').color, style('[part="figures"] dt').color, style('.reading').color]).to.deep.equal(['rgb(80, 90, 95)', 'rgb(80, 90, 95)', 'rgb(11, 12, 12)']);
    const keys = [...short.shadowRoot!.querySelectorAll('[part="figures"] dt')].filter((dt) => dt.querySelector('svg.key'));
    expect(keys.map((dt) => dt.textContent!.trim())).to.deep.equal(['Target', 'Baseline']);
    await expect(short).to.be.accessible(axeOptions);
  });

  it('says a fall is better where lower is better, with an arrow that follows the numbers', async () => {
    const plan = structuredClone(minimal);
    const indicator = plan.outcomes[0]!.subOutcomes[0]!.aims![0]!.indicators![0]!;
    Object.assign(indicator, {
      direction: 'lower-is-better',
      history: [
        { date: '2024-03-31', value: 14.6 },
        { date: '2025-03-31', value: 12.8 },
      ],
    });
    const el = await fixture<PlanProgressGauge>(html`<plan-progress-gauge today="2026-12-08" .plan=${plan} indicator=${indicator.id}></plan-progress-gauge>`);
    expect(shadowText(el, '[part="figures"]')).to.contain('Change↓ Better than the previous figure (14.6%, March 2024)');
  });

  it('names the figures that are examples when an import brought in a council figure', async () => {
    const el = await fixture<PlanProgressGauge>(html`<plan-progress-gauge today="2026-12-08" .plan=${importedFigures} indicator="healthy-weight-adults"></plan-progress-gauge>`);
    expect(shadowText(el, '[part="example-label"]')).to.equal('Example target and baseline');
    expect(el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).to.match(
      /^59% against a target of 60%, On track: at the rate since March 2022 \(up 1\.3 points a year\) it reaches 60% by March 2026\. .*, example target and baseline$/,
    );
    await expect(el).to.be.accessible(axeOptions);
  });

  it('shows an error and fires plan-error for an indicator the plan lacks', async () => {
    const el = document.createElement('plan-progress-gauge');
    el.indicator = 'nope';
    el.plan = minimal;
    const event = nextEvent(el, 'plan-error');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.message).to.equal('A small test plan has no indicator "nope".');
    expect(detail.kind).to.equal('not-found');
    expect(detail.error.name).to.equal('PlanNotFoundError');
    expect(shadowText(el, '[part="error"]')).to.contain('A small test plan has no indicator "nope".');
    await expect(el).to.be.accessible(axeOptions);
    el.remove();
  });

  it('reports a bad attribute as invalid-attribute, not as something the plan lacks', async () => {
    const el = document.createElement('plan-progress-gauge');
    el.setAttribute('value', '5');
    el.setAttribute('min', '10');
    el.setAttribute('max', '0');
    el.setAttribute('label', 'F');
    const event = nextEvent(el, 'plan-error');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.kind).to.equal('invalid-attribute');
    expect(detail.error.name).to.equal('PlanAttributeError');
    expect(detail.message).to.equal('The gauge "F" has max (0) not above min (10).');
    el.remove();
  });

  it('offers a "Try again" button in the house style when its plan cannot be loaded', async () => {
    // A gauge adopts only the core styles; the button's come with the plan feed, for a gauge fed a plan.
    const el = document.createElement('plan-progress-gauge');
    el.indicator = 'good-level-of-development';
    el.src = '/missing/gauge-plan.json';
    const event = nextEvent(el, 'plan-error');
    document.body.append(el);
    expect((await event).detail.kind).to.equal('http');
    await el.updateComplete;
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(retry.textContent).to.equal('Try again');
    const style = getComputedStyle(retry);
    expect([style.backgroundColor, style.borderTopColor, style.cursor]).to.deep.equal(['rgb(11, 12, 12)', 'rgb(11, 12, 12)', 'pointer']);
    await expect(el).to.be.accessible(axeOptions);
    el.remove();
  });

  it('says which status values it takes when given another; an empty status is worked out from the figures', async () => {
    const wrong = await fixture<PlanProgressGauge>(html`<plan-progress-gauge value="5" target="10" label="D" status="on track"></plan-progress-gauge>`);
    expect(shadowText(wrong, '[part="error"]')).to.contain('The gauge "D" has status "on track": use target-met, on-track, some-progress, off-track, not-assessable, or leave it out.');
    const empty = await fixture<PlanProgressGauge>(html`<plan-progress-gauge value="10" target="10" label="E" status=""></plan-progress-gauge>`);
    expect(shadowText(empty, '[part="status"]')).to.equal('✓ Target met');
  });

  it('treats an empty figure attribute (a template with no figure) as no figure, not 0', async () => {
    const el = await fixture<PlanProgressGauge>(html`<plan-progress-gauge value="" target="" baseline="" label="F"></plan-progress-gauge>`);
    expect(shadowText(el, '[part="status"]')).to.equal('– Not yet assessable');
    expect(shadowText(el, '[part="figures"]')).to.equal('');
  });

  it('finds a scale for figures without one: negative figures up to zero, huge ones without overflowing', async () => {
    const indicator = minimal.outcomes[0]!.subOutcomes[0]!.aims![0]!.indicators![0]!;
    const withFigures = (unit: string, values: number[]) => {
      const [baseline, ...history] = values;
      const changed = { ...indicator, unit, min: undefined, max: undefined, target: undefined, baseline: { date: '2022', value: baseline! }, history: history.map((value, i) => ({ date: `${2023 + i}`, value })) };
      return validatePlan({ ...minimal, outcomes: [{ ...minimal.outcomes[0], subOutcomes: [{ ...minimal.outcomes[0]!.subOutcomes[0], aims: [{ ...minimal.outcomes[0]!.subOutcomes[0]!.aims![0], indicators: [changed] }] }] }, minimal.outcomes[1]] }).plan!;
    };
    const meter = async (plan: Plan) => {
      const el = await fixture<PlanProgressGauge>(html`<plan-progress-gauge today="2026-12-08" .plan=${plan} indicator="healthy-weight-adults"></plan-progress-gauge>`);
      const m = el.shadowRoot!.querySelector('[role="meter"]')!;
      return ['aria-valuemin', 'aria-valuenow', 'aria-valuemax'].map((name) => m.getAttribute(name));
    };
    expect(await meter(withFigures('people', [-120, -50]))).to.deep.equal(['-120', '-50', '0']);
    const [, , max] = await meter(withFigures('pounds', [8e307, 1e308]));
    expect(Number(max)).to.equal(1e308);
  });

  it('stops the sweep animation when the reader prefers reduced motion', async () => {
    const el = await fixture<PlanProgressGauge>(html`<plan-progress-gauge value="50" label="D"></plan-progress-gauge>`);
    const value = el.shadowRoot!.querySelector('.value')!;
    expect(getComputedStyle(value).animationName).to.equal('plan-gauge-sweep');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(value).animationName).to.equal('none');
  });

  it('keeps the arc and the target visible in forced colours', async () => {
    await emulateForcedColors(true);
    const el = await fixture<PlanProgressGauge>(html`<plan-progress-gauge value="50" target="75" label="E"></plan-progress-gauge>`);
    const fill = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).fill;
    expect(fill('.value')).not.to.equal(fill('.track'));
    expect(fill('.target')).not.to.equal(fill('.value'));
    expect(fill('.target')).not.to.equal('none');
  });
});
