/**
 * An indicator's figures as a table (baseline, each recorded figure, the latest, the target): the
 * text equivalent of its gauge and chart. Where only some figures are examples (an import brought
 * in council figures), each example row says so; where all are, the caption does.
 */
import { type DatedValue, type Indicator, hasExampleFigures, isExampleValue, latestValue } from '@plan-kit/content';
import { css, html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatValue } from './format.js';

/** "examples" when every figure is one, "some examples" when some are, else undefined. */
export function exampleWords(indicator: Indicator): string | undefined {
  if (indicator.example) return 'examples';
  return hasExampleFigures(indicator) ? 'some examples' : undefined;
}

/** Each figure with what it is, in date order: baseline, recorded figures (the last "Latest"), target. */
function figureRows(indicator: Indicator): { what: string; figure: DatedValue; example: boolean }[] {
  const latest = latestValue(indicator);
  const mixed = !indicator.example;
  const row = (what: string, figure: DatedValue) => ({ what, figure, example: mixed && isExampleValue(indicator, figure) });
  return [
    ...(indicator.baseline ? [row('Baseline', indicator.baseline)] : []),
    ...indicator.history.map((figure) => row(figure === latest ? 'Latest' : 'Recorded', figure)),
    ...(indicator.target ? [row('Target', indicator.target)] : []),
  ];
}

export function figuresTable(indicator: Indicator, caption = `${indicator.title}: figures`): TemplateResult {
  const examples = exampleWords(indicator);
  return html`<table class="figures-table" part="figures-table">
    <caption>${caption}${examples ? ` (${examples})` : ''}</caption>
    <thead>
      <tr><th scope="col">Figure</th><th scope="col">Date</th><th scope="col" class="numeric">Value</th></tr>
    </thead>
    <tbody>
      ${figureRows(indicator).map(
        ({ what, figure, example }) => html`<tr>
          <th scope="row">${what}${example ? html` <span class="example-tag">(example)</span>` : nothing}</th>
          <td>${formatDate(figure.date)}</td>
          <td class="numeric">${formatValue(figure.value, indicator.unit)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

export const figuresTableStyles = css`
  .figures-table {
    border-collapse: collapse;
    margin: 0 0 var(--_space-3);
    font-size: var(--_font-size-s);
  }
  .figures-table caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: var(--_space-1);
  }
  .figures-table th,
  .figures-table td {
    text-align: start;
    padding: var(--_space-1) var(--_space-3) var(--_space-1) 0;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  .figures-table .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
    padding-right: 0;
  }
  .figures-table .example-tag {
    color: var(--_example);
    font-weight: 400;
  }
`;
