import { expect } from 'chai';
import {
  compareItemNumbers,
  countStatuses,
  subOutcomesInOrder,
  directionOfTravel,
  findIndicator,
  findOutcome,
  findSubOutcome,
  indicatorStatus,
  validatePlan,
  type Indicator,
  type Plan,
} from '@plan-kit/content';
import { minimalPlan, readJson } from '../helpers/fixtures.ts';

const plan = validatePlan(minimalPlan()).plan as Plan;

function indicator(overrides: Partial<Indicator>): Indicator {
  return {
    id: 'i',
    title: 'An indicator',
    unit: '%',
    direction: 'higher-is-better',
    min: 0,
    max: 100,
    target: { date: '2026-03-31', value: 60 },
    history: [{ date: '2024-03-31', value: 58 }],
    ...overrides,
  };
}

describe('look-ups', () => {
  it('finds an outcome by id or by number', () => {
    expect(findOutcome(plan, 'homes')?.title).to.equal('Good homes');
    expect(findOutcome(plan, '2')?.id).to.equal('homes');
    expect(findOutcome(plan, 2)?.id).to.equal('homes');
    expect(findOutcome(plan, '9')).to.equal(undefined);
  });

  it('finds a sub-outcome by number or id, with its outcome', () => {
    const found = findSubOutcome(plan, '1.1');
    expect(found?.subOutcome.id).to.equal('long-lives');
    expect(found?.outcome.id).to.equal('health');
    expect(findSubOutcome(plan, 'right-homes')?.outcome.id).to.equal('homes');
    expect(findSubOutcome(plan, '9.3')).to.equal(undefined);
  });

  it('finds an indicator by id, with its aim, sub-outcome and outcome', () => {
    const found = findIndicator(plan, 'healthy-weight-adults');
    expect(found?.aim.id).to.equal('healthy-weight');
    expect(found?.subOutcome.number).to.equal('1.1');
    expect(findIndicator(plan, 'nope')).to.equal(undefined);
  });
});

describe('indicator status', () => {
  it('is on track when the target is met, in either direction', () => {
    expect(indicatorStatus(indicator({ history: [{ date: '2024-03-31', value: 61 }] }))).to.equal('on-track');
    expect(
      indicatorStatus(indicator({ direction: 'lower-is-better', target: { date: '2026-03-31', value: 20 }, history: [{ date: '2024-03-31', value: 19 }] })),
    ).to.equal('on-track');
  });

  it('is at risk when short by no more than a tenth of the range, off track beyond', () => {
    expect(indicatorStatus(indicator({ history: [{ date: '2024-03-31', value: 50 }] }))).to.equal('at-risk');
    expect(indicatorStatus(indicator({ history: [{ date: '2024-03-31', value: 49 }] }))).to.equal('off-track');
  });

  it('uses the status set in the content, and says when there is no data', () => {
    expect(indicatorStatus(indicator({ status: 'off-track' }))).to.equal('off-track');
    expect(indicatorStatus(indicator({ history: [] }))).to.equal('no-data');
    expect(indicatorStatus(indicator({ target: undefined }))).to.equal('no-data');
  });

  it('gives the direction of travel from the last two values', () => {
    const history = [{ date: '2023-03-31', value: 50 }, { date: '2024-03-31', value: 52 }];
    expect(directionOfTravel(indicator({ history }))).to.equal('improving');
    expect(directionOfTravel(indicator({ history, direction: 'lower-is-better' }))).to.equal('worsening');
    expect(directionOfTravel(indicator({ history: [history[0]!, { date: '2024-03-31', value: 50 }] }))).to.equal('no-change');
    expect(directionOfTravel(indicator({}))).to.equal(undefined);
  });

  it('counts statuses for a roll-up', () => {
    const counts = countStatuses([
      indicator({}),
      indicator({ history: [{ date: '2024-03-31', value: 70 }] }),
      indicator({ history: [] }),
    ]);
    expect(counts).to.deep.equal({ 'on-track': 1, 'at-risk': 1, 'off-track': 0, 'no-data': 1 });
  });
});

describe('sub-outcomes in number order', () => {
  it('puts 9.2 before 9.3 in 2022-26, where a source lists 9.3 first; the content keeps the source order and records it as a discrepancy', () => {
    const plan = validatePlan(readJson('content/plans/2022-26.json')).plan!;
    const safe = plan.outcomes.find((o) => o.number === '9')!;
    expect(safe.subOutcomes.map((s) => s.number), 'the source order, kept in the content').to.deep.equal(['9.1', '9.3', '9.2', '9.4']);
    expect(plan.discrepancies?.map((d) => d.id)).to.include('order-of-9-2-and-9-3');
    expect(subOutcomesInOrder(safe).map((s) => s.number), 'the order every list shows').to.deep.equal(['9.1', '9.2', '9.3', '9.4']);
  });

  it('orders numbers part by part as numbers, and leaves unnumbered sub-outcomes where they are', () => {
    expect(['9.10', '9.2', '9.1'].sort(compareItemNumbers)).to.deep.equal(['9.1', '9.2', '9.10']);
    const outcome = { id: 'o', title: 'O', subOutcomes: [{ id: 'a', title: 'A', number: '1.3' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C', number: '1.1' }] };
    expect(subOutcomesInOrder(outcome as never).map((s) => s.id)).to.deep.equal(['c', 'b', 'a']);
  });
});
