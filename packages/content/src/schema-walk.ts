/** Reading the schema itself at a JSON path, so that checks need no second list of fields. */
import type * as v from 'valibot';
import type { PathItem } from './problems.js';
import { PlanSchema } from './schema.js';

type AnySchema = v.GenericSchema & {
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  wrapped?: AnySchema;
  pipe?: readonly unknown[];
  options?: readonly AnySchema[];
};

/** The fields an object at `pathItems` may have, read from the schema itself (no second list to keep). */
export function knownKeysAt(pathItems: PathItem[]): string[] {
  let schema: AnySchema | undefined = PlanSchema as unknown as AnySchema;
  const unwrap = (s: AnySchema | undefined): AnySchema | undefined => {
    let current = s;
    while (current) {
      if (current.wrapped) current = current.wrapped;
      else if (current.pipe && current.pipe[0] && current.pipe[0] !== current) current = current.pipe[0] as AnySchema;
      // A union (an action: its text, or an object): the object's fields.
      else if (current.options) current = current.options.find((o) => unwrap(o)?.entries);
      else break;
    }
    return current;
  };
  for (const key of pathItems) {
    schema = unwrap(schema);
    if (!schema) return [];
    schema = typeof key === 'number' ? schema.item : schema.entries?.[key];
  }
  schema = unwrap(schema);
  return schema?.entries ? Object.keys(schema.entries) : [];
}

