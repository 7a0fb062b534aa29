/**
 * The actions sheet: delivery of a plan's actions and commitments to and from a spreadsheet, as
 * the figures sheet does for indicator figures (same reading of files, cells and dates, same
 * guarantees: README, "Updating the actions").
 *
 * One row per dated update of an action (an action without updates gets one row, its update cells
 * empty). Status, reason, due date and owner are the action's and repeat on each of its rows;
 * rows that disagree on them are bad rows. Import:
 * - sets status, reason, due date and owner from the rows (an empty cell clears it; a column the
 *   file does not have leaves it as it is);
 * - adds each update (date and text) the action does not have yet; never removes one;
 * - checks every row first: an unknown action, a row for another plan, an action whose text is not
 *   the plan's (the content's actions moved: export again), an unreadable status or date, a
 *   delayed or changed action without a reason. With bad rows it changes nothing, unless asked.
 * - example records: a row whose Example cell says "yes" must match the example record as
 *   exported; a row saying "no" makes the record the council's (its example flag goes, and the
 *   updates and milestones it keeps are marked `example: true` one by one, as figures are).
 */
import { parseSheetDate, parseYesNo, unescapeFormulaText } from './csv-cells.js';
import { type Cell, type ColumnSpec, type RowProblem, type SheetOptions, readSheet, writeSheet } from './csv-sheet.js';
import { type ActionContext, DELIVERY_STATUS_WORDS, allActions, isExampleUpdate } from './delivery.js';
import { DELIVERY_STATUSES, STATUSES_NEEDING_REASON } from './schema.js';
import type { Delivery, DeliveryStatus, DeliveryUpdate, Plan } from './types.js';

/** The columns of the actions sheet, in order; as `COLUMNS` is for figures, the one description of them. */
export const ACTION_COLUMNS = [
  { key: 'plan', header: 'Plan', read: true, type: 'string', always: true, description: 'The id of the plan the action belongs to.' },
  { key: 'outcome', header: 'Outcome', type: 'string', always: true, description: 'The number (or id) of the outcome the action serves.' },
  { key: 'subOutcome', header: 'Sub-outcome', type: 'string', always: true, description: 'The number (or id) of the sub-outcome the action serves.' },
  {
    key: 'action',
    header: 'Action',
    read: true,
    required: true,
    aliases: ['Action id', 'Reference'],
    type: 'string',
    always: true,
    description: 'The action\'s reference: sub-outcome, aim and the action\'s place in the aim ("9.3/healthy-weight/1"), or sub-outcome and place for an action or commitment given without an aim ("8.5/1").',
  },
  { key: 'kind', header: 'Kind', type: 'string', always: true, values: ['action', 'actions', 'commitment', 'sets out how'], description: 'What the source calls it.' },
  { key: 'text', header: 'Text', read: true, type: 'string', always: true, description: 'The action as the source words it (checked on import: edit the plan to change it).' },
  { key: 'owner', header: 'Owner', read: true, type: 'string', description: 'Who delivers it: a board or department.' },
  {
    key: 'status',
    header: 'Status',
    read: true,
    required: true,
    type: 'string',
    values: DELIVERY_STATUSES.map((s) => DELIVERY_STATUS_WORDS[s]),
    description: 'Where delivery stands: not started, in progress, completed, delayed, changed or stopped (empty where none is reported).',
  },
  { key: 'reason', header: 'Reason', read: true, type: 'string', description: 'Why it is delayed, changed or stopped (needed when delayed or changed).' },
  { key: 'dueDate', header: 'Due date', read: true, type: 'date', description: 'When it is due to be delivered.' },
  { key: 'updateDate', header: 'Update date', read: true, type: 'date', description: 'The date of the update on this row.' },
  { key: 'update', header: 'Update', read: true, aliases: ['Progress update'], type: 'string', description: 'A short update on progress.' },
  { key: 'example', header: 'Example', read: true, type: 'yes-no', description: '"yes" where the row\'s status or update is an example, not a council report.' },
] as const satisfies readonly ColumnSpec[];

export type ActionColumnKey = (typeof ACTION_COLUMNS)[number]['key'];
type Cells = Partial<Record<ActionColumnKey, string | undefined>>;

const KIND_WORDS: Record<string, string> = { 'aim-action': 'action', action: 'action', actions: 'actions', commitment: 'commitment', 'sets-out-how': 'sets out how' };

/** Whether a CSV file's header row is the actions sheet's (it names an Action column), not the figures sheet's. */
export function isActionsSheet(csvText: string): boolean {
  const header = readSheet(csvText.split(/\r?\n/, 1)[0] ?? '', ACTION_COLUMNS);
  return !header.problems.some((p) => p.row === 1 && p.message.startsWith('no Action'));
}

/**
 * Every action and commitment of the plan with its delivery, one row per update (oldest first),
 * Excel-ready by default; `importActions` reads it back unchanged.
 */
export function actionsToCsv(plan: Plan, options: SheetOptions = {}): string {
  const rows: Cells[] = [];
  for (const action of allActions(plan)) {
    const { delivery } = action;
    const common: Cells = {
      plan: plan.id,
      outcome: action.outcome.number ?? action.outcome.id,
      subOutcome: action.subOutcome.number ?? action.subOutcome.id,
      action: action.ref,
      kind: KIND_WORDS[action.kind],
      text: action.text,
      owner: delivery?.owner,
      status: delivery?.status && DELIVERY_STATUS_WORDS[delivery.status],
      reason: delivery?.reason,
      dueDate: delivery?.dueDate,
      example: delivery?.example ? 'yes' : 'no',
    };
    const updates = delivery?.updates ?? [];
    if (updates.length === 0) rows.push(common);
    for (const update of updates) {
      rows.push({ ...common, updateDate: update.date, update: update.text, example: isExampleUpdate(delivery!, update) ? 'yes' : 'no' });
    }
  }
  return writeSheet([ACTION_COLUMNS.map((c) => c.header), ...rows.map((cells) => ACTION_COLUMNS.map((c) => cells[c.key]))], options);
}

/** One action's delivery as an import changes it. */
export interface ActionChange {
  action: ActionContext;
  /** The first row that gave it. */
  row: number;
  before?: Delivery;
  after: Delivery;
  /** The updates it added, oldest first. */
  added: DeliveryUpdate[];
  /** The fields whose value it changed (status, reason, dueDate, owner), and "example" when an example record became the council's. */
  fields: string[];
}

export interface ActionsImportResult {
  ok: boolean;
  /** The plan with the delivery merged in (a new object), or the plan given when nothing changed. */
  plan: Plan;
  changes: ActionChange[];
  /** Actions whose rows matched what the plan holds. */
  unchanged: number;
  problems: RowProblem[];
  /** Good rows read. */
  rows: number;
}

export interface ActionsImportOptions {
  file: string;
  importedOn: string;
  skipBadRows?: boolean;
}

interface ActionRow {
  row: number;
  action: ActionContext;
  /** The columns the file has, with their cells' values (undefined: empty). */
  status?: DeliveryStatus;
  reason?: string;
  dueDate?: string;
  owner?: string;
  update?: DeliveryUpdate;
  example: boolean;
}

/** "In progress", "in-progress", "IN_PROGRESS" are all in-progress. */
function parseStatus(cell: string): { ok: true; value?: DeliveryStatus } | { ok: false; message: string } {
  const key = cell.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (key === '') return { ok: true };
  const status = DELIVERY_STATUSES.find((s) => s === key);
  if (status) return { ok: true, value: status };
  return { ok: false, message: `"${cell.trim()}" is not a status: write one of ${DELIVERY_STATUSES.map((s) => DELIVERY_STATUS_WORDS[s]).join(', ')}` };
}

/** Text as written, unless blank; formula escapes undone (export writes them so). */
function textCell(cell: Cell | undefined): string | undefined {
  if (!cell || cell.text.trim() === '') return undefined;
  return unescapeFormulaText(cell.text);
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

export function importActions(plan: Plan, csvText: string, options: ActionsImportOptions): ActionsImportResult {
  const sheet = readSheet(csvText, ACTION_COLUMNS);
  const actions = new Map(allActions(plan).map((a) => [a.ref, a]));
  const problems = [...sheet.problems];
  const readings: ActionRow[] = [];
  const has = (key: ActionColumnKey) => sheet.rows.length > 0 && sheet.rows[0]!.cells[key] !== undefined;
  for (const row of sheet.rows) {
    const before = problems.length;
    const report = (cell: Cell | undefined, message: string) => problems.push({ row: row.row, ...(cell && { column: cell.column, header: cell.header }), message });
    const cell = (key: ActionColumnKey) => row.cells[key];
    const text = (key: ActionColumnKey) => cell(key)?.text.trim() ?? '';
    if (text('plan') !== '' && text('plan') !== plan.id) report(cell('plan'), `is for plan "${text('plan')}", not "${plan.id}"`);
    const action = actions.get(text('action'));
    if (text('action') === '') report(cell('action'), 'is empty: give the action\'s reference (plan-kit export --actions lists them)');
    else if (!action) report(cell('action'), `no action "${text('action')}" in plan "${plan.id}" (plan-kit export --actions lists them)`);
    else if (text('text') !== '' && !sameText(unescapeFormulaText(text('text')), action.text)) {
      report(cell('text'), `is not the text of ${action.ref} in the plan ("${action.text.slice(0, 60)}…"): the plan's actions have moved; export again and copy your changes across`);
    }
    const status = parseStatus(text('status'));
    if (!status.ok) report(cell('status'), status.message);
    const due = text('dueDate') === '' ? undefined : parseSheetDate(text('dueDate'));
    if (due && !due.ok) report(cell('dueDate'), due.message);
    const updateDate = text('updateDate') === '' ? undefined : parseSheetDate(text('updateDate'));
    if (updateDate && !updateDate.ok) report(cell('updateDate'), updateDate.message);
    const updateText = textCell(cell('update'));
    if (updateText && !updateDate) report(cell('updateDate') ?? cell('update'), 'is empty: give the date of the update');
    if (updateDate?.ok && !updateText) report(cell('update') ?? cell('updateDate'), 'is empty: give the update, or empty its date');
    const reason = textCell(cell('reason'));
    if (status.ok && status.value && STATUSES_NEEDING_REASON.includes(status.value) && !reason && has('reason')) {
      report(cell('reason'), `is empty: an action that is ${DELIVERY_STATUS_WORDS[status.value]} needs a reason`);
    }
    const example = parseYesNo(text('example'));
    if (!example.ok) report(cell('example'), example.message);
    if (problems.length > before || !action || !status.ok || !example.ok) continue;
    readings.push({
      row: row.row,
      action,
      ...(status.value && { status: status.value }),
      ...(reason !== undefined && { reason }),
      ...(due?.ok && { dueDate: due.value }),
      ...(textCell(cell('owner')) !== undefined && { owner: textCell(cell('owner'))! }),
      ...(updateDate?.ok && updateText && { update: { date: updateDate.value, text: updateText } }),
      example: example.value,
    });
  }

  // The rows of each action must agree on what is the action's.
  const byAction = new Map<string, ActionRow[]>();
  for (const reading of readings) {
    const rows = byAction.get(reading.action.ref) ?? [];
    const first = rows[0];
    if (first) {
      const differs = (['status', 'reason', 'dueDate', 'owner'] as const).find((key) => first[key] !== reading[key]);
      if (differs) {
        const header = ACTION_COLUMNS.find((c) => c.key === differs)!.header;
        const where = sheet.rows.find((r) => r.row === reading.row)!.cells[differs];
        problems.push({
          row: reading.row,
          ...(where && { column: where.column, header: where.header }),
          message: `gives ${reading.action.ref} a different ${header.toLowerCase()} from row ${first.row}: its rows must agree`,
        });
        continue;
      }
    }
    rows.push(reading);
    byAction.set(reading.action.ref, rows);
  }

  const result = { plan, changes: [] as ActionChange[], unchanged: 0, rows: readings.length };
  if (sheet.unreadable || (problems.length > 0 && !options.skipBadRows)) return { ...result, ok: false, problems: sortProblems(problems) };

  const columns = { status: has('status'), reason: has('reason'), dueDate: has('dueDate'), owner: has('owner') };
  const changes: ActionChange[] = [];
  let unchanged = 0;
  for (const rows of byAction.values()) {
    const outcome = mergeAction(rows, columns);
    if (outcome === 'unchanged') unchanged++;
    else if ('message' in outcome) problems.push(outcome);
    else changes.push(outcome);
  }
  if (problems.length > 0 && !options.skipBadRows) return { ...result, ok: false, problems: sortProblems(problems) };
  if (changes.length === 0) return { ...result, ok: true, unchanged, problems: sortProblems(problems) };
  return { ok: true, plan: withDelivery(plan, changes), changes, unchanged, problems: sortProblems(problems), rows: readings.length };
}

type Columns = Record<'status' | 'reason' | 'dueDate' | 'owner', boolean>;
const FIELDS = ['status', 'reason', 'dueDate', 'owner'] as const;

/** One action's rows merged into its delivery record: a change, no change, or a bad row (an example row that does not match). */
function mergeAction(rows: ActionRow[], columns: Columns): ActionChange | 'unchanged' | RowProblem {
  const { action } = rows[0]!;
  const before = action.delivery;
  const existing = before?.updates ?? [];
  const findUpdate = (u: DeliveryUpdate) => existing.find((e) => e.date === u.date && e.text === u.text);
  // Rows marked "yes" repeat the example record as exported: they change nothing, and must match it.
  for (const row of rows.filter((r) => r.example)) {
    const update = row.update && findUpdate(row.update);
    const sameFields = FIELDS.every((key) => !columns[key] || row[key] === before?.[key]);
    const exampleUpdate = row.update ? update && isExampleUpdate(before!, update) : before?.example;
    if (!sameFields || !exampleUpdate) {
      return {
        row: row.row,
        message:
          `is marked as an example (Example: yes) but does not match the example record of ${action.ref}: ` +
          'to publish it as the council\'s, empty its Example cell or write "no"',
      };
    }
  }
  const council = rows.filter((r) => !r.example);
  if (council.length === 0) return 'unchanged';
  const first = council[0]!;
  const wasExample = before?.example === true;
  const after: Delivery = {};
  for (const key of FIELDS) {
    const value = columns[key] ? first[key] : before?.[key];
    if (value !== undefined) (after as Record<string, unknown>)[key] = value;
  }
  // The example record becomes the council's: what it keeps of the example is marked one by one.
  const mark = <T extends { example?: boolean }>(item: T): T => (wasExample ? { ...item, example: true } : item);
  if (before?.milestones) after.milestones = before.milestones.map(mark);
  const confirmed = new Set(council.flatMap((r) => (r.update ? [findUpdate(r.update)].filter(Boolean) : [])));
  const updates: DeliveryUpdate[] = existing.map((u) => {
    if (!confirmed.has(u)) return mark(u);
    // Confirmed by a council row: no longer an example.
    return { date: u.date, text: u.text };
  });
  const added: DeliveryUpdate[] = [];
  for (const row of council) {
    if (!row.update || findUpdate(row.update) || added.some((a) => a.date === row.update!.date && a.text === row.update!.text)) continue;
    added.push(row.update);
  }
  for (const update of [...added].sort((a, b) => a.date.localeCompare(b.date))) {
    // After every update of its date or earlier: updates run oldest first.
    const at = updates.findIndex((u) => u.date > update.date);
    updates.splice(at === -1 ? updates.length : at, 0, update);
  }
  if (updates.length > 0) after.updates = updates;
  const fields = FIELDS.filter((key) => after[key] !== before?.[key]) as string[];
  if (wasExample) fields.push('example');
  if (fields.length === 0 && added.length === 0 && JSON.stringify(after.updates ?? []) === JSON.stringify(existing)) return 'unchanged';
  return { action, row: first.row, ...(before && { before }), after: orderedDelivery(after), added, fields };
}

/** Key order as content files write a record. */
function orderedDelivery(delivery: Delivery): Delivery {
  const order = ['status', 'reason', 'dueDate', 'owner', 'milestones', 'updates', 'example'] as const;
  const out: Record<string, unknown> = {};
  for (const key of order) if (delivery[key] !== undefined) out[key] = delivery[key];
  return out as Delivery;
}

/** A copy of the plan with each changed action's delivery record. */
function withDelivery(plan: Plan, changes: ActionChange[]): Plan {
  const merged = structuredClone(plan);
  const byRef = new Map(changes.map((c) => [c.action.ref, c.after]));
  for (const action of allActions(merged)) {
    const after = byRef.get(action.ref);
    if (!after) continue;
    if (action.aim) action.aim.actions[action.index] = { text: action.text, delivery: after };
    else action.subOutcome.includes![action.index]!.delivery = after;
  }
  return merged;
}

function sortProblems(problems: RowProblem[]): RowProblem[] {
  return [...problems].sort((a, b) => a.row - b.row);
}
