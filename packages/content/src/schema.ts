/**
 * The plan content model: the one place where the shape of a plan is written.
 *
 * From these Valibot schemas come the TypeScript types (`types.ts`), the runtime
 * validation (`validate.ts`) and the published JSON Schema (`plan.schema.json`,
 * written by `scripts/write-json-schema.ts`). Valibot was chosen because it is
 * tree-shakable (a few KB in the embed bundle) and never uses `eval` or
 * `new Function`, so it runs under a strict Content-Security-Policy.
 *
 * Objects are strict: an unknown field is an error, so that a typo such as
 * `titel` is reported instead of silently dropped.
 */
import * as v from 'valibot';
import { markdownLimitProblem } from './markdown-limits.js';

/** Stable identifier used in URLs: lower-case letters, digits and hyphens. */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens, such as "clean-green-future"'),
  v.description('A stable identifier used in URLs: lower-case letters, digits and hyphens.'),
);

// A check, not a transform: validation never rewrites content, so a valid plan round-trips unchanged.
const NonEmptyText = v.pipe(v.string(), v.regex(/\S/, 'must not be empty'));

/**
 * The number or code a source gives an outcome or sub-outcome ("9", "9.3", "O3"). It becomes part
 * of page addresses and link templates, so it is letters and digits joined by dots or hyphens:
 * never a slash, "..", a space or markup.
 */
const ItemNumber = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/, 'must be letters and digits joined by dots or hyphens, such as "9.3" or "O3" (it is part of page addresses)'),
);

/** Markdown text; rendered to sanitized HTML, never inserted raw. Limited to what a page can render (markdown-limits.ts). */
const Markdown = v.pipe(
  v.string(),
  v.regex(/\S/, 'must not be empty'),
  v.rawCheck(({ dataset, addIssue }) => {
    const problem = dataset.typed && markdownLimitProblem(dataset.value);
    if (problem) addIssue({ message: problem });
  }),
  v.description('Markdown. Raw HTML in it is removed when it is rendered.'),
);

/** A calendar date (YYYY-MM-DD) or, where a source gives only a month or year, YYYY-MM or YYYY. */
export const PartialDateSchema = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'must be a date written YYYY-MM-DD (or YYYY-MM, or YYYY, where the source gives no day)',
  ),
  v.description('A date: YYYY-MM-DD, or YYYY-MM or YYYY where the source gives no day.'),
);

/** A full calendar date, YYYY-MM-DD. */
export const DateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be a date written YYYY-MM-DD'),
  v.description('A date, YYYY-MM-DD.'),
);

const Year = v.pipe(v.number(), v.integer('must be a whole year'), v.minValue(1900), v.maxValue(2200));

/** A hex colour such as #1d70b8. */
const HexColour = v.pipe(
  v.string(),
  v.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb, such as "#1d70b8"'),
);

/** A finite number (JSON has no NaN or Infinity, but objects built in code can). */
const FiniteNumber = v.pipe(v.number(), v.finite('must be a finite number'));

/** Where an item comes from: a document listed in the plan's `sources`, and where in it. */
export const CitationSchema = v.pipe(
  v.strictObject({
    document: v.pipe(IdSchema, v.description('The id of a document in the plan\'s `sources`.')),
    paragraph: v.optional(
      v.pipe(
        NonEmptyText,
        v.description('Paragraph number(s) or section in the document, as the document numbers them, e.g. "21" or "14-15".'),
      ),
    ),
    note: v.optional(NonEmptyText),
  }),
  v.description('Where this item is quoted from.'),
);

/** A source document: a committee report or paper. */
export const SourceDocumentSchema = v.strictObject({
  id: IdSchema,
  title: NonEmptyText,
  meeting: v.optional(v.pipe(NonEmptyText, v.description('The meeting the document went to, e.g. "Cabinet".'))),
  date: v.optional(PartialDateSchema),
  file: v.optional(v.pipe(NonEmptyText, v.description('The file name of the source text kept with the content.'))),
  url: v.optional(v.pipe(v.string(), v.url('must be a full URL'))),
});

/** Words a plan uses for its levels, shown as headings (e.g. the 2017 paper's "Priorities for success"). */
export const LabelsSchema = v.strictObject({
  outcome: v.pipe(NonEmptyText, v.description('One top-level item, e.g. "outcome" or "theme".')),
  outcomes: v.pipe(NonEmptyText, v.description('Heading for the top level, e.g. "Strategic Outcomes".')),
  subOutcome: v.pipe(NonEmptyText, v.description('One second-level item, e.g. "sub-outcome" or "priority".')),
  subOutcomes: v.pipe(NonEmptyText, v.description('Heading for the second level, e.g. "Priorities for success".')),
});

/** A paragraph of text quoted from a source. */
export const PassageSchema = v.strictObject({
  text: Markdown,
  source: v.optional(CitationSchema),
});

/** The same thing worded differently in another source: recorded, not silently resolved. */
export const VariantSchema = v.strictObject({
  text: NonEmptyText,
  source: CitationSchema,
});

/** Where an imported figure came from: written by `plan-kit import`, never by hand. */
export const ImportRecordSchema = v.pipe(
  v.strictObject({
    file: v.pipe(NonEmptyText, v.description('The name of the spreadsheet (CSV) file the figure was imported from.')),
    date: v.pipe(DateSchema, v.description('The day it was imported.')),
  }),
  v.description('The import that supplied this figure (`plan-kit import`): a council figure, not an example.'),
);

/**
 * One dated figure. Whether it is an example is known per figure, because a quarterly import can
 * bring real figures into an indicator whose earlier figures are examples: the page must label
 * each figure truthfully (see `isExampleValue` in lookup.ts).
 */
export const DatedValueSchema = v.strictObject({
  date: PartialDateSchema,
  value: FiniteNumber,
  note: v.optional(NonEmptyText),
  example: v.optional(
    v.pipe(
      v.boolean(),
      v.description(
        'true when this figure is an example, not a council figure, in an indicator whose other figures are real. ' +
          '(Where all of an indicator\'s figures are examples, the indicator says so with its own `example`.)',
      ),
    ),
  ),
  imported: v.optional(ImportRecordSchema),
});

export const IndicatorSchema = v.strictObject({
  id: IdSchema,
  title: NonEmptyText,
  description: v.optional(Markdown),
  unit: v.pipe(
    NonEmptyText,
    v.description('Unit of the values: "%" for percentages, "£" for money, otherwise a word such as "years" or "homes".'),
  ),
  direction: v.pipe(
    v.picklist(['higher-is-better', 'lower-is-better'], 'must be "higher-is-better" or "lower-is-better"'),
    v.description('Which way is good.'),
  ),
  min: v.optional(FiniteNumber),
  max: v.optional(FiniteNumber),
  baseline: v.optional(DatedValueSchema),
  target: v.optional(DatedValueSchema),
  history: v.pipe(
    v.array(DatedValueSchema),
    v.description('Measured values, oldest first; the last is the latest.'),
  ),
  status: v.optional(
    v.pipe(
      v.picklist(['on-track', 'at-risk', 'off-track'], 'must be "on-track", "at-risk" or "off-track"'),
      v.description('Set to override the status worked out from the latest value and the target.'),
    ),
  ),
  example: v.optional(
    v.pipe(
      v.boolean(),
      v.description(
        'true when all the figures are examples, not council figures. Pages label them "example figure". ' +
          '`plan-kit import` removes it when it brings in a council figure, and marks the example figures it leaves with their own `example`.',
      ),
    ),
  ),
  accountable: v.optional(v.pipe(NonEmptyText, v.description('Who reports on this indicator.'))),
  lgInformMetric: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[1-9]\d{0,6}$/, 'must be an LG Inform metric id, such as "3263"'),
      v.description('The metric id the indicator shares with national benchmarking: LG Inform\'s (the esd standards metric types), e.g. "3263".'),
    ),
  ),
  localOutcome: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[A-Z][\w ,'’-]{2,79}$/, 'must be named as in the Local Outcomes Framework, such as "Best start in life"'),
      v.description('The Local Outcomes Framework (MHCLG) priority outcome the indicator reports against, as the framework names it.'),
    ),
  ),
  dataSource: v.optional(NonEmptyText),
  editorialReason: v.optional(
    v.pipe(
      NonEmptyText,
      // Pages say that the editors chose it, for which aim, and why; `source` then cites the aim, not the indicator.
      v.description('Why the site\'s editors chose this indicator for its aim, where the sources name no indicator.'),
    ),
  ),
  source: v.optional(CitationSchema),
});


/** Where delivery of an action or commitment stands (Decidim's and Envisio's result statuses, in the council's words). */
export const DELIVERY_STATUSES = ['not-started', 'in-progress', 'completed', 'delayed', 'changed', 'stopped'] as const;

/** The statuses that need a reason: a reader asks why. */
export const STATUSES_NEEDING_REASON: readonly string[] = ['delayed', 'changed'];


/** A dated step towards delivering an action. */
export const MilestoneSchema = v.strictObject({
  title: NonEmptyText,
  date: PartialDateSchema,
  done: v.pipe(v.boolean(), v.description('true once the milestone is reached.')),
  example: v.optional(v.pipe(v.boolean(), v.description('true when this milestone is an example, not a council report. Pages label it "example".'))),
});

/** A short dated narrative of progress on an action ("what happened since the last report"). */
export const DeliveryUpdateSchema = v.strictObject({
  date: PartialDateSchema,
  text: NonEmptyText,
  example: v.optional(v.pipe(v.boolean(), v.description('true when this update is an example, not a council report. Pages label it "example".'))),
});

/**
 * How delivery of an action or commitment stands: its status (with a reason when it is delayed or
 * changed), due date, milestones, owner and dated updates. The sources give none of these, so any
 * in the content now are examples, flagged `example: true` as example figures are; `plan-kit
 * import` brings in the council's (and then marks the example updates and milestones it keeps one by one).
 */
const DeliveryObjectSchema = v.strictObject({
  status: v.optional(
    v.pipe(
      v.picklist(DELIVERY_STATUSES, 'must be one of "not-started", "in-progress", "completed", "delayed", "changed", "stopped"'),
      v.description('Where delivery stands.'),
    ),
  ),
  reason: v.optional(v.pipe(NonEmptyText, v.description('Why it is delayed, changed or stopped: required when delayed or changed.'))),
  dueDate: v.optional(v.pipe(PartialDateSchema, v.description('When it is due to be delivered.'))),
  owner: v.optional(v.pipe(NonEmptyText, v.description('Who delivers it: a board or department, as text.'))),
  milestones: v.optional(v.array(MilestoneSchema)),
  updates: v.optional(v.pipe(v.array(DeliveryUpdateSchema), v.description('Dated updates, oldest first; the last is the latest.'))),
  example: v.optional(v.pipe(v.boolean(), v.description('true when all of this delivery record (status, dates, updates) is an example, not a council report. Pages label it "example".'))),
});

/**
 * Its type is named (an interface), so that TypeScript does not expand the schema's inferred type
 * again inside every type that holds a plan ("excessively deep", TS2589).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DeliveryRecord extends v.InferOutput<typeof DeliveryObjectSchema> {}

export const DeliverySchema: v.GenericSchema<DeliveryRecord> = v.pipe(
  DeliveryObjectSchema,
  // rawCheck (which Markdown uses too), not check and forward: two fewer valibot functions in the embed bundle.
  v.rawCheck(({ dataset, addIssue }) => {
    const delivery = dataset.value as DeliveryRecord;
    if (dataset.typed && delivery.status && STATUSES_NEEDING_REASON.includes(delivery.status) && delivery.reason === undefined) {
      addIssue({
        message: 'required when the status is "delayed" or "changed": say why',
        path: [{ type: 'object', origin: 'value', input: delivery as Record<string, unknown>, key: 'reason', value: undefined }],
      });
    }
  }),
  v.description('How delivery stands: status, due date, milestones, owner and dated updates.'),
);

/** An action with its delivery record; an action without one may stay plain text. */
export const ActionSchema = v.strictObject({
  text: NonEmptyText,
  delivery: v.optional(DeliverySchema),
});

/**
 * An action: its text as the source words it, or `{ "text", "delivery" }` once its delivery is
 * reported. Chosen by the input's type (lazy), not tried both ways (union): an object is checked
 * as an object, so its problems are named, and valibot's union stays out of the embed bundle.
 * The JSON Schema gives both forms (scripts/write-json-schema.ts).
 */
export const ActionItemSchema = v.lazy((input) => (typeof input === 'string' ? NonEmptyText : ActionSchema));

const AimObjectSchema = v.strictObject({
  id: IdSchema,
  title: NonEmptyText,
  actionsIntro: v.optional(
    v.pipe(NonEmptyText, v.description('The words that introduce the actions, e.g. "Actions include:".')),
  ),
  actions: v.array(ActionItemSchema),
  indicators: v.optional(v.array(IndicatorSchema)),
  source: v.optional(CitationSchema),
});

/** Named, as `DeliveryRecord` is, to keep the plan's type shallow enough for TypeScript. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AimRecord extends v.InferOutput<typeof AimObjectSchema> {}
export const AimSchema: v.GenericSchema<AimRecord> = AimObjectSchema;

/**
 * Something a source says a sub-outcome includes where it names no aim for it: "an action to …",
 * "actions to …", "a commitment for the Council to …", or what the sub-outcome "sets out how" to do.
 * Shown as what the source calls it, never as an aim.
 */
export const SubOutcomeItemSchema = v.strictObject({
  /** What the source calls it. */
  kind: v.picklist(['action', 'actions', 'commitment', 'sets-out-how'], 'must be "action", "actions", "commitment" or "sets-out-how"'),
  /** The source's words after "an action", "actions", "a commitment" or "sets out how". */
  text: NonEmptyText,
  delivery: v.optional(DeliverySchema),
  source: v.optional(CitationSchema),
});

export const SubOutcomeSchema = v.strictObject({
  id: IdSchema,
  number: v.optional(
    v.pipe(ItemNumber, v.description('The number the sources give, e.g. "9.3". Omit where the sources give none.')),
  ),
  title: NonEmptyText,
  titleVariants: v.optional(v.array(VariantSchema)),
  description: v.optional(Markdown),
  aims: v.optional(v.array(AimSchema)),
  includes: v.optional(
    v.pipe(
      v.array(SubOutcomeItemSchema),
      v.description('What a source gives under the sub-outcome without an aim: actions, a commitment.'),
    ),
  ),
  source: v.optional(CitationSchema),
});

/** A count a plan states without listing the items (the 2014-18 plan's "14 supporting priorities"). */
export const StatedCountSchema = v.strictObject({
  value: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0)),
  label: v.pipe(NonEmptyText, v.description('What is counted, as the source words it, e.g. "supporting priorities".')),
});

export const SubThemeSchema = v.strictObject({
  id: IdSchema,
  title: NonEmptyText,
  count: StatedCountSchema,
  source: v.optional(CitationSchema),
});


/** A reporting period: its first and last day. */
export const ReportingPeriodSchema = v.pipe(
  v.strictObject({ start: DateSchema, end: DateSchema }),
  v.rawCheck(({ dataset, addIssue }) => {
    const period = dataset.value as { start: string; end: string };
    if (dataset.typed && period.end < period.start) {
      addIssue({ message: 'must not be before the start', path: [{ type: 'object', origin: 'value', input: period, key: 'end', value: period.end }] });
    }
  }),
);

/**
 * An Outcome Board's report for one period: "key achievements, challenges and priorities"
 * (Cabinet, 26 October 2021, paragraph 22), with the board, the day and the source, or the
 * example flag where the content has no such report yet.
 */
export const BoardUpdateSchema = v.strictObject({
  period: ReportingPeriodSchema,
  board: v.pipe(NonEmptyText, v.description('The board that reported, e.g. "Keeping People Safe and Well Outcome Board".')),
  date: v.pipe(DateSchema, v.description('The day of the report.')),
  achievements: v.array(NonEmptyText),
  challenges: v.array(NonEmptyText),
  priorities: v.array(NonEmptyText),
  example: v.optional(v.pipe(v.boolean(), v.description('true when this report is an example, not the Outcome Board\'s. Pages label it "example".'))),
  source: v.optional(CitationSchema),
});

export const OutcomeSchema = v.strictObject({
  id: IdSchema,
  number: v.optional(v.pipe(ItemNumber, v.description('The number or code the sources give, e.g. "9" or "O3".'))),
  title: NonEmptyText,
  titleVariants: v.optional(v.array(VariantSchema)),
  statement: v.optional(v.pipe(NonEmptyText, v.description('The one-sentence outcome statement.'))),
  description: v.optional(Markdown),
  colour: v.optional(HexColour),
  accountable: v.optional(v.pipe(NonEmptyText, v.description('Who is accountable, e.g. an Outcome Board.'))),
  subOutcomes: v.array(SubOutcomeSchema),
  count: v.optional(StatedCountSchema),
  subThemes: v.optional(v.array(SubThemeSchema)),
  boardUpdates: v.optional(
    v.pipe(v.array(BoardUpdateSchema), v.description('The Outcome Board\'s reports, one per reporting period, oldest first.')),
  ),
  source: v.optional(CitationSchema),
});

export const SubQuestionSchema = v.strictObject({
  label: v.pipe(NonEmptyText, v.description('As the source letters it, e.g. "a".')),
  text: NonEmptyText,
});

export const QuestionSchema = v.strictObject({
  id: IdSchema,
  number: NonEmptyText,
  section: v.optional(NonEmptyText),
  text: NonEmptyText,
  subQuestions: v.optional(v.array(SubQuestionSchema)),
  outcome: v.optional(v.pipe(IdSchema, v.description('The id of the outcome this question asks about.'))),
  source: v.optional(CitationSchema),
});

export const ConsultationSchema = v.strictObject({
  title: NonEmptyText,
  opens: v.optional(PartialDateSchema),
  closes: v.optional(PartialDateSchema),
  period: v.optional(v.pipe(NonEmptyText, v.description('When it runs, as the source words it.'))),
  description: v.optional(Markdown),
  methods: v.optional(v.array(NonEmptyText)),
  responseUrl: v.optional(v.pipe(v.string(), v.url('must be a full URL'))),
  planned: v.optional(
    // Once its dates are past, pages say it was planned, not that it closed.
    v.pipe(v.boolean(), v.description('true where the sources give the consultation only as planned.')),
  ),
  questions: v.optional(v.array(QuestionSchema)),
  source: v.optional(CitationSchema),
});

export const TimelineEntrySchema = v.strictObject({
  id: IdSchema,
  date: PartialDateSchema,
  endDate: v.optional(PartialDateSchema),
  kind: v.picklist(
    ['meeting', 'decision', 'consultation', 'engagement', 'publication'],
    'must be one of "meeting", "decision", "consultation", "engagement", "publication"',
  ),
  body: v.optional(v.pipe(NonEmptyText, v.description('Who met or decided, e.g. "Cabinet" or "County Council".'))),
  title: NonEmptyText,
  description: v.optional(Markdown),
  planned: v.optional(
    v.pipe(v.boolean(), v.description('true where the source describes the event as intended, not as having happened.')),
  ),
  refs: v.optional(
    v.pipe(
      v.array(NonEmptyText),
      v.description('Outcomes (by id) and sub-outcomes (by number or id) that the entry decided or discussed.'),
    ),
  ),
  source: v.optional(CitationSchema),
});

export const ContextFigureSchema = v.strictObject({
  id: IdSchema,
  label: NonEmptyText,
  value: FiniteNumber,
  unit: NonEmptyText,
  display: v.pipe(NonEmptyText, v.description('The figure as the source writes it, e.g. "£66m".')),
  period: v.optional(NonEmptyText),
  source: v.optional(CitationSchema),
});

export const MonitoringArrangementSchema = v.strictObject({
  id: IdSchema,
  body: v.pipe(NonEmptyText, v.description('Who monitors or reports, e.g. "Outcome Boards".')),
  reportsTo: v.optional(NonEmptyText),
  frequency: v.optional(NonEmptyText),
  text: Markdown,
  source: v.optional(CitationSchema),
});

/** A reference to an outcome (by id) or a sub-outcome (by number or id) in some plan. */
export const PlanItemRefSchema = v.strictObject({
  plan: v.optional(v.pipe(IdSchema, v.description('The plan id; omit for this plan.'))),
  outcome: IdSchema,
  subOutcome: v.optional(v.pipe(NonEmptyText, v.description('Number (e.g. "8.5") or id of a sub-outcome.'))),
});

/** How an outcome of an earlier plan continues in this one: an editorial judgement, always with a reason. */
export const LineageLinkSchema = v.strictObject({
  from: PlanItemRefSchema,
  to: PlanItemRefSchema,
  relation: v.picklist(
    ['continues', 'renamed', 'merged', 'split', 'partly-continues'],
    'must be one of "continues", "renamed", "merged", "split", "partly-continues"',
  ),
  editorial: v.pipe(
    v.literal(true, 'must be true: lineage is editorial judgement, not quoted from a source'),
    v.description('Always true: the link is plan-kit\'s editorial judgement.'),
  ),
  reason: NonEmptyText,
});

/** Where two sources disagree; kept in the content rather than silently resolved. */
export const DiscrepancySchema = v.strictObject({
  id: IdSchema,
  about: v.optional(
    v.pipe(NonEmptyText, v.description('The outcome id or sub-outcome number/id it concerns; omit for the plan as a whole.')),
  ),
  description: NonEmptyText,
  sources: v.array(CitationSchema),
});

/** A programme that supports the plan (the 2014-18 Transformation Programme), with its objectives. */
export const ProgrammeSchema = v.strictObject({
  id: IdSchema,
  title: NonEmptyText,
  description: v.optional(Markdown),
  objectives: v.array(
    v.strictObject({ id: IdSchema, title: NonEmptyText, text: v.optional(NonEmptyText), source: v.optional(CitationSchema) }),
  ),
  components: v.optional(
    v.array(v.strictObject({ id: IdSchema, title: NonEmptyText, text: NonEmptyText, source: v.optional(CitationSchema) })),
  ),
  source: v.optional(CitationSchema),
});

const StatusOrNoDataSchema = v.picklist(['on-track', 'at-risk', 'off-track', 'no-data']);
const FigureSchema = v.strictObject({ date: PartialDateSchema, value: FiniteNumber });

/** One import of figures, as the plan records it: written by `plan-kit import`, never by hand. */
export const UpdateSchema = v.strictObject({
  date: DateSchema,
  file: NonEmptyText,
  /** The figures it added or changed ("confirmed": an example figure that became a council figure). */
  figures: v.array(
    v.strictObject({
      indicator: IdSchema,
      date: PartialDateSchema,
      value: FiniteNumber,
      previous: v.optional(FiniteNumber),
      change: v.picklist(['added', 'changed', 'confirmed']),
    }),
  ),
  /** The indicators whose latest figure or status it changed, before and after. */
  indicators: v.array(
    v.strictObject({
      indicator: IdSchema,
      latestBefore: v.optional(FigureSchema),
      latest: v.optional(FigureSchema),
      statusBefore: StatusOrNoDataSchema,
      status: StatusOrNoDataSchema,
    }),
  ),
  /** The actions and commitments whose delivery it changed (`plan-kit import` of an actions sheet). */
  actions: v.optional(
    v.array(
      v.strictObject({
        action: v.pipe(NonEmptyText, v.description('The action\'s reference, as the actions sheet gives it: "9.3/healthy-weight/1".')),
        statusBefore: v.optional(v.picklist(DELIVERY_STATUSES)),
        status: v.optional(v.picklist(DELIVERY_STATUSES)),
        /** The newest update it added. */
        update: v.optional(NonEmptyText),
      }),
    ),
  ),
});

export const PlanSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: IdSchema,
  title: NonEmptyText,
  subtitle: v.optional(NonEmptyText),
  organisation: NonEmptyText,
  period: v.strictObject({ start: Year, end: Year }),
  status: v.pipe(
    v.picklist(['draft', 'consultation', 'approved', 'superseded'], 'must be one of "draft", "consultation", "approved", "superseded"'),
    v.description('Where the plan stands.'),
  ),
  statusNote: v.optional(NonEmptyText),
  documentType: v.optional(
    v.pipe(NonEmptyText, v.description('What kind of document this is, e.g. "Discussion paper for stakeholder engagement".')),
  ),
  labels: LabelsSchema,
  summary: v.optional(v.array(PassageSchema)),
  background: v.optional(v.array(PassageSchema)),
  vision: v.optional(
    v.strictObject({
      paragraphs: v.pipe(v.array(Markdown), v.minLength(1, 'must have at least one paragraph')),
      source: v.optional(CitationSchema),
    }),
  ),
  principles: v.optional(
    v.array(v.strictObject({ id: IdSchema, text: NonEmptyText, source: v.optional(CitationSchema) })),
  ),
  outcomes: v.array(OutcomeSchema),
  monitoring: v.optional(v.array(MonitoringArrangementSchema)),
  programmes: v.optional(v.array(ProgrammeSchema)),
  consultation: v.optional(ConsultationSchema),
  timeline: v.optional(v.array(TimelineEntrySchema)),
  contextFigures: v.optional(v.array(ContextFigureSchema)),
  lineage: v.optional(v.array(LineageLinkSchema)),
  discrepancies: v.optional(v.array(DiscrepancySchema)),
  reportingPeriod: v.optional(
    v.pipe(
      v.picklist(['quarterly', 'six-monthly', 'annual'], 'must be "quarterly", "six-monthly" or "annual"'),
      v.description('How often progress is reported (the Outcome Boards\' reports); six-monthly when not given.'),
    ),
  ),
  sources: v.pipe(v.array(SourceDocumentSchema), v.minLength(1, 'must list at least one source document')),
  updates: v.optional(
    v.pipe(v.array(UpdateSchema), v.description('Written by `plan-kit import`, never by hand: each import of figures or actions, oldest first.')),
  ),
});
