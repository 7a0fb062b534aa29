import { css } from 'lit';

// A figure's label ("Target") does not shrink (flex: none): a long figure wraps beside it instead
// of the label breaking letter by letter.

export const gaugeStyles = css`
  :host {
    --_gauge-size: var(--plan-gauge-size, 12em);
    --_value: var(--_no-data);
  }
  /* Compact, yet wide enough for a reading such as "63.1 years" and the scale's ends ("55 years",
     "75 years") each on one line under the arc (longer ones still wrap, inside the element). */
  :host([compact]) {
    --_gauge-size: var(--plan-gauge-size, 9em);
  }
  .gauge {
    margin: 0;
    display: grid;
    gap: var(--_space-1);
    justify-items: start;
  }
  .status-target-met,
  .status-on-track {
    --_value: var(--_on-track);
  }
  .status-some-progress {
    --_value: var(--_some-progress);
  }
  .status-off-track {
    --_value: var(--_off-track);
  }
  .meter {
    position: relative;
    width: var(--_gauge-size);
    max-width: 100%;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  /* The track and the marks are outlined alike, so each shows against the other. */
  .track,
  .target,
  .baseline {
    stroke-width: 0.6;
  }
  .track {
    fill: var(--_surface);
    stroke: var(--_border);
  }
  .value {
    fill: var(--_value);
    transform-origin: 0 0;
    animation: plan-gauge-sweep 700ms ease-out;
  }
  .target {
    fill: var(--_text);
    stroke: var(--_background);
  }
  .baseline {
    fill: var(--_background);
    stroke: var(--_text);
  }
  @keyframes plan-gauge-sweep {
    from {
      transform: rotate(-180deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .value {
      animation: none;
    }
  }
  /* The scale's ends under the arc's ends, the reading between them: the same place whatever its length. */
  .scale {
    font-variant-numeric: tabular-nums;
    display: grid;
    grid-template-columns: auto 1fr auto;
    grid-template-areas: 'min . max' 'reading reading reading';
    column-gap: var(--_space-1);
  }
  .scale-end:first-child {
    grid-area: min;
  }
  .scale-end:last-child {
    grid-area: max;
  }
  .scale-end {
    font-size: var(--_font-size-s);
  }
  .scale-end,
  .figures dt,
  .date {
    color: var(--_text-secondary);
  }
  .reading {
    grid-area: reading;
    text-align: center;
    font-size: var(--_font-size-xl);
    font-weight: 700;
    line-height: 1.1;
  }
  :host([compact]) .reading {
    font-size: var(--_font-size-l);
  }
  :host([compact]) .scale-end {
    font-size: 0.75em;
  }
  .key {
    display: inline-block;
    width: 0.5em;
    height: 1em;
    margin-right: var(--_space-1);
    vertical-align: -0.1em;
  }
  figcaption {
    font-weight: 700;
  }
  .status {
    margin: 0;
    font-weight: 700;
    display: flex;
    gap: var(--_space-1);
    align-items: baseline;
  }
  .status-icon {
    display: inline-grid;
    place-items: center;
    min-width: 1.4em;
    height: 1.4em;
    border-radius: 50%;
    color: var(--_background);
    background: var(--_value);
    font-size: 0.85em;
  }
  .figures {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    font-size: var(--_font-size-s);
  }
  .figures div {
    display: flex;
    gap: var(--_space-1);
  }
  .figures dt {
    flex: none;
  }
  .figures dt::after {
    content: ':';
  }
  .figures dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .example-label {
    margin: 0;
  }
  @media (forced-colors: active) {
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .value {
      fill: CanvasText;
    }
    .target {
      fill: Highlight;
      stroke: Canvas;
    }
    .baseline {
      fill: Canvas;
      stroke: CanvasText;
    }
    .status-icon {
      forced-color-adjust: none;
      color: Canvas;
      background: CanvasText;
    }
  }
  @media print {
    .value {
      fill: #000;
      animation: none;
    }
    .track {
      fill: #fff;
      stroke: #000;
    }
    .target {
      fill: #000;
      stroke: #fff;
    }
    .status-icon {
      color: #fff;
      background: #000;
    }
  }
`;
