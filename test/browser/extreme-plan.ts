/**
 * Extreme but valid plans, for the layout tests: as many outcomes and sub-outcomes as asked,
 * 2,000-character titles, words of hundreds of letters without a space, long addresses, long
 * numbers and units, right-to-left text. Every string a layout shows is pushed to its limit.
 */
import { type Plan, validatePlan } from '@plan-kit/content';

/** A word that no line break can fall inside, except where the layout forces one. */
export const LONG_WORD = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(8);
const LONG_URL = `https://www.example.org/${'strategic-plan/outcomes/a-very-long-path-with-no-spaces/'.repeat(6)}index.html`;
const RTL = 'خطة المجلس الاستراتيجية للمقاطعة';

/** Prose of exactly `length` characters: words, one very long word and a right-to-left phrase. */
export function longText(length: number, lead = ''): string {
  const start = `${lead}${LONG_WORD} ${RTL} `;
  const filler = 'residents of every town and village live healthy, independent and fulfilling lives ';
  return (start + filler.repeat(Math.ceil(length / filler.length))).slice(0, length).trimEnd() + '.';
}

const source = (paragraph: string) => ({ document: 'fixture', paragraph: `${paragraph} ${LONG_WORD}` });

function indicator(id: string) {
  return {
    id,
    title: longText(300, 'Indicator: '),
    description: longText(400),
    unit: `households-in-${LONG_WORD}`,
    direction: 'lower-is-better',
    baseline: { date: '2022-03-31', value: 123456789012.5 },
    target: { date: '2026-03-31', value: 98765432109.9 },
    history: Array.from({ length: 12 }, (_, i) => ({ date: `${2010 + i}-03-31`, value: 120000000000 - i * 1e9 })),
    example: true,
    accountable: longText(200),
    source: source('4'),
  };
}

function subOutcome(o: number, s: number, titleLength: number) {
  const first = o === 0 && s === 0;
  return {
    id: `sub-${o}-${s}`,
    number: `${o + 1}.${s + 1}`,
    title: longText(titleLength, `Sub-outcome ${o + 1}.${s + 1}: `),
    ...(first
      ? {
          titleVariants: [{ text: longText(500), source: source('7') }],
          description: `${longText(600)} [${LONG_URL}](${LONG_URL}) and \`${LONG_WORD}\`.`,
          aims: [
            {
              id: 'aim',
              title: longText(500, 'Aim: '),
              actionsIntro: `${LONG_WORD}:`,
              actions: Array.from({ length: 12 }, (_, i) => longText(400, `Action ${i + 1}: `)),
              indicators: [indicator('extreme-indicator'), indicator('second-indicator')],
              source: source('5'),
            },
          ],
        }
      : {}),
    source: source(`${o + 1}.${s + 1}`),
  };
}

/** A valid plan with `outcomes` outcomes of `subOutcomes` sub-outcomes each, titles `titleLength` long. */
export function extremePlan(outcomes: number, subOutcomes: number, titleLength = 2000): Plan {
  const plan = {
    id: `extreme-${outcomes}-${subOutcomes}`,
    title: longText(titleLength, 'Plan: '),
    subtitle: longText(500),
    organisation: longText(300, 'Council: '),
    period: { start: 2024, end: 2028 },
    status: 'draft',
    labels: { outcome: `outcome-${LONG_WORD}`, outcomes: `Outcomes ${LONG_WORD}`, subOutcome: `sub-outcome-${LONG_WORD}`, subOutcomes: `Sub-outcomes ${LONG_WORD}` },
    vision: { paragraphs: [longText(titleLength), `${longText(300)} [${LONG_URL}](${LONG_URL})`], source: source('1') },
    principles: Array.from({ length: 5 }, (_, i) => ({ id: `principle-${i}`, text: longText(600, `Principle ${i + 1}: `), source: source('2') })),
    outcomes: Array.from({ length: outcomes }, (_, o) => ({
      id: `outcome-${o}`,
      number: `${o + 1}`,
      title: longText(titleLength, `Outcome ${o + 1}: `),
      statement: longText(800, 'Statement: '),
      colour: '#1d70b8',
      accountable: longText(200),
      subOutcomes: Array.from({ length: subOutcomes }, (_, s) => subOutcome(o, s, titleLength)),
      source: source(`${o + 1}`),
    })),
    timeline: Array.from({ length: 30 }, (_, i) => ({
      id: `event-${i}`,
      date: `${2020 + (i % 8)}-0${1 + (i % 9)}-1${i % 10}`,
      kind: 'meeting',
      body: longText(200, 'Committee: '),
      title: longText(600, `Event ${i + 1}: `),
      description: longText(800),
      planned: i % 3 === 0,
      refs: Array.from({ length: Math.min(outcomes * subOutcomes, 12) }, (_, r) => `${1 + Math.floor(r / subOutcomes)}.${1 + (r % subOutcomes)}`),
      source: source('6'),
    })).sort((a, b) => a.date.localeCompare(b.date)),
    consultation: {
      title: longText(500, 'Consultation: '),
      opens: '2024-02-01',
      closes: '2024-03-31',
      period: longText(200),
      description: `${longText(800)} [${LONG_URL}](${LONG_URL})`,
      methods: Array.from({ length: 5 }, (_, i) => longText(300, `Method ${i + 1}: `)),
      responseUrl: LONG_URL,
      questions: Array.from({ length: 30 }, (_, i) => ({
        id: `q-${i}`,
        number: `${i + 1}${LONG_WORD.slice(0, 40)}`,
        section: longText(200, 'Section: '),
        text: longText(600, `Question ${i + 1}: `),
        subQuestions: Array.from({ length: 4 }, (_, j) => ({ label: `${'abcd'[j]}${LONG_WORD.slice(0, 30)}`, text: longText(300) })),
        outcome: `outcome-${i % outcomes}`,
        source: source('8'),
      })),
      source: source('8'),
    },
    // Links from a plan that is not given (listed by ids), and between outcomes of this plan.
    lineage: Array.from({ length: Math.min(outcomes, 20) }, (_, o) => ({
      from: o % 2 ? { plan: 'older', outcome: `older-${LONG_WORD.slice(0, 60).toLowerCase()}-${o}` } : { outcome: `outcome-${o}` },
      to: { outcome: `outcome-${(o + 1) % outcomes}` },
      relation: (['continues', 'renamed', 'merged', 'split', 'partly-continues'] as const)[o % 5],
      editorial: true,
      reason: longText(500, 'Because: '),
    })),
    sources: [{ id: 'fixture', title: longText(400, 'Source: '), meeting: longText(300, 'Meeting: '), date: '2026-11-24' }],
  };
  const result = validatePlan(plan);
  if (!result.ok) throw new Error(`extreme plan is invalid: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  // The same type, spelled member by member, so that the type checker resolves Plan's members in
  // this file, the first test file it checks: left until layout.test.ts, after fuzz.test.ts (with
  // fast-check's types), it gave up with TS2589 ("excessively deep") once elements.test.ts, which
  // used to come first, was split.
  return result.plan as { [K in keyof Plan]: Plan[K] };
}
