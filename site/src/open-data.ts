/**
 * The open data folder (open-data/): each plan as JSON, its indicator figures as CSV (one file for
 * all and one per indicator), CSV on the Web metadata beside each CSV, and a Frictionless Data
 * Package (datapackage.json) listing every file; and schema.org Dataset JSON-LD for the open data
 * page. As Open SDG publishes (a data package per dataset, CSVW made from the same description).
 *
 * The columns are described once, in `COLUMNS` (@plan-kit/content/csv): the Table Schema and the
 * CSVW table schema are both made from it here, so the three can never disagree.
 *
 * The CSV files follow the GOV.UK tabular data standard: RFC 4180 (commas, CRLF, quotes where
 * needed), UTF-8 (with a byte-order mark, so that Excel reads "£" right), one header row, ISO 8601
 * dates, no merged or decorative rows.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { type Plan, allActions, allIndicators } from '@plan-kit/content';
import { ACTION_COLUMNS, COLUMNS, type ColumnSpec, actionsToCsv, indicatorsToCsv } from '@plan-kit/content/csv';
import { type Licence, type SiteConfig, licenceOf } from './config.js';
import { absoluteUrl, paths } from './routes.js';

/**
 * An ISO 8601 date as the content writes them: YYYY-MM-DD, or YYYY-MM or YYYY where the source
 * gives no day. Anchored: Table Schema means a pattern to match the whole cell, but some
 * validators (tableschema-js) search the cell for it.
 */
const ISO_DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';

export interface OpenDataFile {
  /** From the site root: "open-data/2022-26-indicators.csv". */
  path: string;
  text: string;
  title: string;
  description: string;
  mediatype: 'text/csv' | 'application/json' | 'application/csvm+json';
  /** The plan it belongs to (none for the data package itself). */
  plan?: Plan;
  /** For a CSV: the path of its CSVW metadata. For a CSVW metadata file: the path of its CSV. */
  describes?: string;
  metadata?: string;
  /** A CSV's columns: the figures sheet's (`COLUMNS`) unless given (the actions sheet's, `ACTION_COLUMNS`). */
  columns?: readonly ColumnSpec[];
}

/** The Table Schema (Frictionless) of the indicator figures sheet. */
export function tableSchema(columns: readonly ColumnSpec[] = COLUMNS): object {
  return {
    fields: columns.map((column: ColumnSpec) => ({
      name: column.header,
      title: column.header,
      description: column.description,
      ...tableSchemaType(column),
      ...(column.always || column.values || column.type === 'date'
        ? {
            constraints: {
              ...(column.always && { required: true }),
              ...(column.values && { enum: column.values }),
              ...(column.type === 'date' && { pattern: ISO_DATE_PATTERN }),
            },
          }
        : {}),
    })),
    missingValues: [''],
  };
}

function tableSchemaType(column: ColumnSpec): object {
  if (column.type === 'number') return { type: 'number' };
  if (column.type === 'yes-no') return { type: 'boolean', trueValues: ['yes'], falseValues: ['no'] };
  return { type: 'string' };
}

/** The CSVW datatype of a column: XML Schema types; a date is a string in ISO 8601 form. */
function csvwDatatype(column: ColumnSpec): string | object {
  if (column.type === 'number') return 'number';
  if (column.type === 'yes-no') return { base: 'boolean', format: 'yes|no' };
  if (column.type === 'date') return { base: 'string', format: ISO_DATE_PATTERN };
  if (column.values) return { base: 'string', format: `^(${column.values.join('|')})$` };
  return 'string';
}

/** CSV on the Web metadata for one CSV file of the figures sheet (`<file>-metadata.json`, beside it). */
export function csvwMetadata(csv: OpenDataFile, site: SiteConfig, licence: Licence): object {
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    url: posix.basename(csv.path),
    'dc:title': csv.title,
    'dc:description': csv.description,
    'dc:publisher': { 'schema:name': site.organisation, 'schema:url': { '@id': site.organisationUrl } },
    'dc:license': { '@id': licence.url },
    dialect: { encoding: 'utf-8', lineTerminators: ['\r\n'], header: true, headerRowCount: 1, delimiter: ',', doubleQuote: true },
    tableSchema: {
      columns: (csv.columns ?? COLUMNS).map((column: ColumnSpec) => ({
        name: column.key,
        titles: column.header,
        'dc:description': column.description,
        datatype: csvwDatatype(column),
        ...(column.always && { required: true }),
      })),
    },
  };
}

/** The data files of every plan, then the CSVW metadata of each CSV: everything but the data package. */
export function openDataFiles(plans: { plan: Plan; text: string }[], site: SiteConfig): OpenDataFile[] {
  const licence = licenceOf(site);
  const files: OpenDataFile[] = [];
  for (const { plan, text } of plans) {
    files.push({
      path: paths.planJson(plan),
      text,
      title: `${plan.title} (JSON)`,
      description: `${plan.title} as one JSON file, following the plan-kit content schema: outcomes, sub-outcomes, aims, actions and indicators, each with its source.`,
      mediatype: 'application/json',
      plan,
    });
    const all = paths.indicatorsCsv(plan);
    if (!all) continue;
    files.push({
      path: all,
      text: indicatorsToCsv(plan),
      title: `${plan.title}: indicator figures`,
      description: `Every figure of every indicator of ${plan.title}, one row per figure. The Example column says "yes" for figures that are examples, not council figures.`,
      mediatype: 'text/csv',
      plan,
    });
    for (const { indicator } of allIndicators(plan)) {
      files.push({
        path: paths.indicatorCsv(plan, indicator),
        text: indicatorsToCsv(plan, { indicator: indicator.id }),
        title: `${plan.title}: ${indicator.title}`,
        description: `The figures of the indicator "${indicator.title}" (${indicator.id}) of ${plan.title}, one row per figure, in the same columns as the file of all its indicators.`,
        mediatype: 'text/csv',
        plan,
      });
    }
  }
  for (const { plan } of plans) {
    if (allActions(plan).length === 0) continue;
    files.push({
      path: paths.actionsCsv(plan),
      text: actionsToCsv(plan),
      title: `${plan.title}: actions and their delivery`,
      description: `Every action and commitment of ${plan.title} with its status, reason, due date, owner and updates, one row per update (the plan-kit export --actions columns). The Example column says "yes" for statuses and updates that are examples, not council reports.`,
      mediatype: 'text/csv',
      plan,
      columns: ACTION_COLUMNS,
    });
  }
  for (const csv of files.filter((f) => f.mediatype === 'text/csv')) {
    const path = paths.csvwMetadata(csv.path);
    csv.metadata = path;
    files.push({
      path,
      text: json(csvwMetadata(csv, site, licence)),
      title: `${csv.title}: CSV on the Web metadata`,
      description: `The columns, datatypes and licence of ${posix.basename(csv.path)}, as CSV on the Web (W3C) metadata.`,
      mediatype: 'application/csvm+json',
      plan: csv.plan,
      describes: csv.path,
    });
  }
  return files;
}

/**
 * The Frictionless Data Package (datapackage.json) of the open data folder: every file, each CSV
 * with its Table Schema, dialect, size and SHA-256 hash. `files` must have their final text.
 * `siteUrl` is the site's address as the build resolved it (SiteData's `siteUrl`).
 */
export function dataPackage(files: OpenDataFile[], site: SiteConfig, siteUrl: string): object {
  const licence = licenceOf(site);
  const folder = posix.dirname(paths.dataPackage);
  const schemas = new Map<readonly ColumnSpec[], object>();
  const schemaOf = (columns: readonly ColumnSpec[] = COLUMNS) => schemas.get(columns) ?? schemas.set(columns, tableSchema(columns)).get(columns)!;
  return {
    profile: 'data-package',
    name: slug(`${site.organisation} strategic plans`),
    title: `${site.name}: open data`,
    description: `The strategic plans of ${site.organisation} as JSON, and their indicator figures as CSV with CSV on the Web metadata.`,
    homepage: absoluteUrl(siteUrl, paths.openData),
    licenses: [{ name: licence.id, title: licence.title, path: licence.url }],
    publisher: site.organisation,
    resources: files.map((file) => {
      const bytes = Buffer.byteLength(file.text);
      const common = {
        name: slug(posix.basename(file.path).replace(/\./g, '-')),
        path: posix.relative(folder, file.path),
        title: file.title,
        description: file.description,
        mediatype: file.mediatype,
        encoding: 'utf-8',
        bytes,
        hash: `sha256:${createHash('sha256').update(file.text).digest('hex')}`,
      };
      if (file.mediatype !== 'text/csv') return { ...common, format: 'json' };
      return {
        ...common,
        profile: 'tabular-data-resource',
        format: 'csv',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: schemaOf(file.columns),
      };
    }),
  };
}

/**
 * schema.org Dataset JSON-LD for one plan's data, for the open data page (dataset search engines
 * read it). Its URLs are absolute, from the site's address (`siteUrl`).
 */
export function datasetJsonLd(plan: Plan, files: OpenDataFile[], site: SiteConfig, siteUrl: string): object {
  const licence = licenceOf(site);
  const url = (path: string) => absoluteUrl(siteUrl, path);
  const own = files.filter((f) => f.plan === plan && f.mediatype !== 'application/csvm+json');
  // The period the figures cover: baselines and measured values (a target's date is still to come).
  const dates = [...allIndicators(plan)]
    .flatMap(({ indicator }) => [...(indicator.baseline ? [indicator.baseline] : []), ...indicator.history].map((v) => v.date))
    .sort();
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: own.some((f) => f.mediatype === 'text/csv') ? `${plan.title}: the plan and its indicator figures` : `${plan.title}: the plan`,
    description: `${plan.title} (${plan.period.start} to ${plan.period.end}) of ${plan.organisation}: its outcomes, sub-outcomes, aims and actions as JSON${
      own.some((f) => f.mediatype === 'text/csv') ? ', and the figures of its indicators as CSV' : ''
    }.`,
    url: `${url(paths.openData)}#data-${plan.id}`,
    license: licence.url,
    isAccessibleForFree: true,
    creator: { '@type': 'GovernmentOrganization', name: site.organisation, url: site.organisationUrl },
    temporalCoverage: dates.length ? `${dates[0]}/${dates.at(-1)}` : `${plan.period.start}/${plan.period.end}`,
    distribution: own.map((file) => ({
      '@type': 'DataDownload',
      name: file.title,
      encodingFormat: file.mediatype,
      contentUrl: url(file.path),
    })),
  };
}

/** JSON-LD for a <script type="application/ld+json"> block: "<" escaped, so no text in it can close the block. */
export function jsonLdScript(value: object): string {
  return `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
}

function json(value: object): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export { json as openDataJson };

/** A Data Package name: lower-case letters, digits, "-", "_" and ".". */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
}
