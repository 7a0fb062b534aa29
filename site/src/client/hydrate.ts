/**
 * Hydrates the prerendered elements. The pages are complete without JavaScript (declarative
 * shadow DOM); with it, each element takes its plan from the plan's JSON file and becomes live
 * (gauge animation, later updates). Until then, and if the file cannot be loaded, the prerendered
 * content stays as it is.
 *
 * - `data-plan-src`: the element's plan (`.plan`); `data-plans-src`: several plans' files,
 *   separated by spaces (`.plans`, for the timeline of every plan and the lineage). Each file is
 *   fetched once however many elements use it.
 * - Each element is defined on demand, by the loader (`@plan-kit/elements/loader.js`), which
 *   imports the modules of the tags the page has; each element is hydrated once it is defined.
 * - `today`: what a prerendered page says must stay true for as long as it is served. A timeline
 *   is prerendered with `today="none"` (no today marker) and the first client render must match
 *   it; then the attribute goes, and the script adds the reader's own today. The consultation keeps
 *   the day the site was built, which it names ("as at 7 December 2026"), with or without script.
 *
 * Lit's hydration support must run before LitElement's module does (LitElement looks for it once,
 * as it loads), so the elements are imported dynamically, after it: a chunk boundary the bundler
 * cannot reorder, as it may reorder modules within one chunk.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { loadPlan, type Plan } from '@plan-kit/content';
import type { LitElement } from 'lit';

type PlanHost = LitElement & { plan?: Plan; plans?: Plan[] };

async function hydrateOne(host: PlanHost): Promise<void> {
  const several = host.dataset.plansSrc;
  const urls = (several ?? host.dataset.planSrc ?? '').trim().split(/\s+/);
  try {
    const plans = await Promise.all(urls.map((url) => loadPlan(new URL(url, document.baseURI).href)));
    await customElements.whenDefined(host.localName);
    if (several === undefined) host.plan = plans[0];
    else host.plans = plans;
    host.removeAttribute('defer-hydration');
    if (host.getAttribute('today') === 'none') {
      await host.updateComplete;
      host.removeAttribute('today');
    }
  } catch (error) {
    // The prerendered content is complete; say why it stays static, for whoever looks.
    console.warn(`plan-kit: the page stays as prerendered: ${(error as Error).message}`);
  }
}

async function hydrate(): Promise<void> {
  const hosts = [...document.querySelectorAll<PlanHost>('[defer-hydration][data-plan-src], [defer-hydration][data-plans-src]')];
  if (hosts.length === 0) return;
  const [{ loadMarkdown }] = await Promise.all([import('@plan-kit/elements/rich-text.js'), import('@plan-kit/elements/loader.js')]);
  // The server rendered markdown in some element of this page: the first client render must too.
  if (document.documentElement.hasAttribute('data-markdown')) await loadMarkdown();
  await Promise.all(hosts.map(hydrateOne));
}

void hydrate();
