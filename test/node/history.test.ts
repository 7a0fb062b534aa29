/** How the plans were made and how they changed: dates, timelines, consultation status, lineage and comparisons. */
import { expect } from 'chai';
import {
  type Plan,
  comparePlans,
  compareDayToPeriod,
  consultationStatus,
  dateSortKey,
  entryRefs,
  isoDay,
  lineageOf,
  timelineOf,
  validatePlan,
} from '@plan-kit/content';
import { REAL_PLAN_FILES, minimalPlan, readJson } from '../helpers/fixtures.ts';

const [plan2014, plan2017, plan2022] = REAL_PLAN_FILES.map((file) => validatePlan(readJson(file)).plan as Plan) as [Plan, Plan, Plan];

describe('dates', () => {
  it('writes a day as YYYY-MM-DD in local time', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 59))).to.equal('2026-01-05');
  });

  it('places a day before, within or after a period given to the day, month or year', () => {
    expect(compareDayToPeriod('2017-05-31', '2017-06', '2017-08')).to.equal(-1);
    expect(compareDayToPeriod('2017-06-01', '2017-06', '2017-08')).to.equal(0);
    expect(compareDayToPeriod('2017-08-31', '2017-06', '2017-08')).to.equal(0);
    expect(compareDayToPeriod('2017-09-01', '2017-06', '2017-08')).to.equal(1);
    expect(compareDayToPeriod('2013-12-31', '2013')).to.equal(0);
  });

  it('sorts a date known only by month after the days of that month', () => {
    const dates = ['2014-05', '2014-05-21', '2014-05-06', '2014-06-01', '2014'];
    expect([...dates].sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)))).to.deep.equal(['2014-05-06', '2014-05-21', '2014-05', '2014-06-01', '2014']);
  });
});

describe('consultation status', () => {
  const consultation = plan2022.consultation!;

  it('is upcoming before it opens, open to the last day, closed after', () => {
    expect(consultationStatus(consultation, '2021-10-31')).to.equal('upcoming');
    expect(consultationStatus(consultation, '2021-11-01')).to.equal('open');
    expect(consultationStatus(consultation, '2022-01-21')).to.equal('open');
    expect(consultationStatus(consultation, '2022-01-22')).to.equal('closed');
  });

  it('counts a closing month to its last day', () => {
    expect(consultationStatus(plan2017.consultation!, '2017-08-31')).to.equal('open');
    expect(consultationStatus(plan2017.consultation!, '2017-09-01')).to.equal('closed');
  });

  it('does not guess: opened, with no closing date, is unknown', () => {
    expect(consultationStatus({ opens: '2013' }, '2026-01-01')).to.equal('unknown');
    expect(consultationStatus({}, '2026-01-01')).to.equal('unknown');
  });
});

describe('timelines', () => {
  it("puts a plan's entries in date order", () => {
    const ids = timelineOf([plan2014]).map((t) => t.entry.id);
    expect(ids.indexOf('cabinet-2014-05-06')).to.be.below(ids.indexOf('county-council-approval-2014-05'));
    expect(ids[0]).to.equal('consultation-summer-2013');
  });

  it('merges the timelines of several plans and shows an event that two plans record once', () => {
    const all = timelineOf([plan2014, plan2017, plan2022]);
    expect(all).to.have.length((plan2014.timeline!.length + plan2017.timeline!.length + plan2022.timeline!.length) - 1);
    const approval = all.filter((t) => t.entry.date === '2017-12-06');
    expect(approval).to.have.length(1);
    expect(approval[0]!.plan.id).to.equal('2017-21-discussion');
    expect(approval[0]!.alsoIn.map((p) => p.id)).to.deep.equal(['2022-26']);
  });

  it('finds the meetings that discussed a sub-outcome, and those about an outcome or any of its sub-outcomes', () => {
    expect(timelineOf([plan2022], { about: '9.3' }).map((t) => t.entry.id)).to.deep.equal(['health-scrutiny-2021-11-10']);
    expect(timelineOf([plan2022], { about: 'long-lives-in-good-health' }).map((t) => t.entry.id)).to.deep.equal(['health-scrutiny-2021-11-10']);
    expect(timelineOf([plan2022], { about: 'keeping-people-safe-and-well' }).map((t) => t.entry.id)).to.deep.equal(['cabinet-2021-10-26', 'health-scrutiny-2021-11-10']);
    expect(timelineOf([plan2017], { about: 'great-communities' }).map((t) => t.entry.id)).to.deep.equal(['cabinet-2017-06-23', 'scrutiny-commission-2017-07-19']);
    expect(timelineOf([plan2022], { about: 'no-such-thing' })).to.deep.equal([]);
  });

  it("resolves an entry's refs to outcomes and sub-outcomes", () => {
    const health = plan2022.timeline!.find((e) => e.id === 'health-scrutiny-2021-11-10')!;
    const refs = entryRefs(plan2022, health);
    expect(refs.map((r) => r.subOutcome?.number)).to.include.members(['9.2', '9.3', '9.4']);
    const cabinet2017 = plan2017.timeline!.find((e) => e.id === 'cabinet-2017-06-23')!;
    expect(entryRefs(plan2017, cabinet2017).map((r) => [r.outcome.id, r.subOutcome])).to.deep.include(['strong-economy', undefined]);
  });
});

describe('lineage', () => {
  const set = lineageOf([plan2022, plan2014, plan2017]);
  const change = (from: Plan, to: Plan) =>
    Object.fromEntries(comparePlans(set, from, to).earlierOutcomes.map((c) => [c.outcome.id, `${c.change} ${c.into.map((o) => o.id).join(' + ')}`.trim()]));

  it('orders the plans by period and resolves every link', () => {
    expect(set.plans.map((p) => p.id)).to.deep.equal(['2014-18', '2017-21-discussion', '2022-26']);
    expect(set.missing).to.deep.equal([]);
    expect(set.links).to.have.length(plan2017.lineage!.length + plan2022.lineage!.length);
    const link = set.links.find((l) => l.to.subOutcome?.number === '8.5')!;
    expect([link.from.plan.id, link.from.outcome.id, link.to.outcome.id, link.relation]).to.deep.equal([
      '2017-21-discussion',
      'affordable-and-quality-homes',
      'strong-economy-transport-infrastructure',
      'merged',
    ]);
  });

  it('says what became of each 2014-18 theme in 2017', () => {
    expect(change(plan2014, plan2017)).to.deep.equal({
      'leadership-and-transformation': 'dropped',
      'enabling-economic-growth': 'continues strong-economy',
      'better-care': 'partly-continues wellbeing-and-opportunity + keeping-people-safe',
      'supporting-children-and-families': 'split wellbeing-and-opportunity + keeping-people-safe',
      'safer-communities': 'partly-continues keeping-people-safe + great-communities',
    });
  });

  it('says what became of each 2017 outcome in 2022-26, judging by links to whole outcomes first', () => {
    expect(change(plan2017, plan2022)).to.deep.equal({
      'strong-economy': 'renamed strong-economy-transport-infrastructure',
      'wellbeing-and-opportunity': 'split keeping-people-safe-and-well + improving-opportunities',
      'keeping-people-safe': 'merged keeping-people-safe-and-well',
      'great-communities': 'continues great-communities',
      // Its only link goes to sub-outcome 8.5.
      'affordable-and-quality-homes': 'merged strong-economy-transport-infrastructure',
    });
  });

  it('finds what is new: no link to the outcome as a whole', () => {
    const later = comparePlans(set, plan2017, plan2022).laterOutcomes;
    expect(later.filter((l) => l.isNew).map((l) => l.outcome.id)).to.deep.equal(['clean-green-future']);
    // Part of it continues an earlier priority, through a link to one of its sub-outcomes.
    expect(later.find((l) => l.outcome.id === 'clean-green-future')!.paths.map((p) => p.to.subOutcome?.id)).to.deep.equal(['nature-and-environment']);
    expect(comparePlans(set, plan2014, plan2017).laterOutcomes.filter((l) => l.isNew).map((l) => l.outcome.id)).to.deep.equal(['affordable-and-quality-homes']);
  });

  it('compares plans that are not next to each other through the plan between', () => {
    const comparison = comparePlans(set, plan2022, plan2014);
    expect([comparison.earlier.id, comparison.later.id, comparison.via.map((p) => p.id)]).to.deep.equal(['2014-18', '2022-26', ['2017-21-discussion']]);
    const growth = comparison.earlierOutcomes.find((c) => c.outcome.id === 'enabling-economic-growth')!;
    const whole = growth.paths.find((p) => !p.to.subOutcome)!;
    expect(whole.steps.map((s) => `${s.from.outcome.id} ${s.relation} ${s.to.outcome.id}`)).to.deep.equal([
      'enabling-economic-growth continues strong-economy',
      'strong-economy renamed strong-economy-transport-infrastructure',
    ]);
    expect(whole.relation).to.equal('renamed');
    expect(change(plan2014, plan2022)['leadership-and-transformation']).to.equal('dropped');
  });

  it('stands in for a plan that links name but that was not given, naming its outcomes by id', () => {
    const alone = lineageOf([validatePlan(minimalPlan()).plan as Plan]);
    expect(alone.missing.map((p) => p.id)).to.deep.equal(['older']);
    expect(alone.plans.map((p) => p.id)).to.deep.equal(['older', 'minimal']);
    expect(alone.plans[0]!.outcomes.map((o) => o.title)).to.deep.equal(['wellbeing']);
    const comparison = comparePlans(alone, alone.plans[0]!, alone.plans[1]!);
    expect(comparison.earlierOutcomes.map((c) => c.change)).to.deep.equal(['continues']);
  });
});
