/**
 * Every data element, once, for the tests that loop over them all (states, networks, fuzzing,
 * layout). A new element is one more entry here.
 */
import '@plan-kit/elements';
// The timeline, consultation and lineage elements load on demand; the tests want them at once.
import '@plan-kit/elements/history.js';

export interface DataElementCase {
  tag: string;
  /**
   * Attributes that select a part of `plan` for this element (a ref, an indicator), `pick`
   * choosing among the parts there are. `plan` may be anything (fuzzed JSON): read it defensively.
   */
  select(plan: unknown, pick?: number): Record<string, string>;
  /** Text the element shows for test/fixtures/plans/minimal.json. */
  minimalText: string;
}

export const DATA_ELEMENTS: DataElementCase[] = [
  { tag: 'plan-vision', select: () => ({}), minimalText: 'People live' },
  { tag: 'plan-outcomes-matrix', select: () => ({}), minimalText: 'Healthy people' },
  {
    tag: 'plan-sub-outcome-card',
    select: (plan, pick = 0) => ({ ref: choose(subOutcomeRefs(plan), pick) ?? '1.1' }),
    minimalText: 'People live long lives',
  },
  {
    tag: 'plan-progress-gauge',
    select: (plan, pick = 0) => ({ indicator: choose(indicatorIds(plan), pick) ?? 'healthy-weight-adults' }),
    minimalText: 'Adults with a healthy weight',
  },
  // A fixed today, so that what is past, open or upcoming does not change with the date.
  { tag: 'plan-timeline', select: () => ({ today: '2024-03-01' }), minimalText: 'The committee discusses the plan' },
  { tag: 'plan-consultation', select: () => ({ today: '2024-03-01' }), minimalText: 'Do you agree with the outcomes?' },
  // The minimal plan's lineage comes from a plan "older" that is not given: the link and its reason are still shown.
  { tag: 'plan-lineage', select: () => ({}), minimalText: 'Both are about health.' },
];

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
