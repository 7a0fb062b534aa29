/**
 * Checks that a schema cannot express, whose errors block a plan: ids that must be unique,
 * references that must resolve, figures that must be consistent. The elements rely on them (a
 * look-up by id finds one item, a reference leads somewhere, a figure lies in its range), so a
 * page runs them on every plan it shows. The warnings, which do not block, are warnings.ts.
 * Runs only on plans that passed the schema, so the data is typed.
 */
import { resolveRef } from './lookup.js';
import { type PathItem, type Problem, formatPath, problem } from './problems.js';
import { knownKeysAt } from './schema-walk.js';
import type { Citation, DatedValue, Indicator, Plan } from './types.js';

/** The errors in a plan that passed the schema (none for a valid plan). */
export function checkPlan(plan: Plan): Problem[] {
  const errors: Problem[] = [];
  const error = (path: PathItem[], message: string) => errors.push(problem('error', path, message));

  checkUnique(plan, error);
  checkCitations(plan, error);
  checkReferences(plan, error);
  checkIndicators(plan, error);
  checkDelivery(plan, error);
  if (plan.outcomes.length === 0) error(['outcomes'], 'must list at least one outcome');
  return errors;
}

type Report = (path: PathItem[], message: string) => void;

/** Each kind of id names one thing only: ids are URLs and look-up keys. */
function checkUnique(plan: Plan, error: Report): void {
  const once = (what: string) => {
    const seen = new Map<string, string>();
    return (value: string | undefined, path: PathItem[], field = 'id') => {
      if (value === undefined) return;
      const first = seen.get(value);
      if (first !== undefined) error([...path, field], `duplicate ${what} ${JSON.stringify(value)} (also at ${first})`);
      else seen.set(value, formatPath(path));
    };
  };
  const sourceIds = once('source id');
  plan.sources.forEach((s, i) => sourceIds(s.id, ['sources', i]));

  const outcomeIds = once('outcome id');
  const outcomeNumbers = once('outcome number');
  const subOutcomeIds = once('sub-outcome id');
  const subOutcomeNumbers = once('sub-outcome number');
  const indicatorIds = once('indicator id');
  plan.outcomes.forEach((outcome, o) => {
    const outcomePath = ['outcomes', o];
    outcomeIds(outcome.id, outcomePath);
    outcomeNumbers(outcome.number, outcomePath, 'number');
    const subThemeIds = once('sub-theme id');
    outcome.subThemes?.forEach((t, i) => subThemeIds(t.id, [...outcomePath, 'subThemes', i]));
    outcome.subOutcomes.forEach((sub, s) => {
      const subPath = [...outcomePath, 'subOutcomes', s];
      subOutcomeIds(sub.id, subPath);
      subOutcomeNumbers(sub.number, subPath, 'number');
      const aimIds = once('aim id');
      sub.aims?.forEach((aim, a) => {
        const aimPath = [...subPath, 'aims', a];
        aimIds(aim.id, aimPath);
        aim.indicators?.forEach((ind, n) => indicatorIds(ind.id, [...aimPath, 'indicators', n]));
      });
    });
  });

  const simpleLists = [
    ['principles', plan.principles, 'principle id'],
    ['timeline', plan.timeline, 'timeline entry id'],
    ['contextFigures', plan.contextFigures, 'figure id'],
    ['monitoring', plan.monitoring, 'monitoring id'],
    ['programmes', plan.programmes, 'programme id'],
    ['discrepancies', plan.discrepancies, 'discrepancy id'],
  ] as const;
  for (const [key, list, what] of simpleLists) {
    const ids = once(what);
    list?.forEach((item, i) => ids(item.id, [key, i]));
  }
  const questionIds = once('question id');
  plan.consultation?.questions?.forEach((q, i) => questionIds(q.id, ['consultation', 'questions', i]));
}

/** Every citation names a listed source. */
function checkCitations(plan: Plan, error: Report): void {
  const known = new Set(plan.sources.map((s) => s.id));
  const listed = [...known].map((id) => JSON.stringify(id)).join(', ');
  const checkCitation = (citation: Citation, path: PathItem[]) => {
    if (!known.has(citation.document)) {
      error([...path, 'document'], `unknown source ${JSON.stringify(citation.document)}: the plan's sources are ${listed}`);
    }
  };
  walkObjects(plan, (object, path) => {
    const citation = knownKeysAt(path).includes('source') ? (object.source as Citation | undefined) : undefined;
    if (citation) checkCitation(citation, [...path, 'source']);
    if (path.at(-2) === 'discrepancies') {
      (object.sources as Citation[]).forEach((c, i) => checkCitation(c, [...path, 'sources', i]));
    }
  });
}

/** References to outcomes and sub-outcomes resolve within this plan. */
function checkReferences(plan: Plan, error: Report): void {
  plan.lineage?.forEach((link, i) => {
    for (const end of ['from', 'to'] as const) {
      const ref = link[end];
      // Links into another plan are checked when the plans are validated together (checkPlanSet).
      if (ref.plan !== undefined && ref.plan !== plan.id) continue;
      const message = danglingItem(plan, ref.outcome, ref.subOutcome);
      if (message) error(['lineage', i, end], message);
    }
  });
  plan.discrepancies?.forEach((d, i) => {
    if (d.about !== undefined && !resolveRef(plan, d.about)) {
      error(['discrepancies', i, 'about'], `refers to ${JSON.stringify(d.about)}, which is no outcome or sub-outcome of this plan`);
    }
  });
  plan.timeline?.forEach((entry, i) => {
    entry.refs?.forEach((ref, r) => {
      if (!resolveRef(plan, ref)) {
        error(['timeline', i, 'refs', r], `refers to ${JSON.stringify(ref)}, which is no outcome or sub-outcome of this plan`);
      }
    });
    if (entry.endDate !== undefined && entry.endDate < entry.date) error(['timeline', i, 'endDate'], 'is before date');
  });
  plan.consultation?.questions?.forEach((q, i) => {
    if (q.outcome !== undefined && !plan.outcomes.some((o) => o.id === q.outcome)) {
      error(['consultation', 'questions', i, 'outcome'], `refers to outcome ${JSON.stringify(q.outcome)}, which this plan does not have`);
    }
  });
  const consultation = plan.consultation;
  if (consultation?.opens && consultation.closes && consultation.closes < consultation.opens) {
    error(['consultation', 'closes'], 'is before opens');
  }
  if (plan.period.end < plan.period.start) error(['period', 'end'], 'is before period.start');
}

/** A message when outcome/sub-outcome do not resolve in `plan`, else undefined. */
function danglingItem(plan: Plan, outcomeId: string, subOutcomeRef: string | undefined): string | undefined {
  const outcome = plan.outcomes.find((o) => o.id === outcomeId);
  if (!outcome) return `refers to outcome ${JSON.stringify(outcomeId)}, which plan ${JSON.stringify(plan.id)} does not have`;
  if (subOutcomeRef !== undefined && !outcome.subOutcomes.some((s) => s.number === subOutcomeRef || s.id === subOutcomeRef)) {
    return `refers to sub-outcome ${JSON.stringify(subOutcomeRef)}, which outcome ${JSON.stringify(outcomeId)} of plan ${JSON.stringify(plan.id)} does not have`;
  }
  return undefined;
}

function checkIndicators(plan: Plan, error: Report): void {
  forEachIndicator(plan, (indicator, path) => checkIndicator(indicator, path, error));
}

/** Calls `visit` for every indicator of the plan with its path. */
export function forEachIndicator(plan: Plan, visit: (indicator: Indicator, path: PathItem[]) => void): void {
  plan.outcomes.forEach((outcome, o) =>
    outcome.subOutcomes.forEach((sub, s) =>
      sub.aims?.forEach((aim, a) => aim.indicators?.forEach((indicator, n) => visit(indicator, ['outcomes', o, 'subOutcomes', s, 'aims', a, 'indicators', n]))),
    ),
  );
}

function checkIndicator(indicator: Indicator, path: PathItem[], error: Report): void {
  const { min, max } = indicator;
  if (min !== undefined && max !== undefined && min >= max) error([...path, 'max'], `must be greater than min (${min})`);
  const inRange = (value: DatedValue | undefined, valuePath: PathItem[]) => {
    if (!value) return;
    if ((min !== undefined && value.value < min) || (max !== undefined && value.value > max)) {
      error([...valuePath, 'value'], `${value.value} is outside the indicator's range ${min ?? '…'} to ${max ?? '…'}`);
    }
  };
  inRange(indicator.baseline, [...path, 'baseline']);
  inRange(indicator.target, [...path, 'target']);
  indicator.history.forEach((value, i) => {
    inRange(value, [...path, 'history', i]);
    const previous = indicator.history[i - 1];
    if (previous && value.date <= previous.date) {
      error([...path, 'history', i, 'date'], `must be after the previous value's date (${previous.date}): history runs oldest first`);
    }
  });
  checkProvenance(indicator, path, error);
}

/** Each figure of an indicator with where it is: baseline, target, then history. */
export function locatedFigures(indicator: Indicator, path: PathItem[]): [DatedValue | undefined, PathItem[]][] {
  return [
    [indicator.baseline, [...path, 'baseline']],
    [indicator.target, [...path, 'target']],
    ...indicator.history.map((value, i): [DatedValue, PathItem[]] => [value, [...path, 'history', i]]),
  ];
}

/** A figure is either an example or a council figure: an imported figure cannot be an example. */
function checkProvenance(indicator: Indicator, path: PathItem[], error: Report): void {
  for (const [value, valuePath] of locatedFigures(indicator, path)) {
    if (!value?.imported) continue;
    if (value.example) error([...valuePath, 'example'], 'an imported figure is a council figure: it cannot also be an example');
    else if (indicator.example) {
      error([...path, 'example'], `cannot be true: ${formatPath(valuePath)} is an imported council figure (mark the example figures one by one instead)`);
    }
  }
}

/** Calls `visit` for every plain object in the plan with its path (not inside citations). */
export function walkObjects(value: unknown, visit: (object: Record<string, unknown>, path: PathItem[]) => void, path: PathItem[] = []): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkObjects(item, visit, [...path, i]));
  } else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    visit(object, path);
    for (const [key, child] of Object.entries(object)) {
      if (key !== 'source' && key !== 'sources') walkObjects(child, visit, [...path, key]);
    }
  }
}

/**
 * Checks across plans: lineage links that point into another plan of the set must resolve there.
 * Returns errors per plan id.
 */
export function checkPlanSet(plans: readonly Plan[]): Map<string, Problem[]> {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const result = new Map<string, Problem[]>();
  for (const plan of plans) {
    const errors: Problem[] = [];
    plan.lineage?.forEach((link, i) => {
      for (const end of ['from', 'to'] as const) {
        const ref = link[end];
        if (ref.plan === undefined || ref.plan === plan.id) continue;
        const other = byId.get(ref.plan);
        if (!other) continue; // not in the set: cannot be checked here
        const message = danglingItem(other, ref.outcome, ref.subOutcome);
        if (message) errors.push(problem('error', ['lineage', i, end], message));
      }
    });
    result.set(plan.id, errors);
  }
  return result;
}

/** Delivery updates and board reports run oldest first: the last is shown as the latest. */
function checkDelivery(plan: Plan, error: Report): void {
  const inOrder = (dates: string[], path: PathItem[], what: string) => {
    dates.forEach((date, i) => {
      const previous = dates[i - 1];
      if (previous !== undefined && date < previous) error([...path, i], `must not be dated before the previous ${what} (${previous}): they run oldest first`);
    });
  };
  plan.outcomes.forEach((outcome, o) => {
    inOrder((outcome.boardUpdates ?? []).map((u) => u.period.end), ['outcomes', o, 'boardUpdates'], 'report\'s period');
    outcome.subOutcomes.forEach((sub, s) => {
      const subPath: PathItem[] = ['outcomes', o, 'subOutcomes', s];
      sub.aims?.forEach((aim, a) =>
        aim.actions.forEach((action, n) => {
          if (typeof action !== 'string' && action.delivery?.updates) {
            inOrder(action.delivery.updates.map((u) => u.date), [...subPath, 'aims', a, 'actions', n, 'delivery', 'updates'], 'update');
          }
        }),
      );
      sub.includes?.forEach((item, n) => {
        if (item.delivery?.updates) inOrder(item.delivery.updates.map((u) => u.date), [...subPath, 'includes', n, 'delivery', 'updates'], 'update');
      });
    });
  });
}
