/**
 * The site's own settings (content/site.json): its name, the current plan, and what the
 * accessibility statement needs. One Valibot schema gives the type and the check; a bad file
 * stops the build with each problem's path.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';

const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const Url = v.pipe(v.string(), v.url('must be a full URL'));
const IsoDate = v.pipe(v.string(), v.isoDate('must be a date as YYYY-MM-DD'));

export const SiteConfigSchema = v.strictObject({
  $schema: v.optional(v.string()),
  name: Text,
  organisation: Text,
  organisationUrl: Url,
  /** The id of the plan the home page shows (a file name in content/plans without .json). */
  currentPlan: Text,
  description: Text,
  /**
   * The site's own address (https://…/), for the absolute links that the Atom feed and the
   * open data's JSON-LD give where one is known; without it they are relative to the file.
   */
  siteUrl: v.optional(Url),
  /** The licence of the open data (and the content); the Open Government Licence v3.0 when not given. */
  licence: v.optional(
    v.strictObject({
      /** An SPDX-style id, e.g. "OGL-UK-3.0". */
      id: Text,
      title: Text,
      url: Url,
    }),
  ),
  accessibility: v.strictObject({
    statementPrepared: IsoDate,
    lastReviewed: IsoDate,
    contact: v.strictObject({
      text: Text,
      url: v.optional(Url),
      email: v.optional(v.pipe(v.string(), v.email('must be an email address'))),
      phone: v.optional(Text),
      /** Set while the council has not confirmed these details: the page says so. */
      example: v.optional(v.boolean()),
    }),
    responseDays: v.pipe(v.number(), v.integer(), v.minValue(1)),
    knownIssues: v.array(Text),
  }),
});

export type SiteConfig = v.InferOutput<typeof SiteConfigSchema>;

export type Licence = NonNullable<SiteConfig['licence']>;

export const OPEN_GOVERNMENT_LICENCE: Licence = {
  id: 'OGL-UK-3.0',
  title: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
};

export function licenceOf(site: SiteConfig): Licence {
  return site.licence ?? OPEN_GOVERNMENT_LICENCE;
}

/** The site's address with a final "/", from PLAN_KIT_SITE_URL or site.json, where either gives one. */
export function siteUrlOf(site: SiteConfig): string | undefined {
  const url = process.env.PLAN_KIT_SITE_URL || site.siteUrl;
  return url ? (url.endsWith('/') ? url : `${url}/`) : undefined;
}

export function loadSiteConfig(path: string): SiteConfig {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  const result = v.safeParse(SiteConfigSchema, json);
  if (!result.success) {
    const problems = result.issues.map((issue) => `  ${v.getDotPath(issue) ?? '(top level)'}: ${issue.message}`);
    throw new Error(`${path} is not valid:\n${problems.join('\n')}`);
  }
  return result.output;
}
