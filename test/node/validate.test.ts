import { expect } from 'chai';
import { checkPlanSet, formatProblem, validatePlan, type Plan } from '@plan-kit/content';
import { minimalPlan } from '../helpers/fixtures.ts';

/** Validates a broken copy of the minimal plan and returns its errors as `path: message`. */
function errorsAfter(breakIt: (plan: Record<string, any>) => void): string[] {
  const plan = minimalPlan();
  breakIt(plan);
  const result = validatePlan(plan);
  expect(result.ok, 'the broken plan must be rejected').to.equal(false);
  return result.errors.map(formatProblem);
}

describe('validatePlan', () => {
  it('accepts the minimal plan and returns it unchanged', () => {
    const input = minimalPlan();
    const result = validatePlan(input);
    expect(result.errors).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    expect(result.plan).to.deep.equal(input);
  });

  describe('delivery of actions and Outcome Board reports', () => {
    const delivered = (delivery: Record<string, unknown>) => (p: Record<string, any>) => {
      p.outcomes[0].subOutcomes[0].aims[0].actions[0] = { text: 'We will help people to be active', delivery };
    };

    it('accepts an action with its delivery record, a board report and a reporting period, unchanged', () => {
      const input = minimalPlan();
      delivered({
        status: 'delayed',
        reason: 'A partner has not yet decided on funding.',
        dueDate: '2026-03',
        owner: 'Public Health',
        milestones: [{ title: 'Service recommissioned', date: '2025-04', done: true }],
        updates: [{ date: '2025-03-31', text: 'Recommissioned.' }, { date: '2025-09-30', text: 'Waiting for funding.' }],
      })(input);
      input.outcomes[0].boardUpdates = [
        { period: { start: '2025-04-01', end: '2025-09-30' }, board: 'Health Outcome Board', date: '2025-11-04', achievements: ['A'], challenges: ['B'], priorities: ['C'], example: true },
      ];
      input.reportingPeriod = 'quarterly';
      const result = validatePlan(input);
      expect(result.errors.map(formatProblem)).to.deep.equal([]);
      expect(result.plan).to.deep.equal(input);
    });

    it('asks for a reason when an action is delayed or changed, at the reason', () => {
      expect(errorsAfter(delivered({ status: 'delayed' }))).to.deep.equal([
        'outcomes[0].subOutcomes[0].aims[0].actions[0].delivery.reason: required when the status is "delayed" or "changed": say why',
      ]);
      expect(errorsAfter(delivered({ status: 'changed' }))).to.have.length(1);
      expect(validatePlan((() => { const p = minimalPlan(); delivered({ status: 'stopped' })(p); return p; })()).ok).to.equal(true);
    });

    it('names the statuses, and refuses updates out of date order and a period that ends before it starts', () => {
      expect(errorsAfter(delivered({ status: 'done' }))[0]).to.match(/delivery\.status: must be one of "not-started", "in-progress", "completed", "delayed", "changed", "stopped"/);
      expect(errorsAfter(delivered({ updates: [{ date: '2025-09-30', text: 'b' }, { date: '2025-03-31', text: 'a' }] }))).to.deep.equal([
        'outcomes[0].subOutcomes[0].aims[0].actions[0].delivery.updates[1]: must not be dated before the previous update (2025-09-30): they run oldest first',
      ]);
      expect(
        errorsAfter((p) => {
          p.outcomes[0].boardUpdates = [{ period: { start: '2025-10-01', end: '2025-09-30' }, board: 'B', date: '2025-11-04', achievements: [], challenges: [], priorities: [] }];
        }),
      ).to.deep.equal(['outcomes[0].boardUpdates[0].period.end: must not be before the start']);
    });
  });

  it('reports every missing required field at once, with its path', () => {
    expect(
      errorsAfter((p) => {
        delete p.title;
        delete p.outcomes[0].subOutcomes[0].title;
        delete p.outcomes[1].id;
      }),
    ).to.have.members([
      'title: required',
      'outcomes[0].subOutcomes[0].title: required',
      'outcomes[1].id: required',
    ]);
  });

  it('names the expected type and what it got instead', () => {
    expect(
      errorsAfter((p) => {
        p.period.start = '2024';
        p.outcomes[0].subOutcomes = {};
        p.outcomes[0].subOutcomes = 'none';
      }),
    ).to.deep.equal(['period.start: must be a number, not the text "2024"', 'outcomes[0].subOutcomes: must be a list, not the text "none"']);
  });

  it('rejects unknown fields and suggests the likely one', () => {
    expect(
      errorsAfter((p) => {
        p.outcomes[0].titel = 'x';
        p.outcomes[0].subOutcomes[0].aims[0].indicators[0].colour = 'red';
      }),
    ).to.have.members([
      'outcomes[0].titel: unknown field (did you mean "title"?)',
      'outcomes[0].subOutcomes[0].aims[0].indicators[0].colour: unknown field',
    ]);
  });

  it('keeps outcome and sub-outcome numbers to codes, since they become page addresses', () => {
    const message = 'must be letters and digits joined by dots or hyphens, such as "9.3" or "O3" (it is part of page addresses)';
    expect(
      errorsAfter((p) => {
        p.outcomes[0].number = '../../../etc';
        p.outcomes[0].subOutcomes[0].number = '1.1 <script>';
      }),
    ).to.have.members([`outcomes[0].number: ${message}`, `outcomes[0].subOutcomes[0].number: ${message}`]);
  });

  it('explains bad enum values, ids, dates and colours in words', () => {
    expect(
      errorsAfter((p) => {
        p.status = 'published';
        p.outcomes[0].id = 'Healthy People';
        p.outcomes[0].colour = 'blue';
        p.outcomes[0].subOutcomes[0].aims[0].indicators[0].history[0].date = '31/03/2023';
      }),
    ).to.have.members([
      'status: must be one of "draft", "consultation", "approved", "superseded"',
      'outcomes[0].id: must be lower-case letters, digits and single hyphens, such as "clean-green-future"',
      'outcomes[0].colour: must be a colour written #rrggbb, such as "#1d70b8"',
      'outcomes[0].subOutcomes[0].aims[0].indicators[0].history[0].date: must be a date written YYYY-MM-DD (or YYYY-MM, or YYYY, where the source gives no day)',
    ]);
  });

  it('rejects duplicate ids and numbers', () => {
    expect(
      errorsAfter((p) => {
        p.outcomes[1].id = 'health';
        p.outcomes[1].subOutcomes[0].number = '1.1';
      }),
    ).to.have.members([
      'outcomes[1].id: duplicate outcome id "health" (also at outcomes[0])',
      'outcomes[1].subOutcomes[0].number: duplicate sub-outcome number "1.1" (also at outcomes[0].subOutcomes[0])',
    ]);
  });

  it('rejects a citation of a document the plan does not list', () => {
    expect(errorsAfter((p) => (p.outcomes[1].source.document = 'minutes'))).to.deep.equal([
      'outcomes[1].source.document: unknown source "minutes": the plan\'s sources are "report"',
    ]);
  });

  it('rejects dangling lineage, discrepancy, timeline and question references', () => {
    expect(
      errorsAfter((p) => {
        p.lineage[0].to = { outcome: 'wealth' };
        p.lineage.push({ ...p.lineage[0], to: { outcome: 'health', subOutcome: '1.9' } });
        p.discrepancies = [{ id: 'd', about: '9.3', description: 'x', sources: [{ document: 'report' }] }];
        p.timeline = [{ id: 't', date: '2024-02-01', kind: 'meeting', title: 'Cabinet', refs: ['1.1', '7.7'] }];
        p.consultation = { title: 'C', questions: [{ id: 'q1', number: '1', text: 'Agree?', outcome: 'jobs' }] };
      }),
    ).to.have.members([
      'lineage[0].to: refers to outcome "wealth", which plan "minimal" does not have',
      'lineage[1].to: refers to sub-outcome "1.9", which outcome "health" of plan "minimal" does not have',
      'discrepancies[0].about: refers to "9.3", which is no outcome or sub-outcome of this plan',
      'timeline[0].refs[1]: refers to "7.7", which is no outcome or sub-outcome of this plan',
      'consultation.questions[0].outcome: refers to outcome "jobs", which this plan does not have',
    ]);
  });

  it('rejects indicator values outside the range and history out of order', () => {
    expect(
      errorsAfter((p) => {
        const indicator = p.outcomes[0].subOutcomes[0].aims[0].indicators[0];
        indicator.target.value = 120;
        indicator.history.reverse();
      }),
    ).to.have.members([
      "outcomes[0].subOutcomes[0].aims[0].indicators[0].target.value: 120 is outside the indicator's range 0 to 100",
      "outcomes[0].subOutcomes[0].aims[0].indicators[0].history[1].date: must be after the previous value's date (2024-03-31): history runs oldest first",
    ]);
  });

  it('warns, without blocking, about example figures, missing sources and low-contrast colours', () => {
    const plan = minimalPlan();
    delete plan.outcomes[1].subOutcomes[0].source;
    plan.outcomes[1].colour = '#f47738';
    const result = validatePlan(plan);
    expect(result.ok).to.equal(true);
    expect(result.warnings.map(formatProblem)).to.have.members([
      'outcomes[0].subOutcomes[0].aims[0].indicators[0]: figures are examples, not council figures (example: true); pages label them "example figure"',
      'outcomes[1].subOutcomes[0]: has no source: add source.document and source.paragraph so that readers can check it',
      'outcomes[1].colour: #f47738 gives white text a contrast of 2.78:1, below the 4.5:1 that WCAG AA needs',
    ]);
  });

  it('rejects what is not a plan at all, without throwing', () => {
    for (const input of [null, 42, 'plan', [], undefined, { outcomes: 'x' }]) {
      const result = validatePlan(input);
      expect(result.ok).to.equal(false);
      expect(result.errors.length).to.be.greaterThan(0);
    }
    expect(validatePlan(null).errors.map(formatProblem)).to.deep.equal(['must be an object, not null']);
  });
});

describe('checkPlanSet', () => {
  it('rejects lineage into an outcome that the other plan lacks', () => {
    const newer = validatePlan(minimalPlan()).plan as Plan;
    const older = { ...(validatePlan(minimalPlan()).plan as Plan), id: 'older' };
    const problems = checkPlanSet([newer, older]);
    expect(problems.get('minimal')?.map(formatProblem)).to.deep.equal([
      'lineage[0].from: refers to outcome "wellbeing", which plan "older" does not have',
    ]);
    expect(problems.get('older')).to.deep.equal([]);
  });
});
