import { css } from 'lit';

// The table scrolls inside its own box when a narrow screen cannot fit its five columns (a table
// of figures cannot reflow), so the page itself never scrolls sideways; it can be focused to scroll
// by keyboard.

export const scorecardStyles = css`
  :host {
    container-type: inline-size;
  }
  .stack {
    display: none;
  }
  @container (max-width: 40em) {
    .wide {
      display: none;
    }
    .stack {
      display: block;
    }
  }
  .group-title {
    font-weight: 700;
    font-size: 1.1em;
    margin: var(--_space-3) 0 var(--_space-1);
  }
  .cards {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space-3);
  }
  .cards > li {
    border-top: 1px solid var(--_border);
    padding: var(--_space-2) 0;
  }
  .cards .name {
    font-weight: 700;
    margin-bottom: var(--_space-1);
  }
  .cards dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_space-1) var(--_space-3);
    margin: 0;
  }
  .cards dl > div {
    display: contents;
  }
  .cards dt {
    color: var(--_text-secondary);
  }
  .cards dd {
    margin: 0;
  }
  .counts {
    padding-left: 1.25em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
    margin-bottom: var(--_space-2);
  }
  .filters label {
    display: flex;
    flex-direction: column;
    min-width: 0;
    max-width: 100%;
    font-weight: 700;
  }
  select {
    font: inherit;
    font-weight: 400;
    padding: var(--_space-1);
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_background);
    color: var(--_text);
    /* A long outcome title would otherwise make the select wider than a phone. */
    width: 100%;
    min-width: 0;
  }
  select:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
  .summary {
    font-weight: 700;
  }
  /* Fixed columns: filtering never moves them, and a header or a status word never wraps. */
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: var(--_font-size-s);
    table-layout: fixed;
  }
  thead th {
    white-space: nowrap;
  }
  thead th:nth-child(-n + 2) {
    width: 24%;
  }
  thead th:nth-child(3) {
    width: 15%;
  }
  thead th:nth-child(4) {
    width: 17%;
  }
  /* In a fixed column a long date wraps rather than running into the next column. */
  td .date {
    white-space: normal;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: var(--_space-1);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--_space-2) var(--_space-2) var(--_space-2) 0;
    border-bottom: 1px solid var(--_border);
  }
  tr.group th {
    padding-top: var(--_space-3);
    font-size: 1.1em;
  }
  .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .date,
  .example-tag {
    white-space: nowrap;
  }
  td .date {
    display: block;
    color: var(--_text-secondary);
    font-weight: 400;
  }
  .ref {
    font-variant-numeric: tabular-nums;
    color: var(--_text-secondary);
  }
  .status strong {
    white-space: nowrap;
  }
  /* The flags, the reason and each change on lines of their own. */
  .flag,
  .reason,
  .change {
    display: block;
  }
  .flag {
    font-weight: 700;
  }
  .reason {
    color: var(--_text-secondary);
    font-size: 0.9em;
  }
  .status-target-met .status-icon,
  .status-on-track .status-icon {
    color: var(--_on-track);
  }
  .status-some-progress .status-icon {
    color: var(--_some-progress);
  }
  .status-off-track .status-icon {
    color: var(--_off-track);
  }
  .example-tag {
    color: var(--_example);
    font-weight: 400;
  }
  @media (forced-colors: active) {
    .status-icon {
      color: CanvasText;
    }
  }
`;
