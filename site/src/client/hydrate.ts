/**
 * Hydrates the prerendered elements. The pages are complete without JavaScript (declarative
 * shadow DOM); with it, each element takes its plan from the plan's JSON file and becomes live
 * (gauge animation, later updates). Until then, and if the file cannot be loaded, the prerendered
 * content stays as it is.
 *
 * The hydration support must load before Lit's elements are defined.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { loadPlan, type Plan } from '@plan-kit/content';
import { loadMarkdown } from '@plan-kit/elements';
import '@plan-kit/elements';
import './print-links.js';

type PlanHost = HTMLElement & { plan?: Plan };

async function hydrate(): Promise<void> {
  const hosts = [...document.querySelectorAll<PlanHost>('[defer-hydration][data-plan-src]')];
  if (hosts.length === 0) return;
  // The server rendered markdown in some element of this page: the first client render must too.
  if (document.documentElement.hasAttribute('data-markdown')) await loadMarkdown();
  const bySource = new Map<string, PlanHost[]>();
  for (const host of hosts) {
    const url = new URL(host.dataset.planSrc!, document.baseURI).href;
    bySource.set(url, [...(bySource.get(url) ?? []), host]);
  }
  await Promise.all(
    [...bySource].map(async ([url, elements]) => {
      try {
        const plan = await loadPlan(url);
        for (const element of elements) {
          element.plan = plan;
          element.removeAttribute('defer-hydration');
        }
      } catch (error) {
        // The prerendered content is complete; say why it stays static, for whoever looks.
        console.warn(`plan-kit: the page stays as prerendered: ${(error as Error).message}`);
      }
    }),
  );
}

void hydrate();
