/**
 * `<story-plan-state>`: gives the elements inside it a fixed plan state through the same context
 * that `<plan-data>` provides, so that a story can hold a state that a real load passes through
 * (loading, which a real request leaves after at most the loader's 15 s timeout). Stories only.
 */
import { ContextProvider } from '@lit/context';
import { planContext, type PlanState } from '@plan-kit/elements';
import { LitElement, html } from 'lit';

export class StoryPlanState extends LitElement {
  static override properties = { state: { attribute: false } };

  declare state: PlanState | undefined;

  private provider = new ContextProvider(this, { context: planContext });

  protected override willUpdate(): void {
    this.provider.setValue(this.state);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

if (!customElements.get('story-plan-state')) customElements.define('story-plan-state', StoryPlanState);

declare global {
  interface HTMLElementTagNameMap {
    'story-plan-state': StoryPlanState;
  }
}
