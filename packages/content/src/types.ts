/** TypeScript types of the content model, inferred from the schema so that they cannot drift from it. */
import type * as v from 'valibot';
import type {
  ActionSchema,
  AimSchema,
  BoardUpdateSchema,
  DeliverySchema,
  DeliveryUpdateSchema,
  MilestoneSchema,
  ReportingPeriodSchema,
  CitationSchema,
  ConsultationSchema,
  ContextFigureSchema,
  DatedValueSchema,
  ImportRecordSchema,
  DiscrepancySchema,
  IndicatorSchema,
  LabelsSchema,
  LineageLinkSchema,
  MonitoringArrangementSchema,
  OutcomeSchema,
  PlanSchema,
  QuestionSchema,
  SourceDocumentSchema,
  SubOutcomeItemSchema,
  SubOutcomeSchema,
  TimelineEntrySchema,
  UpdateSchema,
} from './schema.js';

/**
 * An interface rather than a type alias: TypeScript then keeps the plan as one named type instead
 * of expanding the schema's inferred type again wherever a plan appears (in Lit's
 * `PropertyValues<this>` of every element), which ran into "Type instantiation is excessively
 * deep" (TS2589) as the schema grew.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Plan extends v.InferOutput<typeof PlanSchema> {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Outcome extends v.InferOutput<typeof OutcomeSchema> {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SubOutcome extends v.InferOutput<typeof SubOutcomeSchema> {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SubOutcomeItem extends v.InferOutput<typeof SubOutcomeItemSchema> {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Aim extends v.InferOutput<typeof AimSchema> {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Action extends v.InferOutput<typeof ActionSchema> {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Delivery extends v.InferOutput<typeof DeliverySchema> {}
export type DeliveryStatus = NonNullable<Delivery['status']>;
export type Milestone = v.InferOutput<typeof MilestoneSchema>;
export type DeliveryUpdate = v.InferOutput<typeof DeliveryUpdateSchema>;
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BoardUpdate extends v.InferOutput<typeof BoardUpdateSchema> {}
export type ReportingPeriod = v.InferOutput<typeof ReportingPeriodSchema>;
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Indicator extends v.InferOutput<typeof IndicatorSchema> {}
export type DatedValue = v.InferOutput<typeof DatedValueSchema>;
export type ImportRecord = v.InferOutput<typeof ImportRecordSchema>;
export type Update = v.InferOutput<typeof UpdateSchema>;
export type Citation = v.InferOutput<typeof CitationSchema>;
export type SourceDocument = v.InferOutput<typeof SourceDocumentSchema>;
export type Labels = v.InferOutput<typeof LabelsSchema>;
export type Consultation = v.InferOutput<typeof ConsultationSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type TimelineEntry = v.InferOutput<typeof TimelineEntrySchema>;
export type ContextFigure = v.InferOutput<typeof ContextFigureSchema>;
export type MonitoringArrangement = v.InferOutput<typeof MonitoringArrangementSchema>;
export type LineageLink = v.InferOutput<typeof LineageLinkSchema>;
export type Discrepancy = v.InferOutput<typeof DiscrepancySchema>;
export type PlanStatus = Plan['status'];
export type IndicatorStatus = NonNullable<Indicator['status']>;
export type Direction = Indicator['direction'];
