/** The formatters live in `@plan-kit/content` (format.ts); `@plan-kit/elements/format.js` keeps them for pages that import them from here. */
export { capitalise, formatCitation, formatDate, formatValue } from '@plan-kit/content';
