/**
 * Sub-outcomes in number order wherever the built site lists them: 9.2 before 9.3, although one
 * source lists 9.3 first. (That the content keeps the source's order, records it as a discrepancy,
 * and that subOutcomesInOrder puts it right is the content model's: lookup.test.ts.)
 *
 * Every built page, embed pages included, is read as its HTML (declarative shadow roots included,
 * which is what a reader gets with JavaScript off): in each list (`ul`, `ol`, a table body, a
 * `select`), the items that name a sub-outcome by number ("9.3 People enjoy…", or an element's
 * `ref="9.3"`) must come in ascending order. The A to Z page (/a-z/) is left out: it is alphabetical by
 * design. The open data CSV lists each outcome's sub-outcomes in number order too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareItemNumbers } from '@plan-kit/content';
import { expect } from 'chai';
import Papa from 'papaparse';
import { htmlDocument } from '../helpers/html-document.ts';
import { SITE_DIR, ensureSite, sitePages } from '../helpers/fixtures.ts';

const NUMBER = /^\d+(?:\.\d+)+$/;
const LEADING_NUMBER = /^(\d+(?:\.\d+)+)\s+[^\d\s%]/;

/** The sub-outcome number an item of a list names first: an element's `ref`, else the number its text starts with. */
function itemNumber(item: Element): string | undefined {
  const ref = [item, ...item.querySelectorAll('[ref]')].map((el) => el.getAttribute('ref') ?? '').find((r) => NUMBER.test(r));
  if (ref) return ref;
  return LEADING_NUMBER.exec((item.textContent ?? '').replace(/\s+/g, ' ').trim())?.[1];
}

/** Each list of the page (shadow roots' templates included) as the sub-outcome numbers its items name, in order. */
function numberedLists(html: string): string[][] {
  const document = htmlDocument(html);
  const lists: string[][] = [];
  const walk = (root: ParentNode) => {
    for (const list of root.querySelectorAll('ul, ol, tbody, select, optgroup')) {
      const items = [...list.children].filter((c) => ['LI', 'TR', 'OPTION'].includes(c.tagName));
      const numbers = items.map(itemNumber).filter((n): n is string => n !== undefined);
      if (numbers.length > 1) lists.push(numbers);
    }
    for (const template of root.querySelectorAll('template')) walk((template as HTMLTemplateElement).content);
  };
  walk(document);
  return lists;
}

function ascending(numbers: string[]): boolean {
  return numbers.every((n, i) => i === 0 || compareItemNumbers(numbers[i - 1]!, n) <= 0);
}

describe('sub-outcomes in number order', function () {
  this.timeout(120_000);
  ensureSite();

  it('lists them in number order on every page and embed page (9.2 before 9.3)', () => {
    const pages = [...sitePages(), ...sitePages(SITE_DIR, 'embed')].filter((path) => path !== '/a-z/');
    expect(pages.length).to.be.greaterThan(100);
    const out: string[] = [];
    let checked = 0;
    for (const path of pages) {
      for (const numbers of numberedLists(readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8'))) {
        checked++;
        if (!ascending(numbers)) out.push(`${path}: ${numbers.join(', ')}`);
      }
    }
    expect(out, 'lists out of number order').to.deep.equal([]);
    // The plan page, each outcome page and the embed builder each have such lists: the check saw them.
    expect(checked).to.be.greaterThan(50);
    const safeAndWell = numberedLists(readFileSync(join(SITE_DIR, 'plans/2022-26/outcomes/keeping-people-safe-and-well/index.html'), 'utf8'));
    expect(safeAndWell).to.deep.include(['9.1', '9.2', '9.3', '9.4']);
  });

  it("lists each outcome's sub-outcomes in number order in the open data CSV", () => {
    const csv = readFileSync(join(SITE_DIR, 'open-data/2022-26-indicators.csv'), 'utf8').replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const byOutcome = new Map<string, string[]>();
    for (const row of rows) byOutcome.set(row.Outcome!, [...(byOutcome.get(row.Outcome!) ?? []), row['Sub-outcome']!]);
    expect(byOutcome.size).to.be.greaterThan(1);
    for (const [outcome, numbers] of byOutcome) expect(ascending(numbers), `outcome ${outcome}: ${numbers.join(', ')}`).to.equal(true);
  });
});
