/**
 * Lit alone: the smallest useful Lit element (a reactive property, a template, styles), bundled
 * by `npm run bench` with the embed bundle's config. Every element's size is reported as a ratio
 * to this: what plan-kit adds on top of the framework.
 */
import { LitElement, css, html } from 'lit';

class LitAlone extends LitElement {
  static override properties = { label: {} };
  static override styles = css`:host { display: block; }`;
  declare label: string;

  override render() {
    return html`<p>${this.label}</p>`;
  }
}

if (!customElements.get('lit-alone')) customElements.define('lit-alone', LitAlone);
