import { css } from 'lit';

/** <plan-data>'s styles: a block around the elements it gives a plan to. */
export const dataStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
`;
