/**
 * Writing changed indicator figures back into a plan file without reformatting the rest of it.
 * Content files are laid out by hand (small objects on one line, numbers as the source wrote
 * them, e.g. 70.0), so re-serialising the whole plan would turn a quarterly update into a diff
 * of thousands of lines. Instead only the changed parts of changed indicators are rewritten, in
 * the files' own one-figure-per-line style, and the result is checked to parse to exactly the
 * intended plan.
 */
import { type Node, findNodeAtLocation, modify, parseTree } from 'jsonc-parser';
import { allActions } from './delivery.js';
import { allIndicators } from './lookup.js';
import type { PathItem } from './problems.js';
import type { DatedValue, Delivery, Indicator, Plan, Update } from './types.js';

interface Edit {
  offset: number;
  length: number;
  content: string;
}

/** Fields of an indicator that an import may change; anything else is a caller's mistake. */
const FIGURE_FIELDS = new Set(['baseline', 'target', 'history', 'example']);

/**
 * The text of `before` (the file's text, which parses to `beforePlan`) changed so that it parses
 * to `afterPlan`, which may differ from it only in indicator figures and example flags, and in
 * update records added at the end of `updates`.
 */
export function writeFigureChanges(text: string, beforePlan: Plan, afterPlan: Plan): string {
  const tree = parseTree(text);
  if (!tree) throw new Error('writeFigureChanges: the text is not JSON');
  const before = [...allIndicators(beforePlan)];
  const after = [...allIndicators(afterPlan)];
  if (before.length !== after.length) throw new Error('writeFigureChanges: the plans have different indicators');
  const edits: Edit[] = [];
  before.forEach(({ indicator: old }, i) => {
    const { outcome, subOutcome, aim, indicator } = after[i]!;
    if (isDeepStrictEqual(old, indicator)) return;
    const o = afterPlan.outcomes.indexOf(outcome);
    const s = outcome.subOutcomes.indexOf(subOutcome);
    const a = subOutcome.aims!.indexOf(aim);
    const n = aim.indicators!.indexOf(indicator);
    edits.push(...indicatorEdits(text, tree, ['outcomes', o, 'subOutcomes', s, 'aims', a, 'indicators', n], old, indicator));
  });
  edits.push(...updatesEdits(text, tree, beforePlan.updates ?? [], afterPlan.updates ?? []));
  const result = applyEdits(text, edits);
  // The edits are local; this proves they add up to exactly the intended plan.
  if (!isDeepStrictEqual(JSON.parse(result), afterPlan)) throw new Error('writeFigureChanges: the edited text does not match the plan');
  return result;
}

function indicatorEdits(text: string, tree: Node, path: PathItem[], old: Indicator, indicator: Indicator): Edit[] {
  const keys = new Set([...Object.keys(old), ...Object.keys(indicator)]);
  const edits: Edit[] = [];
  for (const key of keys) {
    const was = (old as Record<string, unknown>)[key];
    const now = (indicator as Record<string, unknown>)[key];
    if (isDeepStrictEqual(was, now)) continue;
    if (!FIGURE_FIELDS.has(key)) throw new Error(`writeFigureChanges: ${key} changed; only figures may`);
    const fieldPath = [...path, key];
    const node = findNodeAtLocation(tree, fieldPath);
    if (key === 'history' && node) edits.push(historyEdit(text, node, old.history, indicator.history));
    else if (node && now !== undefined) edits.push({ offset: node.offset, length: node.length, content: compactJson(now) });
    // Adding or removing a field: jsonc-parser places it and its comma.
    else edits.push(...modify(text, fieldPath, now, {}));
  }
  return edits;
}

/**
 * The plan's record of imports (`updates`): the import appends one. It goes at the end of the
 * array (or of the plan, as a new `updates` field), each figure on a line of its own.
 */
function updatesEdits(text: string, tree: Node, before: Update[], after: Update[]): Edit[] {
  if (isDeepStrictEqual(before, after)) return [];
  const added = after.slice(before.length);
  if (!isDeepStrictEqual(after.slice(0, before.length), before) || added.length === 0) {
    throw new Error('writeFigureChanges: updates may only be added, at the end');
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const node = findNodeAtLocation(tree, ['updates']);
  const last = node?.children?.at(-1);
  if (node && last) {
    const indent = indentOfLine(text, last.offset);
    const items = added.map((update) => updateText(update, indent, eol));
    return [{ offset: last.offset + last.length, length: 0, content: items.map((item) => `,${eol}${indent}${item}`).join('') }];
  }
  const lastField = tree.children?.at(-1);
  if (!lastField) throw new Error('writeFigureChanges: the plan has no fields');
  const fieldIndent = indentOfLine(text, lastField.offset);
  const itemIndent = `${fieldIndent}  `;
  const items = added.map((update) => `${itemIndent}${updateText(update, itemIndent, eol)}`).join(`,${eol}`);
  const array = `[${eol}${items}${eol}${fieldIndent}]`;
  if (node) return [{ offset: node.offset, length: node.length, content: array }];
  return [{ offset: lastField.offset + lastField.length, length: 0, content: `,${eol}${fieldIndent}"updates": ${array}` }];
}

/** One update record: its fields on lines of their own, each figure and indicator on one line. */
function updateText(update: Update, indent: string, eol: string): string {
  const inner = `${indent}  `;
  const list = (items: object[]) =>
    items.length === 0 ? '[]' : `[${eol}${items.map((item) => `${inner}  ${compactJson(item)}`).join(`,${eol}`)}${eol}${inner}]`;
  return [
    '{',
    `${inner}"date": ${JSON.stringify(update.date)},`,
    `${inner}"file": ${JSON.stringify(update.file)},`,
    `${inner}"figures": ${list(update.figures)},`,
    `${inner}"indicators": ${list(update.indicators)}${update.actions ? ',' : ''}`,
    ...(update.actions ? [`${inner}"actions": ${list(update.actions)}`] : []),
    `${indent}}`,
  ].join(eol);
}

/**
 * The text of a plan file changed so that it parses to `afterPlan`, which may differ from
 * `beforePlan` only in the delivery records of actions and commitments, and in update records
 * added at the end of `updates` (an import of the actions sheet). Each changed record is written
 * in the content's style (its fields on lines of their own, each milestone and update on one
 * line); nothing else in the file moves.
 */
export function writeDeliveryChanges(text: string, beforePlan: Plan, afterPlan: Plan): string {
  const tree = parseTree(text);
  if (!tree) throw new Error('writeDeliveryChanges: the text is not JSON');
  const before = allActions(beforePlan);
  const after = allActions(afterPlan);
  if (before.length !== after.length) throw new Error('writeDeliveryChanges: the plans have different actions');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits: Edit[] = [];
  before.forEach((old, i) => {
    const now = after[i]!;
    if (old.ref !== now.ref || old.text !== now.text) throw new Error('writeDeliveryChanges: the plans have different actions');
    if (isDeepStrictEqual(old.delivery, now.delivery)) return;
    if (!now.delivery) throw new Error(`writeDeliveryChanges: ${now.ref} lost its delivery record`);
    const o = afterPlan.outcomes.indexOf(now.outcome);
    const s = now.outcome.subOutcomes.indexOf(now.subOutcome);
    const subPath: PathItem[] = ['outcomes', o, 'subOutcomes', s];
    if (now.aim) {
      const path = [...subPath, 'aims', now.subOutcome.aims!.indexOf(now.aim), 'actions', now.index];
      const node = findNodeAtLocation(tree, path)!;
      const indent = indentOfLine(text, node.offset);
      const inner = `${indent}  `;
      const content = `{${eol}${inner}"text": ${JSON.stringify(now.text)},${eol}${inner}"delivery": ${deliveryText(now.delivery, inner, eol)}${eol}${indent}}`;
      edits.push({ offset: node.offset, length: node.length, content });
      return;
    }
    const itemPath = [...subPath, 'includes', now.index];
    const existing = findNodeAtLocation(tree, [...itemPath, 'delivery']);
    if (existing) {
      edits.push({ offset: existing.offset, length: existing.length, content: deliveryText(now.delivery, indentOfLine(text, existing.offset), eol) });
      return;
    }
    // A new field after "text", on a line of its own.
    const textProperty = findNodeAtLocation(tree, [...itemPath, 'text'])!.parent!;
    const indent = indentOfLine(text, textProperty.offset);
    edits.push({ offset: textProperty.offset + textProperty.length, length: 0, content: `,${eol}${indent}"delivery": ${deliveryText(now.delivery, indent, eol)}` });
  });
  edits.push(...updatesEdits(text, tree, beforePlan.updates ?? [], afterPlan.updates ?? []));
  const result = applyEdits(text, edits);
  if (!isDeepStrictEqual(JSON.parse(result), afterPlan)) throw new Error('writeDeliveryChanges: the edited text does not match the plan');
  return result;
}

/** A delivery record: each field on a line of its own, each milestone and update on one line. */
function deliveryText(delivery: Delivery, indent: string, eol: string): string {
  const inner = `${indent}  `;
  const fields = Object.entries(delivery)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) =>
      Array.isArray(value)
        ? `${inner}${JSON.stringify(key)}: ${value.length === 0 ? '[]' : `[${eol}${value.map((item) => `${inner}  ${compactJson(item)}`).join(`,${eol}`)}${eol}${inner}]`}`
        : `${inner}${JSON.stringify(key)}: ${compactJson(value)}`,
    );
  return `{${eol}${fields.join(`,${eol}`)}${eol}${indent}}`;
}

/** The history array rewritten one figure per line; figures that did not change keep their text. */
function historyEdit(text: string, node: Node, old: DatedValue[], history: DatedValue[]): Edit {
  const lineIndent = indentOfLine(text, node.offset);
  const firstChild = node.children?.[0];
  const itemIndent = firstChild && onOwnLine(text, firstChild.offset) ? indentOfLine(text, firstChild.offset) : `${lineIndent}  `;
  // Figures by their JSON, to find each one's old text in one pass (a search per figure is quadratic).
  const oldIndex = new Map<string, number>();
  old.forEach((o, i) => {
    const key = JSON.stringify(o);
    if (!oldIndex.has(key)) oldIndex.set(key, i);
  });
  const items = history.map((value) => {
    const i = oldIndex.get(JSON.stringify(value)) ?? -1;
    const child = node.children?.[i];
    return child ? text.slice(child.offset, child.offset + child.length) : compactJson(value);
  });
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const content = items.length === 0 ? '[]' : `[${eol}${itemIndent}${items.join(`,${eol}${itemIndent}`)}${eol}${lineIndent}]`;
  return { offset: node.offset, length: node.length, content };
}

/** The white space that starts the line `offset` is on. */
function indentOfLine(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

function onOwnLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(lineStart, offset).trim() === '';
}

/** JSON on one line with a space after each colon and comma, as content files write small objects. */
export function compactJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compactJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value).filter(([, v]) => v !== undefined);
    return fields.length === 0 ? '{}' : `{ ${fields.map(([k, v]) => `${JSON.stringify(k)}: ${compactJson(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** Applies non-overlapping edits (offsets in the original text) in one pass. */
function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.offset < at) throw new Error('writeFigureChanges: overlapping edits');
    parts.push(text.slice(at, edit.offset), edit.content);
    at = edit.offset + edit.length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return keysA.length === keysB.length && keysA.every((k) => isDeepStrictEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
