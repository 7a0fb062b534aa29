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

/** The whole text of an element's shadow root. */
function text(host: Element): string {
  return (host.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('the loader', () => {
  afterEach(() => document.body.replaceChildren());

  it('defines an element when its tag is added to the document, and the gauges a card renders in its shadow root', async () => {
    expect(customElements.get('plan-sub-outcome-card'), 'not defined before the page has one').to.equal(undefined);
    document.body.innerHTML = `<plan-sub-outcome-card src="${MINIMAL}" ref="1.1"></plan-sub-outcome-card>`;
    const card = document.querySelector('plan-sub-outcome-card')!;
    await waitUntil(() => text(card).includes('People live long lives'), 'the card renders its sub-outcome', { timeout: 5000 });
    const gauge = card.shadowRoot!.querySelector('plan-progress-gauge');
    expect(gauge, 'the card renders a gauge').to.not.equal(null);
    await waitUntil(() => customElements.get('plan-progress-gauge') !== undefined && text(gauge!).length > 0, 'the gauge is defined and renders', { timeout: 5000 });
    expect(customElements.get('plan-lineage'), 'an element the page does not have stays unloaded').to.equal(undefined);
  });

  it('gives an element defined before its <plan-data> the plan, once <plan-data> is defined', async () => {
    // <plan-vision> defined first (its module imported here); <plan-data>'s module loads after it is on the page.
    await import('@plan-kit/elements/plan-vision.js');
    expect(customElements.get('plan-data')).to.equal(undefined);
    document.body.innerHTML = `<plan-data src="${MINIMAL}"><plan-vision></plan-vision></plan-data>`;
    const vision = document.querySelector('plan-vision')!;
    await waitUntil(() => text(vision).includes('People live'), 'the vision shows the plan of the <plan-data> around it', { timeout: 5000 });
    expect(shadowText(vision, '[part="empty"]')).to.equal('');
  });
});
