/**
 * The part of the base stylesheet (base.styles.ts) that every element needs, a gauge given its figures
 * as attributes included, and all that such a gauge adopts; the rest (headings, links,
 * disclosures, citations, the visually hidden class) is in base.styles.ts, which a gauge does not load.
 *
 * Public custom properties (`--plan-*`) are read once on :host into private ones (`--_*`), so a page can theme any element by setting
 * `--plan-*` on it or on an ancestor. Sizes are in em so the widget follows the host page's text
 * size (and the reader's zoom and text-size settings); the font is the host page's.
 *
 * Colours give at least 4.5:1 against white (text) and 3:1 against the track (graphics).
 *
 * Long words and addresses wrap (`overflow-wrap: anywhere`), set on every element inside as well
 * as on :host: a page's reset such as `* { all: unset }` outranks :host, but no page rule reaches
 * inside the shadow root. (Comments go here, not in the css`` text.)
 *
 * What only an element fed a plan shows (the focus style of links, disclosures and "Try again",
 * an invalid plan's problems in code), and the tokens only such elements use (links, focus,
 * accent, the widest space), are in plan-state.styles.ts, which a gauge from attributes does not
 * load.
 */
import { css } from 'lit';

/** Tokens, the host, the loading / empty / error states and the example label: every element's first styles, and all that a gauge from attributes adopts. */
export const coreStyles = css`
  :host {
    --_font: var(--plan-font-family, inherit);
    --_text: var(--plan-color-text, #0b0c0c);
    --_text-secondary: var(--plan-color-text-secondary, #505a5f);
    --_background: var(--plan-color-background, #ffffff);
    --_surface: var(--plan-color-surface, #f3f2f1);
    --_border: var(--plan-color-border, #6f777b);
    --_on-track: var(--plan-color-on-track, #00703c);
    --_some-progress: var(--plan-color-some-progress, #a34700);
    --_off-track: var(--plan-color-off-track, #d4351c);
    --_no-data: var(--plan-color-no-data, #505a5f);
    --_example: var(--plan-color-example, #4c2c92);
    --_error: var(--plan-color-error, #d4351c);
    --_space-1: var(--plan-space-1, 0.25em);
    --_space-2: var(--plan-space-2, 0.5em);
    --_space-3: var(--plan-space-3, 1em);
    --_radius: var(--plan-radius, 0.25em);
    --_font-size-s: var(--plan-font-size-s, 0.875em);
    --_font-size-l: var(--plan-font-size-l, 1.25em);
    --_font-size-xl: var(--plan-font-size-xl, 1.5em);

    display: block;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
    overflow-wrap: anywhere;
  }
  .state {
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border-left: 0.3em solid var(--_border);
    background: var(--_surface);
  }
  .state.error {
    border-left-color: var(--_error);
  }
  .state.error p {
    margin: 0 0 var(--_space-2);
  }
  .example-label {
    display: inline-block;
    font-size: var(--_font-size-s);
    font-weight: 700;
    color: var(--_example);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 var(--_space-1);
  }
  @media (forced-colors: active) {
    .state {
      border-left-color: CanvasText;
    }
    .example-label {
      border-color: CanvasText;
    }
  }
  @media print {
    :host {
      color: #000;
    }
  }
`;
