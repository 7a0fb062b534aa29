/**
 * Look before you write: what an import of figures would do to each indicator, in the words a
 * publishing officer needs (old latest → new latest, status before → after, direction of travel),
 * status moves first; and the record of the import that the plan keeps (`updates`), written in
 * the same atomic write as the figures, from which the site makes its "What changed" page and feed.
 */
import { type ImportOptions, type ImportResult, importIndicatorValues } from './csv-import.js';
import { writeFigureChanges } from './json-edit.js';
import {
  CHANGE_WORDS,
  type ChangeKind,
  PROGRESS_STATUSES,
  PROGRESS_WORDS,
  type ProgressStatus,
  allIndicators,
  assessIndicator,
  latestValue,
  progressMethod,
} from './lookup.js';
import type { DatedValue, Indicator, Plan, Update } from './types.js';

/** An indicator whose latest figure or status an import changes. */
export interface IndicatorMove {
  /** The indicator after the import. */
  indicator: Indicator;
  latestBefore?: DatedValue;
  latest?: DatedValue;
  statusBefore: ProgressStatus;
  status: ProgressStatus;
  /** Between the last two figures after the import, by the progress method's tolerance. */
  travel?: ChangeKind;
}

export interface PreparedImport {
  result: ImportResult;
  moves: IndicatorMove[];
  /** The record the plan keeps of this import; none when it changes nothing. */
  update?: Update;
  /** The plan with the figures and the record; the plan given when nothing changes. */
  plan: Plan;
  /** The plan file's new text (only the changed figures and the new record differ); none when nothing changes. */
  text?: string;
}

/**
 * The indicators whose latest figure (date or value) or status differs between two versions of a
 * plan, their statuses by the published method as at `asAt` (the import's day).
 */
export function indicatorMoves(before: Plan, after: Plan, asAt: string): IndicatorMove[] {
  const options = { asAt, method: progressMethod(after) };
  const old = new Map([...allIndicators(before)].map(({ indicator }) => [indicator.id, indicator]));
  const moves: IndicatorMove[] = [];
  for (const { indicator } of allIndicators(after)) {
    const was = old.get(indicator.id);
    const latestBefore = was && latestValue(was);
    const latest = latestValue(indicator);
    const statusBefore = was ? assessIndicator(was, options).status : 'not-assessable';
    const assessment = assessIndicator(indicator, options);
    const status = assessment.status;
    const latestMoved = latestBefore?.date !== latest?.date || latestBefore?.value !== latest?.value;
    if (!latestMoved && statusBefore === status) continue;
    moves.push({ indicator, latestBefore, latest, statusBefore, status, travel: assessment.sincePrevious?.kind });
  }
  return moves;
}

/** The record of an import that changed figures, as the plan keeps it. */
export function updateRecord(result: ImportResult, moves: IndicatorMove[], options: Pick<ImportOptions, 'file' | 'importedOn'>): Update {
  const figure = (value: DatedValue | undefined) => value && { date: value.date, value: value.value };
  return {
    date: options.importedOn,
    file: options.file,
    figures: result.changes.map((change) => ({
      indicator: change.indicator,
      date: change.date,
      value: change.value.value,
      ...(change.previous && change.previous.value !== change.value.value && { previous: change.previous.value }),
      change: change.kind,
    })),
    indicators: moves.map((move) => ({
      indicator: move.indicator.id,
      ...(move.latestBefore && { latestBefore: figure(move.latestBefore) }),
      ...(move.latest && { latest: figure(move.latest) }),
      statusBefore: move.statusBefore,
      status: move.status,
    })),
  };
}

/**
 * Everything an import does, worked out without writing anything: the merged figures, the
 * indicators they move, the record of the import and the plan file's new text. `text` is the
 * plan file's text, which parses to `plan`.
 */
export function prepareImport(text: string, plan: Plan, csvText: string, options: ImportOptions): PreparedImport {
  const result = importIndicatorValues(plan, csvText, options);
  if (!result.ok || result.changes.length === 0) return { result, moves: [], plan };
  const moves = indicatorMoves(plan, result.plan, options.importedOn);
  const update = updateRecord(result, moves, options);
  const after: Plan = { ...result.plan, updates: [...(plan.updates ?? []), update] };
  return { result, moves, update, plan: after, text: writeFigureChanges(text, plan, after) };
}

/** "63.1 years (2025-03-31)", "62% (2025-03-31)": plain enough for a terminal and a log. */
function figureText(value: DatedValue | undefined, unit: string): string {
  if (!value) return 'none';
  const number = String(value.value);
  const withUnit = unit === '%' ? `${number}%` : unit.startsWith('£') ? `£${number}${unit.slice(1)}` : `${number} ${unit}`;
  return `${withUnit} (${value.date})`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The summary of an import, in words, status moves first ("2 indicators would move to off track:
 * …"), then each indicator whose latest figure changed. `dryRun` says "would".
 */
export function describeImport(prepared: PreparedImport, { dryRun }: { dryRun: boolean }): string[] {
  const { moves, result } = prepared;
  if (!result.ok) return [];
  if (result.changes.length === 0) return ['No changes: every figure in the file is already in the plan.'];
  const lines: string[] = [];
  const statusMoves = moves.filter((m) => m.status !== m.statusBefore);
  const byStatus = new Map<ProgressStatus, IndicatorMove[]>();
  for (const move of statusMoves) byStatus.set(move.status, [...(byStatus.get(move.status) ?? []), move]);
  // Worst news first: off track, some progress, on track, target met, then not yet assessable.
  const worstFirst = [...PROGRESS_STATUSES.slice(0, 4)].reverse().concat('not-assessable');
  for (const status of worstFirst) {
    const group = byStatus.get(status);
    if (!group) continue;
    const verb = dryRun ? 'would move' : 'moved';
    lines.push(
      `${plural(group.length, 'indicator')} ${verb} to ${PROGRESS_WORDS[status]}: ` +
        `${group.map((m) => `${m.indicator.title} (${PROGRESS_WORDS[m.statusBefore]} → ${PROGRESS_WORDS[m.status]})`).join('; ')}.`,
    );
  }
  if (statusMoves.length === 0) lines.push(`No indicator ${dryRun ? 'would change' : 'changed'} status.`);
  const latestMoves = moves.filter((m) => m.latestBefore?.date !== m.latest?.date || m.latestBefore?.value !== m.latest?.value);
  if (latestMoves.length > 0) {
    lines.push(`${plural(latestMoves.length, 'indicator')} ${dryRun ? 'would get' : 'got'} a new latest figure:`);
    for (const move of latestMoves) {
      const { indicator } = move;
      const status = move.status === move.statusBefore ? `status ${PROGRESS_WORDS[move.status]}` : `status ${PROGRESS_WORDS[move.statusBefore]} → ${PROGRESS_WORDS[move.status]}`;
      const travel = move.travel ? `, ${CHANGE_WORDS[move.travel]}` : '';
      lines.push(`  ${indicator.id}: ${figureText(move.latestBefore, indicator.unit)} → ${figureText(move.latest, indicator.unit)}${travel}; ${status}`);
    }
  }
  const refused = new Set(result.problems.map((p) => p.row)).size;
  if (refused > 0) lines.push(`${plural(refused, 'row')} refused (listed below, with why), the others ${dryRun ? 'would be' : 'were'} imported.`);
  return lines;
}
