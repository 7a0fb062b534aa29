/**
 * The real content: every plan in content/plans is valid, quotes its sources word for word, and
 * flags its example figures. Quoting is checked against the source texts in content/sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'chai';
import { actionParts, allActions, allIndicators, checkPlanSet, findSubOutcome, formatProblem, indicatorStatus, statusFromFigures, validatePlan, type Citation, type Plan } from '@plan-kit/content';
import { readJson } from '../helpers/fixtures.ts';

const planFiles = readdirSync(new URL('../../content/plans', import.meta.url)).filter((f) => f.endsWith('.json'));
const plans = new Map<string, Plan>();
for (const file of planFiles) {
  const result = validatePlan(readJson(`content/plans/${file}`));
  if (result.ok) plans.set(file, result.plan);
}

/** Source text and content text compared alike: whitespace, quotes, dashes, bold and line-break hyphens. */
export function normalise(text: string): string {
  return text
    .replace(/<sup>(\w+)<\/sup>/g, '$1')
    .replace(/[*\\]/g, '')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[\uf000-\uf8ff\u2022\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(\w)- (\w)/g, '$1-$2')
    .trim();
}

const sourceTexts = new Map<string, string>();
function sourceText(file: string): string {
  let text = sourceTexts.get(file);
  if (text === undefined) {
    text = normalise(readFileSync(new URL(`../../content/sources/${file}`, import.meta.url), 'utf8'));
    sourceTexts.set(file, text);
  }
  return text;
}

/** Fields whose text is quoted from the sources (the rest, such as timeline titles, are plan-kit's words). */
const QUOTED_FIELDS: Record<string, readonly string[]> = {
  outcome: ['title', 'statement', 'description'],
  subOutcome: ['title', 'description'],
  aim: ['title', 'actions'],
  include: ['text'],
  passage: ['text'],
  vision: ['paragraphs'],
  principle: ['text'],
  question: ['text'],
  variant: ['text'],
  monitoring: ['text'],
  objective: ['title', 'text'],
  consultation: ['description'],
  timeline: ['description'],
};

interface Quote {
  where: string;
  text: string;
  citation: Citation;
}

function quotesOf(plan: Plan): Quote[] {
  const quotes: Quote[] = [];
  const add = (kind: string, item: Record<string, unknown>, where: string, inherited?: Citation) => {
    const citation = (item.source as Citation | undefined) ?? inherited;
    if (!citation) return;
    for (const field of QUOTED_FIELDS[kind] ?? []) {
      const value = item[field];
      const texts = Array.isArray(value) ? value : value === undefined ? [] : [value];
      // An action with a delivery record quotes its text; the record itself is no quotation.
      const quoted = (text: unknown) => (typeof text === 'object' && text !== null ? (text as { text: string }).text : String(text));
      texts.forEach((text, i) => quotes.push({ where: `${where}.${field}${Array.isArray(value) ? `[${i}]` : ''}`, text: quoted(text), citation }));
    }
  };
  const asRecord = (x: unknown) => x as Record<string, unknown>;
  plan.summary?.forEach((p, i) => add('passage', asRecord(p), `summary[${i}]`));
  plan.background?.forEach((p, i) => add('passage', asRecord(p), `background[${i}]`));
  if (plan.vision) add('vision', asRecord(plan.vision), 'vision');
  plan.principles?.forEach((p, i) => add('principle', asRecord(p), `principles[${i}]`));
  plan.monitoring?.forEach((m, i) => add('monitoring', asRecord(m), `monitoring[${i}]`));
  plan.timeline?.forEach((t, i) => add('timeline', asRecord(t), `timeline[${i}]`));
  plan.programmes?.forEach((p, i) => p.objectives.forEach((o, j) => add('objective', asRecord(o), `programmes[${i}].objectives[${j}]`, p.source)));
  if (plan.consultation) {
    add('consultation', asRecord(plan.consultation), 'consultation');
    plan.consultation.questions?.forEach((q, i) => add('question', asRecord(q), `consultation.questions[${i}]`, plan.consultation?.source));
  }
  plan.outcomes.forEach((o, i) => {
    add('outcome', asRecord(o), `outcomes[${i}]`);
    o.titleVariants?.forEach((v, k) => add('variant', asRecord(v), `outcomes[${i}].titleVariants[${k}]`));
    o.subOutcomes.forEach((s, j) => {
      const where = `outcomes[${i}].subOutcomes[${j}]`;
      add('subOutcome', asRecord(s), where, o.source);
      s.titleVariants?.forEach((v, k) => add('variant', asRecord(v), `${where}.titleVariants[${k}]`));
      s.aims?.forEach((a, k) => add('aim', asRecord(a), `${where}.aims[${k}]`, s.source));
      s.includes?.forEach((item, k) => add('include', asRecord(item), `${where}.includes[${k}]`, s.source));
    });
  });
  return quotes;
}

describe('content/plans', () => {
  it('holds the three plans of the sources', () => {
    expect(planFiles).to.include.members(['2014-18.json', '2017-21-discussion.json', '2022-26.json']);
  });

  for (const file of planFiles) {
    describe(file, () => {
      it('is a valid plan', () => {
        const result = validatePlan(readJson(`content/plans/${file}`));
        expect(result.errors.map(formatProblem)).to.deep.equal([]);
      });

      it('points $schema at the published JSON Schema', () => {
        expect((readJson(`content/plans/${file}`) as { $schema?: string }).$schema).to.equal('../../packages/content/plan.schema.json');
      });

      it('quotes its sources word for word', () => {
        const plan = plans.get(file)!;
        const files = new Map(plan.sources.map((s) => [s.id, s.file]));
        const misquoted = quotesOf(plan)
          .filter((q) => {
            const sourceFile = files.get(q.citation.document);
            return !sourceFile || !sourceText(sourceFile).includes(normalise(q.text).replace(/[;.]$/, ''));
          })
          .map((q) => `${q.where} (${q.citation.document}, ${q.citation.paragraph ?? '?'}): ${q.text.slice(0, 80)}`);
        expect(misquoted).to.deep.equal([]);
      });

      it('names a source file that exists for every source document', () => {
        for (const source of plans.get(file)!.sources) {
          expect(source.file, source.id).to.be.a('string');
          expect(() => sourceText(source.file!)).not.to.throw();
        }
      });

      it('flags every delivery record and Outcome Board report as an example (the sources give none)', () => {
        const plan = plans.get(file)!;
        for (const { ref, delivery } of allActions(plan)) if (delivery) expect(delivery.example, ref).to.equal(true);
        for (const outcome of plan.outcomes) for (const update of outcome.boardUpdates ?? []) expect(update.example, outcome.id).to.equal(true);
      });

      it('flags every indicator with figures as example figures (the sources give none)', () => {
        for (const { indicator } of allIndicators(plans.get(file)!)) {
          expect(indicator.example, indicator.id).to.equal(true);
        }
      });

      // The sources name aims, never indicators: each indicator is the site editors' choice and says so.
      it('says of every indicator that the site\'s editors chose it, why, and which aim it stands for', () => {
        for (const { aim, indicator } of allIndicators(plans.get(file)!)) {
          expect(indicator.editorialReason, indicator.id).to.be.a('string');
          expect(indicator.source?.note, indicator.id).to.match(/^The report names the aim ".+", not an indicator\.$/);
          expect(indicator.source?.paragraph, indicator.id).to.equal(aim.source?.paragraph);
          expect(`${indicator.description} ${indicator.editorialReason}`, indicator.id).not.to.match(/plan-kit/i);
        }
      });

      it('gives example figures that agree with themselves: the baseline among the figures, one cadence, no status against the figures', () => {
        for (const { indicator } of allIndicators(plans.get(file)!)) {
          const dates = indicator.history.map((h) => h.date);
          if (indicator.baseline) expect(dates, `${indicator.id} baseline`).to.include(indicator.baseline.date);
          const dayOfYear = new Set([...dates, indicator.target?.date].filter(Boolean).map((d) => d!.slice(5)));
          expect([...dayOfYear], `${indicator.id} cadence`).to.have.length(1);
          const worked = statusFromFigures({ latest: indicator.history.at(-1)?.value, target: indicator.target?.value, direction: indicator.direction, min: indicator.min, max: indicator.max });
          expect(indicatorStatus(indicator), `${indicator.id} status`).to.equal(worked);
        }
      });
    });
  }

  it('has lineage that resolves across the plans', () => {
    const problems = [...checkPlanSet([...plans.values()]).values()].flat().map(formatProblem);
    expect(problems).to.deep.equal([]);
  });

  describe('2022-26', () => {
    const plan = () => plans.get('2022-26.json')!;
    it('has five outcomes and all 22 sub-outcomes', () => {
      expect(plan().outcomes).to.have.length(5);
      expect(plan().outcomes.flatMap((o) => o.subOutcomes)).to.have.length(22);
    });
    it('has the aims and actions of outcome 9 from the Health committee report', () => {
      expect(findSubOutcome(plan(), '9.3')?.subOutcome.title).to.equal('People enjoy long lives in good health');
      const aims = findSubOutcome(plan(), '9.3')!.subOutcome.aims!;
      expect(aims.map((a) => a.title)).to.include('Increased proportion of residents with a healthy weight');
      const actions94 = findSubOutcome(plan(), '9.4')!.subOutcome.aims!.flatMap((a) => a.actions.map((action) => actionParts(action).text));
      expect(actions94.some((a) => a.includes('dementia'))).to.equal(true);
    });
    it('shows what the Health report calls an action, a commitment or "sets out how" as such, not as an aim', () => {
      const kinds = (ref: string) => findSubOutcome(plan(), ref)!.subOutcome.includes?.map((item) => item.kind);
      expect(['5.4', '6.4', '6.5', '7.3', '8.4', '8.5'].map(kinds)).to.deep.equal([['action'], ['actions'], ['actions'], ['commitment'], ['sets-out-how'], ['action']]);
      for (const ref of ['5.4', '6.4', '6.5', '7.3', '8.4', '8.5']) expect(findSubOutcome(plan(), ref)!.subOutcome.aims ?? [], ref).to.deep.equal([]);
    });
    it('records the 12-week consultation from 1 November 2021 to 21 January 2022', () => {
      expect(plan().consultation).to.include({ opens: '2021-11-01', closes: '2022-01-21' });
    });
  });

  describe('2014-18', () => {
    it('states 69 supporting priorities across its themes without inventing them', () => {
      const plan = plans.get('2014-18.json')!;
      const total = plan.outcomes.reduce((sum, o) => sum + (o.count?.value ?? o.subThemes?.reduce((n, t) => n + t.count.value, 0) ?? 0), 0);
      expect(total).to.equal(69);
      expect(plan.outcomes.flatMap((o) => o.subOutcomes)).to.have.length(0);
    });
  });

  describe('2017-21-discussion', () => {
    it('has the vision in three paragraphs, six principles and nine questions', () => {
      const plan = plans.get('2017-21-discussion.json')!;
      expect(plan.vision?.paragraphs).to.have.length(3);
      expect(plan.principles).to.have.length(6);
      expect(plan.consultation?.questions).to.have.length(9);
    });
  });
});
