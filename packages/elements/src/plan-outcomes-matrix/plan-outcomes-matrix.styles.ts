import { css } from 'lit';

/**
 * Table where the element is wide enough for its columns, stacked sections otherwise. The
 * element's inner wrapper is the container, so the choice follows the space the host page gives
 * it, not the window. (Not :host: a page rule such as `* { all: unset }` outranks :host and would
 * remove the container, leaving the narrow layout everywhere.) Both layouts are in the DOM; the hidden one is display:none, so it is neither
 * read nor focusable.
 */
export const matrixStyles = css`
  .matrix {
    container: plan-matrix / inline-size;
  }
  .outcome {
    --_outcome: var(--plan-outcome-colour, var(--_accent));
  }
  table {
    display: none;
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  caption {
    text-align: left;
    font-weight: 700;
    font-size: var(--_font-size-l);
    padding-bottom: var(--_space-2);
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: var(--_space-2);
    border: 1px solid var(--_border);
  }
  thead th.outcome {
    border-top: 0.4em solid var(--_outcome);
  }
  .row-label {
    width: 9em;
    background: var(--_surface);
  }
  .number {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }
  ul {
    margin: 0;
    padding-left: 1.1em;
  }
  li + li {
    margin-top: var(--_space-1);
  }
  td p,
  .stack p {
    margin: 0 0 var(--_space-2);
  }
  .stack {
    display: grid;
    gap: var(--_space-3);
  }
  .stack .outcome {
    padding-left: var(--_space-3);
    border-left: 0.4em solid var(--_outcome);
  }
  .list-label {
    font-weight: 700;
  }
  .none {
    color: var(--_text-secondary);
  }
  @container plan-matrix (min-width: 36em) {
    .layout-few table {
      display: table;
    }
    .layout-few .stack {
      display: none;
    }
  }
  @container plan-matrix (min-width: 60em) {
    .layout-some table {
      display: table;
    }
    .layout-some .stack {
      display: none;
    }
  }
  @media (forced-colors: active) {
    thead th.outcome,
    .stack .outcome {
      border-color: CanvasText;
    }
  }
  @media print {
    th,
    td {
      border-color: #000;
    }
    thead th.outcome,
    .stack .outcome {
      border-color: #000;
    }
    .row-label {
      background: none;
    }
    table {
      break-inside: auto;
    }
    .stack .outcome {
      break-inside: avoid;
    }
  }
`;
