/**
 * Outcome colours come from content, so they cannot be in static styles, and a `style="..."`
 * attribute would be blocked by a strict Content-Security-Policy (style-src without
 * 'unsafe-inline'). So every part of an element that shows an outcome's colour carries a part
 * name for that outcome (`outcome-2022-26--clean-green-future`: plan id, two hyphens, outcome id;
 * ids never hold two hyphens together), and its shadow styles read the colour from the inherited
 * custom property `--plan-outcome-colour` (the accent colour where none is set). One list of rules
 * sets that property per outcome, written two ways:
 *
 * - for a page's own stylesheet, `::part(outcome-2022-26--clean-green-future), .outcome-2022-26--clean-green-future
 *   { --plan-outcome-colour: #00703c; }` (`outcomeColourStylesheet`): the site puts these in its
 *   stylesheet, so that prerendered pages are coloured with JavaScript off, before and after
 *   hydration alike; the class colours the page's own markup the same way (the home page's list
 *   of outcomes);
 * - inside the element's shadow root, `[part~="outcome-…"] { … }`, in a constructable stylesheet
 *   that `PlanElement` adopts (CSP does not govern those), for pages that load the elements by
 *   script and have no such stylesheet (a council's CMS).
 *
 * Colours are validated as #rrggbb by the schema; anything else is left out here too. Colour is
 * decoration, never the only signal.
 */
import type { Outcome, Plan } from '@plan-kit/content';
import type { LitElement } from 'lit';
import { type ColouredOutcome, outcomeColourAdoption } from './plan-element.js';

const HEX = /^#[0-9a-fA-F]{6}$/;
/** The colour sheet each shadow root has adopted. */
const sheets = new WeakMap<ShadowRoot, CSSStyleSheet>();

// An outcome of a plan, which an element shows in its colour: defined in plan-element.ts, which
// reads it without importing this module.
export type { ColouredOutcome };

/** The part name of whatever shows this outcome's colour: `outcome-2022-26--clean-green-future`. */
export function outcomePart(plan: Pick<Plan, 'id'>, outcome: Pick<Outcome, 'id'>): string {
  return `outcome-${plan.id}--${outcome.id}`;
}

/** The rules, one per outcome with a colour, each under the selector `select` makes of its part name. */
function colourRules(outcomes: readonly ColouredOutcome[], select: (part: string) => string): string {
  return outcomes
    .filter(({ outcome }) => outcome.colour && HEX.test(outcome.colour))
    .map(({ plan, outcome }) => `${select(outcomePart(plan, outcome))} { --plan-outcome-colour: ${outcome.colour}; }`)
    .join('\n');
}

/** For a page's stylesheet: the colours of these plans' outcomes, in every element on the page that shows them and in the page's own markup of that class. */
export function outcomeColourStylesheet(plans: readonly Pick<Plan, 'id' | 'outcomes'>[]): string {
  return colourRules(
    plans.flatMap((plan) => plan.outcomes.map((outcome) => ({ plan, outcome }))),
    (part) => `::part(${part}), .${part}`,
  );
}

/** For an element's shadow root: the colours of the outcomes it shows. */
function outcomeColourRules(outcomes: readonly ColouredOutcome[]): string {
  return colourRules(outcomes, (part) => `[part~="${part}"]`);
}

/**
 * One sheet per set of rules, shared by every shadow root that shows those outcomes (a sheet is
 * never changed once made): a page of cards, or a matrix drawn again, parses its colours once.
 * Few plans on a page, so few sets of rules.
 */
const sheetsByRules = new Map<string, CSSStyleSheet>();

/** Adopts `rules` into the element's shadow root, after its own sheets, in place of the colours it adopted before. */
function adoptColourRules(element: LitElement, rules: string): void {
  const root = element.renderRoot;
  if (!(root instanceof ShadowRoot) || !globalThis.CSSStyleSheet?.prototype.replaceSync) return;
  let sheet = sheetsByRules.get(rules);
  if (!sheet) {
    sheetsByRules.set(rules, (sheet = new CSSStyleSheet()));
    sheet.replaceSync(rules);
  }
  const before = sheets.get(root);
  sheets.set(root, sheet);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== before), sheet];
}

// Every element's base adopts the outcomes' colours it shows through this, once this module has loaded.
outcomeColourAdoption.adopt = (element, outcomes) => adoptColourRules(element, outcomeColourRules(outcomes));
