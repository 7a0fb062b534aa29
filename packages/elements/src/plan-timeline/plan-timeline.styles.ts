import { css } from 'lit';

/**
 * A vertical line with a dot per entry: filled for what has happened, hollow for what is still to
 * come, a square for today. The words say the same ("Today", "Planned"): the dots only help the eye.
 * Printed, there is no today marker: the paper is read on another day than it was printed.
 */
export const timelineStyles = css`
  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .entries > li {
    position: relative;
    margin: 0 0 0 0.5em;
    padding: 0 0 var(--_space-4) var(--_space-4);
    border-left: 0.2em solid var(--_border);
  }
  .entries > li:last-child {
    padding-bottom: 0;
  }
  .entries > li::before {
    content: '';
    position: absolute;
    left: -0.65em;
    top: 0.3em;
    width: 1.1em;
    height: 1.1em;
    box-sizing: border-box;
    border-radius: 50%;
    border: 0.25em solid var(--_accent);
    background: var(--_accent);
  }
  .entries > li.upcoming::before {
    background: var(--_background);
  }
  .entries > li.now::before {
    border-radius: 0;
    border-color: var(--_text);
    background: var(--_text);
  }
  .entries > li.now {
    padding-bottom: var(--_space-4);
  }
  .now .when {
    display: inline-block;
    padding: 0 var(--_space-2);
    background: var(--_surface);
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
  }
  .when {
    margin: 0 0 var(--_space-1);
    font-weight: 700;
  }
  .what {
    margin: 0 0 var(--_space-2);
    color: var(--_text-secondary);
  }
  .kind {
    font-weight: 700;
  }
  .planned-tag {
    color: var(--_text);
    border-style: dashed;
  }
  .refs {
    margin: 0 0 var(--_space-2);
  }
  .refs-label {
    margin: 0;
  }
  .refs ul {
    margin: var(--_space-1) 0 0;
    padding-left: 1.1em;
  }
  .plan-name {
    margin: 0 0 var(--_space-1);
    font-size: var(--_font-size-s);
  }
  .none {
    margin: 0;
  }
  @media (forced-colors: active) {
    .entries > li {
      border-left-color: CanvasText;
    }
    .entries > li::before,
    .entries > li.now::before {
      border-color: CanvasText;
      background: CanvasText;
    }
    .entries > li.upcoming::before {
      background: Canvas;
    }
    .now .when {
      border-color: CanvasText;
    }
  }
  @media print {
    .entries > li {
      break-inside: avoid;
      border-left-color: #000;
    }
    .entries > li::before {
      border-color: #000;
    }
    .entries > .now {
      display: none;
    }
  }
`;
