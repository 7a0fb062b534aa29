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
  STATUS_WORDS,
  type StatusOrNoData,
  TRAVEL_WORDS,
  type Update,
  DELIVERY_STATUS_WORDS,
  allActions,
  findIndicator,
  travelBetween,
  formatDate,
  formatValue,
} from '@plan-kit/content';
import { type SiteConfig, licenceOf } from './config.js';
import { escapeHtml } from './layout.js';
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
  /** Actions whose delivery status moved (an import of the actions sheet): "in progress → completed". */
  actionMoves: IndicatorLine[];
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

function statusChange(from: StatusOrNoData, to: StatusOrNoData): string {
  return `${STATUS_WORDS[from]} → ${STATUS_WORDS[to]}`;
}

const deliveryWords = (status: keyof typeof DELIVERY_STATUS_WORDS | undefined) => (status ? DELIVERY_STATUS_WORDS[status] : 'no status');

/** An action by its reference: its words (shortened), and its sub-outcome's page where it still exists. */
function actionLine(plan: Plan, ref: string): Omit<IndicatorLine, 'text'> {
  const found = allActions(plan).find((a) => a.ref === ref);
  if (!found) return { title: ref };
  const words = found.text.length > 90 ? `${found.text.slice(0, 89)}…` : found.text;
  return { title: `${found.subOutcome.number ?? found.subOutcome.title}: ${words}`, path: paths.subOutcome(plan, found.outcome, found.subOutcome) };
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
      const actions = update.actions ?? [];
      const figureCounts = [
        `${count('added')} ${count('added') === 1 ? 'figure' : 'figures'} added`,
        `${count('changed')} changed`,
        ...(count('confirmed') ? [`${count('confirmed')} example ${count('confirmed') === 1 ? 'figure' : 'figures'} confirmed as council figures`] : []),
      ];
      const actionCounts = [`${actions.length} ${actions.length === 1 ? 'action' : 'actions'} updated`];
      // An import of the actions sheet records no figures; one of figures, no actions.
      const counts = actions.length && update.figures.length === 0 ? actionCounts : [...figureCounts, ...(actions.length ? actionCounts : [])];
      entries.push({
        plan,
        update,
        anchor: `update-${plan.id}-${update.date}-${index + 1}`,
        id: `tag:${tagAuthority(site)},${update.date}:plan-kit/${plan.id}/${encodeURIComponent(update.file)}${repeat > 1 ? `/${repeat}` : ''}`,
        title: `${plan.title}: ${actions.length && update.figures.length === 0 ? 'actions' : 'figures'} updated from ${update.file}`,
        counts: `${counts.join(', ')}.`,
        statusMoves: update.indicators
          .filter((i) => i.status !== i.statusBefore)
          .map((i) => ({ ...indicatorLine(plan, i.indicator), text: statusChange(i.statusBefore, i.status) })),
        latestMoves: update.indicators
          .filter((i) => i.latest?.date !== i.latestBefore?.date || i.latest?.value !== i.latestBefore?.value)
          .map((i) => {
            const line = indicatorLine(plan, i.indicator);
            const unit = line.indicator?.unit ?? '';
            const travel =
              i.latestBefore && i.latest && line.indicator ? `, ${TRAVEL_WORDS[travelBetween(i.latestBefore.value, i.latest.value, line.indicator.direction)]}` : '';
            return { title: line.title, path: line.path, text: `${figureWords(i.latestBefore, unit)} → ${figureWords(i.latest, unit)}${travel}` };
          }),
        actionMoves: actions
          .filter((a) => a.status !== a.statusBefore)
          .map((a) => ({ ...actionLine(plan, a.action), text: `${deliveryWords(a.statusBefore)} → ${deliveryWords(a.status)}` })),
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
  if (entry.actionMoves.length) lines.push(`Action status changed: ${entry.actionMoves.map((m) => `${m.title}, ${m.text}`).join('; ')}.`);
  return lines.join('\n');
}

/**
 * The Atom feed (RFC 4287). Its links are absolute, from the site's address (`siteUrl`: site.json's,
 * or PLAN_KIT_SITE_URL). `today` stands in as the feed's date while it has no entry. Text is
 * escaped as the page head's is (escapeHtml: its entities are XML's too).
 */
export function atomFeed(entries: UpdateEntry[], site: SiteConfig, siteUrl: string, today: string): string {
  const url = (path: string) => absoluteUrl(siteUrl, path);
  const page = url(paths.whatChanged);
  const updated = `${entries[0]?.update.date ?? today}T00:00:00Z`;
  const body = entries.map(
    (entry) => `  <entry>
    <id>${escapeHtml(entry.id)}</id>
    <title>${escapeHtml(entry.title)}</title>
    <updated>${entry.update.date}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="${escapeHtml(`${page}#${entry.anchor}`)}"/>
    <summary type="text">${escapeHtml(entrySummary(entry))}</summary>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <id>${escapeHtml(feedId(site))}</id>
  <title>${escapeHtml(`${site.name}: what changed`)}</title>
  <subtitle>Each update of the indicator figures of ${escapeHtml(site.organisation)}'s strategic plans: the figures that changed, and the indicators whose status moved.</subtitle>
  <updated>${updated}</updated>
  <author><name>${escapeHtml(site.organisation)}</name><uri>${escapeHtml(site.organisationUrl)}</uri></author>
  <rights>${escapeHtml(licenceOf(site).title)}</rights>
  <link rel="self" type="application/atom+xml" href="${escapeHtml(url(paths.updatesFeed))}"/>
  <link rel="alternate" type="text/html" href="${escapeHtml(page)}"/>
${body.join('')}</feed>
`;
}
