import { readFile } from 'node:fs/promises';
import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import { validatePlan } from '@plan-kit/content';
import * as markdown from '@plan-kit/content/markdown';
import { markdownLimitProblem } from '../../packages/content/src/markdown-limits.ts';
import { minimalPlan } from '../helpers/fixtures.ts';
import { describeMarkdownSanitization, type XssVector } from '../shared/markdown-xss-suite.ts';

describeMarkdownSanitization(
  'Node, jsdom',
  markdown,
  async () => JSON.parse(await readFile(new URL('../fixtures/xss-vectors.json', import.meta.url), 'utf8')) as XssVector[],
  (html) => JSDOM.fragment(html),
);

describe('markdown under hostile input (issue 17)', () => {
  /** Inputs that once threw or took seconds, with what validation says of them. */
  const PATHOLOGICAL: [name: string, input: string, refusal: RegExp][] = [
    ['lists nested 2,000 deep ("- " × 2000)', `${'- '.repeat(2000)}x`, /^line 1 nests lists or quotes too deep \(4000 characters/],
    ['quotes nested 3,000 deep (">" × 3000)', `${'>'.repeat(3000)}x`, /^line 1 nests lists or quotes too deep/],
    ['a list indented a level a line, 30 lines', Array.from({ length: 30 }, (_, i) => `${' '.repeat(2 * i)}- a`).join('\n'), /^line 13 nests lists or quotes too deep \(26 characters/],
    ['emphasis nested 5,000 deep', `${'*'.repeat(5000)}a${'*'.repeat(5000)}`, /^is 10001 characters long, over 5000: split it into paragraphs$/],
    ['"*a" × 50,000', '*a'.repeat(50_000), /^is 100000 characters long/],
    ['"`a" × 50,000', '`a'.repeat(50_000), /^is 100000 characters long/],
    ['20,000 table rows', `|a|b|\n|-|-|\n${'|1|2|\n'.repeat(20_000)}`, /^is 120012 characters long/],
  ];

  it('validation refuses what rendering cannot take, naming the line or the length', () => {
    for (const [name, input, refusal] of PATHOLOGICAL) {
      const plan = minimalPlan();
      plan.vision.paragraphs = [input];
      const result = validatePlan(plan);
      expect(result.ok, name).to.equal(false);
      expect(result.errors.map((p) => `${p.path}: ${p.message}`), name).to.satisfy((messages: string[]) =>
        messages.some((m) => m.startsWith('vision.paragraphs[0]: ') && refusal.test(m.slice('vision.paragraphs[0]: '.length))),
      );
    }
  });

  it('rendering never throws: over the limits, or if rendering fails, the text shows as it is, escaped', () => {
    for (const [name, input] of PATHOLOGICAL) {
      const html = markdown.renderMarkdown(input);
      expect(html, name).to.match(/^<p>/);
      expect(JSDOM.fragment(html).textContent, name).to.equal(input);
      expect(markdown.renderInlineMarkdown(input), name).not.to.contain('<');
    }
    const hostile = `${'>'.repeat(3000)}<img src=x onerror=alert(1)>`;
    expect(markdown.renderMarkdown(hostile) === `<p>${'&gt;'.repeat(3000)}&lt;img src=x onerror=alert(1)&gt;</p>`, 'escaped plain text').to.equal(true);
  });

  it('renders what validation accepts: nesting and length at the limits', () => {
    const deepest = `${'- '.repeat(12)}deepest`;
    expect(markdownLimitProblem(deepest)).to.equal(undefined);
    expect(markdown.renderMarkdown(deepest).match(/<ul>/g)).to.have.length(12);
    const longest = `${'word '.repeat(999)}word`;
    expect(markdownLimitProblem(longest)).to.equal(undefined);
    expect(markdown.renderMarkdown(longest) === `<p>${longest}</p>\n`, 'rendered as a paragraph').to.equal(true);
  });
});
