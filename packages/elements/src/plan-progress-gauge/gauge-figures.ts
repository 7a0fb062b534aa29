/**
 * What a gauge shows, from its attributes or from an indicator of a plan: apart from the element
 * (plan-progress-gauge.ts), so that gauge-indicator.ts, which the element imports on first need,
 * reads it without importing the element back.
 */
import type { Assessment, ProgressStatus } from '@plan-kit/content';
import type { GaugeInput } from './gauge-geometry.js';

/** Everything the gauge shows, from attributes or from an indicator in a plan. */
export interface GaugeFigures extends GaugeInput {
  label: string;
  status: ProgressStatus;
  example: boolean;
  /** Where only some figures shown are examples, which: "Example target and baseline". */
  exampleLabel?: string;
  valueDate?: string;
  targetDate?: string;
  baselineDate?: string;
  /** What the published method says of an indicator of a plan: reason, flags, changes, the council's assessment. */
  assessment?: Assessment;
}
