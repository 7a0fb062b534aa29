/**
 * The base of elements that can show several plans at once (`<plan-timeline>`, `<plan-lineage>`):
 * they take the plans as a property (`.plans = [a, b, c]`) or as a list of URLs in `src`
 * (`src="/plans/2014-18.json /plans/2022-26.json"`, separated by white space, which a URL
 * cannot contain), and otherwise one plan the usual way (`.plan`, one URL, `<plan-data>`).
 * The states and events are those of every data element; any one URL failing is the error.
 * Like the other elements that name plan items, they take `href` and `heading-level`.
 */
import type { LoadPlanOptions, Plan } from '@plan-kit/content';
import { planLoading } from './on-demand.js';
import { LinkingElement } from './placed-element.js';
import type { PropertyDeclarations } from 'lit';

export abstract class PlanSetElement<T> extends LinkingElement<T> {
  // Declared without decorators: Lit's decorator code and each call cost a page bytes.
  static override properties: PropertyDeclarations = {
    plans: { attribute: false },
  };

  /** Several plans as objects; takes precedence over `.plan`, `src` and an enclosing `<plan-data>`. */
  declare plans?: Plan[];

  protected override givenPlans(): Plan[] | undefined {
    return this.plans?.length ? this.plans : super.givenPlans();
  }

  protected override async loadSrc(src: string, options: LoadPlanOptions): Promise<Plan[]> {
    const urls = src.trim().split(/\s+/);
    const { loadPlan } = await planLoading.load();
    return Promise.all(urls.map((url) => loadPlan(url, options)));
  }
}
