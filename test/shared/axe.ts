/** axe with the WCAG 2.2 A and AA rules (and the best-practice rules that come with them): every axe check in the tests. */
export const axeOptions = { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] };
