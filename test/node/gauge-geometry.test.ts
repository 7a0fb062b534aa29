/** The gauge's pure helpers: no DOM needed (the server renderer calls them too). */
import { expect } from 'chai';
import {
  END_ANGLE,
  START_ANGLE,
  angleAt,
  clamp,
  gaugePaths,
  share,
  valueText,
} from '../../packages/elements/src/plan-progress-gauge/gauge-geometry.ts';
import { formatCitation, formatDate, formatValue } from '../../packages/elements/src/shared/format.ts';
import { annularSector } from '../../packages/elements/src/shared/svg-arc.ts';
import { horizontalLink, polyline } from '../../packages/elements/src/shared/svg-paths.ts';
import { arc, line, linkHorizontal } from 'd3-shape';
import { validatePlan, type Plan, fillLinkTemplate, isSafeUrl, itemUrls } from '@plan-kit/content';
import { minimalPlan } from '../helpers/fixtures.ts';

const input = { min: 0, max: 100, direction: 'higher-is-better' as const, unit: '%' };

describe('gauge geometry', () => {
  it('maps values onto the half circle, clamped to the scale', () => {
    expect(share(50, 0, 100)).to.equal(0.5);
    expect(share(150, 0, 100)).to.equal(1);
    expect(share(-5, 0, 100)).to.equal(0);
    expect(share(5, 5, 5)).to.equal(0);
    expect(clamp(7, 0, 5)).to.equal(5);
    expect(angleAt(0)).to.equal(START_ANGLE);
    expect(angleAt(1)).to.equal(END_ANGLE);
  });

  it('draws track, value, target and baseline as SVG paths', () => {
    const paths = gaugePaths({ ...input, value: 62, target: 75, baseline: 55 });
    for (const key of ['track', 'value', 'target', 'baseline'] as const) expect(paths[key], key).to.match(/^M[-\d.,]+/);
    expect(gaugePaths(input).value).to.equal(undefined);
  });

  it('still draws a sliver of value at the minimum, so the reading is visible', () => {
    expect(gaugePaths({ ...input, value: 0 }).value).to.be.a('string').and.not.equal('');
  });

  it('keeps its arithmetic finite on the widest scale a double holds', () => {
    expect(share(1e308, -1e308, 1e308)).to.equal(1);
    expect(share(0, -1e308, 1e308)).to.equal(0.5);
    expect(share(5e-324, 0, 5e-324)).to.equal(1);
    const paths = gaugePaths({ ...input, min: -1e308, max: 1e308, value: 5e307, target: -1e308, baseline: 0 });
    expect(Object.values(paths).join(' ')).not.to.match(/NaN|Infinity/);
  });

  it('words the value as a screen reader should hear it', () => {
    expect(valueText({ ...input, value: 80, target: 75 }, 'target-met', false)).to.equal('80% against a target of 75%, target met');
    expect(valueText({ ...input, value: 18, direction: 'lower-is-better' }, 'not-assessable', true)).to.equal('18%, lower is better, example figure');
    expect(valueText({ ...input, value: 62, target: 75 }, 'some-progress', false, 'Some progress: up 1 point a year since March 2022.')).to.equal(
      '62% against a target of 75%, Some progress: up 1 point a year since March 2022.',
    );
    expect(valueText(input, undefined, false)).to.equal('No value yet');
  });
});

describe('SVG paths (shared/svg-paths.ts, which the gauge, the chart and the lineage draw with instead of d3-shape)', () => {
  const numbers = (path: string) => (path.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  const closeTo = (actual: number[], expected: number[]) => {
    expect(actual).to.have.length(expected.length);
    actual.forEach((value, i) => expect(value, `number ${i}`).to.be.closeTo(expected[i]!, 0.002));
  };
  const d3Arc = (sector: Parameters<typeof annularSector>[0]) => arc().cornerRadius(sector.cornerRadius ?? 0)(sector as never) as string;
  const { PI } = Math;

  it("draws the gauge's bands as d3-shape's arc does, corners rounded", () => {
    for (const sector of [
      { startAngle: -PI / 2, endAngle: PI / 2, innerRadius: 34, outerRadius: 50, cornerRadius: 1.5 },
      { startAngle: -PI / 2, endAngle: 0.3, innerRadius: 34, outerRadius: 50, cornerRadius: 1.5 },
      { startAngle: -PI / 2, endAngle: PI, innerRadius: 20, outerRadius: 50, cornerRadius: 4 },
      { startAngle: -PI / 2, endAngle: PI / 2, innerRadius: 34, outerRadius: 50 },
    ]) {
      closeTo(numbers(annularSector(sector)), numbers(d3Arc(sector)));
    }
  });

  it('makes the corners of a thin mark smaller, starting and ending where d3-shape does', () => {
    for (const sector of [
      { startAngle: 0.2, endAngle: 0.26, innerRadius: 28, outerRadius: 50.01, cornerRadius: 1.5 },
      { startAngle: -PI / 2, endAngle: -PI / 2 + 0.015 * PI, innerRadius: 34, outerRadius: 50, cornerRadius: 1.5 },
    ]) {
      const ours = annularSector(sector);
      const theirs = d3Arc(sector);
      // The same outline through the same points: where d3 joins two touching corners in one arc, ours draws both.
      const points = (path: string) => [...path.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]).flat();
      closeTo(points(ours), points(theirs));
      const radii = (path: string) => [...new Set([...path.matchAll(/A([\d.]+),/g)].map((m) => Number(m[1])))].sort();
      closeTo(radii(ours), radii(theirs));
      for (const [x, y] of numbers(ours).reduce<number[][]>((pairs, n, i, all) => (i % 2 ? pairs : [...pairs, [n, all[i + 1]!]]), [])) {
        expect(Math.hypot(x!, y!), 'every point inside the band (or a radius)').to.be.at.most(sector.outerRadius + 0.01);
      }
    }
  });

  it('links two points as d3-shape\'s linkHorizontal does', () => {
    const d3Link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
    closeTo(numbers(horizontalLink([10, 20], [250.5, -3])), numbers(d3Link({ source: [10, 20], target: [250.5, -3] })!));
  });

  it("draws the chart's line through its points as d3-shape's line does", () => {
    const points = [{ x: 46, y: 170.25 }, { x: 120.123456, y: 14 }, { x: 348, y: 99.5 }];
    const d3Line = line<{ x: number; y: number }>().x((p) => p.x).y((p) => p.y);
    expect(polyline(points)).to.equal('M46,170.25L120.123,14L348,99.5');
    closeTo(numbers(polyline(points)), numbers(d3Line(points)!));
  });
});

describe('formatting', () => {
  it('writes dates as a UK reader expects, whatever the time zone', () => {
    expect(formatDate('2021-11-01')).to.equal('1 November 2021');
    expect(formatDate('2022-03')).to.equal('March 2022');
    expect(formatDate('2013')).to.equal('2013');
  });

  it('writes values with their unit', () => {
    expect(formatValue(62, '%')).to.equal('62%');
    expect(formatValue(66, '£m')).to.equal('£66m');
    expect(formatValue(4716, 'homes')).to.equal('4,716 homes');
    expect(formatValue(72.34, 'years')).to.equal('72.3 years');
  });

  it('cites meeting, date and paragraph', () => {
    const plan = validatePlan(minimalPlan()).plan as Plan;
    expect(formatCitation(plan, { document: 'report', paragraph: '14-15' }).text).to.equal('A report to a test committee, 1 January 2024, paragraphs 14-15');
    expect(formatCitation(plan, { document: 'report', paragraph: 'Vision' }).text).to.equal('A report to a test committee, 1 January 2024, Vision');
  });
});

describe('link templates', () => {
  it('fills placeholders, encoded, and drops an empty fragment', () => {
    expect(fillLinkTemplate('/outcomes/{outcome}/#{ref}', { outcome: 'a b', ref: '9.3' })).to.equal('/outcomes/a%20b/#9.3');
    expect(fillLinkTemplate('/outcomes/{outcome}/#{ref}', { outcome: 'x' })).to.equal('/outcomes/x/');
    expect(fillLinkTemplate(undefined, { outcome: 'x' })).to.equal(undefined);
    // One template for outcome and sub-outcome pages: the outcome link loses the empty segment.
    expect(fillLinkTemplate('outcomes/{outcome}/{ref}/', { outcome: 'x' })).to.equal('outcomes/x/');
    expect(fillLinkTemplate('https://example.org/{outcome}/{ref}/', { outcome: 'x', ref: '9.3' })).to.equal('https://example.org/x/9.3/');
  });

  it('refuses templates that would make an unsafe URL', () => {
    for (const template of ['javascript:alert(1)//{outcome}', ' JaVaScRiPt:x', 'java\tscript:x', 'data:text/html,x', 'vbscript:x']) {
      expect(fillLinkTemplate(template, { outcome: 'x' }), template).to.equal(undefined);
    }
    expect(fillLinkTemplate('https://example.org/{outcome}', { outcome: 'x' })).to.equal('https://example.org/x');
  });

  it("fills an item's links (itemUrls, as the matrix does) as fillLinkTemplate does with the item's values", () => {
    const plan = validatePlan(minimalPlan()).plan as Plan;
    const outcome = plan.outcomes[0]!;
    const subOutcome = outcome.subOutcomes[0]!;
    const values = { plan: plan.id, outcome: outcome.id, number: outcome.number, subOutcome: subOutcome.id, ref: subOutcome.number ?? subOutcome.id };
    for (const template of ['/plans/{plan}/{number}/{outcome}/{subOutcome}/#{ref}', 'outcomes/{outcome}/{ref}/', 'https://example.org/{outcome}#{ref}', 'javascript:{outcome}', undefined]) {
      const urlOf = itemUrls(template, plan);
      expect(urlOf(outcome, subOutcome), template).to.equal(fillLinkTemplate(template, values));
      expect(urlOf(outcome), template).to.equal(fillLinkTemplate(template, { plan: plan.id, outcome: outcome.id, number: outcome.number }));
    }
    expect(itemUrls('/plans/{plan}/{number}/{subOutcome}/#{ref}', plan)(outcome, subOutcome)).to.equal(`/plans/${plan.id}/${outcome.number}/${subOutcome.id}/#${subOutcome.number}`);
  });
});

describe('isSafeUrl', () => {
  it('passes paths and web, mail and phone links, and refuses other schemes however they are hidden', () => {
    for (const url of ['/outcomes/x/', '//example.org/x', '#top', 'outcomes/x', 'https://example.org', 'mailto:a@example.org', 'tel:0116', '?q=1']) expect(isSafeUrl(url), url).to.equal(true);
    for (const url of ['javascript:x', ' javascript:x', '\u0000javascript:x', 'java\nscript:x', 'JAVASCRIPT:x', 'data:text/html,x', 'vbscript:x']) expect(isSafeUrl(url), url).to.equal(false);
  });
});
