import { expect } from 'chai';
import {
  compareItemNumbers,
  subOutcomesInOrder,
  findIndicator,
  findOutcome,
  findSubOutcome,
  validatePlan,
  type Plan,
} from '@plan-kit/content';
import { minimalPlan, readJson } from '../helpers/fixtures.ts';

const plan = validatePlan(minimalPlan()).plan as Plan;

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
