/**
 * Hostile content for the security tests: the XSS corpus (test/fixtures/xss-vectors.json, each
 * vector with its source) injected into every string field of a plan or of site.json, found by
 * walking the value itself, so no list of fields is kept here.
 *
 * A field keeps a vector only where validation accepts it: an id, a date or a colour accepts no
 * vector and keeps its value; a URL field accepts the vectors that parse as URLs (`javascript:…`).
 * Field after field takes the next vector of its corpus, so one plan carries many vectors at once.
 */
import { readFileSync } from 'node:fs';
import { type PathItem, PlanSchema, formatPath } from '@plan-kit/content';
import type { XssVector } from '../shared/markdown-xss-suite.ts';

export type { XssVector };

export function xssVectors(): XssVector[] {
  return JSON.parse(readFileSync(new URL('../fixtures/xss-vectors.json', import.meta.url), 'utf8')) as XssVector[];
}

/** A string field of the plan schema: `outcomes[].subOutcomes[].title`, and what kind of text it holds. */
export interface SchemaStringField {
  pattern: string;
  /** Rendered as markdown (the schema describes it so). */
  markdown: boolean;
  /** Only some strings are valid: an id, a date, a colour, a code, one of a list. */
  constrained: boolean;
}

interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
  pipe?: readonly (SchemaNode | { type: string; description?: string; requirement?: unknown })[];
}

/** Every string field that the plan schema allows, read from the schema itself. */
export function schemaStringFields(schema: unknown = PlanSchema): SchemaStringField[] {
  const fields: SchemaStringField[] = [];
  const walk = (node: SchemaNode, path: string) => {
    if (node.type === 'optional' && node.wrapped) return walk(node.wrapped, path);
    if (node.entries) {
      for (const [key, child] of Object.entries(node.entries)) walk(child, path ? `${path}.${key}` : key);
      return;
    }
    if (node.type === 'array' && node.item) return walk(node.item, `${path}[]`);
    if (node.type === 'string' || node.type === 'picklist') {
      const actions = pipeActions(node);
      fields.push({
        pattern: path,
        markdown: actions.some((a) => a.type === 'description' && /^Markdown\b/.test(a.description ?? '')),
        constrained: node.type === 'picklist' || actions.some((a) => a.type === 'regex' && String(a.requirement) !== String(/\S/)),
      });
    }
  };
  walk(schema as SchemaNode, '');
  return fields;
}

/** The validation actions of a piped schema, including those of the schemas it pipes. */
function pipeActions(node: SchemaNode): { type: string; description?: string; requirement?: unknown }[] {
  if (!node.pipe) return [];
  const [base, ...actions] = node.pipe;
  return [...(base && base !== node ? pipeActions(base as SchemaNode) : []), ...(actions as { type: string }[])];
}

/** A path with its array indexes replaced by `[]`: the schema field it belongs to. */
export function fieldPattern(path: readonly PathItem[]): string {
  return formatPath(path.map((item) => (typeof item === 'number' ? -1 : item))).replace(/\[-1\]/g, '[]');
}

/** Every string in a JSON value, with its path. */
export function stringPaths(value: unknown, path: PathItem[] = []): PathItem[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function setAt(target: unknown, path: readonly PathItem[], value: string): void {
  let node = target as Record<PathItem, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<PathItem, unknown>;
  node[path.at(-1)!] = value;
}

export interface Injection {
  path: string;
  pattern: string;
  vector: XssVector;
}

export interface HostileValue<T> {
  value: T;
  /** The fields that carry a vector. */
  injected: Injection[];
  /** The string fields that accept no vector (ids, dates, colours, references), by path. */
  kept: string[];
}

/**
 * `base` with a vector in every string field that validation lets keep one. `rejected` validates a
 * candidate and returns the paths of the fields it refuses (empty when the whole value is valid).
 */
export function injectVectors<T>(
  base: T,
  /** The vectors for a field, by its pattern: the whole corpus, or some vectors for some kinds of field. */
  corpusFor: (pattern: string) => readonly XssVector[],
  rejected: (candidate: T) => PathItem[][],
  /**
   * Fields known to accept no vector, left alone from the start: field patterns (from the schema:
   * ids, dates) or paths (the `kept` of an earlier call on the same value).
   */
  fixed: ReadonlySet<string> = new Set(),
): HostileValue<T> {
  // Fields that share a corpus take its vectors in turn.
  const turns = new Map<readonly XssVector[], number>();
  const leaves = stringPaths(base).map((path) => {
    const key = formatPath(path);
    const pattern = fieldPattern(path);
    const corpus = corpusFor(pattern);
    const start = turns.get(corpus) ?? 0;
    turns.set(corpus, start + 1);
    return { path, key, corpus, start, tries: fixed.has(key) || fixed.has(pattern) || corpus.length === 0 ? Infinity : 0 };
  });
  const byKey = new Map(leaves.map((leaf) => [leaf.key, leaf]));
  const active = (leaf: (typeof leaves)[number]) => leaf.tries < leaf.corpus.length;
  const vectorOf = (leaf: (typeof leaves)[number]) => leaf.corpus[(leaf.start + leaf.tries) % leaf.corpus.length]!;
  const rounds = 3 * Math.max(0, ...leaves.map((leaf) => leaf.corpus.length)) + 2;

  for (let round = 0; round <= rounds; round++) {
    const candidate = structuredClone(base);
    for (const leaf of leaves) if (active(leaf)) setAt(candidate, leaf.path, vectorOf(leaf).input);
    const refused = rejected(candidate);
    if (refused.length === 0) {
      return {
        value: candidate,
        injected: leaves.filter(active).map((leaf) => ({ path: leaf.key, pattern: fieldPattern(leaf.path), vector: vectorOf(leaf) })),
        kept: leaves.filter((leaf) => !active(leaf)).map((leaf) => leaf.key),
      };
    }
    for (const path of refused) {
      const key = formatPath(path);
      const exact = byKey.get(key);
      // A problem reported on an object rather than on one of its strings: move all of its strings on.
      const affected = exact ? [exact] : leaves.filter((leaf) => active(leaf) && (key === '' || leaf.key.startsWith(`${key}.`) || leaf.key.startsWith(`${key}[`)));
      if (affected.length === 0) throw new Error(`rejected at ${key || '(top level)'}, which holds no string with a vector`);
      for (const leaf of affected) if (active(leaf)) leaf.tries++;
    }
  }
  throw new Error('the vectors never made a valid value');
}
