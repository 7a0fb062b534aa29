import type { ProgressStatus } from '@plan-kit/content';

/** The mark beside a status word (hidden from screen readers: the word says it): shape, not colour alone. */
export const STATUS_ICONS: Record<ProgressStatus, string> = {
  'target-met': '✓',
  'on-track': '↗',
  'some-progress': '!',
  'off-track': '✕',
  'not-assessable': '–',
};
