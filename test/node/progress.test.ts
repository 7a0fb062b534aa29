/**
 * The published progress method (packages/content/src/progress.ts), table-driven: every status and
 * flag, both directions, one figure, no target, a target date passed, a figure overdue, a change
 * inside and outside the tolerance, and the council's assessment; a property test that every
 * number in a reason sentence is the data's; and the 2022-26 plan's eight indicators as at the
 * day the issue was written. Every case gives its day: nothing here reads the clock.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import {
  type Assessment,
  type Indicator,
  type Plan,
  DEFAULT_PROGRESS_METHOD,
  allIndicators,
  assessIndicator,
  changeKind,
  formatDate,
  formatValue,
  progressMethod,
  rateAmount,
  statusFromFigures,
  validatePlan,
} from '@plan-kit/content';
import { readJson } from '../helpers/fixtures.ts';

const AS_AT = '2026-12-08';

/** An indicator measured yearly from a 2022 baseline of 50 towards 60 by March 2027 (range 0-100, so tolerance 0.5). */
function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'i',
    title: 'An indicator',
    unit: '%',
    direction: 'higher-is-better',
    min: 0,
    max: 100,
    baseline: { date: '2022-03-31', value: 50 },
    target: { date: '2027-03-31', value: 60 },
    history: [
      { date: '2022-03-31', value: 50 },
      { date: '2026-03-31', value: 59 },
    ],
    ...overrides,
  };
}

const lower = (history: [string, number][], target = 10, extra: Partial<Indicator> = {}) =>
  indicator({
    direction: 'lower-is-better',
    baseline: { date: history[0]![0], value: history[0]![1] },
    target: { date: '2027-03-31', value: target },
    history: history.map(([date, value]) => ({ date, value })),
    ...extra,
  });

interface Case {
  name: string;
  indicator: Indicator;
  asAt?: string;
  status: Assessment['status'];
  flags?: Assessment['flags'];
  reason: string | RegExp;
}

const CASES: Case[] = [
  {
    name: 'target met, higher is better, since the first figure that met it',
    indicator: indicator({ history: [{ date: '2022-03-31', value: 50 }, { date: '2025-03-31', value: 61 }, { date: '2026-03-31', value: 62 }] }),
    status: 'target-met',
    reason: 'Target met: 62% in March 2026 meets the target of 60% (at or above it since March 2025).',
  },
  {
    name: 'target met, lower is better, met by the latest figure only',
    indicator: lower([['2022-03-31', 14], ['2026-03-31', 9.5]]),
    status: 'target-met',
    reason: 'Target met: 9.5% in March 2026 meets the target of 10%.',
  },
  {
    name: 'on track: the rate since the baseline reaches the target by its date',
    indicator: indicator(),
    status: 'on-track',
    reason: 'On track: at the rate since March 2022 (up 2.3 points a year) it reaches 60% by March 2027.',
  },
  {
    name: 'on track, lower is better',
    indicator: lower([['2022-03-31', 14], ['2026-03-31', 10.5]]),
    status: 'on-track',
    reason: 'On track: at the rate since March 2022 (down 0.88 points a year) it reaches 10% by March 2027.',
  },
  {
    name: 'some progress: the right way, too slowly',
    indicator: indicator({ history: [{ date: '2022-03-31', value: 50 }, { date: '2026-03-31', value: 53 }] }),
    status: 'some-progress',
    reason: 'Some progress: up 0.75 points a year since March 2022, but reaching 60% by March 2027 needs 2 points a year.',
  },
  {
    name: 'some progress, lower is better',
    indicator: lower([['2022-03-31', 14], ['2026-03-31', 13]]),
    status: 'some-progress',
    reason: 'Some progress: down 0.25 points a year since March 2022, but reaching 10% by March 2027 needs 0.8 points a year.',
  },
  {
    name: 'off track: worse than the baseline',
    indicator: indicator({ history: [{ date: '2022-03-31', value: 50 }, { date: '2026-03-31', value: 47 }] }),
    status: 'off-track',
    reason: 'Off track: 47% in March 2026 is worse than the baseline of 50% (March 2022).',
  },
  {
    name: 'off track, lower is better, worse than the baseline',
    indicator: lower([['2022-03-31', 14], ['2026-03-31', 15]]),
    status: 'off-track',
    reason: 'Off track: 15% in March 2026 is worse than the baseline of 14% (March 2022).',
  },
  {
    name: 'off track: a change inside the tolerance is no better than the baseline',
    indicator: indicator({ history: [{ date: '2022-03-31', value: 50 }, { date: '2026-03-31', value: 50.4 }] }),
    status: 'off-track',
    reason: 'Off track: 50.4% in March 2026 is little changed from the baseline of 50% (March 2022).',
  },
  {
    name: 'a change just outside the tolerance counts',
    indicator: indicator({ history: [{ date: '2022-03-31', value: 50 }, { date: '2026-03-31', value: 50.6 }] }),
    status: 'some-progress',
    reason: /^Some progress: up 0\.15 points a year since March 2022/,
  },
  {
    name: "the indicator's own tolerance is used in place of the plan's",
    indicator: indicator({ tolerance: 1, history: [{ date: '2022-03-31', value: 50 }, { date: '2026-03-31', value: 50.9 }] }),
    status: 'off-track',
    reason: /little changed from the baseline/,
  },
  {
    name: 'not yet assessable: one figure',
    indicator: indicator({ baseline: undefined, history: [{ date: '2026-03-31', value: 55 }] }),
    status: 'not-assessable',
    reason: 'Not yet assessable: there is only one figure (55% in March 2026), so no rate of change yet.',
  },
  {
    name: 'not yet assessable: no target',
    indicator: indicator({ target: undefined }),
    status: 'not-assessable',
    reason: 'Not yet assessable: no target is set.',
  },
  {
    name: 'not yet assessable: no figures',
    indicator: indicator({ history: [] }),
    status: 'not-assessable',
    reason: 'Not yet assessable: there are no figures yet.',
  },
  {
    name: 'target date passed with no figure at or after it, whatever the status',
    indicator: indicator({ target: { date: '2026-03-31', value: 60 }, history: [{ date: '2022-03-31', value: 50 }, { date: '2025-03-31', value: 58 }] }),
    asAt: '2026-06-01',
    status: 'on-track',
    flags: ['target-date-passed'],
    reason: /^On track:/,
  },
  {
    name: 'a figure overdue: a yearly figure for March 2025 was due by the end of September 2026',
    indicator: indicator({ history: [{ date: '2022-03-31', value: 50 }, { date: '2025-03-31', value: 57 }] }),
    status: 'on-track',
    flags: ['figure-overdue'],
    reason: /^On track:/,
  },
  {
    name: 'a quarterly figure is overdue sooner',
    indicator: indicator({ cadence: 'quarterly', history: [{ date: '2022-03-31', value: 50 }, { date: '2026-03-31', value: 59 }] }),
    asAt: '2027-01-15',
    status: 'on-track',
    flags: ['figure-overdue'],
    reason: /^On track:/,
  },
  {
    name: 'figures dated after the day are not yet known',
    indicator: indicator({ history: [{ date: '2022-03-31', value: 50 }, { date: '2026-03-31', value: 59 }, { date: '2027-03-31', value: 61 }] }),
    status: 'on-track',
    reason: /^On track:/,
  },
  {
    name: 'both flags at once',
    indicator: lower([['2022-03-31', 3.1], ['2024-03-31', 2.5], ['2025-03-31', 2.3]], 2.5, { target: { date: '2026-03-31', value: 2.5 } }),
    status: 'target-met',
    flags: ['target-date-passed', 'figure-overdue'],
    reason: 'Target met: 2.3% in March 2025 meets the target of 2.5% (at or below it since March 2024).',
  },
];

describe('the progress method', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const a = assessIndicator(c.indicator, { asAt: c.asAt ?? AS_AT });
      expect(a.status).to.equal(c.status);
      expect(a.flags).to.deep.equal(c.flags ?? []);
      if (typeof c.reason === 'string') expect(a.reason).to.equal(c.reason);
      else expect(a.reason).to.match(c.reason);
      expect(a.flagReasons).to.have.length(a.flags.length);
      expect(a.summary.startsWith(a.reason)).to.equal(true);
    });
  }

  it('says the flags in their own words, with the dates', () => {
    const a = assessIndicator(CASES.at(-1)!.indicator, { asAt: AS_AT });
    expect(a.flagReasons).to.deep.equal([
      'Target date passed: the target was for March 2026, and there is no figure for that date or later.',
      'Figure overdue: the latest is for March 2025, and the next yearly figure was expected by 30 September 2026.',
    ]);
  });

  it('is not overdue the day before the figure is due, and is the day after', () => {
    const i = indicator({ history: [{ date: '2022-03-31', value: 50 }, { date: '2025-03-31', value: 57 }] });
    expect(assessIndicator(i, { asAt: '2026-09-30' }).flags).to.deep.equal([]);
    expect(assessIndicator(i, { asAt: '2026-10-01' }).flags).to.deep.equal(['figure-overdue']);
  });

  it('takes the thresholds from the plan: a lower on-track share makes some progress on track', () => {
    const slow = indicator({ history: [{ date: '2022-03-31', value: 50 }, { date: '2026-03-31', value: 57 }] });
    expect(assessIndicator(slow, { asAt: '2026-04-01' }).status).to.equal('some-progress');
    const method = progressMethod({ progressMethod: { onTrackShare: 0.8 } });
    expect(assessIndicator(slow, { asAt: '2026-04-01', method }).status).to.equal('on-track');
    expect(progressMethod(undefined)).to.deep.equal(DEFAULT_PROGRESS_METHOD);
  });

  it('says change in two frames, with arrows that follow the words', () => {
    // Healthy life expectancy as in 2022-26: up on the previous figure, below its baseline.
    const hle = indicator({
      unit: 'years',
      min: 55,
      max: 75,
      baseline: { date: '2022-03-31', value: 63.6 },
      target: { date: '2026-03-31', value: 64.5 },
      history: [
        { date: '2022-03-31', value: 63.6 },
        { date: '2024-03-31', value: 62.9 },
        { date: '2025-03-31', value: 63.1 },
      ],
    });
    const a = assessIndicator(hle, { asAt: AS_AT });
    expect(a.sincePrevious).to.include({ kind: 'better', arrow: '↑', words: 'Better than the previous figure (62.9 years, March 2024)' });
    expect(a.sinceBaseline).to.include({ kind: 'worse', arrow: '↓', words: 'Worse than the baseline (63.6 years, March 2022)' });
    const flat = assessIndicator(indicator({ history: [{ date: '2022-03-31', value: 50 }, { date: '2025-03-31', value: 55 }, { date: '2026-03-31', value: 55.2 }] }), { asAt: AS_AT });
    expect(flat.sincePrevious).to.include({ kind: 'little-or-no-change', arrow: '→' });
    expect(flat.sincePrevious!.words).to.match(/^Little or no change from the previous figure/);
  });

  it('classifies a change against the tolerance, inclusive, in both directions', () => {
    expect(changeKind(10, 10.5, 'higher-is-better', 0.5)).to.equal('little-or-no-change');
    expect(changeKind(10, 10.6, 'higher-is-better', 0.5)).to.equal('better');
    expect(changeKind(10, 10.6, 'lower-is-better', 0.5)).to.equal('worse');
    expect(changeKind(10, 9.4, 'lower-is-better', 0.5)).to.equal('better');
  });

  it("shows the council's assessment beside the method's, never in its place", () => {
    const i = indicator({ assessment: { status: 'off-track', reason: 'Funding for the programme ended in 2025.', date: '2026-06-30' } });
    const a = assessIndicator(i, { asAt: AS_AT });
    expect(a.status, 'the method still decides the status').to.equal('on-track');
    expect(a.council).to.include({ status: 'off-track', date: '2026-06-30' });
    expect(a.council!.summary).to.equal("The council's assessment (30 June 2026): off track. Funding for the programme ended in 2025.");
  });

  it('gives a gauge with figures alone only "target met", or nothing to judge', () => {
    expect(statusFromFigures({ latest: 61, target: 60, direction: 'higher-is-better' })).to.equal('target-met');
    expect(statusFromFigures({ latest: 59, target: 60, direction: 'higher-is-better' })).to.equal('not-assessable');
    expect(statusFromFigures({ latest: 9, target: 10, direction: 'lower-is-better' })).to.equal('target-met');
    expect(statusFromFigures({ target: 10, direction: 'lower-is-better' })).to.equal('not-assessable');
  });
});

describe('a reason sentence', () => {
  const day = fc.integer({ min: 0, max: 365 * 6 }).map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const value = fc.double({ min: -1000, max: 1000, noNaN: true }).map((v) => Math.round(v * 100) / 100);
  const arbitraryIndicator = fc
    .record({
      unit: fc.constantFrom('%', 'years', '£m', 'homes', ''),
      direction: fc.constantFrom('higher-is-better' as const, 'lower-is-better' as const),
      dates: fc.uniqueArray(day, { minLength: 0, maxLength: 5 }).map((d) => d.sort()),
      values: fc.array(value, { minLength: 5, maxLength: 5 }),
      target: fc.option(fc.record({ date: day, value })),
      tolerance: fc.option(fc.double({ min: 0, max: 5, noNaN: true })),
    })
    .map(({ unit, direction, dates, values, target, tolerance }) => ({
      id: 'i',
      title: 'I',
      unit,
      direction,
      history: dates.map((date, i) => ({ date, value: values[i]! })),
      ...(target && { target }),
      ...(tolerance !== null && { tolerance }),
    })) as fc.Arbitrary<Indicator>;

  it("has no number that is not the data's: its figures, dates, and the rates worked out from them", () => {
    fc.assert(
      fc.property(arbitraryIndicator, day, (i, asAt) => {
        const a = assessIndicator(i, { asAt });
        const known = i.history.filter((f) => f.date <= asAt);
        const baseline = i.baseline ?? known[0];
        const latest = known.at(-1);
        const allowed = new Set<string>();
        const addWords = (text: string) => (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).forEach((n) => allowed.add(n));
        for (const f of [...i.history, ...(i.target ? [i.target] : [])]) {
          addWords(formatValue(f.value, i.unit));
          addWords(formatDate(f.date));
        }
        if (baseline && latest && i.target && baseline.date !== latest.date) {
          const years = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 / 365.25;
          addWords(rateAmount((latest.value - baseline.value) / years(baseline.date, latest.date), i.unit));
          addWords(rateAmount((i.target.value - baseline.value) / years(baseline.date, i.target.date), i.unit));
        }
        const said = a.reason.match(/\d[\d,]*(?:\.\d+)?/g) ?? [];
        for (const n of said) expect(allowed.has(n), `"${n}" in "${a.reason}"`).to.equal(true);
      }),
      { numRuns: Number(process.env.PLAN_KIT_FUZZ_RUNS ?? 300) },
    );
  });
});

describe('2022-26 as at 8 December 2026', () => {
  const plan = validatePlan(readJson('content/plans/2022-26.json')).plan as Plan;
  const byId = new Map([...allIndicators(plan)].map(({ indicator }) => [indicator.id, assessIndicator(indicator, { asAt: AS_AT, method: progressMethod(plan) })]));
  const of = (id: string) => byId.get(id)!;

  it('says NEET has met its target, not that it is on track', () => {
    expect(of('young-people-neet').status).to.equal('target-met');
    expect(of('young-people-neet').reason).to.equal('Target met: 2.3% in March 2025 meets the target of 2.5% (at or below it since March 2024).');
  });

  it('says "target date passed" for each indicator whose target date passed with no later figure', () => {
    for (const [id, a] of byId) expect(a.flags, id).to.include('target-date-passed');
  });

  it('says healthy life expectancy is below its baseline as well as up on the previous figure', () => {
    const a = of('healthy-life-expectancy');
    expect(a.status).to.equal('off-track');
    expect(a.reason).to.equal('Off track: 63.1 years in March 2025 is worse than the baseline of 63.6 years (March 2022).');
    expect(a.sincePrevious?.kind).to.equal('better');
    expect(a.sinceBaseline?.kind).to.equal('worse');
  });
});
