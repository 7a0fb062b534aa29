/**
 * What changed: the imports of figures that each plan records (`updates`, written by
 * `plan-kit import`), newest first, as the "What changed" page and as an Atom feed (updates.xml)
 * that feed readers and the council's CMS can follow. Both say the same: `updateEntries`, made once a build (SiteData's `updates`).
 *
 * Entry ids are tag: URIs (RFC 4151) made from the council's domain, the plan, the import's day
 * and file, so they stay the same however often the site is rebuilt, and wherever it is hosted.
 */
import {
  type Indicator,
  type Plan,
  PROGRESS_WORDS,
  CHANGE_WORDS,
  changeKind,
  progressMethod,
  toleranceOf,
  type ProgressStatus,
  type Update,
  findIndicator,
  formatDate,
  formatValue,
} from '@plan-kit/content';
import { type SiteConfig, licenceOf } from './config.js';
import { escapeHtml as escapeMarkup } from './layout.js';

/** Characters XML 1.0 does not allow, even escaped: C0 controls but tab and line breaks, lone surrogates, U+FFFE, U+FFFF. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text for XML: escaped, and without what XML cannot carry. */
export function xmlText(text: string): string {
  return escapeMarkup(text.replace(NOT_XML, ''));
}
import { absoluteUrl, paths } from './routes.js';

/** One import of one plan, with what it changed in words. */
export interface UpdateEntry {
  plan: Plan;
  update: Update;
  /** The fragment of its section on the What changed page. */
  anchor: string;
  /** Its Atom entry id: stable across rebuilds. */
  id: string;
  title: string;
  /** "3 figures added, 1 changed." */
  counts: string;
  /** Indicators whose status moved: "on track → at risk". */
  statusMoves: IndicatorLine[];
  /** Indicators whose latest figure changed: "63.1 years (31 March 2025) → 64.9 years (31 March 2026), improving". */
  latestMoves: IndicatorLine[];
}

export interface IndicatorLine {
  title: string;
  /** The page (from the site root) and fragment that show the indicator, where it still exists. */
  path?: string;
  text: string;
}

/** The council's domain, for tag: URIs: from its own address, which does not change with the site's host. */
function tagAuthority(site: SiteConfig): string {
  return new URL(site.organisationUrl).hostname.replace(/^www\./, '');
}

/** The id of the whole feed. 2026 is when plan-kit first published it under the council's domain. */
export function feedId(site: SiteConfig): string {
  return `tag:${tagAuthority(site)},2026:plan-kit/updates`;
}

function indicatorLine(plan: Plan, id: string): Omit<IndicatorLine, 'text'> & { indicator?: Indicator } {
  const found = findIndicator(plan, id);
  if (!found) return { title: id };
  return {
    title: found.indicator.title,
    indicator: found.indicator,
    path: `${paths.subOutcome(plan, found.outcome, found.subOutcome)}#indicator-${id}`,
  };
}

function figureWords(figure: { date: string; value: number } | undefined, unit: string): string {
  return figure ? `${formatValue(figure.value, unit)} (${formatDate(figure.date)})` : 'none';
}

function statusChange(from: ProgressStatus, to: ProgressStatus): string {
  return `${PROGRESS_WORDS[from]} → ${PROGRESS_WORDS[to]}`;
}

/** Every recorded import of every plan, newest first (then by plan, then the later import of a day first). */
export function updateEntries(plans: Plan[], site: SiteConfig): UpdateEntry[] {
  const entries: (UpdateEntry & { order: number })[] = [];
  plans.forEach((plan, planIndex) => {
    const seen = new Map<string, number>();
    (plan.updates ?? []).forEach((update, index) => {
      // The same file imported twice on one day (with different figures) gets a second id, not the first's.
      const key = `${update.date}/${update.file}`;
      const repeat = (seen.get(key) ?? 0) + 1;
      seen.set(key, repeat);
      const count = (kind: Update['figures'][number]['change']) => update.figures.filter((f) => f.change === kind).length;
      const counts = [
        `${count('added')} ${count('added') === 1 ? 'figure' : 'figures'} added`,
        `${count('changed')} changed`,
        ...(count('confirmed') ? [`${count('confirmed')} example ${count('confirmed') === 1 ? 'figure' : 'figures'} confirmed as council figures`] : []),
      ];
      entries.push({
        plan,
        update,
        anchor: `update-${plan.id}-${update.date}-${index + 1}`,
        id: `tag:${tagAuthority(site)},${update.date}:plan-kit/${plan.id}/${encodeURIComponent(update.file)}${repeat > 1 ? `/${repeat}` : ''}`,
        title: `${plan.title}: figures updated from ${update.file}`,
        counts: `${counts.join(', ')}.`,
        statusMoves: update.indicators
          .filter((i) => i.status !== i.statusBefore)
          .map((i) => ({ ...indicatorLine(plan, i.indicator), text: statusChange(i.statusBefore, i.status) })),
        latestMoves: update.indicators
          .filter((i) => i.latest?.date !== i.latestBefore?.date || i.latest?.value !== i.latestBefore?.value)
          .map((i) => {
            const line = indicatorLine(plan, i.indicator);
            const unit = line.indicator?.unit ?? '';
            const indicator = line.indicator;
            const travel =
              i.latestBefore && i.latest && indicator
                ? `, ${CHANGE_WORDS[changeKind(i.latestBefore.value, i.latest.value, indicator.direction, toleranceOf(indicator, progressMethod(plan)))]}`
                : '';
            return { title: line.title, path: line.path, text: `${figureWords(i.latestBefore, unit)} → ${figureWords(i.latest, unit)}${travel}` };
          }),
        order: planIndex * 10_000 - index,
      });
    });
  });
  return entries
    .sort((a, b) => b.update.date.localeCompare(a.update.date) || a.order - b.order)
    .map(({ order: _order, ...entry }) => entry);
}

/** An entry's summary as plain text: the counts, the status moves, the new latest figures. */
export function entrySummary(entry: UpdateEntry): string {
  const lines = [entry.counts];
  if (entry.statusMoves.length) lines.push(`Status changed: ${entry.statusMoves.map((m) => `${m.title}, ${m.text}`).join('; ')}.`);
  if (entry.latestMoves.length) lines.push(`New latest figures: ${entry.latestMoves.map((m) => `${m.title}, ${m.text}`).join('; ')}.`);
  return lines.join('\n');
}

/**
 * The Atom feed (RFC 4287). Its links are absolute, from the site's address (`siteUrl`: site.json's,
 * or PLAN_KIT_SITE_URL). `today` stands in as the feed's date while it has no entry. Text is
 * escaped as the page head's is (escapeHtml's entities are XML's too), less the characters XML
 * 1.0 cannot carry at all (`xmlText`): validation refuses them in plans, and the feed never
 * depends on that, since one of them makes every feed reader refuse the whole feed.
 */
export function atomFeed(entries: UpdateEntry[], site: SiteConfig, siteUrl: string, today: string): string {
  const url = (path: string) => absoluteUrl(siteUrl, path);
  const page = url(paths.whatChanged);
  const updated = `${entries[0]?.update.date ?? today}T00:00:00Z`;
  const body = entries.map(
    (entry) => `  <entry>
    <id>${xmlText(entry.id)}</id>
    <title>${xmlText(entry.title)}</title>
    <updated>${entry.update.date}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="${xmlText(`${page}#${entry.anchor}`)}"/>
    <summary type="text">${xmlText(entrySummary(entry))}</summary>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <id>${xmlText(feedId(site))}</id>
  <title>${xmlText(`${site.name}: what changed`)}</title>
  <subtitle>Each update of the indicator figures of ${xmlText(site.organisation)}'s strategic plans: the figures that changed, and the indicators whose status moved.</subtitle>
  <updated>${updated}</updated>
  <author><name>${xmlText(site.organisation)}</name><uri>${xmlText(site.organisationUrl)}</uri></author>
  <rights>${xmlText(licenceOf(site).title)}</rights>
  <link rel="self" type="application/atom+xml" href="${xmlText(url(paths.updatesFeed))}"/>
  <link rel="alternate" type="text/html" href="${xmlText(page)}"/>
${body.join('')}</feed>
`;
}
