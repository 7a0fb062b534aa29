/** The dated meetings, decisions and consultations of one plan or of several, in date order. */
import { comparePlanPeriods, dateSortKey } from './dates.js';
import { findSubOutcome, resolveRef } from './lookup.js';
import type { Outcome, Plan, SubOutcome, TimelineEntry } from './types.js';

export interface PlanTimelineEntry {
  entry: TimelineEntry;
  /** The plan whose content records the entry. */
  plan: Plan;
  /** Other plans that record the same event (the same date, from the same paragraph of the same document). */
  alsoIn: Plan[];
}

/** Whether a timeline entry of `plan` decided or discussed the item `about` (an outcome id or number, a sub-outcome number or id). */
export function entryIsAbout(plan: Plan, entry: TimelineEntry, about: string): boolean {
  const target = resolveRef(plan, about);
  if (!target || !entry.refs) return false;
  return entry.refs.some((ref) => {
    const item = resolveRef(plan, ref);
    if (!item) return false;
    // An outcome is discussed when the entry names it or one of its sub-outcomes.
    if ('subOutcome' in target) return 'subOutcome' in item && item.subOutcome === target.subOutcome;
    return 'subOutcome' in item ? item.outcome === target : item === target;
  });
}

/** The same event recorded by two plans: the same date, cited from the same paragraph of the same document. */
function eventKey(plan: Plan, entry: TimelineEntry): string | undefined {
  const source = entry.source;
  const document = source && plan.sources.find((s) => s.id === source.document);
  if (!source || !document) return undefined;
  return [entry.date, entry.kind, document.file ?? `${document.title} ${document.date ?? ''}`, source.paragraph ?? ''].join('|');
}

/**
 * The entries of every plan given, in date order (entries known only by month or year after the
 * dated ones of that month or year), each event once, under the earliest plan that records it.
 * With `about`, only the entries that decided or discussed that item.
 */
export function timelineOf(plans: readonly Plan[], options: { about?: string } = {}): PlanTimelineEntry[] {
  const entries: PlanTimelineEntry[] = [];
  const byEvent = new Map<string, PlanTimelineEntry>();
  for (const plan of [...plans].sort(comparePlanPeriods)) {
    for (const entry of plan.timeline ?? []) {
      if (options.about !== undefined && !entryIsAbout(plan, entry, options.about)) continue;
      const key = eventKey(plan, entry);
      const same = key === undefined ? undefined : byEvent.get(key);
      if (same) {
        same.alsoIn.push(plan);
        continue;
      }
      const item = { entry, plan, alsoIn: [] };
      entries.push(item);
      if (key !== undefined) byEvent.set(key, item);
    }
  }
  // Array.prototype.sort is stable: entries of one day keep the order the content gives them.
  return entries.sort((a, b) => dateSortKey(a.entry.date).localeCompare(dateSortKey(b.entry.date)));
}

/** An item a timeline entry names: an outcome, or a sub-outcome with its outcome. */
export interface EntryRef {
  outcome: Outcome;
  subOutcome?: SubOutcome;
}

/** The items a timeline entry names, in its order, resolved (refs the plan lacks are left out; validation reports them). */
export function entryRefs(plan: Plan, entry: TimelineEntry): EntryRef[] {
  return (entry.refs ?? []).flatMap((ref): EntryRef[] => {
    const sub = findSubOutcome(plan, ref);
    if (sub) return [sub];
    const item = resolveRef(plan, ref);
    return item && !('subOutcome' in item) ? [{ outcome: item }] : [];
  });
}
