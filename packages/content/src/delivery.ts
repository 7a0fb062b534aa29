/**
 * Delivery of a plan's actions and commitments, and the Outcome Boards' reports: the look-ups the
 * elements, the site, the actions sheet and the six-monthly report share, so that each is worked
 * out one way in one place.
 *
 * An action is an aim's action (plain text, or `{ text, delivery }` once its delivery is
 * reported) or an item a source gives directly under a sub-outcome (`includes`: an action, a
 * commitment, what it "sets out how" to do). Each has a reference that the actions sheet uses and
 * that stays the same while the content keeps its order: "9.3/healthy-weight/1" (sub-outcome,
 * aim, the action's place in the aim, from 1), "8.5/1" (sub-outcome, the item's place).
 */
import { subOutcomesInOrder } from './lookup.js';
import type { Aim, BoardUpdate, Delivery, DeliveryStatus, DeliveryUpdate, Outcome, Plan, SubOutcome, SubOutcomeItem } from './types.js';

/** A status in words, as a sentence goes on: "not started", "in progress", "completed"… */
export const DELIVERY_STATUS_WORDS: Record<DeliveryStatus, string> = {
  'not-started': 'not started',
  'in-progress': 'in progress',
  completed: 'completed',
  delayed: 'delayed',
  changed: 'changed',
  stopped: 'stopped',
};

/** The statuses in the order a report lists them: done first, then under way, then the rest. */
export const DELIVERY_STATUS_ORDER: readonly DeliveryStatus[] = ['completed', 'in-progress', 'not-started', 'delayed', 'changed', 'stopped'];

/** One action or commitment of a plan, where it sits, and its delivery. */
export interface ActionContext {
  /** "9.3/healthy-weight/1" or "8.5/1": the actions sheet's reference. */
  ref: string;
  outcome: Outcome;
  subOutcome: SubOutcome;
  /** The aim it belongs to; none for an item given directly under the sub-outcome. */
  aim?: Aim;
  /** For an `includes` item: what the source calls it. */
  kind: 'aim-action' | SubOutcomeItem['kind'];
  /** Its place in the aim's actions or the sub-outcome's `includes`, from 0. */
  index: number;
  text: string;
  delivery?: Delivery;
}

/** An aim's action as its text and delivery, whichever way the content writes it. */
export function actionParts(action: Aim['actions'][number]): { text: string; delivery?: Delivery } {
  return typeof action === 'string' ? { text: action } : action;
}

/** A sub-outcome's reference in action references: its number, else its id. */
function subOutcomeKey(subOutcome: SubOutcome): string {
  return subOutcome.number ?? subOutcome.id;
}

/** The actions of one sub-outcome, in content order: each aim's, then what it includes. */
export function actionsOfSubOutcome(outcome: Outcome, subOutcome: SubOutcome): ActionContext[] {
  const key = subOutcomeKey(subOutcome);
  const actions: ActionContext[] = [];
  for (const aim of subOutcome.aims ?? []) {
    aim.actions.forEach((action, index) => {
      const { text, delivery } = actionParts(action);
      actions.push({ ref: `${key}/${aim.id}/${index + 1}`, outcome, subOutcome, aim, kind: 'aim-action', index, text, ...(delivery && { delivery }) });
    });
  }
  (subOutcome.includes ?? []).forEach((item, index) => {
    actions.push({ ref: `${key}/${index + 1}`, outcome, subOutcome, kind: item.kind, index, text: item.text, ...(item.delivery && { delivery: item.delivery }) });
  });
  return actions;
}

/** Every action and commitment of the plan, sub-outcomes in number order. */
export function allActions(plan: Plan): ActionContext[] {
  return plan.outcomes.flatMap((outcome) => subOutcomesInOrder(outcome).flatMap((sub) => actionsOfSubOutcome(outcome, sub)));
}

/** The newest update of a delivery record (updates are kept oldest first). */
export function latestDeliveryUpdate(delivery: Delivery | undefined): DeliveryUpdate | undefined {
  return delivery?.updates?.at(-1);
}

/** Whether any part of a delivery record is an example (the record's flag, or an update's or milestone's). */
export function hasExampleDelivery(delivery: Delivery | undefined): boolean {
  if (!delivery) return false;
  return delivery.example === true || [...(delivery.updates ?? []), ...(delivery.milestones ?? [])].some((item) => item.example);
}

/** Whether one update is an example: its own flag, or its record's. */
export function isExampleUpdate(delivery: Delivery, update: DeliveryUpdate): boolean {
  return delivery.example === true || update.example === true;
}

/** How many actions have each status, and how many have none reported. */
export interface ActionCounts {
  total: number;
  byStatus: Record<DeliveryStatus, number>;
  /** Actions with no status reported. */
  noStatus: number;
  /** Whether any status counted is an example. */
  examples: boolean;
}

function countActions(actions: ActionContext[]): ActionCounts {
  const byStatus = Object.fromEntries(DELIVERY_STATUS_ORDER.map((s) => [s, 0])) as Record<DeliveryStatus, number>;
  let noStatus = 0;
  let examples = false;
  for (const { delivery } of actions) {
    if (delivery?.status) byStatus[delivery.status]++;
    else noStatus++;
    if (delivery?.status && delivery.example) examples = true;
  }
  return { total: actions.length, byStatus, noStatus, examples };
}

/**
 * Action counts by status for each outcome of the plan, in plan order: what the progress page
 * shows ("2 of 31 actions completed").
 */
export function actionCountsByOutcome(plan: Plan): { outcome: Outcome; counts: ActionCounts }[] {
  return plan.outcomes.map((outcome) => ({
    outcome,
    counts: countActions(subOutcomesInOrder(outcome).flatMap((sub) => actionsOfSubOutcome(outcome, sub))),
  }));
}

/** The counts for a whole plan. */
export function actionCounts(plan: Plan): ActionCounts {
  return countActions(allActions(plan));
}

/**
 * Counts in words, statuses with none left out: "2 of 31 completed, 5 in progress, 1 delayed, 23
 * with no status reported".
 */
export function actionCountWords(counts: ActionCounts): string {
  if (counts.total === 0) return 'no actions';
  const [first, ...rest] = DELIVERY_STATUS_ORDER.filter((s) => counts.byStatus[s] > 0).map((s) => `${counts.byStatus[s]} ${DELIVERY_STATUS_WORDS[s]}`);
  const parts = [
    first ? `${first.replace(/^(\d+)/, `$1 of ${counts.total}`)}` : `none of ${counts.total} with a status reported`,
    ...rest,
    ...(first && counts.noStatus ? [`${counts.noStatus} with no status reported`] : []),
  ];
  return parts.join(', ');
}

/** An outcome's newest Outcome Board report (by the end of its period, then its day). */
export function latestBoardUpdate(outcome: Outcome): BoardUpdate | undefined {
  return [...(outcome.boardUpdates ?? [])].sort((a, b) => a.period.end.localeCompare(b.period.end) || a.date.localeCompare(b.date)).at(-1);
}

/** The reporting periods any outcome of the plan has a board report for, oldest first, each once. */
export function reportingPeriods(plan: Plan): { start: string; end: string }[] {
  const seen = new Map<string, { start: string; end: string }>();
  for (const outcome of plan.outcomes) for (const update of outcome.boardUpdates ?? []) seen.set(`${update.period.start}/${update.period.end}`, update.period);
  return [...seen.values()].sort((a, b) => a.end.localeCompare(b.end) || a.start.localeCompare(b.start));
}

/** The plan's reporting frequency: six-monthly, as the Outcome Boards report, unless the plan says otherwise. */
export function reportingFrequency(plan: Plan): NonNullable<Plan['reportingPeriod']> {
  return plan.reportingPeriod ?? 'six-monthly';
}
