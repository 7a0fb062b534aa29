/**
 * The loader (`@plan-kit/elements/loader.js`, the embed bundle's plan-kit.js): it defines each
 * element when its tag first appears, in the document or in a shadow root a plan-kit element
 * renders, and an element defined before the `<plan-data>` around it still gets its plan.
 * Nothing else is imported here, so that the loader alone defines what the page shows.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '@plan-kit/elements/loader.js';
import { shadowText } from './helpers.ts';

const MINIMAL = '/test/fixtures/plans/minimal.json';

describe('the loader', () => {
  afterEach(() => document.body.replaceChildren());

  // First: no element has loaded the plan loader and validator yet (shared/plan-loading.ts), so
  // checking a plan object waits for it.
  it('checks a plan given as an object once the validator has loaded: a valid one shows, a broken one says what is wrong', async () => {
    const raw = (await (await fetch(MINIMAL)).json()) as Record<string, unknown>;
    document.body.innerHTML = '<plan-vision></plan-vision><plan-outcomes-matrix></plan-outcomes-matrix>';
    await Promise.all(['plan-vision', 'plan-outcomes-matrix'].map((tag) => customElements.whenDefined(tag)));
    const vision = document.querySelector('plan-vision') as HTMLElement & { plan?: unknown; updateComplete: Promise<boolean> };
    const matrix = document.querySelector('plan-outcomes-matrix') as HTMLElement & { plan?: unknown; updateComplete: Promise<boolean> };
    vision.plan = raw;
    matrix.plan = { ...raw, outcomes: 'none' };
    // updateComplete waits for the validator and the render after it.
    await Promise.all([vision.updateComplete, matrix.updateComplete]);
    expect(shadowText(vision)).to.include('People live').and.not.include('Loading');
    expect(shadowText(matrix, '[part="error"]')).to.include('The plan object given to <plan-outcomes-matrix> is not a valid plan');
    expect(shadowText(matrix, '[part="error"]')).to.include('outcomes');
  });

  it('defines an element when its tag is added to the document, and the gauges a card renders in its shadow root', async () => {
    expect(customElements.get('plan-sub-outcome-card'), 'not defined before the page has one').to.equal(undefined);
    document.body.innerHTML = `<plan-sub-outcome-card src="${MINIMAL}" ref="1.1"></plan-sub-outcome-card>`;
    const card = document.querySelector('plan-sub-outcome-card')!;
    await waitUntil(() => shadowText(card).includes('People live long lives'), 'the card renders its sub-outcome', { timeout: 5000 });
    const gauge = card.shadowRoot!.querySelector('plan-progress-gauge');
    expect(gauge, 'the card renders a gauge').to.not.equal(null);
    await waitUntil(() => customElements.get('plan-progress-gauge') !== undefined && shadowText(gauge!).length > 0, 'the gauge is defined and renders', { timeout: 5000 });
    expect(customElements.get('plan-lineage'), 'an element the page does not have stays unloaded').to.equal(undefined);
  });

  it('gives an element defined before its <plan-data> the plan, once <plan-data> is defined', async () => {
    // <plan-vision> defined first (its module imported here); <plan-data>'s module loads after it is on the page.
    await import('@plan-kit/elements/plan-vision.js');
    expect(customElements.get('plan-data')).to.equal(undefined);
    document.body.innerHTML = `<plan-data src="${MINIMAL}"><plan-vision></plan-vision></plan-data>`;
    const vision = document.querySelector('plan-vision')!;
    await waitUntil(() => shadowText(vision).includes('People live'), 'the vision shows the plan of the <plan-data> around it', { timeout: 5000 });
    expect(shadowText(vision, '[part="empty"]')).to.equal('');
  });
});
