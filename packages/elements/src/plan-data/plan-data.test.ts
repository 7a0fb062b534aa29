/** <plan-data>: one request for every element inside it, and a retry from any of them. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearPlanCache, validatePlan, type Plan } from '@plan-kit/content';
import '@plan-kit/elements';
import { nextEvent, shadowText } from '../../../../test/browser/helpers.ts';

const minimal = validatePlan(await (await fetch('/test/fixtures/plans/minimal.json')).json()).plan as Plan;

describe('<plan-data>', () => {
  beforeEach(() => clearPlanCache());

  it('<plan-data> loads once for all the elements inside it and a broken neighbour breaks nothing', async () => {
    let requests = 0;
    const counting = window.fetch;
    window.fetch = (input, init) => {
      if (String(input).endsWith('/minimal.json')) requests++;
      return counting(input, init);
    };
    try {
      const page = await fixture(html`<div>
        <plan-data src="/test/fixtures/plans/minimal.json">
          <plan-vision></plan-vision>
          <plan-outcomes-matrix></plan-outcomes-matrix>
          <plan-sub-outcome-card ref="1.1"></plan-sub-outcome-card>
          <plan-timeline></plan-timeline>
        </plan-data>
        <plan-sub-outcome-card src="/missing/plan.json" ref="1.1"></plan-sub-outcome-card>
        <plan-progress-gauge value="3" target="4" label="Plain gauge"></plan-progress-gauge>
      </div>`);
      const [card, broken] = page.querySelectorAll('plan-sub-outcome-card');
      await waitUntil(
        () => card!.shadowRoot!.querySelector('article') && broken!.shadowRoot!.querySelector('[part="error"]'),
        'the card and its broken neighbour settle',
        { timeout: 10_000 },
      );
      expect(requests).to.equal(1);
      expect(card!.shadowRoot!.textContent).to.contain('People live long lives');
      expect(page.querySelector('plan-timeline')!.shadowRoot!.textContent).to.contain('The committee discusses the plan');
      expect(shadowText(broken!, '[part="error"]')).to.contain('404');
      expect(shadowText(page.querySelector('plan-progress-gauge')!, '[part="label"]')).to.equal('Plain gauge');
    } finally {
      window.fetch = counting;
    }
  });

  it('a retry inside a child of <plan-data> loads the plan again', async () => {
    let fail = true;
    const previous = window.fetch;
    window.fetch = (input, init) =>
      String(input).endsWith('/flaky.json')
        ? fail
          ? Promise.resolve(new Response('oops', { status: 503, statusText: 'Service Unavailable' }))
          : Promise.resolve(new Response(JSON.stringify(minimal), { headers: { 'content-type': 'application/json' } }))
        : previous(input, init);
    try {
      const data = await fixture(html`<plan-data src="/flaky.json"><plan-vision></plan-vision></plan-data>`);
      const vision = data.querySelector('plan-vision')!;
      await nextEvent(data, 'plan-error');
      await vision.updateComplete;
      expect(shadowText(vision, '[part="error"]')).to.contain('503');
      fail = false;
      const loaded = nextEvent(data, 'plan-load');
      (vision.shadowRoot!.querySelector('[part="retry"]') as HTMLButtonElement).click();
      await loaded;
      await vision.updateComplete;
      expect(vision.shadowRoot!.textContent).to.contain('People live');
    } finally {
      window.fetch = previous;
    }
  });
});
