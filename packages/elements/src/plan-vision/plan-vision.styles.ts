import { css } from 'lit';

/** <plan-vision>'s own styles (after the base stylesheet). */
export const visionStyles = css`
  blockquote {
    margin: 0;
    padding: var(--_space-1) 0 var(--_space-1) var(--_space-3);
    border-left: 0.3em solid var(--_accent);
    font-size: var(--_font-size-l);
  }
  blockquote p:last-child {
    margin-bottom: 0;
  }
  figure {
    margin: 0 0 var(--_space-3);
  }
  figcaption {
    margin-top: var(--_space-2);
  }
  .principles li + li {
    margin-top: var(--_space-1);
  }
  @media (forced-colors: active) {
    blockquote {
      border-left-color: CanvasText;
    }
  }
  @media print {
    blockquote {
      border-left-color: #000;
    }
  }
`;
