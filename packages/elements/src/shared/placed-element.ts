/**
 * What an element needs to sit in a host page, declared once for every element that has it:
 * `heading-level`, so that its headings fit the page's outline (`PlacedElement`), and `href`, a
 * link template that links the outcomes and sub-outcomes it names to the site's pages
 * (`LinkingElement`). (Classes rather than mixins: a mixin applied to the generic PlanElement
 * cannot be written into the declaration files.)
 */
import type { PropertyDeclarations } from 'lit';
import { PlanElement } from './plan-element.js';

export abstract class PlacedElement<T> extends PlanElement<T> {
  // Declared without decorators: Lit's decorator code and each call cost a page bytes.
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /**
   * The level of the element's first heading (2 to 6, or 1 where the element is its page's main
   * item); the headings inside it use the next levels. Default 2, or 3 where the element is
   * usually a part of a section (card, timeline, lineage).
   */
  headingLevel = 2;
}

export abstract class LinkingElement<T> extends PlacedElement<T> {
  static override properties: PropertyDeclarations = { href: {} };

  /**
   * Links the outcomes and sub-outcomes the element names to pages. Placeholders: {plan} (plan
   * id), {outcome} (outcome id), {subOutcome} (sub-outcome id), {ref} (sub-outcome number, or id),
   * {number} (outcome number). Example: `/plans/{plan}/outcomes/{outcome}/{ref}/`.
   */
  declare href?: string;
}
