/** What every element's stories share around the element itself. */
import type { Plan } from '@plan-kit/content';
import type { PlanState } from '@plan-kit/elements';
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { planArgType, planSetArgType, planSets, plans } from './plans.js';
import './plan-state.js';

/** Arguments every data element's stories have. */
export interface CommonArgs {
  /** The name of a plan in `plans` (a real plan or a fixture), or "none". */
  plan?: string;
  src?: string;
  /** Story-only: hold this state through a provider instead of loading (see plan-state.ts). */
  held?: 'loading';
  /** Story-only: the width of the column the element sits in, in CSS px. */
  width?: number;
}

export const commonArgTypes = {
  plan: planArgType,
  src: { control: 'text', table: { category: 'attributes' } },
  held: { table: { disable: true } },
  width: { control: { type: 'number', min: 200, step: 10 }, description: 'Story only: the width of the column, in CSS px.', table: { category: 'story' } },
} as const;

/** The plan object a story's `plan` argument names. */
export function planOf(args: CommonArgs): Plan | undefined {
  return args.plan ? plans[args.plan] : undefined;
}

/** Arguments of the elements that show several plans. */
export interface SetArgs extends CommonArgs {
  /** The name of a set in `planSets`. */
  plans?: string;
  /** Story-only: the date the element counts as today. */
  today?: string;
}

export const setArgTypes = {
  ...commonArgTypes,
  plans: planSetArgType,
} as const;

/** The plan objects a story's `plans` argument names. */
export function plansOf(args: SetArgs): Plan[] | undefined {
  return args.plans ? planSets[args.plans] : undefined;
}

/**
 * Places the element: in a column of `width` px if given, inside a held state if asked, and in
 * place of a real plan that content/plans does not have (yet), a note saying so.
 */
export function frame(args: CommonArgs, element: TemplateResult): TemplateResult {
  if (args.plan && args.plan !== 'none' && !(args.plan in plans)) {
    return html`<p>There is no <code>content/plans/${args.plan}.json</code> (yet): this story shows it once the file is there.</p>`;
  }
  const held: PlanState | undefined = args.held === 'loading' ? { status: 'loading', src: 'plans/2022-26.json' } : undefined;
  const inner = held ? html`<story-plan-state .state=${held}>${element}</story-plan-state>` : element;
  return args.width
    ? html`<div style=${styleMap({ inlineSize: `${args.width}px`, outline: '1px dashed #b1b4b6', padding: '0' })}>${inner}</div>`
    : html`${inner}${nothing}`;
}

/** Puts an argument under "attributes" in the docs table. */
export const attributeArg = { table: { category: 'attributes' } } as const;

/** A story's description on its docs page. */
export function describeStory(story: string) {
  return { docs: { description: { story } } };
}
