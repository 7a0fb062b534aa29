/**
 * What changed, and when: every import records itself in the plan, and the site turns the records
 * into a "What changed" page and an Atom feed (updates.xml).
 *
 * A copy of the content gets two real quarterly imports (the same code as `plan-kit import`), and
 * the site is built from it twice: a feed parser (@rowanmanning/feed-parser) finds one entry per
 * import, newest first, with the same ids in both builds; the page is axe clean and reads the same
 * with JavaScript off; an indicator shows its previous figure, its direction of travel and the file
 * its figures came from. The real site, which has no imports yet, says so.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import Papa from 'papaparse';
import { validatePlan } from '@plan-kit/content';
import { prepareImport } from '@plan-kit/content/csv';
import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { type StaticServer, serveStatic } from '../../scripts/serve-static.ts';
import { buildSite } from '../../site/src/build.ts';
import { axeViolations } from '../helpers/axe-page.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { SITE_DIR, ensureSite, readJson, repoRoot, sitePages } from '../helpers/fixtures.ts';

const QUARTERS = [
  { file: 'q1-2026.csv', importedOn: '2026-07-01', csv: 'Indicator,Date,Value\r\nyoung-people-neet,31/03/2026,3.3\r\nhealthy-life-expectancy,31/03/2026,64.9\r\n' },
  { file: 'q2-2026.csv', importedOn: '2026-10-01', csv: 'Indicator,Date,Value\r\nyoung-people-neet,30/06/2026,2.0\r\n' },
];

/** A copy of content/ with the quarterly imports applied to the 2022-26 plan, as `plan-kit import` writes them. */
function contentWithImports(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-kit-updates-content-'));
  cpSync(join(repoRoot, 'content/site.json'), join(dir, 'site.json'));
  cpSync(join(repoRoot, 'content/plans'), join(dir, 'plans'), { recursive: true });
  const file = join(dir, 'plans/2022-26.json');
  // Made-up national identifiers, for this test only (the real content gives none).
  const withIds = readFileSync(file, 'utf8').replace('"id": "young-people-neet",', '"id": "young-people-neet", "lgInformMetric": "9999", "localOutcome": "Every child achieving and thriving",');
  writeFileSync(file, withIds);
  for (const quarter of QUARTERS) {
    const text = readFileSync(file, 'utf8');
    const plan = validatePlan(JSON.parse(text)).plan!;
    const prepared = prepareImport(text, plan, quarter.csv, { file: quarter.file, importedOn: quarter.importedOn });
    expect(prepared.result.problems).to.deep.equal([]);
    writeFileSync(file, prepared.text!);
  }
  return dir;
}

describe('what changed: the import records, the page and the Atom feed', function () {
  this.timeout(300_000);
  ensureSite();
  const made: string[] = [];
  let content: string;
  const builds: string[] = [];
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    content = contentWithImports();
    made.push(content);
    for (let i = 0; i < 2; i++) {
      const out = mkdtempSync(join(tmpdir(), 'plan-kit-updates-site-'));
      made.push(out);
      // The client assets and Vite's manifest from the real build; the pages from the copied content.
      cpSync(SITE_DIR, out, { recursive: true });
      await buildSite({ contentDir: content, outDir: out });
      builds.push(out);
    }
    server = await serveStatic({ root: builds[0] });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it('records each import in the plan, which stays valid: day, file, figures, and the indicators it moved', () => {
    const result = validatePlan(JSON.parse(readFileSync(join(content, 'plans/2022-26.json'), 'utf8')));
    expect(result.ok, JSON.stringify(result.errors)).to.equal(true);
    const updates = result.plan!.updates!;
    expect(updates.map((u) => [u.date, u.file])).to.deep.equal([
      ['2026-07-01', 'q1-2026.csv'],
      ['2026-10-01', 'q2-2026.csv'],
    ]);
    expect(updates[1]!.figures).to.deep.equal([{ indicator: 'young-people-neet', date: '2026-06-30', value: 2, change: 'added' }]);
    expect(updates[0]!.indicators.find((i) => i.indicator === 'young-people-neet')).to.deep.equal({
      indicator: 'young-people-neet',
      latestBefore: { date: '2025-03-31', value: 2.3 },
      latest: { date: '2026-03-31', value: 3.3 },
      statusBefore: 'target-met',
      status: 'off-track',
    });
  });

  it('publishes updates.xml, which a feed parser reads: one entry per import, newest first, ids the same in two builds', () => {
    const feeds = builds.map((dir) => parseFeed(readFileSync(join(dir, 'updates.xml'), 'utf8')));
    const [first, second] = feeds;
    expect(first!.items.map((item) => item.title)).to.deep.equal([
      'Strategic Plan 2022-26: figures updated from q2-2026.csv',
      'Strategic Plan 2022-26: figures updated from q1-2026.csv',
    ]);
    const ids = first!.items.map((item) => item.id);
    expect(ids).to.deep.equal(['tag:leicestershire.gov.uk,2026-10-01:plan-kit/2022-26/q2-2026.csv', 'tag:leicestershire.gov.uk,2026-07-01:plan-kit/2022-26/q1-2026.csv']);
    expect(second!.items.map((item) => item.id)).to.deep.equal(ids);
    expect(first!.items[0]!.updated?.toISOString()).to.equal('2026-10-01T00:00:00.000Z');
    expect(first!.items[1]!.description).to.contain('Status changed: 16-17 year olds not in education, employment or training (NEET), target met → off track');
    // Absolute, from site.json's siteUrl (or PLAN_KIT_SITE_URL), as a feed reader needs.
    const siteUrl = process.env.PLAN_KIT_SITE_URL || (readJson('content/site.json') as { siteUrl: string }).siteUrl;
    expect(first!.items[0]!.url).to.equal(new URL('what-changed/#update-2022-26-2026-10-01-2', siteUrl).href);
  });

  it('links the feed from the head of every page', () => {
    for (const path of sitePages(builds[0])) {
      const page = readFileSync(join(builds[0]!, path, 'index.html'), 'utf8');
      expect(page, path).to.match(/<link rel="alternate" type="application\/atom\+xml" href="[./]*updates\.xml"/);
    }
  });

  it('lists each import newest first on the What changed page, axe clean, the same with JavaScript off', async () => {
    const texts: string[] = [];
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      expect((await page.goto(`${server.url}/what-changed/`))?.status()).to.equal(200);
      if (javaScriptEnabled) {
        expect(await axeViolations(page)).to.deep.equal([]);
        expect(errors).to.deep.equal([]);
      }
      texts.push((await page.innerText('main')).replace(/\s+/g, ' '));
      const headings = await page.$$eval('main h2', (hs) => hs.map((h) => h.textContent));
      expect(headings).to.deep.equal(['1 October 2026: Strategic Plan 2022-26', '1 July 2026: Strategic Plan 2022-26']);
      await context.close();
    }
    expect(texts[1]).to.equal(texts[0]);
    expect(texts[0]).to.contain('16-17 year olds not in education, employment or training (NEET): off track → target met');
    expect(texts[0]).to.contain('Healthy life expectancy at birth: 63.1 years (31 March 2025) → 64.9 years (31 March 2026), better');
    expect(texts[0]).to.contain('Figures imported from the file q1-2026.csv: 2 figures added, 0 changed.');
  });

  it('links each indicator it names to that indicator on its sub-outcome page, an anchor that exists there', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/what-changed/`);
    const links = await page.$$eval('main a[href*="#indicator-"]', (as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))]);
    expect(links).to.have.length.greaterThan(1);
    for (const link of links) {
      await page.goto(link);
      const target = await page.evaluate(() => document.getElementById(decodeURIComponent(location.hash.slice(1)))?.closest('li.indicator')?.querySelector('h3')?.textContent);
      expect(target, link).to.be.a('string').and.not.equal('');
    }
    await page.close();
  });

  it("shows on an indicator its previous figure, the direction of travel in words, and when and from which file it was updated", async () => {
    const neetPage = await browser.newPage();
    await neetPage.goto(`${server.url}/what-changed/`);
    const link = await neetPage.$eval('main a[href*="#indicator-young-people-neet"]', (a) => (a as HTMLAnchorElement).href);
    await neetPage.goto(link);
    // The indicator's item in the list: its heading (the anchor) and when it was updated; its gauge, under its aim in the card, says the change.
    const item = 'li.indicator:has(#indicator-young-people-neet)';
    const section = (await neetPage.innerText(item)).replace(/\s+/g, ' ');
    const gauge = (await neetPage.innerText('plan-sub-outcome-card plan-progress-gauge[indicator="young-people-neet"] [part="figures"]')).replace(/\s+/g, ' ');
    await neetPage.close();
    expect(gauge).to.contain('Better than the previous figure (3.3%, March 2026)');
    expect(section).to.contain('Figures last updated on 1 October 2026, from the file q2-2026.csv.');
  });

  it('shows the national identifiers an indicator gives, on its page and in its CSV', async () => {
    const csv = readFileSync(join(builds[0]!, 'open-data/2022-26-indicator-young-people-neet.csv'), 'utf8');
    const [cells] = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(cells).to.include({ 'LG Inform metric': '9999', 'Local Outcomes Framework outcome': 'Every child achieving and thriving' });
    const neet = await browser.newPage();
    await neet.goto(`${server.url}/what-changed/`);
    await neet.goto(await neet.$eval('main a[href*="#indicator-young-people-neet"]', (a) => (a as HTMLAnchorElement).href));
    const facts = await neet.$$eval('#indicator-young-people-neet ~ dl.identifiers > div', (rows) => rows.map((r) => `${r.querySelector('dt')!.textContent}: ${r.querySelector('dd')!.textContent}`));
    await neet.close();
    expect(facts).to.deep.equal(['LG Inform metric: 9999', 'Local Outcomes Framework outcome: Every child achieving and thriving']);
  });

  it('says "no updates yet" on the real site, whose plans have no imports, and its feed has no entry', () => {
    const page = readFileSync(join(SITE_DIR, 'what-changed/index.html'), 'utf8');
    expect(page).to.contain('No updates yet');
    expect(parseFeed(readFileSync(join(SITE_DIR, 'updates.xml'), 'utf8')).items).to.deep.equal([]);
  });
});

describe('the feed never carries what XML cannot (issue 25, item 13)', () => {
  it('a vertical tab, a lone surrogate or U+FFFF in text leaves the feed well-formed', async () => {
    const { JSDOM } = await import('jsdom');
    const { xmlText } = await import('../../site/src/updates.ts');
    const xml = `<?xml version="1.0"?><feed><title>${xmlText('Word\u000bpaste \ud800 & \uffff <b>')}</title></feed>`;
    const document = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
    expect(document.getElementsByTagName('parsererror')).to.have.length(0);
    expect(document.querySelector('title')!.textContent).to.equal('Wordpaste  &  <b>');
  });
});
