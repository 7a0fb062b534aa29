/**
 * Every data element in every state (loading, ready, error, empty), each checked with axe:
 * one loop over the elements, so that a new element gets the same checks.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { clearPlanCache, validatePlan, type Plan } from '@plan-kit/content';
import '@plan-kit/elements';
import type { PlanElement } from '@plan-kit/elements';
import { DATA_ELEMENTS, createElement } from './data-elements.ts';
import { axeOptions, nextEvent, shadowText, shadowTexts } from './helpers.ts';

const minimal = validatePlan(await (await fetch('/test/fixtures/plans/minimal.json')).json()).plan as Plan;

/** Each element with the attributes that select its part of the minimal plan. */
const ELEMENTS = DATA_ELEMENTS.map(({ tag, select, minimalText }) => ({ tag, attributes: select(minimal), readyText: minimalText }));

const create = (tag: string, attributes: Record<string, string>) => createElement<PlanElement<unknown>>(tag, attributes);

/** fetch answers that never come, for the loading state; everything else goes to the test server. */
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) => (String(input).includes('/never/') ? new Promise(() => {}) : realFetch(input, init));

describe('element states', () => {
  beforeEach(() => clearPlanCache());

  for (const { tag, attributes, readyText } of ELEMENTS) {
    describe(`<${tag}>`, () => {
      it('ready: renders its part of the plan, fires plan-load, passes axe', async () => {
        const el = create(tag, attributes);
        const loaded = nextEvent(el, 'plan-load');
        el.plan = minimal;
        await fixture(el);
        expect((await loaded).detail.plan.id).to.equal('minimal');
        expect(el.shadowRoot!.textContent).to.contain(readyText);
        await expect(el).to.be.accessible(axeOptions);
      });

      it('loading: says so while the plan loads, passes axe', async () => {
        const el = create(tag, { ...attributes, src: '/never/plan.json' });
        await fixture(el);
        expect(shadowText(el, '[part="loading"]')).to.equal('Loading the plan…');
        await expect(el).to.be.accessible(axeOptions);
      });

      it('error (404): names the URL and the status, offers a retry, fires plan-error, passes axe', async () => {
        const el = create(tag, { ...attributes, src: '/missing/plan.json' });
        const failed = nextEvent(el, 'plan-error');
        await fixture(el);
        const { detail } = await failed;
        expect(detail.kind).to.equal('http');
        expect(detail.url).to.match(/\/missing\/plan\.json$/);
        await el.updateComplete;
        const text = shadowText(el, '[part="error"]');
        expect(text).to.contain('/missing/plan.json: the server answered 404 Not Found');
        expect(el.shadowRoot!.querySelector('[part="retry"]')?.textContent).to.equal('Try again');
        await expect(el).to.be.accessible(axeOptions);
      });

      it('error (invalid plan): lists the paths that are wrong', async () => {
        const el = create(tag, { ...attributes, src: '/test/fixtures/plans/invalid.json' });
        const failed = nextEvent(el, 'plan-error');
        await fixture(el);
        expect((await failed).detail.problems?.map((p) => p.path)).to.include('outcomes[0].title');
        await el.updateComplete;
        const items = shadowTexts(el, '[part="error"] li');
        expect(items).to.include('outcomes[0].title: required');
        expect(items).to.include('outcomes[0].subOutcomes[0].title: required');
        await expect(el).to.be.accessible(axeOptions);
      });

      it('error (invalid plan object): names the element and lists the paths, no retry, fires plan-error', async () => {
        const el = create(tag, attributes);
        const failed = nextEvent(el, 'plan-error');
        // Raw JSON handed over by a host page's script, with a field of the wrong type.
        el.plan = { ...minimal, outcomes: [{ ...minimal.outcomes[0], subOutcomes: 'none' }] } as unknown as Plan;
        await fixture(el);
        const { detail } = await failed;
        expect(detail.kind).to.equal('invalid-plan');
        expect(detail.problems?.map((p) => `${p.path}: ${p.message}`)).to.deep.equal(['outcomes[0].subOutcomes: must be a list, not the text "none"']);
        expect(shadowText(el, '.error-message')).to.equal(`The plan object given to <${tag}> is not a valid plan:`);
        expect(shadowText(el, '[part="error"] li')).to.equal('outcomes[0].subOutcomes: must be a list, not the text "none"');
        expect(el.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
        await expect(el).to.be.accessible(axeOptions);
      });

      it('empty: says what it needs when it has no plan, passes axe', async () => {
        if (tag === 'plan-progress-gauge') return; // a gauge without plan draws its attributes instead
        const el = await fixture(create(tag, attributes));
        expect(shadowText(el, '[part="empty"]')).to.contain('No plan to show');
        await expect(el).to.be.accessible(axeOptions);
      });

      it('takes its plan from an enclosing <plan-data>', async () => {
        const data = await fixture(html`<plan-data src="/test/fixtures/plans/minimal.json"></plan-data>`);
        const el = create(tag, attributes);
        const loaded = nextEvent(el, 'plan-load');
        data.append(el);
        await loaded;
        expect(el.shadowRoot!.textContent).to.contain(readyText);
      });
    });
  }
});
