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

/**
 * Whether the council has confirmed a setting. The council's reports (content/sources) say nothing
 * about this site, so every promise the site makes in the council's name (who publishes it, how
 * soon it replies, what it is committed to, how to contact it) is a placeholder until the council
 * confirms it; while `confirmed` is false the page shows it with a "To be confirmed" label
 * (`toBeConfirmed` in site/src/pages/site-pages.ts). A setting of this schema is one that needs
 * confirming: `unconfirmedSettings` finds them by this field.
 */
const Confirmed = v.pipe(
  v.boolean(),
  v.description('true once the council has confirmed this setting; while false the page labels it "To be confirmed".'),
);

/** A single value that the council must confirm: `{ "value": …, "confirmed": false }`. */
function confirmable<T extends v.GenericSchema>(value: T) {
  return v.strictObject({ value, confirmed: Confirmed });
}

export const SiteConfigSchema = v.strictObject({
  $schema: v.optional(v.string()),
  name: Text,
  organisation: Text,
  organisationUrl: Url,
  /**
   * The site's public address, ending in "/" (e.g. "https://plans.example.gov.uk/"): oEmbed, the
   * Atom feed and the open data's JSON-LD need absolute URLs. The environment
   * variable PLAN_KIT_SITE_URL overrides it at build time (tests build for a loopback address).
   */
  siteUrl: v.pipe(Url, v.check((url) => /^https?:\/\//.test(url), 'must start with https:// or http://')),
  /**
   * The origins (e.g. "https://www.leicestershire.gov.uk") whose pages may frame the embed pages
   * (embed/…); any site may when this is left out. No other page of the site may be framed.
   */
  embedFrameAncestors: v.optional(v.array(v.pipe(Url, v.check((url) => new URL(url).origin === url.replace(/\/$/, ''), 'must be an origin, like "https://www.example.gov.uk"')))),
  /** The id of the plan the home page shows (a file name in content/plans without .json). */
  currentPlan: Text,
  description: Text,
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
    /** Who publishes the site ("This statement applies to …, published by …"). */
    publisher: confirmable(Text),
    /** The statement's sentence of commitment under the accessibility regulations, in the council's name. */
    commitment: confirmable(Text),
    /** How to report a problem; confirmed as a whole. */
    contact: v.strictObject({
      text: Text,
      url: v.optional(Url),
      email: v.optional(v.pipe(v.string(), v.email('must be an email address'))),
      phone: v.optional(Text),
      confirmed: Confirmed,
    }),
    /** The working days within which the council replies to a request or report. */
    responseDays: confirmable(v.pipe(v.number(), v.integer(), v.minValue(1))),
    /** The compliance status the statement declares, e.g. "partially compliant". */
    complianceStatus: confirmable(v.picklist(['fully compliant', 'partially compliant', 'not compliant'], 'must be "fully compliant", "partially compliant" or "not compliant"')),
    knownIssues: v.array(Text),
  }),
});

export type SiteConfig = v.InferOutput<typeof SiteConfigSchema>;

/** The environment variable that overrides `siteUrl` at build time. */
export const SITE_URL_VARIABLE = 'PLAN_KIT_SITE_URL';

/**
 * The site's address as the build uses it: PLAN_KIT_SITE_URL if set, else site.json's `siteUrl`;
 * always ending in "/", so that `new URL(path, siteUrl)` keeps any folder the site lives in.
 */
export function resolveSiteUrl(site: SiteConfig, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env[SITE_URL_VARIABLE]?.trim() || site.siteUrl;
  let url: URL;
  try {
    url = new URL(chosen);
  } catch {
    throw new Error(`${SITE_URL_VARIABLE}: "${chosen}" is not a full URL (e.g. https://plans.example.gov.uk/).`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`${SITE_URL_VARIABLE}: "${chosen}" must start with https:// or http://.`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** A setting the council must confirm, by its path in site.json ("accessibility.responseDays"). */
export interface SettingToConfirm {
  path: string;
  /** The setting itself: an object with `confirmed`, and its `value` or (contact) its fields. */
  setting: { confirmed: boolean } & Record<string, unknown>;
}

/**
 * Every setting in the config that needs confirming and is not confirmed yet: each object with a
 * `confirmed` field (only the confirmable settings of the schema have one) set to false.
 */
export function unconfirmedSettings(config: SiteConfig): SettingToConfirm[] {
  const found: SettingToConfirm[] = [];
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    const record = node as Record<string, unknown>;
    if (record.confirmed === false) found.push({ path, setting: record as SettingToConfirm['setting'] });
    for (const [key, child] of Object.entries(record)) walk(child, path ? `${path}.${key}` : key);
  };
  walk(config, '');
  return found;
}

export type Licence = NonNullable<SiteConfig['licence']>;

export const OPEN_GOVERNMENT_LICENCE: Licence = {
  id: 'OGL-UK-3.0',
  title: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
};

export function licenceOf(site: SiteConfig): Licence {
  return site.licence ?? OPEN_GOVERNMENT_LICENCE;
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
