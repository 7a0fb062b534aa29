import type { StatusOrNoData } from '@plan-kit/content';

/** The mark beside a status word (hidden from screen readers: the word says it): shape, not colour alone. */
export const STATUS_ICONS: Record<StatusOrNoData, string> = {
  'on-track': '✓',
  'at-risk': '!',
  'off-track': '✕',
  'no-data': '–',
};
