/**
 * Extreme but valid content keeps the layout whole: with 50 outcomes of 20 sub-outcomes,
 * 2,000-character titles and words of hundreds of letters, nothing inside an element reaches
 * past the element's box, nothing scrolls sideways, at a phone's 320 CSS px and at a desktop's
 * 1280. Measured in Chromium: every box in the element's shadow trees (the card's gauges
 * included) against the host's box, and every block's scrollWidth against its clientWidth.
 */
import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { clearPlanCache, type Plan } from '@plan-kit/content';
import '@plan-kit/elements';
import { loadMarkdown } from '@plan-kit/elements';
import { DATA_ELEMENTS, createElement } from './data-elements.ts';
import { LONG_WORD, extremePlan, longText } from './extreme-plan.ts';

const VIEWPORTS = [
  { name: 'phone (320 px)', width: 320, height: 640 },
  { name: 'desktop (1280 px)', width: 1280, height: 800 },
];

/** The matrix is a table for up to 3 outcomes (and up to 6 where wide), sections otherwise: each layout gets its plan. */
const PLANS: { name: string; plan: () => Plan }[] = [
  { name: '50 outcomes of 20 sub-outcomes', plan: () => extremePlan(50, 20) },
  { name: '3 outcomes (table layout)', plan: () => extremePlan(3, 4) },
  { name: '6 outcomes (wide table layout)', plan: () => extremePlan(6, 3) },
];

/** Half a pixel for rounding, no more. */
const TOLERANCE = 0.5;

function shadowRoots(el: Element): ShadowRoot[] {
  const root = el.shadowRoot;
  if (!root) return [];
  return [root, ...[...root.querySelectorAll('*')].flatMap(shadowRoots)];
}

/** Hidden on purpose for screen readers only (a 1 px box, clipped). */
function visuallyHidden(node: Element): boolean {
  return node.closest('.visually-hidden') !== null;
}

/** Every box in `host`'s shadow trees that reaches outside the host, or overflows its own width. */
function overflows(host: HTMLElement): string[] {
  const box = host.getBoundingClientRect();
  const found: string[] = [];
  const describe = (node: Element) => `<${node.localName}${node.className && typeof node.className === 'string' ? ` class="${node.className}"` : ''}${node.getAttribute('part') ? ` part="${node.getAttribute('part')}"` : ''}> "${(node.textContent ?? '').trim().slice(0, 50)}"`;
  for (const root of shadowRoots(host)) {
    for (const node of root.querySelectorAll('*')) {
      if (visuallyHidden(node) || ['style', 'slot'].includes(node.localName)) continue;
      const rect = node.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue; // not rendered (display: none, closed details)
      if (rect.left < box.left - TOLERANCE || rect.right > box.right + TOLERANCE) {
        found.push(`${describe(node)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} px, outside the element's ${Math.round(box.left)}–${Math.round(box.right)} px`);
      }
      if (node instanceof HTMLElement && node.clientWidth > 0 && node.scrollWidth > node.clientWidth + TOLERANCE) {
        found.push(`${describe(node)} has content ${node.scrollWidth} px wide in ${node.clientWidth} px`);
      }
    }
  }
  if (host.scrollWidth > host.clientWidth + TOLERANCE) found.push(`the element itself scrolls: ${host.scrollWidth} px in ${host.clientWidth} px`);
  return found;
}

/** Opens every disclosure (actions, figures tables), so that their contents are measured too. */
function openAll(host: HTMLElement): void {
  for (const root of shadowRoots(host)) for (const details of root.querySelectorAll('details')) details.open = true;
}

/** The elements measured here: all but those with a known layout bug (data-elements.ts says which, and why). */
const LAID_OUT = DATA_ELEMENTS.filter((element) => !element.layoutKnownIssue);

describe('layout with extreme but valid content', () => {
  const plans = new Map<string, Plan>();
  before(async () => {
    await loadMarkdown();
    for (const { name, plan } of PLANS) plans.set(name, plan());
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const viewport of VIEWPORTS) {
    describe(viewport.name, () => {
      before(() => setViewport(viewport));

      for (const { name } of PLANS) {
        for (const { tag, select } of LAID_OUT) {
          it(`<${tag}> with ${name}: nothing reaches outside the element`, async () => {
            const plan = plans.get(name)!;
            const el = createElement(tag, { ...select(plan), 'heading-level': '2', principles: '', href: `/plans/{plan}/${LONG_WORD}/{outcome}/#{ref}` });
            (el as HTMLElement & { plan: Plan }).plan = plan;
            await fixture(el);
            openAll(el);
            await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
            expect(el.shadowRoot!.querySelector('[part="error"]'), 'shows the plan, not an error').to.equal(null);
            expect(el.shadowRoot!.textContent).to.contain(LONG_WORD.slice(0, 40));
            expect(overflows(el), `${tag} at ${viewport.width} px`).to.deep.equal([]);
            expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(viewport.width);
          });
        }
      }

      it('a page that resets wrapping on every element (as `* { all: unset }` does) changes nothing inside', async () => {
        const reset = document.createElement('style');
        reset.textContent = '* { overflow-wrap: normal !important; word-break: normal !important; }';
        document.head.append(reset);
        try {
          const plan = plans.get(PLANS[1]!.name)!;
          for (const { tag, select } of LAID_OUT) {
            const el = createElement(tag, select(plan));
            (el as HTMLElement & { plan: Plan }).plan = plan;
            await fixture(el);
            openAll(el);
            await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
            expect(overflows(el), `${tag} at ${viewport.width} px`).to.deep.equal([]);
          }
        } finally {
          reset.remove();
        }
      });

      for (const { tag, select } of DATA_ELEMENTS) {
        it(`<${tag}> in its error state with a long address: nothing reaches outside the element`, async () => {
          clearPlanCache();
          const el = createElement(tag, { ...select(null), src: `/missing/${LONG_WORD}/${longText(300).replace(/\W+/g, '-')}.json` });
          const failed = new Promise((resolve) => el.addEventListener('plan-error', resolve, { once: true }));
          await fixture(el);
          await failed;
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          expect(overflows(el), `${tag} at ${viewport.width} px`).to.deep.equal([]);
        });
      }
    });
  }
});
