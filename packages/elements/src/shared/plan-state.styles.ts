/**
 * The styles of what only an element fed a plan shows, on top of the core styles
 * (core.styles.ts): the focus style of links, disclosures and the "Try again" button, the button
 * itself, and an invalid plan's problems (paths in code). In `baseStyles` (base.styles.ts), which
 * every element that shows plan text adopts; a gauge, which adopts only the core styles, has
 * them adopted by its plan feed (plan-feed.ts) when it is fed a plan, so that a gauge given its
 * figures as attributes never loads them.
 *
 * The focus style comes after the text styles' `a:visited`, which is as specific: a focused link
 * is dark on yellow, visited or not.
 */
import { css } from 'lit';

export const planStateStyles = css`
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
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
