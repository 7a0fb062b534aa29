/**
 * Every data element, once, for the tests that loop over them all (states, networks, fuzzing,
 * layout): the registry's (packages/elements/src/registry.ts), so a new element is in them all.
 * What an element needs that the registry does not say (which text it shows for the minimal
 * plan, attributes such as a fixed `today`) is in SPECIFICS, by tag.
 */
import '@plan-kit/elements';
import { DATA_ELEMENTS as REGISTERED, type ElementEntry } from '@plan-kit/elements/registry.js';

export interface DataElementCase {
  tag: string;
  /** The attribute that picks the element's part of the plan (the registry's), which a valid plan may lack. */
  selectsBy?: ElementEntry['selectsBy'];
  /**
   * Attributes that select a part of `plan` for this element (a ref, an indicator), `pick`
   * choosing among the parts there are. `plan` may be anything (fuzzed JSON): read it defensively.
   */
  select(plan: unknown, pick?: number): Record<string, string>;
  /** Text the element shows for test/fixtures/plans/minimal.json. */
  minimalText: string;
  /** A known layout bug that keeps the element out of the extreme-content layout test until it is fixed. */
  layoutKnownIssue?: string;
}

/** test/fixtures/plans/minimal.json's title: what a new element's skeleton shows. */
const MINIMAL_PLAN_TITLE = 'A small test plan';

/** A fixed today, so that what is past, open or upcoming does not change with the date. */
const fixedToday = () => ({ today: '2024-03-01' });

const SPECIFICS: Record<string, Partial<DataElementCase>> = {
  'plan-vision': { minimalText: 'People live' },
  'plan-outcomes-matrix': { minimalText: 'Healthy people' },
  'plan-sub-outcome-card': { minimalText: 'People live long lives' },
  'plan-progress-gauge': { minimalText: 'Adults with a healthy weight' },
  'plan-timeline': { select: fixedToday, minimalText: 'The committee discusses the plan' },
  'plan-consultation': { select: fixedToday, minimalText: 'Do you agree with the outcomes?' },
  // The minimal plan's lineage comes from a plan "older" that is not given: the link and its reason are still shown.
  'plan-lineage': { minimalText: 'Both are about health.' },
  'plan-indicator-chart': {
    minimalText: 'Adults with a healthy weight',
  },
};

/** Attributes that pick a part of the plan, by the attribute the registry says the element selects by. */
function selectBy(entry: ElementEntry): DataElementCase['select'] {
  switch (entry.selectsBy) {
    case 'ref':
      return (plan, pick = 0) => ({ ref: choose(subOutcomeRefs(plan), pick) ?? '1.1' });
    case 'indicator':
      return (plan, pick = 0) => ({ indicator: choose(indicatorIds(plan), pick) ?? 'healthy-weight-adults' });
    default:
      return () => ({});
  }
}

export const DATA_ELEMENTS: DataElementCase[] = REGISTERED.map((entry) => ({
  tag: entry.tag,
  selectsBy: entry.selectsBy,
  select: selectBy(entry),
  minimalText: MINIMAL_PLAN_TITLE,
  ...SPECIFICS[entry.tag],
}));

/** Creates an element with attributes. */
export function createElement<E extends HTMLElement = HTMLElement>(tag: string, attributes: Record<string, string> = {}): E {
  const el = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

function choose(items: string[], pick: number): string | undefined {
  return items.length ? items[Math.abs(pick) % items.length] : undefined;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (value: unknown, key: string): unknown => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);
const text = (value: unknown): value is string => typeof value === 'string' && value !== '';

function subOutcomes(plan: unknown): unknown[] {
  return list(field(plan, 'outcomes')).flatMap((o) => list(field(o, 'subOutcomes')));
}

/** The references a card can take: numbers ("9.3") where given, ids otherwise. */
export function subOutcomeRefs(plan: unknown): string[] {
  return subOutcomes(plan)
    .map((s) => field(s, 'number') ?? field(s, 'id'))
    .filter(text);
}

export function indicatorIds(plan: unknown): string[] {
  return subOutcomes(plan)
    .flatMap((s) => list(field(s, 'aims')))
    .flatMap((a) => list(field(a, 'indicators')))
    .map((i) => field(i, 'id'))
    .filter(text);
}
