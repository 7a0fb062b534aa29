/**
 * Keys given twice in one object, which JSON.parse silently resolves to the last: an error in
 * `plan-kit validate`, with both places. (Not in json-text.ts: it needs jsonc-parser, which the
 * embed bundle does without.)
 */
import { visit } from 'jsonc-parser';
import type { PathItem } from './problems.js';

export interface DuplicateKey {
  /** The path of the repeated field. */
  pathItems: PathItem[];
  /** Character offsets of the first and the repeated key. */
  firstOffset: number;
  offset: number;
}

/** Keys given twice in one object (JSON.parse keeps the last, silently). The text must not nest too deep (`tooDeepAt`). */
export function duplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const objects: Map<string, number>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => {
        objects.push(new Map());
      },
      onObjectEnd: () => {
        objects.pop();
      },
      onObjectProperty: (property, offset, _length, _line, _column, pathSupplier) => {
        const keys = objects.at(-1);
        if (!keys) return;
        const first = keys.get(property);
        if (first === undefined) keys.set(property, offset);
        else found.push({ pathItems: [...pathSupplier(), property], firstOffset: first, offset });
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return found;
}
