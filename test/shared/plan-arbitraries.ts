/**
 * fast-check arbitraries for plans, shared by the Node property tests (validation) and the
 * Chromium fuzz tests (rendering): real plans broken in every way content gets broken, real
 * plans with hostile but valid text, and plans generated from the published JSON Schema.
 * No Node or DOM APIs here: both sides pass in the plans and the schema they have read.
 */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const clone = <T>(value: T): T => structuredClone(value);

const isObject = (value: unknown): value is Record<string, Json> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Plans are about ten levels deep; anything deeper is a nested value put there by a mutation, not walked into. */
const MAX_DEPTH = 14;

function leafPaths(value: Json, path: Path = []): Path[] {
  if (path.length > MAX_DEPTH) return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => leafPaths(item, [...path, i]));
  if (isObject(value)) return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  return [path];
}

function containerPaths(value: Json, path: Path = []): Path[] {
  if (path.length > MAX_DEPTH) return [];
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => containerPaths(item, [...path, i]))];
  if (isObject(value)) return [path, ...Object.entries(value).flatMap(([k, v]) => containerPaths(v, [...path, k]))];
  return [];
}

/** Paths to prose (text with a space in it): titles, statements, actions; not ids, dates, enumerations or URLs. */
const textPaths = (plan: Json) =>
  leafPaths(plan).filter((p) => {
    const value = getAt(plan, p);
    return typeof value === 'string' && /\s/.test(value.trim());
  });

function getAt(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path) node = node === null || typeof node !== 'object' ? undefined : (node as Record<string | number, Json>)[key];
  return node;
}

function setAt(root: Json, path: Path, value: Json | undefined): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else Reflect.deleteProperty(parent, last);
  } else parent[last] = value;
}

/** Samples of text that breaks naive layout and string handling. */
export const TEXT_SAMPLES = [
  'مرحبا بالعالم: خطة المجلس الاستراتيجية',
  'שלום, תוכנית אסטרטגית',
  'English then عربي then English',
  '\u202Ereversed by an override\u202C and back',
  'e\u0301\u0301\u0301\u0301 a\u0308\u0308 Z̷̢̛̝̦͎̈́̈́a̶̧̛͚̓l̷̞̓g̵̱̈́o̷̘̓',
  '👩🏽‍⚕️🏳️‍🌈👨‍👩‍👧‍👦🇬🇧',
  '\u200B'.repeat(50),
  'x'.repeat(2000),
  'word '.repeat(400),
  'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch'.repeat(8),
  '**bold** _emphasis_ `code` [a link](https://example.org/) and https://example.org/a/very/long/address',
  '# A heading\n\n- one\n- two\n\n1. first\n2. second\n\n> a quotation',
  '| a | b |\n| --- | --- |\n| 1 | 2 |',
  '&amp; &lt;not a tag&gt; \\*escaped\\*',
  'tab\tand\nnew\r\nlines',
  ' ',
  '',
];

/** Any text: random graphemes (emoji, scripts), random code units (lone surrogates, controls), and the samples. */
export const anyText = fc.oneof(
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 2 },
  { arbitrary: fc.constantFrom(...TEXT_SAMPLES), weight: 4 },
  { arbitrary: fc.nat({ max: 50_000 }).map((n) => 'y'.repeat(n)), weight: 1 },
);

/** Text that is not blank, so that a text field stays valid. */
export const nonBlankText = anyText.map((text) => (/\S/.test(text) ? text : `${text}x`));

/** Non-blank text without the huge runs. */
const shortText = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), fc.constantFrom(...TEXT_SAMPLES.slice(0, 7))).map((text) =>
  /\S/.test(text) ? text : `${text}x`,
);

/** Values nested `depth` deep: [[[…]]] or {"a": {"a": …}}. */
const deeplyNested = fc.tuple(fc.integer({ min: 10, max: 1000 }), fc.boolean()).map(([depth, asArrays]) => {
  let value: Json = 'deep';
  for (let i = 0; i < depth; i++) value = asArrays ? [value] : { a: value };
  return value;
});

/** Numbers that break arithmetic and formatting (NaN and Infinity only reach elements given objects). */
const extremeNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, -1, 0.1 + 0.2, 2024, 1900, 2200),
);

/** A value of any kind, to put where another kind belongs. */
export const anyValue: fc.Arbitrary<Json> = fc.oneof(
  anyText,
  extremeNumber,
  fc.boolean(),
  fc.constant(null),
  // Fresh each time: a later mutation may add to them.
  fc.constant(0).map((): Json => []),
  fc.constant(0).map((): Json => ({})),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  deeplyNested,
);

const mutation = fc.record({
  op: fc.constantFrom('delete', 'extra-field', 'wrong-type', 'replace-container', 'text', 'number', 'duplicate', 'grow'),
  pick: fc.nat(),
  key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('titel', 'outcome', 'subOutcomes', '__proto__', 'constructor', 'toString')),
  value: anyValue,
  text: nonBlankText,
  number: extremeNumber,
  times: fc.integer({ min: 2, max: 60 }),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(plan: Json, m: Mutation): void {
  const pick = <T>(items: T[]): T | undefined => items[m.pick % Math.max(items.length, 1)];
  switch (m.op) {
    case 'delete':
    case 'replace-container': {
      const path = pick(containerPaths(plan).slice(1));
      if (path) setAt(plan, path, m.op === 'delete' ? undefined : clone(m.value));
      return;
    }
    case 'extra-field': {
      const target = pick(containerPaths(plan).filter((p) => isObject(getAt(plan, p))));
      const object = target && (getAt(plan, target) as Record<string, Json>);
      // defineProperty: a "__proto__" key becomes an own field, as JSON.parse makes it.
      if (object) Object.defineProperty(object, m.key, { value: clone(m.value), enumerable: true, writable: true, configurable: true });
      return;
    }
    case 'wrong-type': {
      const path = pick(leafPaths(plan));
      if (path && path.length) setAt(plan, path, clone(m.value));
      return;
    }
    case 'text': {
      const path = pick(textPaths(plan));
      if (path) setAt(plan, path, m.text);
      return;
    }
    case 'number': {
      const path = pick(leafPaths(plan).filter((p) => typeof getAt(plan, p) === 'number'));
      if (path) setAt(plan, path, m.number);
      return;
    }
    case 'duplicate':
    case 'grow': {
      const path = pick(containerPaths(plan).filter((p) => Array.isArray(getAt(plan, p)) && (getAt(plan, p) as Json[]).length > 0));
      const list = path && (getAt(plan, path) as Json[]);
      if (!list) return;
      const item = list[m.pick % list.length]!;
      const copies = m.op === 'duplicate' ? 1 : m.times;
      for (let i = 0; i < copies; i++) list.push(clone(item));
      return;
    }
  }
}

/** A real plan broken in one to five places: fields missing, extra or of the wrong type; text, numbers and lists pushed to extremes. */
export function brokenPlan(bases: unknown[]): fc.Arbitrary<Json> {
  return fc.tuple(fc.constantFrom(...bases), fc.array(mutation, { minLength: 1, maxLength: 5 })).map(([base, mutations]) => {
    const plan = clone(base) as Json;
    for (const m of mutations) mutate(plan, m);
    return plan;
  });
}

/** A real plan with some of its text replaced by other non-blank text (emoji, right to left, long words): mostly still valid. */
export function textEditedPlan(bases: unknown[]): fc.Arbitrary<Json> {
  return fc.tuple(fc.constantFrom(...bases), fc.array(fc.tuple(fc.nat(), nonBlankText), { minLength: 1, maxLength: 8 })).map(([base, edits]) => {
    const plan = clone(base) as Json;
    const paths = textPaths(plan);
    for (const [pick, text] of edits) if (paths.length) setAt(plan, paths[pick % paths.length]!, text);
    return plan;
  });
}

// ---- Plans from the JSON Schema ----

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: Json[];
  const?: Json;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

/**
 * Any value that the schema's shapes allow (types, enums, patterns, required fields; lists of up
 * to `maxItems`). Cross-field rules (sources that citations name, unique ids) are the validator's
 * checks beyond the schema: `repairReferences` satisfies the common ones.
 */
export function fromSchema(root: JsonSchema, maxItems = 3): fc.Arbitrary<Json> {
  const build = (schema: JsonSchema): fc.Arbitrary<Json> => {
    if (schema.$ref) return build(root.$defs![schema.$ref.replace('#/$defs/', '')]!);
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    switch (schema.type) {
      case 'object': {
        const entries = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, value]) => [key, build(value)]));
        return fc.record(entries, { requiredKeys: (schema.required ?? []) as never[] }) as fc.Arbitrary<Json>;
      }
      case 'array':
        return fc.array(build(schema.items ?? {}), { minLength: schema.minItems ?? 0, maxLength: Math.max(maxItems, schema.minItems ?? 0) });
      case 'string':
        if (schema.format === 'uri') return fc.webUrl();
        // Huge texts come from the mutations; here they would make every plan megabytes long.
        if (schema.pattern === '\\S') return shortText;
        return schema.pattern ? fc.stringMatching(new RegExp(schema.pattern)) : anyText;
      case 'integer':
        return fc.integer({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9 });
      case 'number':
        return fc.double({ noNaN: true, noDefaultInfinity: true, min: schema.minimum, max: schema.maximum });
      case 'boolean':
        return fc.boolean();
      default:
        return anyValue;
    }
  };
  return build(root);
}

/**
 * Makes a schema-generated plan meet the commonest cross-field rules, so that many come out
 * valid: every citation names the first source, ids and numbers are unique, periods and ranges
 * run forwards, references to outcomes are dropped.
 */
export function repairReferences(plan: Json): Json {
  if (!isObject(plan)) return plan;
  let counter = 0;
  const walk = (node: Json, visit: (object: Record<string, Json>, key?: string) => void, key?: string): void => {
    if (Array.isArray(node)) return node.forEach((item) => walk(item, visit, key));
    if (!isObject(node)) return;
    visit(node, key);
    for (const [k, v] of Object.entries(node)) walk(v, visit, k);
  };
  walk(plan, (node, key) => {
    if (typeof node.id === 'string') node.id = `${node.id}-${counter++}`;
    if (typeof node.number === 'string') node.number = `${node.number}${counter++}`;
    if (typeof node.start === 'number' && typeof node.end === 'number' && node.end < node.start) [node.start, node.end] = [node.end, node.start];
    delete node.min;
    delete node.max;
    delete node.endDate;
    delete node.refs;
    if (key === 'questions') delete node.outcome;
    if (Array.isArray(node.history)) node.history.sort((a, b) => String(isObject(a) && a.date).localeCompare(String(isObject(b) && b.date)));
  });
  const sources = Array.isArray(plan.sources) ? plan.sources : [];
  const firstSource = isObject(sources[0]) && typeof sources[0].id === 'string' ? sources[0].id : undefined;
  walk(plan, (node) => {
    if (typeof node.document === 'string' && firstSource) node.document = firstSource;
  });
  delete plan.lineage;
  delete plan.discrepancies;
  if (isObject(plan.consultation)) delete plan.consultation.closes;
  return plan;
}

/** Plans generated from the JSON Schema, with their references repaired. */
export function schemaPlan(schema: object): fc.Arbitrary<Json> {
  return fromSchema(schema as JsonSchema).map(repairReferences);
}
