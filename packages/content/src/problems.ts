/** A problem found in a plan: where it is (a JSON path) and what is wrong, in words a web editor understands. */

export type PathItem = string | number;

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** The path as a list of keys and indexes, for tools (e.g. to find the line in the file). */
  pathItems: PathItem[];
  /** The path as text: `outcomes[2].subOutcomes[0].title`; empty for the plan as a whole. */
  path: string;
  message: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['outcomes', 2, 'title']` → `outcomes[2].title` */
export function formatPath(items: readonly PathItem[]): string {
  let text = '';
  for (const item of items) {
    if (typeof item === 'number') text += `[${item}]`;
    else if (IDENTIFIER.test(item)) text += text ? `.${item}` : item;
    else text += `[${JSON.stringify(item)}]`;
  }
  return text;
}

export function problem(severity: Severity, pathItems: PathItem[], message: string): Problem {
  return { severity, pathItems, path: formatPath(pathItems), message };
}

/** `outcomes[2].title: required`, or just the message for the plan as a whole. */
export function formatProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}
