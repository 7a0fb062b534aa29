/**
 * National identifiers: an indicator may give the LG Inform metric id it shares with national
 * benchmarking and the Local Outcomes Framework outcome it reports against. The schema checks their
 * form and says what is wrong; the CSV export carries them; the real content invents none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { type Plan, formatProblem, validatePlan } from '@plan-kit/content';
import { indicatorsToCsv } from '@plan-kit/content/csv';
import { REAL_PLAN_FILES, minimalPlan, repoRoot } from '../helpers/fixtures.ts';

function planWithIds(ids: Record<string, unknown>) {
  const plan = minimalPlan();
  Object.assign(plan.outcomes[0].subOutcomes[0].aims[0].indicators[0], ids);
  return validatePlan(plan);
}

describe('national identifiers on indicators', () => {
  it('accepts an LG Inform metric id and a Local Outcomes Framework outcome, and the CSV shows them', () => {
    const result = planWithIds({ lgInformMetric: '3263', localOutcome: 'Best start in life' });
    expect(result.ok, JSON.stringify(result.errors)).to.equal(true);
    const csv = indicatorsToCsv(result.plan as Plan, { excel: false });
    const [header, row] = csv.split('\n');
    const cells = Object.fromEntries(header!.split(',').map((h, i) => [h, row!.split(',')[i]]));
    expect(cells).to.include({ 'LG Inform metric': '3263', 'Local Outcomes Framework outcome': 'Best start in life' });
  });

  it('refuses identifiers of the wrong form, saying what is expected', () => {
    const bad = planWithIds({ lgInformMetric: 'LGI-3263', localOutcome: '<b>health</b>' });
    expect(bad.ok).to.equal(false);
    const messages = bad.errors.map(formatProblem);
    expect(messages).to.include('outcomes[0].subOutcomes[0].aims[0].indicators[0].lgInformMetric: must be an LG Inform metric id, such as "3263"');
    expect(messages).to.include(
      'outcomes[0].subOutcomes[0].aims[0].indicators[0].localOutcome: must be named as in the Local Outcomes Framework, such as "Best start in life"',
    );
  });

  it('invents none for the real plans', () => {
    for (const file of REAL_PLAN_FILES) {
      const text = readFileSync(join(repoRoot, file), 'utf8');
      expect(text, file).not.to.match(/lgInformMetric|localOutcome/);
    }
  });
});
