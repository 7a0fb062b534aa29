import { css } from 'lit';

// The drawing's width is capped on .drawing, in the host's em (the SVG's own font size is in its
// units, CHART_WIDTH of them across): 24em draws its 12-unit labels about as large as the host's
// text on a wide screen; on a phone the drawing is narrower and its labels smaller, but above 12 px.
//
// Lines differ by dash as well as colour (baseline dashed, target dotted, the figures solid), and
// example marks are hollow, so nothing is told by colour alone; in forced colours and print they
// keep their dashes and fills in system colours or black.

export const chartStyles = css`
  .chart {
    margin: 0;
    max-width: 40em;
  }
  figcaption {
    font-weight: 700;
    margin-bottom: var(--_space-2);
  }
  .drawing {
    max-width: 24em;
  }
  svg[part='chart'] {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    font-size: 12px;
  }
  .unit {
    margin: 0 0 var(--_space-1);
    font-size: var(--_font-size-s);
    color: var(--_text-secondary);
  }
  .tick,
  .reference-label {
    fill: var(--_text);
    font-family: var(--_font);
  }
  .reference-label {
    font-size: 11px;
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
  }
  .grid {
    stroke: var(--_surface);
    stroke-width: 1;
  }
  .axis-line {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .mark {
    fill: var(--_accent);
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .mark.example {
    fill: var(--_background);
  }
  .baseline {
    stroke: var(--_text-secondary);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }
  .target {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 2 3;
  }
  .target-mark {
    fill: var(--_text);
  }
  .description {
    margin: var(--_space-2) 0;
  }
  .legend {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    font-size: var(--_font-size-s);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
  }
  .key {
    width: 1.5em;
    height: 1em;
    flex: none;
  }
  @media (forced-colors: active) {
    .line,
    .mark,
    .baseline,
    .target,
    .axis-line {
      stroke: CanvasText;
    }
    .mark,
    .target-mark,
    .tick,
    .reference-label {
      fill: CanvasText;
    }
    .mark.example {
      fill: Canvas;
    }
    .reference-label {
      stroke: Canvas;
    }
    .grid {
      stroke: GrayText;
    }
  }
  @media print {
    .line,
    .mark,
    .baseline,
    .target {
      stroke: #000;
    }
    .mark,
    .target-mark {
      fill: #000;
    }
    .mark.example {
      fill: #fff;
    }
  }
`;
