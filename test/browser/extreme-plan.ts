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
    sources: [{ id: 'fixture', title: longText(400, 'Source: '), meeting: longText(300, 'Meeting: '), date: '2026-11-24' }],
  };
  const result = validatePlan(plan);
  if (!result.ok) throw new Error(`extreme plan is invalid: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.plan;
}
