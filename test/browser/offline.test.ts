/**
 * The network goes away after the page has loaded (Chromium fails the requests as it does
 * offline): a plan by `src` cannot be fetched, and neither can the lazily loaded markdown
 * renderer. The element says what it could not reach and offers a retry; markdown text shows its
 * words; nothing is left unhandled; with the network back, both work again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { clearPlanCache, validatePlan, type Plan } from '@plan-kit/content';
import '@plan-kit/elements';
import { loadMarkdown } from '@plan-kit/elements';
import type { PlanVision } from '@plan-kit/elements/plan-vision.js';
import { nextEvent, shadowText } from './helpers.ts';

const minimal = validatePlan(await (await fetch('/test/fixtures/plans/minimal.json')).json()).plan as Plan;

const unhandled: string[] = [];
window.addEventListener('unhandledrejection', (e) => unhandled.push(`unhandled rejection: ${String(e.reason)}`));

/** Cuts the network for the markdown renderer's modules and for plan files, or restores it. */
const setOffline = (offline: boolean) =>
  executeServerCommand('cut-network', { urls: offline ? ['*/content/dist/markdown*', '*/marked/*', '*/dompurify/*', '*offline=*'] : [] });

describe('without a network', () => {
  beforeEach(() => {
    clearPlanCache();
    unhandled.length = 0;
  });
  afterEach(async () => {
    await setOffline(false);
    expect(unhandled, 'nothing left unhandled in the page').to.deep.equal([]);
  });

  // First: nothing in this page has loaded the markdown renderer yet.
  it('markdown content shows its words while the renderer cannot load, and renders once back online', async () => {
    await setOffline(true);
    const el = await fixture<PlanVision>(html`<plan-vision .plan=${minimal}></plan-vision>`);
    const failure = await loadMarkdown().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure, 'the renderer could not load offline').to.be.instanceOf(Error);
    await el.updateComplete;
    expect(shadowText(el, 'blockquote')).to.equal('People live *well*.');

    await setOffline(false);
    await loadMarkdown();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('blockquote em')?.textContent).to.equal('well');
  });

  it('a plan by src: says it could not reach the address; back online, "Try again" loads it', async () => {
    await setOffline(true);
    const src = `/test/fixtures/plans/minimal.json?offline=${Date.now()}`;
    const el = document.createElement('plan-vision');
    el.src = src;
    const failed = nextEvent(el, 'plan-error');
    await fixture(el);
    const { detail } = await failed;
    expect(detail.kind).to.equal('network');
    await el.updateComplete;
    expect(shadowText(el, '.error-message')).to.equal(
      `Could not reach ${new URL(src, location.href).href}: the network request failed (offline, blocked, or the server did not answer).`,
    );

    await setOffline(false);
    const loaded = nextEvent(el, 'plan-load');
    (el.shadowRoot!.querySelector('[part="retry"]') as HTMLButtonElement).click();
    await loaded;
    await el.updateComplete;
    expect(shadowText(el, 'blockquote')).to.contain('People live');
  });
});
