/**
 * Outcome colours come from content, so they cannot be in static styles. A `style="..."`
 * attribute would be blocked by a strict Content-Security-Policy (style-src without
 * 'unsafe-inline'), so the colours go into a constructable stylesheet adopted by the shadow
 * root: `.outcome-0 { --_outcome: #00703c }` and so on. Colours are validated as #rrggbb by the
 * schema before they get here. Where constructable stylesheets are missing (a server render),
 * outcomes fall back to the accent colour: colour is decoration, never the only signal.
 *
 * `PlanElement` adopts them for every element that names its coloured outcomes (`outcomeColours`).
 */
import type { Outcome } from '@plan-kit/content';
import type { LitElement } from 'lit';

const HEX = /^#[0-9a-fA-F]{6}$/;

/** `.outcome-0 { --_outcome: #00703c; }` and so on: a rule per outcome that has a colour, by its index. */
export function outcomeColourRules(outcomes: readonly Pick<Outcome, 'colour'>[], prefix = 'outcome'): string {
  return outcomes
    .map((o, i) => (o.colour && HEX.test(o.colour) ? `.${prefix}-${i} { --_outcome: ${o.colour}; }` : ''))
    .join('\n');
}

/**
 * One stylesheet per set of colour rules, shared by every shadow root that shows them (sheets
 * are never changed once made): ten elements of one plan parse the rules once, not ten times.
 * Few plans on a page, so few sheets.
 */
const colourSheets = new Map<string, CSSStyleSheet>();

/** Adopts `rules` into the element's shadow root, after its own sheets, in place of the colours adopted before. */
export function adoptColourRules(element: LitElement, rules: string): void {
  const root = element.renderRoot;
  if (!(root instanceof ShadowRoot) || typeof CSSStyleSheet === 'undefined' || !('replaceSync' in CSSStyleSheet.prototype)) return;
  let sheet = colourSheets.get(rules);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(rules);
    colourSheets.set(rules, sheet);
  }
  const colours = [...colourSheets.values()];
  root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => !colours.includes(s)), sheet];
}
