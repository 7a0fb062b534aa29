/**
 * content/site.json: the settings the council's reports do not give (who publishes the site, how
 * soon the council replies, what it commits to, how to contact it) are placeholders until the
 * council confirms them, and a page never shows one without its "To be confirmed" label.
 *
 * Quick: the site-wide pages are rendered with Lit SSR straight from their page functions, without
 * Vite or a browser. Each unconfirmed setting of the real site.json gets a unique marker value, so
 * that wherever a page shows it, the marker can be found and its label looked for around it.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { type Plan, validatePlan } from '@plan-kit/content';
import { expect } from 'chai';
import { type SiteConfig, loadSiteConfig, unconfirmedSettings } from '../../site/src/config.ts';
import { frame } from '../../site/src/layout.ts';
import { htmlDocument } from '../helpers/html-document.ts';
import type { SiteData } from '../../site/src/pages/common.ts';
import { accessibilityPage, notFoundPage, plansPage } from '../../site/src/pages/site-pages.ts';
import { readJson, repoRoot } from '../helpers/fixtures.ts';

const realSite = (): SiteConfig => loadSiteConfig(`${repoRoot}/content/site.json`);

function siteData(site: SiteConfig): SiteData {
  const result = validatePlan(readJson('content/plans/2022-26.json'));
  if (!result.ok) throw new Error('content/plans/2022-26.json is not valid');
  const plan: Plan = result.plan;
  return { site, siteUrl: site.siteUrl, plans: [plan], current: plan, today: '2026-11-29', openData: [], updates: [] };
}

/** The site-wide pages (the only ones that read the accessibility settings), each in the page frame. */
async function renderPages(site: SiteConfig): Promise<Document[]> {
  const data = siteData(site);
  const pages = [accessibilityPage(data), plansPage(data), notFoundPage()];
  return Promise.all(pages.map(async (page) => htmlDocument(await collectResult(render(frame(site, page))))));
}

/**
 * A copy of `site` in which every unconfirmed setting shows a marker of its own: strings become
 * "marker-N", numbers 900N, URLs and emails carry "marker-N" too. Returns the markers by path.
 */
function withMarkers(site: SiteConfig): { site: SiteConfig; markers: Map<string, string[]> } {
  const copy = structuredClone(site);
  const markers = new Map<string, string[]>();
  let n = 0;
  for (const { path, setting } of unconfirmedSettings(copy)) {
    const own: string[] = [];
    for (const [key, value] of Object.entries(setting)) {
      if (key === 'confirmed') continue;
      n += 1;
      const marker = typeof value === 'number' ? String(9000 + n) : key === 'url' ? `https://marker-${n}.example/` : key === 'email' ? `marker-${n}@example.org` : `marker-${n}`;
      setting[key] = typeof value === 'number' ? Number(marker) : marker;
      own.push(marker);
    }
    markers.set(path, own);
  }
  return { site: copy, markers };
}

/** Every element whose own text or attributes contain `text`. */
function elementsShowing(document: Document, text: string): Element[] {
  return [...document.querySelectorAll('*')].filter(
    (el) =>
      [...el.childNodes].some((node) => node.nodeType === node.TEXT_NODE && node.textContent!.includes(text)) ||
      [...el.attributes].some((attribute) => attribute.value.includes(text)),
  );
}

/** The label that goes with an element: the "To be confirmed" tag of the `.to-confirm` around it. */
function labelOf(element: Element): string | undefined {
  return element.closest('.to-confirm')?.querySelector(':scope > .tag')?.textContent?.trim();
}

describe('content/site.json settings the council has not confirmed', () => {
  it('are the promises the sources do not give, each marked unconfirmed', () => {
    const paths = unconfirmedSettings(realSite()).map((s) => s.path);
    expect(paths).to.include.members([
      'accessibility.publisher',
      'accessibility.commitment',
      'accessibility.contact',
      'accessibility.responseDays',
      'accessibility.complianceStatus',
    ]);
  });

  it('are never shown on a page without their "To be confirmed" label', async () => {
    const { site, markers } = withMarkers(realSite());
    const documents = await renderPages(site);
    const unlabelled: string[] = [];
    for (const [path, own] of markers) {
      for (const marker of own) {
        const showing = documents.flatMap((document) => elementsShowing(document, marker));
        // The accessibility statement shows every one of them: a marker missing from it is a setting no page uses.
        expect(showing, `${path} (${marker}) is shown somewhere`).not.to.be.empty;
        for (const element of showing) {
          if (labelOf(element) !== 'To be confirmed') unlabelled.push(`${path}: <${element.tagName.toLowerCase()}> "${element.textContent!.trim().slice(0, 60)}"`);
        }
      }
    }
    expect(unlabelled).to.deep.equal([]);
  });

  it('lose the label once the council confirms them', async () => {
    const site = structuredClone(realSite());
    for (const { setting } of unconfirmedSettings(site)) setting.confirmed = true;
    const [statement] = await renderPages(site);
    const text = statement!.body.textContent!.replace(/\s+/g, ' ');
    expect(text).not.to.contain('To be confirmed');
    expect(text).to.contain(`published by ${site.accessibility.publisher.value}.`);
    expect(text).to.contain(`get back to you in ${site.accessibility.responseDays.value} working days.`);
  });
});
