/**
 * The six-monthly report: for each plan and reporting period with Outcome Board reports, a paper
 * in the shape council committee papers take, which officers paste into the committee system
 * (Cabinet, 26 October 2021: the Outcome Boards "provide six-monthly reports … to highlight key
 * achievements, challenges and priorities"). Purpose, summary, recommendations (left for officers),
 * the indicators with status and reason, the actions by status, each outcome's achievements,
 * challenges and priorities, and the background papers (the sources).
 *
 * One model (`reportModel`), two renderings: a Word document (`reportDocx`, the `docx` package:
 * Word's own Heading styles for the navigation pane, tables whose header rows repeat on each page,
 * language en-GB and title set) and a page (`reportPage`) that the build prints to a tagged PDF
 * with the print pages' printer (pdf.ts).
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  type ActionContext,
  type BoardUpdate,
  DELIVERY_STATUS_ORDER,
  DELIVERY_STATUS_WORDS,
  type DeliveryStatus,
  type Indicator,
  type Outcome,
  type Plan,
  type ReportingPeriod,
  STATUS_WORDS,
  allActions,
  allIndicators,
  capitalise,
  formatCitation,
  formatDate,
  formatValue,
  hasExampleDelivery,
  hasExampleFigures,
  indicatorStatus,
  latestDeliveryUpdate,
  latestValue,
  reportingFrequency,
} from '@plan-kit/content';

/** An indicator's status and the reason for it, in words. */
export interface IndicatorAssessment {
  status: string;
  reason: string;
}

/**
 * The one place the report asks for an indicator's status and its reason (issue 23's progress
 * method replaces this body: `assessIndicator(indicator, { asAt, method: plan.progressMethod })`
 * and `PROGRESS_STATUS_WORDS`). `asAt` is the day the build is given, never the wall clock here.
 */
export function assessForReport(indicator: Indicator, _asAt: string): IndicatorAssessment {
  const status = indicatorStatus(indicator);
  const latest = latestValue(indicator);
  const target = indicator.target;
  const figure = (v: { value: number; date: string }) => `${formatValue(v.value, indicator.unit)} (${formatDate(v.date)})`;
  const reason = !latest
    ? 'No figure yet.'
    : !target
      ? `Latest ${figure(latest)}; no target set.`
      : `Latest ${figure(latest)} against a target of ${formatValue(target.value, indicator.unit)} by ${formatDate(target.date)}.`;
  return { status: STATUS_WORDS[status], reason };
}

export interface ReportIndicator {
  outcome: Outcome;
  indicator: Indicator;
  latest: string;
  target: string;
  assessment: IndicatorAssessment;
  example: boolean;
}

export interface ReportModel {
  plan: Plan;
  period: ReportingPeriod;
  asAt: string;
  title: string;
  /** "six-monthly" */
  frequency: string;
  /** Who the Outcome Boards report to, as the plan's monitoring says. */
  reportsTo: string;
  indicators: ReportIndicator[];
  actionsByStatus: { status: DeliveryStatus | undefined; words: string; actions: ActionContext[] }[];
  outcomes: { outcome: Outcome; update?: BoardUpdate }[];
  examples: boolean;
  summary: string[];
}

const periodText = (period: ReportingPeriod) => `${formatDate(period.start)} to ${formatDate(period.end)}`;

/** The report's content for one plan and period, as at a day. */
export function reportModel(plan: Plan, period: ReportingPeriod, asAt: string): ReportModel {
  const indicators = [...allIndicators(plan)].map(({ outcome, indicator }) => {
    const latest = latestValue(indicator);
    return {
      outcome,
      indicator,
      latest: latest ? `${formatValue(latest.value, indicator.unit)} (${formatDate(latest.date)})` : 'none',
      target: indicator.target ? `${formatValue(indicator.target.value, indicator.unit)} (${formatDate(indicator.target.date)})` : 'none',
      assessment: assessForReport(indicator, asAt),
      example: hasExampleFigures(indicator),
    };
  });
  const actions = allActions(plan);
  const actionsByStatus = [...DELIVERY_STATUS_ORDER, undefined].map((status) => ({
    status,
    words: status ? capitalise(DELIVERY_STATUS_WORDS[status]) : 'No status reported',
    actions: actions.filter((a) => a.delivery?.status === status),
  }));
  const outcomes = plan.outcomes.map((outcome) => ({
    outcome,
    update: (outcome.boardUpdates ?? []).find((u) => u.period.start === period.start && u.period.end === period.end),
  }));
  const boards = plan.monitoring?.find((m) => /outcome board/i.test(m.body) && m.reportsTo);
  const statusCounts = new Map<string, number>();
  for (const i of indicators) statusCounts.set(i.assessment.status, (statusCounts.get(i.assessment.status) ?? 0) + 1);
  const examples = indicators.some((i) => i.example) || actions.some((a) => hasExampleDelivery(a.delivery)) || outcomes.some((o) => o.update?.example);
  return {
    plan,
    period,
    asAt,
    title: `${plan.title}: progress report, ${periodText(period)}`,
    frequency: reportingFrequency(plan),
    reportsTo: boards?.reportsTo ?? 'the Corporate Management Team',
    indicators,
    actionsByStatus,
    outcomes,
    examples,
    summary: [
      `${indicators.length} ${indicators.length === 1 ? 'indicator' : 'indicators'}: ${[...statusCounts].map(([s, n]) => `${n} ${s}`).join(', ') || 'none'} (as at ${formatDate(asAt)}).`,
      `${actions.length} actions and commitments: ${actionsByStatus.filter((g) => g.actions.length).map((g) => `${g.actions.length} ${g.words.toLowerCase()}`).join(', ')}.`,
      `${outcomes.filter((o) => o.update).length} of ${outcomes.length} Outcome Boards reported for the period.`,
    ],
  };
}

/** What every rendering says, in order: the paper's text as sections of paragraphs and tables. */
export const REPORT_HEADINGS = {
  purpose: 'Purpose of the report',
  recommendations: 'Recommendations',
  summary: 'Summary',
  indicators: 'Indicators: status and reason',
  actions: 'Actions and commitments by status',
  outcomes: 'Progress by outcome: key achievements, challenges and priorities',
  background: 'Background papers',
} as const;

export const INDICATOR_COLUMNS = ['Outcome', 'Indicator', 'Latest', 'Target', 'Status', 'Reason'] as const;
export const ACTION_COLUMNS_WORDS = ['Reference', 'Action', 'Due', 'Owner', 'Latest update'] as const;

export function purposeText(model: ReportModel): string {
  return (
    `To report progress in delivering ${model.plan.title} for ${periodText(model.period)}: the ${model.frequency} report of the Outcome Boards ` +
    `to ${model.reportsTo}, highlighting key achievements, challenges and priorities, with the indicators and the delivery of the plan's actions.`
  );
}

export const RECOMMENDATIONS_PLACEHOLDER = '[For officers to write: what the committee is asked to note or decide.]';

export const EXAMPLE_NOTICE =
  'Figures, statuses, updates and Outcome Board reports marked "example" are examples, not council figures or reports: the sources give none yet.';

export function indicatorRow(i: ReportIndicator): string[] {
  return [
    `${i.outcome.number ? `${i.outcome.number} ` : ''}${i.outcome.title}`,
    `${i.indicator.title}${i.example ? ' (example figures)' : ''}`,
    i.latest,
    i.target,
    capitalise(i.assessment.status),
    i.assessment.reason,
  ];
}

export function actionRow(a: ActionContext): string[] {
  const latest = latestDeliveryUpdate(a.delivery);
  return [
    a.ref,
    `${a.text}${a.delivery?.reason ? ` Reason: ${a.delivery.reason}` : ''}${hasExampleDelivery(a.delivery) ? ' (example)' : ''}`,
    a.delivery?.dueDate ? formatDate(a.delivery.dueDate) : '',
    a.delivery?.owner ?? '',
    latest ? `${formatDate(latest.date)}: ${latest.text}` : '',
  ];
}

export function outcomeHeading(outcome: Outcome): string {
  return `${outcome.number ? `${outcome.number} ` : ''}${outcome.title}`;
}

export function sourceLines(plan: Plan): string[] {
  return plan.sources.map((s) => formatCitation(plan, { document: s.id }).text);
}

// The Word document.

const LANGUAGE = { value: 'en-GB' };

function text(words: string, options: { bold?: boolean } = {}): TextRun {
  return new TextRun({ text: words, bold: options.bold, language: LANGUAGE });
}

function paragraph(words: string, options: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; bold?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [text(words, options)], ...(options.heading && { heading: options.heading }) });
}

/** A table whose first row is its header, repeated at the top of each page it runs onto. */
function table(header: readonly string[], rows: string[][]): Table {
  const row = (cells: readonly string[], isHeader: boolean) =>
    new TableRow({
      ...(isHeader && { tableHeader: true }),
      cantSplit: true,
      children: cells.map((cell) => new TableCell({ children: [new Paragraph({ children: [text(cell, { bold: isHeader })], alignment: AlignmentType.LEFT })] })),
    });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(header, true), ...rows.map((r) => row(r, false))] });
}

function bulletList(items: string[]): Paragraph[] {
  return items.length ? items.map((item) => new Paragraph({ children: [text(item)], bullet: { level: 0 } })) : [paragraph('None reported.')];
}

/** The report as a .docx file's bytes. */
export async function reportDocx(model: ReportModel): Promise<Uint8Array> {
  const { plan } = model;
  const children: (Paragraph | Table)[] = [
    paragraph(model.title, { heading: HeadingLevel.TITLE }),
    paragraph(`${plan.organisation}. Report to ${model.reportsTo}. As at ${formatDate(model.asAt)}.`),
    ...(model.examples ? [paragraph(EXAMPLE_NOTICE, { bold: true })] : []),
    paragraph(REPORT_HEADINGS.purpose, { heading: HeadingLevel.HEADING_1 }),
    paragraph(purposeText(model)),
    paragraph(REPORT_HEADINGS.recommendations, { heading: HeadingLevel.HEADING_1 }),
    paragraph(RECOMMENDATIONS_PLACEHOLDER),
    paragraph(REPORT_HEADINGS.summary, { heading: HeadingLevel.HEADING_1 }),
    ...bulletList(model.summary),
    paragraph(REPORT_HEADINGS.indicators, { heading: HeadingLevel.HEADING_1 }),
    model.indicators.length ? table(INDICATOR_COLUMNS, model.indicators.map(indicatorRow)) : paragraph('The plan has no indicators.'),
    paragraph(REPORT_HEADINGS.actions, { heading: HeadingLevel.HEADING_1 }),
    ...model.actionsByStatus
      .filter((g) => g.actions.length)
      .flatMap((g) => [paragraph(`${g.words} (${g.actions.length})`, { heading: HeadingLevel.HEADING_2 }), table(ACTION_COLUMNS_WORDS, g.actions.map(actionRow))]),
    paragraph(REPORT_HEADINGS.outcomes, { heading: HeadingLevel.HEADING_1 }),
    ...model.outcomes.flatMap(({ outcome, update }) => [
      paragraph(outcomeHeading(outcome), { heading: HeadingLevel.HEADING_2 }),
      ...(update
        ? [
            paragraph(`${update.board}, report of ${formatDate(update.date)}.${update.example ? ' Example report.' : ''}`),
            paragraph('Key achievements', { heading: HeadingLevel.HEADING_3 }),
            ...bulletList(update.achievements),
            paragraph('Challenges', { heading: HeadingLevel.HEADING_3 }),
            ...bulletList(update.challenges),
            paragraph('Priorities', { heading: HeadingLevel.HEADING_3 }),
            ...bulletList(update.priorities),
          ]
        : [paragraph('No Outcome Board report for this period.')]),
    ]),
    paragraph(REPORT_HEADINGS.background, { heading: HeadingLevel.HEADING_1 }),
    ...bulletList(sourceLines(plan)),
  ];
  const document = new Document({
    title: model.title,
    creator: plan.organisation,
    description: purposeText(model),
    styles: { default: { document: { run: { language: LANGUAGE } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
