/**
 * The six-monthly report the build writes for each plan and reporting period: the Word document
 * read back with a real reader (mammoth) and the PDF with pdftotext. Each must have every outcome
 * title as a heading, the indicators table with its header row and every indicator.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { type Plan, allIndicators, reportingPeriods, validatePlan } from '@plan-kit/content';
import { INDICATOR_COLUMNS, REPORT_HEADINGS, assessForReport, reportDocx, reportModel } from '../../site/src/report.ts';
import { paths } from '../../site/src/routes.ts';
import { SITE_DIR, ensureSite, repoRoot } from '../helpers/fixtures.ts';

const words = (text: string) => text.replace(/\s+/g, ' ').trim();
const plan = validatePlan(JSON.parse(readFileSync(join(repoRoot, 'content/plans/2022-26.json'), 'utf8'))).plan!;
const AS_AT = '2026-04-01';

/** Text without markup, entities decoded as mammoth writes them. */
const plain = (html: string) => words(html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#39;/g, "'"));

describe('the six-monthly report', function () {
  this.timeout(120_000);

  it('is written for each period the Outcome Boards reported for (one in the 2022-26 content), none for a plan without reports', () => {
    expect(reportingPeriods(plan)).to.deep.equal([{ start: '2025-04-01', end: '2025-09-30' }]);
    const earlier = JSON.parse(readFileSync(join(repoRoot, 'content/plans/2014-18.json'), 'utf8')) as Plan;
    expect(reportingPeriods(earlier)).to.deep.equal([]);
  });

  describe('as a Word document, read by mammoth', () => {
    let html: string;
    let docx: Uint8Array;
    before(async () => {
      docx = await reportDocx(reportModel(plan, reportingPeriods(plan)[0]!, AS_AT));
      html = (await mammoth.convertToHtml({ buffer: Buffer.from(docx) })).value;
    });

    it('has the committee paper\'s sections, and every outcome title as a heading', () => {
      const headings = [...html.matchAll(/<h(\d)>(.*?)<\/h\1>/g)].map((m) => `h${m[1]} ${plain(m[2]!)}`);
      for (const heading of Object.values(REPORT_HEADINGS)) expect(headings).to.include(`h1 ${heading}`);
      for (const outcome of plan.outcomes) expect(headings).to.include(`h2 ${outcome.number} ${outcome.title}`);
      expect(headings).to.include('h3 Key achievements');
    });

    it('has the indicators table with its header row and every indicator, with status and reason', () => {
      const tables = [...html.matchAll(/<table>(.*?)<\/table>/g)].map((m) => m[1]!);
      const indicators = tables.find((t) => t.includes('<thead>') && plain(t).startsWith(INDICATOR_COLUMNS.join(' ')))!;
      expect(indicators, 'a table whose header row names the columns').to.be.a('string');
      const header = /<thead>(.*?)<\/thead>/.exec(indicators)![1]!;
      expect([...header.matchAll(/<th>(.*?)<\/th>/g)].map((m) => plain(m[1]!))).to.deep.equal([...INDICATOR_COLUMNS]);
      for (const { indicator } of allIndicators(plan)) {
        expect(plain(indicators), indicator.id).to.include(words(indicator.title));
        expect(plain(indicators), `${indicator.id}'s reason`).to.include(assessForReport(indicator, AS_AT).reason);
      }
    });

    it('repeats header rows on each page, and sets the title and the language (en-GB)', async () => {
      const zip = await JSZip.loadAsync(docx);
      const document = await zip.file('word/document.xml')!.async('string');
      expect((document.match(/<w:tblHeader\/>|<w:tblHeader w:val="(?:true|1|on)"\/>/g) ?? []).length, 'one repeating header row per table').to.equal(
        (document.match(/<w:tbl>/g) ?? []).length,
      );
      const core = await zip.file('docProps/core.xml')!.async('string');
      expect(core).to.include('<dc:title>Strategic Plan 2022-26: progress report, 1 April 2025 to 30 September 2025</dc:title>');
      const styles = await zip.file('word/styles.xml')!.async('string');
      expect(styles).to.match(/<w:lang w:val="en-GB"/);
      // Word's own heading styles, so that its navigation pane lists the sections.
      expect(styles).to.include('w:styleId="Heading1"');
      expect(document).to.include('<w:pStyle w:val="Heading2"/>');
    });

    it('says the examples are examples, and leaves the recommendations to officers', () => {
      expect(plain(html)).to.include('marked "example" are examples, not council figures or reports');
      expect(plain(html)).to.include('[For officers to write');
    });
  });

  describe('as the built PDF, read by pdftotext', () => {
    ensureSite();
    const period = reportingPeriods(plan)[0]!;
    const pdf = join(SITE_DIR, paths.reportFile(plan, period, 'pdf'));
    const docx = join(SITE_DIR, paths.reportFile(plan, period, 'docx'));

    it('is written beside its page, with the Word document, and linked from the open data page with their sizes', () => {
      expect(existsSync(pdf), `${pdf}: npm run build:site writes it where there is a Chromium`).to.equal(true);
      expect(existsSync(docx)).to.equal(true);
      const openData = readFileSync(join(SITE_DIR, paths.openData, 'index.html'), 'utf8');
      const text = openData.replace(/<!--.*?-->/g, '');
      expect(text).to.match(/Word document, \d+ KB/);
      expect(text).to.match(/PDF \(\d+ KB\)/);
    });

    it('is tagged, and has every outcome title, the indicators table\'s header row and every indicator', () => {
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).to.match(/Tagged:\s+yes/);
      const text = words(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
      for (const outcome of plan.outcomes) expect(text).to.include(`${outcome.number} ${words(outcome.title)}`);
      for (const heading of Object.values(REPORT_HEADINGS)) expect(text).to.include(heading);
      // The header row, read across with -layout, as a reader sees it.
      const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(layout).to.match(/Outcome\s+Indicator\s+Latest\s+Target\s+Status\s+Reason/);
      // In the order the PDF holds its text (-raw), each cell's lines stay together.
      const squeezed = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      for (const { indicator } of allIndicators(plan)) expect(squeezed, indicator.id).to.include(indicator.title.replace(/\s+/g, ''));
    });
  });
});
