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

/** A number for each template met so far, to name a tree's shape in a short key. */
const templateIds = new WeakMap<TemplateStringsArray, number>();
let templates = 0;

/**
 * Adds the values of `result` that stay bindings to `values`, and returns its shape: its
 * template's number, then for each value "," (a binding) or the shape of what is written in.
 * Given `strings` (once per shape), also writes the flattened template's strings into it.
 */
function walk(result: TemplateResult<1>, values: unknown[], strings?: string[]): string {
  let id = templateIds.get(result.strings);
  if (id === undefined) templateIds.set(result.strings, (id = templates++));
  let shape = `${id}(`;
  const append = (text: string) => strings && (strings[strings.length - 1] += text);
  append(result.strings[0]!);
  result.values.forEach((value, i) => {
    const items = Array.isArray(value) ? value : [value];
    if (items.every(isHtmlResult)) for (const item of items) shape += walk(item, values, strings);
    else {
      values.push(value);
      strings?.push('');
      shape += ',';
    }
    append(result.strings[i + 1]!);
  });
  return `${shape})`;
}

/** Strings arrays by shape. */
const stringsByShape = new Map<string, TemplateStringsArray>();

/** `result` and every `html` result nested in it as one template: the same DOM, one instance. */
export function oneTemplate(result: TemplateResult<1>): TemplateResult<1> {
  const values: unknown[] = [];
  const shape = walk(result, values);
  let strings = stringsByShape.get(shape);
  if (!strings) {
    const parts = [''];
    walk(result, [], parts);
    // Lit accepts only arrays with `raw`, as a tagged template literal makes them (a guard against
    // results forged from JSON); these strings come from this module's templates, never from content.
    stringsByShape.set(shape, (strings = Object.assign(parts, { raw: parts }) as unknown as TemplateStringsArray));
  }
  return html(strings, ...values);
}
