/**
 * The open data folder (dist/site/open-data) describes itself, to the standards data users expect:
 *
 * - every CSV passes a Table Schema validator (tableschema, Frictionless) against the schema the
 *   data package gives it: headers, types, required cells, ISO 8601 dates, yes/no cells;
 * - every CSV is RFC 4180 (CRLF, one header row) in UTF-8, and has CSV on the Web metadata beside
 *   it that parses, names it, and titles exactly its columns;
 * - the data package (datapackage.json) lists every file of the folder, with its size and hash;
 * - the open data page's schema.org Dataset JSON-LD parses, and every file it offers exists.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { expect } from 'chai';
import { htmlDocument } from '../helpers/html-document.ts';
import { Schema, Table } from 'tableschema';
import { SITE_DIR, ensureSite } from '../helpers/fixtures.ts';

const OPEN_DATA = join(SITE_DIR, 'open-data');

interface Resource {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  bytes: number;
  hash: string;
  schema?: { fields: { name: string }[] };
  dialect?: { delimiter: string };
}

describe('the open data (dist/site/open-data)', function () {
  this.timeout(120_000);
  ensureSite();
  const dataPackage = JSON.parse(readFileSync(join(OPEN_DATA, 'datapackage.json'), 'utf8')) as { resources: Resource[]; licenses: { path: string }[] };
  const files = readdirSync(OPEN_DATA).filter((f) => f !== 'index.html' && f !== 'datapackage.json').sort();
  const csvs = dataPackage.resources.filter((r) => r.format === 'csv');

  it('has a CSV of all figures and one per indicator of the 2022-26 plan, and one of its actions', () => {
    expect(files).to.include.members(['2022-26-indicators.csv', '2022-26-indicator-healthy-life-expectancy.csv', '2022-26.json', '2014-18.json', '2022-26-actions.csv']);
    // The figures of 8 indicators, all together and one by one, and the actions with their delivery.
    expect(csvs.length).to.equal(10);
  });

  it('lists every file of the folder in the data package, with its true size and SHA-256 hash, under the Open Government Licence', () => {
    expect(dataPackage.resources.map((r) => r.path).sort()).to.deep.equal(files);
    for (const resource of dataPackage.resources) {
      const bytes = readFileSync(join(OPEN_DATA, resource.path));
      expect(resource.bytes, resource.path).to.equal(bytes.length);
      expect(resource.hash, resource.path).to.equal(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      expect(resource.name, resource.path).to.match(/^[a-z0-9._-]+$/);
    }
    expect(new Set(dataPackage.resources.map((r) => r.name)).size).to.equal(dataPackage.resources.length);
    expect(dataPackage.licenses[0]!.path).to.equal('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');
  });

  it('gives every CSV a valid Table Schema, and every CSV passes it (tableschema)', async () => {
    const failures: string[] = [];
    for (const resource of csvs) {
      const schema = await Schema.load(resource.schema!, { strict: false });
      if (!schema.valid) failures.push(`${resource.path}: schema: ${schema.errors.map((e) => e.message).join('; ')}`);
      // As the data package's dialect says: commas (tableschema would guess), and a UTF-8 byte-order
      // mark, which the files carry so that Excel reads them as UTF-8.
      const table = await Table.load(join(OPEN_DATA, resource.path), { schema: resource.schema!, bom: true, delimiter: resource.dialect!.delimiter });
      const rows = await table.read({ keyed: true, forceCast: true });
      expect(table.headers, resource.path).to.deep.equal(resource.schema!.fields.map((f) => f.name));
      for (const row of rows) {
        if (row instanceof Error) failures.push(`${resource.path}: row ${row.rowNumber}: ${[row, ...(row.errors ?? [])].map((e) => e.message).join('; ')}`);
      }
      expect(rows.length, resource.path).to.be.greaterThan(0);
    }
    expect(failures).to.deep.equal([]);
  });

  it('writes every CSV as RFC 4180 in UTF-8: CRLF line ends, one header row, ISO 8601 dates', () => {
    for (const resource of csvs) {
      const bytes = readFileSync(join(OPEN_DATA, resource.path));
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      expect(text.replace(/\r\n/g, '').includes('\n'), `${resource.path}: a line feed without a carriage return`).to.equal(false);
      expect(text.endsWith('\r\n')).to.equal(true);
      const header = text.replace(/^\uFEFF/, '').split('\r\n')[0]!;
      expect(header.split(','), resource.path).to.deep.equal(resource.schema!.fields.map((f) => f.name));
    }
  });

  it('puts CSV on the Web metadata beside every CSV: it parses, names the CSV, and titles its columns in order', () => {
    const metadataFiles = files.filter((f) => f.endsWith('-metadata.json'));
    expect(metadataFiles.sort()).to.deep.equal(csvs.map((c) => `${c.path}-metadata.json`).sort());
    for (const file of metadataFiles) {
      const metadata = JSON.parse(readFileSync(join(OPEN_DATA, file), 'utf8')) as Record<string, any>;
      expect(metadata['@context']).to.equal('http://www.w3.org/ns/csvw');
      expect(metadata.url, file).to.equal(file.replace(/-metadata\.json$/, ''));
      expect(existsSync(join(OPEN_DATA, metadata.url))).to.equal(true);
      const header = readFileSync(join(OPEN_DATA, metadata.url), 'utf8').replace(/^\uFEFF/, '').split('\r\n')[0]!.split(',');
      expect(metadata.tableSchema.columns.map((c: { titles: string }) => c.titles), file).to.deep.equal(header);
      for (const column of metadata.tableSchema.columns) expect(column.name, file).to.match(/^[A-Za-z0-9_]+$/);
      expect(metadata['dc:license']['@id']).to.equal(dataPackage.licenses[0]!.path);
    }
  });

  it('describes each plan on the open data page as a schema.org Dataset (JSON-LD) whose downloads exist, and shows the licence', () => {
    const html = readFileSync(join(OPEN_DATA, 'index.html'), 'utf8');
    const document = htmlDocument(html, 'https://example.org/open-data/');
    const blocks = [...document.querySelectorAll('head script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!) as Record<string, any>);
    expect(blocks.map((b) => b['@type'])).to.deep.equal(['Dataset', 'Dataset', 'Dataset']);
    for (const dataset of blocks) {
      expect(dataset['@context']).to.equal('https://schema.org');
      expect(dataset.name).to.be.a('string');
      expect(dataset.license).to.equal(dataPackage.licenses[0]!.path);
      expect(dataset.creator.name).to.equal('Leicestershire County Council');
      expect(dataset.temporalCoverage).to.match(/^\d{4}(-\d\d-\d\d)?\/\d{4}(-\d\d-\d\d)?$/);
      expect(dataset.distribution.length).to.be.greaterThan(0);
      for (const download of dataset.distribution) {
        const path = posix.basename(new URL(download.contentUrl, 'https://example.org/open-data/').pathname);
        expect(existsSync(join(OPEN_DATA, path)), download.contentUrl).to.equal(true);
        expect(['text/csv', 'application/json']).to.include(download.encodingFormat);
      }
    }
    const licence = [...document.querySelectorAll('main a')].find((a) => a.textContent === 'Open Government Licence v3.0');
    expect(licence?.getAttribute('href')).to.equal(dataPackage.licenses[0]!.path);
  });
});
