/**
 * Look before you write, for the actions sheet: what an import would do to each action, status
 * moves first in words ("2 actions would move to completed: …"), and the record of the import the
 * plan keeps in `updates` (written in the same atomic write), from which What changed and the feed
 * list action status moves. The figures' counterpart is import-summary.ts.
 */
import { type ActionChange, type ActionsImportOptions, type ActionsImportResult, importActions } from './csv-actions.js';
import { DELIVERY_STATUS_ORDER, DELIVERY_STATUS_WORDS } from './delivery.js';
import { writeDeliveryChanges } from './json-edit.js';
import type { DeliveryStatus, Plan, Update } from './types.js';

export interface PreparedActionsImport {
  result: ActionsImportResult;
  /** The record the plan keeps of this import; none when it changes nothing. */
  update?: Update;
  /** The plan with the delivery records and the import's record. */
  plan: Plan;
  /** The plan file's new text; none when nothing changes. */
  text?: string;
}

/** The record of an actions import, as the plan keeps it: each action changed, its status before and after, the newest update added. */
export function actionsUpdateRecord(changes: ActionChange[], options: Pick<ActionsImportOptions, 'file' | 'importedOn'>): Update {
  return {
    date: options.importedOn,
    file: options.file,
    figures: [],
    indicators: [],
    actions: changes.map((change) => ({
      action: change.action.ref,
      ...(change.before?.status && { statusBefore: change.before.status }),
      ...(change.after.status && { status: change.after.status }),
      ...(change.added.length > 0 && { update: change.added.at(-1)!.text }),
    })),
  };
}

/** Everything an actions import does, without writing: the merged records, the import's record and the plan file's new text. */
export function prepareActionsImport(text: string, plan: Plan, csvText: string, options: ActionsImportOptions): PreparedActionsImport {
  const result = importActions(plan, csvText, options);
  if (!result.ok || result.changes.length === 0) return { result, plan };
  const update = actionsUpdateRecord(result.changes, options);
  const after: Plan = { ...result.plan, updates: [...(plan.updates ?? []), update] };
  return { result, update, plan: after, text: writeDeliveryChanges(text, plan, after) };
}

const statusWords = (status: DeliveryStatus | undefined) => (status ? DELIVERY_STATUS_WORDS[status] : 'no status');

/** An action named briefly, for a terminal: its reference and the start of its text. */
function actionName(change: ActionChange): string {
  const { ref, text } = change.action;
  return `${ref} "${text.length > 50 ? `${text.slice(0, 49)}…` : text}"`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The summary of an actions import, status moves first (worst news first: stopped, delayed,
 * changed, then the rest), then the other changes per action. `dryRun` says "would".
 */
export function describeActionsImport(prepared: PreparedActionsImport, { dryRun }: { dryRun: boolean }): string[] {
  const { result } = prepared;
  if (!result.ok) return [];
  if (result.changes.length === 0) return ['No changes: the plan already has every status, date and update in the file.'];
  const lines: string[] = [];
  const moves = result.changes.filter((c) => c.before?.status !== c.after.status);
  const order: (DeliveryStatus | undefined)[] = ['stopped', 'delayed', 'changed', ...DELIVERY_STATUS_ORDER.filter((s) => !['stopped', 'delayed', 'changed'].includes(s)), undefined];
  for (const status of order) {
    const group = moves.filter((m) => m.after.status === status);
    if (group.length === 0) continue;
    lines.push(
      `${count(group.length, 'action')} ${dryRun ? 'would move' : 'moved'} to ${statusWords(status)}: ` +
        `${group.map((m) => `${actionName(m)} (${statusWords(m.before?.status)} → ${statusWords(m.after.status)})`).join('; ')}.`,
    );
  }
  if (moves.length === 0) lines.push(`No action ${dryRun ? 'would change' : 'changed'} status.`);
  const added = result.changes.reduce((n, c) => n + c.added.length, 0);
  if (added > 0) lines.push(`${count(added, 'update')} ${dryRun ? 'would be' : 'were'} added to ${count(result.changes.filter((c) => c.added.length).length, 'action')}.`);
  for (const change of result.changes) {
    const parts = [
      ...change.fields.filter((f) => f !== 'example' && f !== 'status').map((f) => `${f === 'dueDate' ? 'due date' : f} ${JSON.stringify(change.before?.[f as 'owner'] ?? '')} → ${JSON.stringify(change.after[f as 'owner'] ?? '')}`),
      ...change.added.map((u) => `update ${u.date}: ${u.text.length > 60 ? `${u.text.slice(0, 59)}…` : u.text}`),
      ...(change.fields.includes('example') ? ['was an example record, now the council\'s'] : []),
    ];
    if (parts.length > 0) lines.push(`  ${change.action.ref}: ${parts.join('; ')}  (row ${change.row})`);
  }
  const refused = new Set(result.problems.map((p) => p.row)).size;
  if (refused > 0) lines.push(`${count(refused, 'row')} refused (listed below, with why), the others ${dryRun ? 'would be' : 'were'} imported.`);
  lines.push(`${count(result.rows, 'row')} read: ${count(result.changes.length, 'action')} changed, ${result.unchanged} unchanged.`);
  return lines;
}
