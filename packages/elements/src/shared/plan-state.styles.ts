/**
 * The styles of what only an element fed a plan shows, on top of the core styles
 * (core.styles.ts): the focus style of links, disclosures and the "Try again" button, the button
 * itself, an invalid plan's problems (paths in code), and the spacing of paragraphs and lists. In
 * `baseStyles` (base.styles.ts), which every element that shows plan text adopts; a gauge, which
 * adopts only the core styles, has them adopted by its plan feed (plan-feed.ts) when it is fed a
 * plan, so that a gauge given its figures as attributes never loads them.
 *
 * With them, the tokens (`--plan-*` read into `--_*`, as in core.styles.ts) that only these
 * elements use: links, focus, the accent of outcomes, the widest space.
 *
 * The focus style comes after the text styles' `a:visited`, which is as specific: a focused link
 * is dark on yellow, visited or not.
 */
import { css } from 'lit';

export const planStateStyles = css`
  :host {
    --_link: var(--plan-color-link, #1d70b8);
    --_link-visited: var(--plan-color-link-visited, #4c2c92);
    --_focus: var(--plan-color-focus, #ffdd00);
    --_focus-text: var(--plan-color-focus-text, #0b0c0c);
    --_accent: var(--plan-color-accent, #1d70b8);
    --_space-4: var(--plan-space-4, 1.5em);
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  p,
  ul,
  ol,
  dl,
  figure,
  blockquote {
    margin: 0 0 var(--_space-3);
  }
  code {
    font-family: ui-monospace, monospace;
    font-size: 0.95em;
  }
  .state.error ul {
    margin: 0 0 var(--_space-2);
  }
  .state.error button {
    font: inherit;
    color: var(--_background);
    background: var(--_text);
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    padding: var(--_space-1) var(--_space-3);
    cursor: pointer;
  }
  @media print {
    .state.error button {
      display: none;
    }
  }
`;
