/**
 * A tree of nested `html` results as one template, for a render that is mostly many small
 * templates (a matrix's cells, headings, list items: some 200 of them for a plan of five outcomes).
 * Lit pays per template instance (a clone of its fragment, a walk for its parts, an insertion) and
 * per item of an array (two marker comments): most of a matrix's first render. Written as one
 * template, the same markup is one clone and one walk; the DOM is the same but for Lit's markers.
 *
 * Every `html` result, or array of them, that is a value of another is written into it (such a
 * value can only be a child: in an attribute it would read "[object Object]"); every other
 * value stays a binding, in the same order. The strings are made once per shape of the tree (the
 * matrix of one plan, at one heading level, has one shape) and kept, so that Lit prepares each
 * template once and a render of the same shape only updates the values, as a nested render would.
 * Lit's `static-html` makes its strings arrays the same way.
 */
import { html, type TemplateResult } from 'lit';

/** A result of `html`: Lit marks it 1 (2 is `svg`, 3 `mathml`, an object a compiled template). */
const isHtmlResult = (value: unknown): value is TemplateResult<1> => (value as { _$litType$?: unknown } | null)?._$litType$ === 1;

/** Stands for a binding in the text of a flattened template: a character no template holds. */
const BINDING = '\0';

/** The text of `result` with its nested `html` results written in, and its other values added to `values`. */
function write(result: TemplateResult<1>, values: unknown[]): string {
  return result.strings.reduce((text, after, i) => {
    const value = result.values[i - 1];
    const items = [value].flat();
    if (items.every(isHtmlResult)) return text + items.map((item) => write(item, values)).join('') + after;
    values.push(value);
    return text + BINDING + after;
  });
}

/** Strings arrays by their text: one per shape of tree. */
const stringsByShape = new Map<string, TemplateStringsArray>();

/** `result` and every `html` result nested in it as one template: the same DOM, one instance. */
export function oneTemplate(result: TemplateResult<1>): TemplateResult<1> {
  const values: unknown[] = [];
  const shape = write(result, values);
  let strings = stringsByShape.get(shape);
  if (!strings) {
    // Lit accepts only arrays with `raw`, as a tagged template literal makes them (a guard against
    // results forged from JSON); these strings come from this module's templates, never from content.
    const parts = shape.split(BINDING);
    stringsByShape.set(shape, (strings = Object.assign(parts, { raw: parts }) as unknown as TemplateStringsArray));
  }
  return html(strings, ...values);
}
