import { css } from 'lit';

/** The questions carry their own numbers as the source gives them ("Question 4", "a)"), so the lists show none. */
export const consultationStyles = css`
  .consultation {
    border-left: 0.3em solid var(--_border);
    padding-left: var(--_space-3);
  }
  .status-open {
    border-left-color: var(--_accent);
  }
  .status {
    margin: 0 0 var(--_space-2);
  }
  .status-tag {
    margin-right: var(--_space-1);
  }
  .status-open .status-tag {
    color: var(--_background);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .as-of {
    color: var(--_text-secondary);
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
  }
  .dates dt {
    font-weight: 700;
  }
  .dates dd {
    margin: 0;
  }
  .respond-link {
    display: inline-block;
    font-weight: 700;
    padding: var(--_space-1) var(--_space-3);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
  }
  .questions,
  .sub-questions {
    list-style: none;
    padding: 0;
  }
  .question {
    padding: var(--_space-2) 0;
    border-top: 1px solid var(--_border);
  }
  .question p {
    margin: 0 0 var(--_space-1);
  }
  .section {
    font-size: var(--_font-size-s);
    color: var(--_text-secondary);
  }
  .number {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .sub-questions {
    margin: 0 0 var(--_space-1) var(--_space-3);
  }
  .none {
    margin: 0;
  }
  .consultation > .citation {
    margin-bottom: var(--_space-3);
  }
  @media (forced-colors: active) {
    .consultation,
    .status-open {
      border-left-color: CanvasText;
    }
    .status-open .status-tag {
      color: Canvas;
      background: CanvasText;
      border-color: CanvasText;
    }
  }
  @media print {
    .consultation {
      border-left-color: #000;
    }
    .status-open .status-tag {
      color: #000;
      background: none;
    }
  }
`;
