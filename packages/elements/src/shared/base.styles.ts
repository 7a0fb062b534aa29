/**
 * The base stylesheet every element adopts first: the core styles (core.styles.ts: design tokens,
 * the host, the states) and the styles of what elements that show plan text share: headings,
 * links, disclosures, citations. (Comments go here, not in the css`` text.)
 *
 * On paper: only a link in running text (a paragraph) shows its address after it, the full one
 * where the page supplied it (data-print-href); headings, a card's eyebrow and lists of links do
 * not. Disclosures print open (::details-content, so with JavaScript off too), their summary as a
 * plain label without its triangle.
 */
import { css } from 'lit';
import { coreStyles } from './core.styles.js';
import { planStateStyles } from './plan-state.styles.js';

/** Headings, links, disclosures, citations and the visually hidden text, on top of the core styles. */
const textStyles = css`
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 var(--_space-2);
    line-height: 1.25;
  }
  /* Set, not left to the browser, whose size for an h1 inside <article> is deprecated. */
  h1 {
    font-size: 1.75em;
    line-height: 1.15;
  }
  a {
    color: var(--_link);
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--_link-visited);
  }
  /* A disclosure's summary reads as a link: it is the thing to press. */
  summary {
    cursor: pointer;
    color: var(--_link);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .citation {
    font-size: var(--_font-size-s);
    color: var(--_text-secondary);
  }
  @media (forced-colors: active) {
    summary {
      color: LinkText;
    }
  }
  @media print {
    a,
    summary {
      color: #000;
    }
    p:not(.eyebrow) a[href]:not([href^='#'])::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    p:not(.eyebrow) a[data-print-href]:not([href^='#'])::after {
      content: ' (' attr(data-print-href) ')';
    }
    summary {
      list-style: none;
      text-decoration: none;
      font-weight: 700;
    }
    details::details-content {
      content-visibility: visible;
    }
  }
`;

/**
 * The base stylesheet: every element's `static styles` start with it (a gauge needs only
 * `coreStyles`). The text styles come first, so that the focus style (in plan-state.styles.ts)
 * comes after `a:visited`, which is as specific: a focused link is dark on yellow, visited or not.
 */
export const baseStyles = [textStyles, coreStyles, planStateStyles];
