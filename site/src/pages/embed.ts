/**
 * Embed pages: one page per widget the site shows, under `embed/`, for a council web team to put
 * into a CMS page as an iframe or by pasting its URL (oEmbed). Each is a whole document with no
 * site chrome: `lang`, a `<title>` naming the plan and the item, the element filling the width,
 * and one "View in the full plan" link that opens in the top window. Prerendered like every page
 * (declarative shadow DOM), so it is complete with JavaScript off and inside a sandbox with an
 * opaque origin, where it cannot fetch its plan or use storage.
 *
 * The page loads one classic script (client/embed-frame.ts): it tells the parent page its height
 * (WordPress's, Pym.js's and our own message format) and, where the page has a real origin,
 * loads the site's hydration (client/boot.ts). A module script would be fetched with CORS, which
 * an opaque origin fails loudly; a classic script is not.
 *
 * Beside each embed page, `oembed.json` describes it for oEmbed consumers; the outcome,
 * sub-outcome and indicator pages of the site advertise the same file for their widget, so that pasting either
 * address into WordPress (or Drupal media, with the provider registered) shows the widget.
 */
import { type Indicator, type Outcome, type Plan, type SubOutcome, allIndicators, subOutcomesInOrder } from '@plan-kit/content';
import { safeHref } from '@plan-kit/elements/links.js';
import { html, nothing, type TemplateResult } from 'lit';
import { type EmbedSnippets, type ScriptRef, type WidgetSnippetData, embedSnippets, iframeHtml } from '../embed-snippets.js';
import { ICON_LINK, escapeHtml } from '../layout.js';
import { type PagePath, absoluteUrl, href, paths, subOutcomeSlug } from '../routes.js';
import { type SiteData, itemLinks, outcomeTitle, planElementSource, plansSource, subOutcomeTitle } from './common.js';

/** The kinds of widget, in the order the builder offers them. */
export const WIDGET_KINDS = {
  vision: 'Vision',
  outcomes: 'Outcomes matrix',
  outcome: 'Outcome',
  'sub-outcome': 'Sub-outcome card',
  gauge: 'Indicator gauge',
  chart: 'Indicator chart',
  scorecard: 'Scorecard',
  timeline: 'Timeline',
  consultation: 'Consultation',
  lineage: 'How the plans changed (lineage)',
} as const;

export type WidgetKind = keyof typeof WIDGET_KINDS;

/** A variant of a widget at its own URL (the site is static: no query strings). */
export interface WidgetOption {
  /** The URL segment after the widget's own path ("compact", "h3"); "" for the default. */
  segment: string;
  label: string;
}

const DEFAULT_OPTION: WidgetOption = { segment: '', label: 'Standard' };
const HEADING_3: WidgetOption = { segment: 'h3', label: 'Headings one level lower (h3)' };
const COMPACT: WidgetOption = { segment: 'compact', label: 'Compact' };

/** One widget at one option: one embed page. */
export interface EmbedWidget {
  kind: WidgetKind;
  /** The plan it shows; undefined for the lineage of every plan. */
  plan?: Plan;
  /** The item's own id within its kind and plan (an outcome id, "9.3", an indicator id), "" for whole-plan widgets. */
  item: string;
  /** What the item is called: "9.3 Tackling health inequalities". */
  itemTitle: string;
  option: WidgetOption;
  path: PagePath;
  /** The page of the full site that shows the item (with an #anchor where the item is part of a page). */
  fullPage: string;
  /** Height (CSS px) the iframe snippet starts at, before the page tells its parent its own. */
  height: number;
  /** The element, for a page at `from`. */
  element: (from: PagePath, data: SiteData) => TemplateResult;
  /** The same widget as a custom element for a CMS page, with the plan by absolute URL. */
  customElement: (planUrl: (plan: Plan) => string) => string;
}

function withHeading(base: Omit<EmbedWidget, 'option' | 'path' | 'element' | 'customElement'> & { basePath: PagePath }, render: (from: PagePath, level: number, data: SiteData) => TemplateResult, custom: (level: number) => (planUrl: (plan: Plan) => string) => string): EmbedWidget[] {
  return [DEFAULT_OPTION, HEADING_3].map((option, index) => {
    const level = 2 + index;
    const { basePath, ...rest } = base;
    return { ...rest, option, path: `${basePath}${option.segment ? `${option.segment}/` : ''}`, element: (from, data) => render(from, level, data), customElement: custom(level) };
  });
}

const levelAttribute = (level: number, fallback: number) => (level === fallback ? '' : ` heading-level="${level}"`);

function planWidgets(plan: Plan): EmbedWidget[] {
  const base = `embed/${plan.id}/`;
  const planLinks = (from: PagePath) => `${href(from, paths.plan(plan))}outcomes/{outcome}/{ref}/`;
  const widgets: EmbedWidget[] = [];
  if (plan.vision || plan.principles?.length) {
    const principles = Boolean(plan.principles?.length);
    widgets.push(
      ...withHeading(
        { kind: 'vision', plan, item: '', itemTitle: 'Vision', basePath: `${base}vision/`, fullPage: paths.plan(plan), height: 520 },
        (from, level) => html`<plan-vision .plan=${plan} ?principles=${principles} heading-level=${level} defer-hydration data-plan-src=${planElementSource(from, plan)}></plan-vision>`,
        (level) => (src) => `<plan-vision src="${src(plan)}"${principles ? ' principles' : ''}${levelAttribute(level, 2)}></plan-vision>`,
      ),
    );
  }
  widgets.push(
    ...withHeading(
      { kind: 'outcomes', plan, item: '', itemTitle: plan.labels.outcomes, basePath: `${base}outcomes/`, fullPage: paths.plan(plan), height: 900 },
      (from, level) => html`<plan-outcomes-matrix .plan=${plan} href=${safeHref(planLinks(from))} heading-level=${level} defer-hydration data-plan-src=${planElementSource(from, plan)}></plan-outcomes-matrix>`,
      (level) => (src) => `<plan-outcomes-matrix src="${src(plan)}"${levelAttribute(level, 2)}></plan-outcomes-matrix>`,
    ),
  );
  for (const outcome of plan.outcomes) widgets.push(...outcomeWidgets(plan, outcome, `${base}outcomes/${outcome.id}/`));
  for (const { indicator } of allIndicators(plan)) {
    widgets.push(...gaugeWidgets(plan, indicator, `${base}indicators/${indicator.id}/`), chartWidget(plan, indicator, `${base}indicators/${indicator.id}/chart/`));
  }
  if (!allIndicators(plan).next().done) widgets.push(scorecardWidget(plan, `${base}scorecard/`));
  if (plan.timeline?.length) {
    widgets.push(
      ...withHeading(
        { kind: 'timeline', plan, item: '', itemTitle: 'How the plan was made', basePath: `${base}timeline/`, fullPage: paths.timeline(plan), height: 900 },
        (from, level) => html`<plan-timeline .plan=${plan} heading-level=${level} href=${safeHref(planLinks(from))} today="none" defer-hydration data-plan-src=${planElementSource(from, plan)}></plan-timeline>`,
        (level) => (src) => `<plan-timeline src="${src(plan)}"${levelAttribute(level, 3)}></plan-timeline>`,
      ),
    );
  }
  if (plan.consultation) {
    widgets.push(
      ...withHeading(
        { kind: 'consultation', plan, item: '', itemTitle: 'Consultation', basePath: `${base}consultation/`, fullPage: paths.plan(plan), height: 700 },
        (from, level, data) => html`<plan-consultation .plan=${plan} heading-level=${level} href=${safeHref(planLinks(from))} today=${data.today} defer-hydration data-plan-src=${planElementSource(from, plan)}></plan-consultation>`,
        (level) => (src) => `<plan-consultation src="${src(plan)}"${levelAttribute(level, 2)}></plan-consultation>`,
      ),
    );
  }
  return widgets;
}

/**
 * An outcome has no element of its own: its widget is its title and statement over its
 * sub-outcome cards (or, for a plan that gives only counts, the counts).
 */
function outcomeWidgets(plan: Plan, outcome: Outcome, basePath: PagePath): EmbedWidget[] {
  const outcomeWidgets = withHeading(
    { kind: 'outcome', plan, item: outcome.id, itemTitle: outcomeTitle(plan, outcome), basePath, fullPage: paths.outcome(plan, outcome), height: Math.min(1000, 260 + outcome.subOutcomes.length * 220) },
    (from, level, data) => outcomeBody(plan, outcome, from, level, data.today),
    (level) => (src) =>
      `<plan-data src="${src(plan)}">\n${subOutcomesInOrder(outcome).map((sub) => `  <plan-sub-outcome-card ref="${escapeHtml(subOutcomeSlug(sub))}"${levelAttribute(level + 1, 3)}></plan-sub-outcome-card>`).join('\n')}\n</plan-data>`,
  );
  return [...outcomeWidgets, ...subOutcomesInOrder(outcome).flatMap((sub) => subOutcomeWidgets(plan, outcome, sub, `${basePath}${subOutcomeSlug(sub)}/`))];
}

function outcomeBody(plan: Plan, outcome: Outcome, from: PagePath, level: number, today: string): TemplateResult {
  const heading = level === 2 ? html`<h2>${outcomeTitle(plan, outcome)}</h2>` : html`<h3>${outcomeTitle(plan, outcome)}</h3>`;
  return html`<section class="embed-outcome">
    ${heading}
    ${outcome.statement ? html`<p class="lead">${outcome.statement}</p>` : nothing}
    ${outcome.subOutcomes.length
      ? html`<ul class="cards">
          ${subOutcomesInOrder(outcome).map(
            (sub) => html`<li><plan-sub-outcome-card .plan=${plan} ref=${subOutcomeSlug(sub)} heading-level=${level + 1} today=${today} defer-hydration data-plan-src=${planElementSource(from, plan)}></plan-sub-outcome-card></li>`,
          )}
        </ul>`
      : html`${outcome.count ? html`<p><strong>${outcome.count.value}</strong> ${outcome.count.label}</p>` : nothing}
          <p>The sources give the number of ${plan.labels.subOutcomes.toLowerCase()} but not the ${plan.labels.subOutcomes.toLowerCase()} themselves.</p>`}
  </section>`;
}

function subOutcomeWidgets(plan: Plan, outcome: Outcome, sub: SubOutcome, basePath: PagePath): EmbedWidget[] {
  const ref = subOutcomeSlug(sub);
  return withHeading(
    { kind: 'sub-outcome', plan, item: ref, itemTitle: subOutcomeTitle(sub), basePath, fullPage: paths.subOutcome(plan, outcome, sub), height: 460 },
    (from, level, data) => html`<plan-sub-outcome-card .plan=${plan} ref=${ref} heading-level=${level} today=${data.today} defer-hydration data-plan-src=${planElementSource(from, plan)}></plan-sub-outcome-card>`,
    (level) => (src) => `<plan-sub-outcome-card src="${src(plan)}" ref="${escapeHtml(ref)}"${levelAttribute(level, 3)}></plan-sub-outcome-card>`,
  );
}

function gaugeWidgets(plan: Plan, indicator: Indicator, basePath: PagePath): EmbedWidget[] {
  return [DEFAULT_OPTION, COMPACT].map((option) => {
    const compact = option === COMPACT;
    return {
      kind: 'gauge',
      plan,
      item: indicator.id,
      itemTitle: indicator.title,
      option,
      path: `${basePath}${option.segment ? `${option.segment}/` : ''}`,
      fullPage: paths.indicator(plan, indicator),
      height: compact ? 200 : 320,
      element: (from, data) => html`<plan-progress-gauge .plan=${plan} indicator=${indicator.id} ?compact=${compact} today=${data.today} defer-hydration data-plan-src=${planElementSource(from, plan)}></plan-progress-gauge>`,
      customElement: (src) => `<plan-progress-gauge src="${src(plan)}" indicator="${escapeHtml(indicator.id)}"${compact ? ' compact' : ''}></plan-progress-gauge>`,
    };
  });
}

/** An indicator's figures over time, its trend in words and its figures as a table; its full page is the indicator's. */
function chartWidget(plan: Plan, indicator: Indicator, path: PagePath): EmbedWidget {
  return {
    kind: 'chart',
    plan,
    item: indicator.id,
    itemTitle: indicator.title,
    option: DEFAULT_OPTION,
    path,
    fullPage: paths.indicator(plan, indicator),
    height: 640,
    element: (from) => html`<plan-indicator-chart .plan=${plan} indicator=${indicator.id} defer-hydration data-plan-src=${planElementSource(from, plan)}></plan-indicator-chart>`,
    customElement: (src) => `<plan-indicator-chart src="${src(plan)}" indicator="${escapeHtml(indicator.id)}"></plan-indicator-chart>`,
  };
}

/** Every indicator of the plan in one table, with its status counts. */
function scorecardWidget(plan: Plan, path: PagePath): EmbedWidget {
  return {
    kind: 'scorecard',
    plan,
    item: '',
    itemTitle: 'Scorecard',
    option: DEFAULT_OPTION,
    path,
    fullPage: paths.progress(plan),
    height: 900,
    element: (from, data) => html`<plan-scorecard .plan=${plan} today=${data.today} defer-hydration data-plan-src=${planElementSource(from, plan)}></plan-scorecard>`,
    customElement: (src) => `<plan-scorecard src="${src(plan)}"></plan-scorecard>`,
  };
}

function lineageWidgets(data: SiteData): EmbedWidget[] {
  if (data.plans.length < 2) return [];
  return withHeading(
    { kind: 'lineage', item: '', itemTitle: 'How the plans changed', basePath: 'embed/lineage/', fullPage: paths.lineage, height: 1000 },
    (from, level) => html`<plan-lineage .plans=${data.plans} heading-level=${level} href=${safeHref(itemLinks(from))} defer-hydration data-plans-src=${plansSource(from, data.plans)}></plan-lineage>`,
    (level) => (src) => `<plan-lineage src="${data.plans.map(src).join(' ')}"${levelAttribute(level, 3)}></plan-lineage>`,
  );
}

/** Every widget of the site, plan by plan (newest first), then the lineage of every plan. */
export function embedWidgets(data: SiteData): EmbedWidget[] {
  return [...data.plans.flatMap(planWidgets), ...lineageWidgets(data)];
}

/** "9.3 Tackling health inequalities - Strategic Plan 2022-26": the page's <title> and the iframe's. */
export function widgetTitle(widget: EmbedWidget): string {
  const kind = widget.kind === 'sub-outcome' || widget.kind === 'outcome' || widget.kind === 'lineage' ? '' : `${WIDGET_KINDS[widget.kind]}: `;
  const item = widget.kind === 'gauge' || widget.kind === 'chart' ? `${kind}${widget.itemTitle}` : widget.itemTitle === WIDGET_KINDS[widget.kind] ? widget.itemTitle : `${kind}${widget.itemTitle}`;
  return [item, widget.plan?.title].filter(Boolean).join(' - ');
}

/** Where our resize script and the elements' bundle live, from the site root, unversioned (see SiteData's `scripts`). */
export const RESIZE_SCRIPT = 'embed/resize.js';
export const ELEMENTS_SCRIPT = 'plan-kit/plan-kit.js';

/** The scripts the snippets load, as absolute URLs: the build's versioned copies with their integrity, where it made them. */
export function snippetScripts(data: Pick<SiteData, 'siteUrl' | 'scripts'>): { resize: ScriptRef; elements: ScriptRef } {
  const ref = (file: { path: string; integrity?: string } | undefined, fallback: string): ScriptRef => ({
    url: absoluteUrl(data.siteUrl, file?.path ?? fallback),
    ...(file?.integrity && { integrity: file.integrity }),
  });
  return { resize: ref(data.scripts?.resize, RESIZE_SCRIPT), elements: ref(data.scripts?.elements, ELEMENTS_SCRIPT) };
}

/** What the builder's script needs of one widget at one option. */
export function snippetData(siteUrl: string, widget: EmbedWidget): WidgetSnippetData {
  return {
    label: widget.option.label,
    url: absoluteUrl(siteUrl, widget.path),
    path: widget.path,
    title: widgetTitle(widget),
    height: widget.height,
    element: widget.customElement((plan) => absoluteUrl(siteUrl, paths.planJson(plan))),
  };
}

export function snippets(data: Pick<SiteData, 'siteUrl' | 'scripts'>, widget: EmbedWidget): EmbedSnippets {
  const { resize, elements } = snippetScripts(data);
  return embedSnippets(snippetData(data.siteUrl, widget), resize, elements);
}

/** How long oEmbed consumers may cache the JSON (seconds): a day, as the plans change by committee. */
export const OEMBED_CACHE_AGE = 86_400;

/** The oEmbed 1.0 response for a widget (a "rich" type: the iframe). */
export function oembedJson(data: SiteData, widget: EmbedWidget): string {
  return `${JSON.stringify(
    {
      version: '1.0',
      type: 'rich',
      title: widgetTitle(widget),
      provider_name: data.site.name,
      provider_url: data.siteUrl,
      html: iframeHtml(snippetData(data.siteUrl, widget)),
      width: 640,
      height: widget.height,
      cache_age: OEMBED_CACHE_AGE,
    },
    null,
    2,
  )}\n`;
}

/** The oEmbed JSON file beside a page. */
export function oembedPath(page: PagePath): string {
  return `${page}oembed.json`;
}

/** The discovery link for the <head> of a page whose oEmbed JSON is beside it. */
export function oembedLink(data: SiteData, page: PagePath, title: string): string {
  return `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(absoluteUrl(data.siteUrl, oembedPath(page)))}" title="${escapeHtml(title)}">`;
}

/** Styles of the embed pages beyond the site's: no page margins, the widget the full width. */
export const EMBED_CSS = `body.embed{margin:0;padding:.5rem}body.embed>main{padding:0}body.embed :is(plan-vision,plan-outcomes-matrix,plan-sub-outcome-card,plan-progress-gauge,plan-timeline,plan-consultation,plan-lineage,plan-indicator-chart,plan-scorecard){display:block;width:100%}body.embed .embed-outcome>:first-child{margin-top:0}body.embed .full-plan{margin:.75rem 0 0;font-size:1rem}`;

export interface EmbedAssets {
  css: string;
  /** The classic script of every embed page (client/embed-frame.ts). */
  frame: string;
  /** The site's boot module, which the frame script imports where the page has an origin. */
  boot: string;
}

/** The full page's address from the embed page, with its #anchor where the widget is part of the page. */
export function fullPageHref(widget: EmbedWidget): string {
  const [page = '', anchor] = widget.fullPage.split('#');
  return `${href(widget.path, page)}${anchor ? `#${anchor}` : ''}`;
}

/** The body of an embed page (rendered by Lit SSR with its element). */
export function embedBody(data: SiteData, widget: EmbedWidget): TemplateResult {
  return html`<main>
    ${widget.element(widget.path, data)}
    <p class="full-plan"><a href=${safeHref(fullPageHref(widget))} target="_top">View in the full plan</a></p>
  </main>`;
}

/** The whole embed document around its server-rendered body. */
export function embedDocument(data: SiteData, widget: EmbedWidget, body: string, assets: EmbedAssets, usesMarkdown: boolean): string {
  const to = (target: string) => href(widget.path, target);
  const title = widgetTitle(widget);
  return `<!doctype html>
<html lang="en-GB"${usesMarkdown ? ' data-markdown' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="robots" content="noindex">
<meta name="color-scheme" content="light">
<base target="_top">
${ICON_LINK}
${oembedLink(data, widget.path, title)}
<style>${assets.css}</style>
<style>${EMBED_CSS}</style>
<script src="${to(assets.frame)}" data-boot="${to(assets.boot)}" defer></script>
</head>
<body class="embed">
${body}
</body>
</html>
`;
}
