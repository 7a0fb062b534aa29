import { css } from 'lit';

/**
 * The diagram is shown only where the element is wide enough for its text to stay readable (a
 * container query on the inner wrapper, not :host, which a page's `* { all: unset }` outranks);
 * the list after it always is. Its width is set in em by the element, so it follows the text size.
 * Bands are the colour of the outcome they come from, dashed where an outcome continues in part;
 * in forced colours everything is drawn in the system's text colour.
 */
export const lineageStyles = css`
  .lineage {
    container: plan-lineage / inline-size;
  }
  .diagram {
    display: none;
    margin: 0 0 var(--_space-3);
  }
  @container plan-lineage (min-width: 27em) {
    .diagram.columns-2 {
      display: block;
    }
  }
  @container plan-lineage (min-width: 44em) {
    .diagram.columns-3 {
      display: block;
    }
  }
  @container plan-lineage (min-width: 61em) {
    .diagram.columns-4 {
      display: block;
    }
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
  }
  svg text {
    font-size: 16px;
    fill: var(--_text);
  }
  .column-title {
    font-weight: 700;
  }
  .item,
  .band {
    --_outcome: var(--plan-outcome-colour, var(--_accent));
  }
  .box {
    fill: var(--_background);
    stroke: var(--_border);
    stroke-width: 1;
  }
  .stripe {
    fill: var(--_outcome);
  }
  .band {
    fill: none;
    stroke: var(--_outcome);
    stroke-opacity: 0.8;
  }
  .band.partial {
    stroke-dasharray: 10 5;
  }
  .comparison {
    margin-top: var(--_space-4);
  }
  .changes {
    padding-left: 1.1em;
  }
  .changes > li + li {
    margin-top: var(--_space-2);
  }
  .changes p {
    margin: 0 0 var(--_space-1);
  }
  .paths {
    margin: 0 0 var(--_space-2);
    padding-left: 1.3em;
  }
  .paths .paths {
    margin: var(--_space-1) 0 0;
  }
  .paths > li + li {
    margin-top: var(--_space-1);
  }
  .editorial-tag {
    color: var(--_text-secondary);
  }
  .none {
    margin: 0;
  }
  @media (forced-colors: active) {
    svg text {
      fill: CanvasText;
    }
    .box {
      fill: Canvas;
      stroke: CanvasText;
    }
    .stripe {
      fill: CanvasText;
    }
    .band {
      stroke: CanvasText;
      stroke-opacity: 0.6;
    }
  }
  @media print {
    .band {
      stroke: #000;
      stroke-opacity: 0.5;
    }
    .stripe {
      fill: #000;
    }
  }
`;
