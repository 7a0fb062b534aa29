/** The pages about the site as a whole: every plan, open data, the A to Z, search, accessibility, 404. */
import { allIndicators, formatDate, subOutcomesInOrder } from '@plan-kit/content';
import { safeHref } from '@plan-kit/elements/links.js';
import { html, nothing } from 'lit';
import { licenceOf, unconfirmedSettings } from '../config.js';
import type { Page } from '../layout.js';
import { href, paths } from '../routes.js';
import { type OpenDataFile, datasetJsonLd, jsonLdScript } from '../open-data.js';
import { type SiteData, STATUS_WORDS, byteSize, compareLinks, homeCrumb, outcomeTitle, periodText, subOutcomeTitle } from './common.js';
import { printLinkItems } from './print.js';


export function plansPage(data: SiteData): Page {
  const path = paths.plans;
  return {
    path,
    title: 'Plans',
    description: `Every strategic plan of ${data.site.organisation} on this site, with its period and status.`,
    breadcrumbs: [homeCrumb],
    body: html`<h1>Plans</h1>
      <p>The council's strategic plans on this site, newest first.</p>
      <ul class="plan-list">
        ${data.plans.map(
          (plan) => html`<li>
            <h2><a href=${safeHref(href(path, paths.plan(plan)))}>${plan.title}</a></h2>
            <p>${periodText(plan)}. ${STATUS_WORDS[plan.status]}${plan === data.current ? ' (the current plan)' : ''}.${plan.documentType ? ` ${plan.documentType}.` : ''}</p>
            ${plan.timeline?.length ? html`<p><a href=${safeHref(href(path, paths.timeline(plan)))}>How ${plan.title} was made</a></p>` : nothing}
          </li>`,
        )}
      </ul>
      ${data.plans.length > 1
        ? html`<h2>How the plans changed</h2>
            <ul>
              <li><a href=${safeHref(href(path, paths.lineage))}>How the outcomes of each plan continue in the next</a></li>
              <li><a href=${safeHref(href(path, paths.allTimelines))}>How the plans were made: every meeting, decision and consultation</a></li>
            </ul>
            <h3>Compare two plans</h3>
            ${compareLinks(data, path)}`
        : nothing}`,
  };
}

export function openDataPage(data: SiteData): Page {
  const path = paths.openData;
  const licence = licenceOf(data.site);
  const link = (file: OpenDataFile, text: string) => html`<a href=${safeHref(href(path, file.path))} download>${text}</a>`;
  const withMetadata = (file: OpenDataFile, text: string) => {
    const metadata = data.openData.find((f) => f.path === file.metadata);
    return html`${link(file, text)}${metadata ? html` (<a href=${safeHref(href(path, metadata.path))} download>its CSV on the Web metadata</a>)` : nothing}`;
  };
  return {
    path,
    title: 'Open data',
    description: 'Download each plan as JSON, and its indicator figures as spreadsheets (CSV) with CSV on the Web metadata and a data package.',
    breadcrumbs: [homeCrumb],
    headData: data.plans.map((plan) => jsonLdScript(datasetJsonLd(plan, data.openData, data.site, data.siteUrl))),
    // The download most people want first; the files for developers and their metadata after.
    body: html`<h1>Open data</h1>
      <p>Every figure of a plan's indicators, one row per figure, as a spreadsheet that Excel and other programs open.</p>
      <ul class="plain-list downloads">
        ${data.plans.map((plan) => {
          const all = data.openData.find((f) => f.plan === plan && f.path === paths.indicatorsCsv(plan));
          return all
            ? html`<li>${link(all, `Download all figures of ${plan.title} (CSV, ${byteSize(new TextEncoder().encode(all.text).length)})`)}</li>`
            : nothing;
        })}
      </ul>
      <p>Figures marked as examples (the Example column says "yes") are examples, not council figures.</p>
      <h2>For developers</h2>
      <p>
        Each plan is published as one JSON file, which follows the site's content schema, with its indicator figures.
        Figures marked as examples in the files (<code>"example": true</code>) are examples, not council figures.
      </p>
      <p>
        The spreadsheets (CSV) come as one file with every indicator of a plan, and one file for each indicator. The
        Imported from column names the council's file that each imported figure came from; the last columns give each
        indicator's status on the day the site was built, and why. The files follow the GOV.UK tabular data standard:
        UTF-8, one header row, dates written year-month-day (ISO 8601).
      </p>
      <p>
        Beside each CSV file is its CSV on the Web metadata (the file's name followed by <code>-metadata.json</code>), which
        describes its columns. The <a href=${safeHref(href(path, paths.dataPackage))} download>data package (datapackage.json)</a>
        lists every file here with the Table Schema of each spreadsheet, for tools that read Frictionless Data Packages.
      </p>
      ${data.plans.map((plan) => {
        const files = data.openData.filter((f) => f.plan === plan && f.mediatype !== 'application/csvm+json');
        const [json, all, ...each] = files;
        const count = [...allIndicators(plan)].length;
        return html`<section aria-labelledby=${`data-${plan.id}`}>
          <h3 id=${`data-${plan.id}`}>${plan.title}</h3>
          <ul>
            <li>${link(json!, `The plan as JSON (${plan.id}.json)`)}</li>
            ${printLinkItems(data, plan, path)}
            ${all
              ? html`<li>
                    ${withMetadata(all, `The indicator figures as a spreadsheet (CSV, ${all.path.split('/').at(-1)})`)}:
                    ${count} ${count === 1 ? 'indicator' : 'indicators'}
                  </li>
                  <li>
                    Each indicator's figures as a spreadsheet (CSV):
                    <ul>
                      ${each.map((file) => html`<li>${withMetadata(file, file.title.slice(plan.title.length + 2))}</li>`)}
                    </ul>
                  </li>`
              : html`<li>No indicators.</li>`}
          </ul>
        </section>`;
      })}
      <h2>Licence</h2>
      <p>
        You may use and re-use this data under the <a href=${safeHref(licence.url)}>${licence.title}</a>.
        Please say that it comes from ${data.site.organisation}.
      </p>
      <h2>Updates</h2>
      <p>
        <a href=${safeHref(href(path, paths.whatChanged))}>What changed</a> lists each update of the figures, newest first;
        feed readers can follow the same as an <a href=${safeHref(href(path, paths.updatesFeed))}>Atom feed (updates.xml)</a>.
      </p>
      <h2>On your own website</h2>
      <p><a href=${safeHref(href(path, paths.embedBuilder))}>Embed the plans on your website</a>: every outcome, sub-outcome, indicator gauge and timeline as an address, an iframe or a script tag.</p>`,
  };
}

export function aToZPage(data: SiteData): Page {
  const path = paths.aToZ;
  const entries = data.plans.flatMap((plan) =>
    plan.outcomes.flatMap((outcome) => [
      { title: outcome.title, kind: `${plan.labels.outcome}, ${plan.title}`, href: href(path, paths.outcome(plan, outcome)), label: outcomeTitle(plan, outcome) },
      ...subOutcomesInOrder(outcome).map((sub) => ({
        title: sub.title,
        kind: `${plan.labels.subOutcome}, ${plan.title}`,
        href: href(path, paths.subOutcome(plan, outcome, sub)),
        label: subOutcomeTitle(sub),
      })),
    ]),
  );
  const byLetter = new Map<string, typeof entries>();
  for (const entry of entries.sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))) {
    const letter = entry.title.charAt(0).toUpperCase();
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), entry]);
  }
  const letters = [...byLetter.keys()];
  return {
    path,
    title: 'A to Z',
    description: 'Every outcome and sub-outcome of every plan, from A to Z.',
    breadcrumbs: [homeCrumb],
    body: html`<h1>A to Z</h1>
      <p>Every outcome and sub-outcome of every plan on this site.</p>
      <nav aria-label="Letters"><ul class="letters">${letters.map((l) => html`<li><a href=${safeHref(`#letter-${l}`)}>${l}</a></li>`)}</ul></nav>
      ${letters.map(
        (l) => html`<section aria-labelledby=${`letter-${l}`}>
          <h2 id=${`letter-${l}`}>${l}</h2>
          <ul class="plain-list">${byLetter.get(l)!.map((e) => html`<li><a href=${safeHref(e.href)}>${e.label}</a> <span class="hint">${e.kind}</span></li>`)}</ul>
        </section>`,
      )}`,
  };
}

export function searchPage(data: SiteData, script: string): Page {
  const path = paths.search;
  return {
    path,
    title: 'Search',
    description: 'Search every plan: outcomes, sub-outcomes, aims and actions.',
    breadcrumbs: [homeCrumb],
    scripts: [script],
    body: html`<h1>Search</h1>
      <form class="search-form" role="search" action="./" method="get" data-index=${href(path, paths.searchIndex)}>
        <label for="search-input">Search the plans</label>
        <div class="search-row">
          <input id="search-input" name="q" type="search" autocomplete="off" spellcheck="false">
          <button type="submit">Search</button>
        </div>
      </form>
      <div id="search-results" class="search-results" aria-live="polite"></div>
      <noscript><p>Search needs JavaScript, which is off in this browser. Every outcome and sub-outcome is also in the <a href="../a-z/">A to Z</a>.</p></noscript>
      <p class="hint">You can also browse every outcome and sub-outcome in the <a href=${safeHref(href(path, paths.aToZ))}>A to Z</a>.</p>`,
  };
}

/**
 * A setting the council must confirm (see `Confirmed` in config.ts), as it is shown: unchanged once
 * confirmed, else inside an element with the "To be confirmed" label, so the label always goes
 * with the words. `block` for content that is itself paragraphs or lists.
 */
export function toBeConfirmed(setting: { confirmed: boolean }, shown: unknown, block = false): unknown {
  if (setting.confirmed) return shown;
  const label = html`<strong class="tag">To be confirmed</strong>`;
  return block ? html`<div class="to-confirm">${label} ${shown}</div>` : html`<span class="to-confirm">${label} ${shown}</span>`;
}

export function accessibilityPage(data: SiteData): Page {
  const path = paths.accessibility;
  const a = data.site.accessibility;
  const unconfirmed = unconfirmedSettings(data.site).length > 0;
  return {
    path,
    title: 'Accessibility statement',
    description: `How accessible this website is, what to do if you cannot use part of it, and how to report a problem.`,
    breadcrumbs: [homeCrumb],
    body: html`<h1>Accessibility statement</h1>
      ${unconfirmed
        ? html`<p><strong class="tag">To be confirmed</strong> Parts of this statement marked "To be confirmed" are placeholders: the council's reports that this site quotes do not give them, and the council has not yet confirmed them.</p>`
        : nothing}
      <p>This statement applies to ${data.site.name}, published by ${toBeConfirmed(a.publisher, a.publisher.value)}.</p>
      <p>
        We want as many people as possible to be able to use this website. You should be able to change colours, contrast
        levels and fonts using browser or device settings; zoom in up to 400% without the text spilling off the screen;
        navigate most of the website using a keyboard or speech recognition software; listen to most of the website
        using a screen reader; and read every page with JavaScript turned off.
      </p>
      <h2>How accessible this website is</h2>
      <p>We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at AA standard. We know some things are not yet as good as they should be:</p>
      <ul>${a.knownIssues.map((issue) => html`<li>${issue}</li>`)}</ul>
      <h2>Feedback and contact information</h2>
      ${toBeConfirmed(
        a.contact,
        html`<p>${a.contact.text}</p>
          <ul>
            ${a.contact.url ? html`<li><a href=${safeHref(a.contact.url)}>${a.contact.url}</a></li>` : nothing}
            ${a.contact.email ? html`<li>Email: <a href=${safeHref(`mailto:${a.contact.email}`)}>${a.contact.email}</a></li>` : nothing}
            ${a.contact.phone ? html`<li>Phone: ${a.contact.phone}</li>` : nothing}
          </ul>`,
        true,
      )}
      <p>${toBeConfirmed(a.responseDays, `We'll consider your request and get back to you in ${a.responseDays.value} working days.`)}</p>
      <h2>Reporting accessibility problems with this website</h2>
      <p>We're always looking to improve the accessibility of this website. If you find any problems not listed on this page or think we're not meeting accessibility requirements, contact us as above.</p>
      <h2>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and
        Mobile Applications) (No. 2) Accessibility Regulations 2018 (the "accessibility regulations"). If you're not happy
        with how we respond to your complaint, contact the
        <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>.
      </p>
      <h2>Technical information about this website's accessibility</h2>
      <p>${toBeConfirmed(a.commitment, a.commitment.value)}</p>
      <h3>Compliance status</h3>
      <p>This website is ${toBeConfirmed(a.complianceStatus, a.complianceStatus.value)} with the Web Content Accessibility Guidelines version 2.2 AA standard${a.complianceStatus.value === 'fully compliant' ? '' : ', due to the issues listed above'}.</p>
      <h2>How we tested this website</h2>
      <p>
        Every page is tested automatically each time the site is built: with axe (the WCAG 2.2 A and AA rules) in Chromium,
        at 320 CSS pixels wide for sideways scrolling, with the keyboard only, with JavaScript turned off and in forced-colours
        (high contrast) mode.
      </p>
      <h2>Preparation of this accessibility statement</h2>
      <p>This statement was prepared on ${formatDate(a.statementPrepared)}. It was last reviewed on ${formatDate(a.lastReviewed)}.</p>`,
  };
}

export function notFoundPage(): Page {
  return {
    path: '404/',
    title: 'Page not found',
    description: 'There is no page at this address.',
    breadcrumbs: [],
    body: html`<h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>You can find every plan on the <a href="/plans/">plans page</a>, or look for an outcome in the <a href="/a-z/">A to Z</a>.</p>`,
  };
}
